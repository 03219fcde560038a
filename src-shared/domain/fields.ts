import { z } from 'zod';
import { validateNationalId } from '../identity/nationalIdentityNumber';
import { isRealIsoDate } from '../util/dates';
import { UUID_PATTERN } from '../util/uuidv7';

/**
 * Field schemas shared by commands, events and forms. Each error message is a key into
 * src-shared/i18n/fields.ts, so the renderer and the core show the same words.
 */

export const requiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

export const optionalText = (max: number) => z.string({ error: 'invalid' }).trim().max(max, { error: 'tooLong' }).default('');

export const isoDate = z.string({ error: 'required' }).refine(isRealIsoDate, { error: 'invalidDate' });

export const id = z.string({ error: 'required' }).regex(UUID_PATTERN, { error: 'invalid' });

export const nationalId = z
  .string({ error: 'invalid' })
  .transform((value) => value.replace(/\s+/g, ''))
  .refine((value) => value === '' || validateNationalId(value).valid, { error: 'invalidNationalId' });

export const LIMITS = {
  name: 120,
  unit: 120,
  short: 200,
  text: 4000,
  reason: 1000,
  query: 200,
} as const;

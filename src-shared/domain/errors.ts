/**
 * Every failure the user can meet has a code. The code travels across the API; the message is looked up
 * in the user's language (src-shared/i18n/errors.ts), so the same error reads well in bokmål, nynorsk and English.
 */
export const ERROR_CODES = [
  'validation',
  'unknownMethod',
  'notSignedIn',
  'locked',
  'profileExists',
  'noProfile',
  'wrongPassphrase',
  'tooManyAttempts',
  'storeTooNew',
  'storeDamaged',
  'logNotFound',
  'notParticipant',
  'notHolder',
  'logClosed',
  'entryNotFound',
  'notEntryAuthor',
  'entryNotAmendable',
  'nothingAmended',
  'measureNotFound',
  'measureEnded',
  'sameLevel',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field that failed validation: its path in the input and a message key (src-shared/i18n/fields.ts). */
export interface FieldProblem {
  path: string;
  problem: string;
}

export interface ErrorParams {
  fields?: FieldProblem[];
  retryAfterSeconds?: number;
  storeVersion?: number;
  appVersion?: number;
}

export class StafettError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'StafettError';
  }
}

/** A rule of the domain was broken: thrown by decide(). */
export class DomainError extends StafettError {
  override name = 'DomainError';
}

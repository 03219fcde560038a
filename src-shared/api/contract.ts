import { z } from 'zod';
import {
  AmendEntry,
  ChangeLevel,
  EvaluateMeasure,
  OpenLog,
  PlanMeasure,
  RecordBrightSpot,
  RecordConcern,
  RecordNote,
} from '../domain/commands';
import { LIMITS, id, requiredText } from '../domain/fields';
import { service } from '../domain/events';
import { ENTRY_KINDS } from '../domain/vocabulary';
import { Locale, LogHeader, LogSummary, Measure, SearchResult, SessionStatus, TimelinePage, Written } from './dto';

/**
 * The one contract between the renderer and the main process. Every transport (Electron IPC, the web
 * host's HTTP) serves exactly these methods: it parses the input with `input`, checks `access`, runs the
 * handler and answers with the `output` shape inside an envelope.
 *
 * access: 'public' needs no unlocked profile; 'session' needs one.
 * effect: 'read' or 'write' (writes push topic messages; reads of a log are audited).
 */
export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: 'public' | 'session';
  effect: 'read' | 'write';
}

const method = <I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>) => spec;
const none = z.object({}).strict();
const logRef = z.object({ logId: id }).strict();

export const PASSPHRASE_MIN_LENGTH = 10;
const passphrase = z.string({ error: 'required' }).min(PASSPHRASE_MIN_LENGTH, { error: 'passphraseTooShort' }).max(1024, { error: 'tooLong' });

export const CreateProfile = z
  .object({
    name: requiredText(LIMITS.name),
    unit: requiredText(LIMITS.unit),
    service,
    passphrase,
    passphraseRepeat: z.string({ error: 'required' }),
    locale: Locale.default('nb'),
  })
  .strict()
  .refine((input) => input.passphrase === input.passphraseRepeat, { error: 'passphrasesDiffer', path: ['passphraseRepeat'] });

export const api = {
  'session.status': method({ input: none, output: SessionStatus, access: 'public', effect: 'read' }),
  'session.createProfile': method({ input: CreateProfile, output: SessionStatus, access: 'public', effect: 'write' }),
  'session.unlock': method({
    input: z.object({ passphrase: z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'tooLong' }) }).strict(),
    output: SessionStatus,
    access: 'public',
    effect: 'write',
  }),
  'session.lock': method({ input: none, output: SessionStatus, access: 'public', effect: 'write' }),
  'session.setLocale': method({ input: z.object({ locale: Locale }).strict(), output: SessionStatus, access: 'public', effect: 'write' }),
  /** Tells the core the user is active, so the idle lock waits. */
  'session.touch': method({ input: none, output: z.object({}), access: 'session', effect: 'read' }),

  'logs.mine': method({ input: none, output: z.array(LogSummary), access: 'session', effect: 'read' }),
  'logs.search': method({
    input: z.object({ query: requiredText(LIMITS.query), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: SearchResult,
    access: 'session',
    effect: 'read',
  }),
  'logs.open': method({ input: OpenLog.strict(), output: Written, access: 'session', effect: 'write' }),

  'log.header': method({ input: logRef, output: LogHeader, access: 'session', effect: 'read' }),
  'log.timeline': method({
    input: z
      .object({
        logId: id,
        kinds: z.array(z.enum(ENTRY_KINDS)).max(ENTRY_KINDS.length).optional(),
        before: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: TimelinePage,
    access: 'session',
    effect: 'read',
  }),
  'log.measures': method({ input: logRef, output: z.array(Measure), access: 'session', effect: 'read' }),
  'log.recordConcern': method({ input: RecordConcern.strict(), output: Written, access: 'session', effect: 'write' }),
  'log.recordBrightSpot': method({ input: RecordBrightSpot.strict(), output: Written, access: 'session', effect: 'write' }),
  'log.recordNote': method({ input: RecordNote.strict(), output: Written, access: 'session', effect: 'write' }),
  'log.planMeasure': method({ input: PlanMeasure.strict(), output: Written, access: 'session', effect: 'write' }),
  'log.evaluateMeasure': method({ input: EvaluateMeasure.strict(), output: Written, access: 'session', effect: 'write' }),
  'log.changeLevel': method({ input: ChangeLevel.strict(), output: Written, access: 'session', effect: 'write' }),
  'log.amendEntry': method({ input: AmendEntry.strict(), output: Written, access: 'session', effect: 'write' }),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Api[M]['output']>;
export const METHOD_NAMES = Object.keys(api) as MethodName[];

/** Push topics: what the main process tells the renderer without being asked. */
export const topics = {
  /** A log's events changed (an entry was written). */
  'log.changed': z.object({ logId: z.string() }),
  /** The list of my logs changed. */
  'logs.changed': z.object({}),
  /** The session was locked, unlocked or its locale changed. */
  'session.changed': SessionStatus,
} as const;
export type Topics = typeof topics;
export type TopicName = keyof Topics;
export type TopicMessage<T extends TopicName> = z.output<Topics[T]>;

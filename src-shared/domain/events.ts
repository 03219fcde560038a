import { z } from 'zod';
import { EVALUATION_DECISIONS, GOAL_REACHED, LEVELS, NOTE_CONTACTS, SERVICES } from './vocabulary';
import { LIMITS, id, isoDate, nationalId, optionalText, requiredText } from './fields';

/**
 * The events of a relay log. Events are immutable; a correction is an EntryAmended event.
 * Each payload schema is versioned through EVENT_SCHEMA_VERSION: when a payload changes shape, bump the
 * version and add an upgrade in upgradeEvent() so stored events are upgraded when read, never rewritten.
 */

export const level = z.union(LEVELS.map((l) => z.literal(l)) as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>], {
  error: 'invalidLevel',
});
export const service = z.enum(SERVICES, { error: 'required' });

export const Actor = z.object({
  userId: id,
  name: requiredText(LIMITS.name),
  unit: requiredText(LIMITS.unit),
  service,
});
export type Actor = z.infer<typeof Actor>;

export const LogOpenedPayload = z.object({
  childName: requiredText(LIMITS.name),
  birthDate: isoDate,
  nationalId: nationalId.default(''),
  unit: requiredText(LIMITS.unit),
  level,
});

export const ConcernRecordedPayload = z.object({
  observedOn: isoDate,
  observation: requiredText(LIMITS.text),
  childVoice: optionalText(LIMITS.text),
  guardianView: optionalText(LIMITS.text),
  developmentAreas: optionalText(LIMITS.short),
});

export const BrightSpotRecordedPayload = z.object({
  observedOn: isoDate,
  text: requiredText(LIMITS.text),
});

export const NoteRecordedPayload = z.object({
  occurredOn: isoDate,
  contact: z.enum(NOTE_CONTACTS, { error: 'required' }),
  text: requiredText(LIMITS.text),
});

export const MeasurePlannedPayload = z.object({
  goal: requiredText(LIMITS.short),
  description: requiredText(LIMITS.text),
  responsiblePerson: requiredText(LIMITS.name),
  responsibleService: service,
  startDate: isoDate,
  evaluationDate: isoDate,
  concernIds: z.array(id).max(50).default([]),
});

export const MeasureEvaluatedPayload = z.object({
  measureId: id,
  whatHappened: requiredText(LIMITS.text),
  goalReached: z.enum(GOAL_REACHED, { error: 'required' }),
  decision: z.enum(EVALUATION_DECISIONS, { error: 'required' }),
  /** When the measure goes on (continue or adjust), when it is evaluated next; empty when it ends. */
  nextEvaluationDate: z.union([isoDate, z.literal('')]).default(''),
});

export const LevelChangedPayload = z.object({
  level,
  reason: requiredText(LIMITS.reason),
});

export const EntryAmendedPayload = z.object({
  entryId: id,
  changes: z.record(z.string(), z.unknown()),
  reason: requiredText(LIMITS.reason),
});

export const EVENT_PAYLOADS = {
  LogOpened: LogOpenedPayload,
  ConcernRecorded: ConcernRecordedPayload,
  BrightSpotRecorded: BrightSpotRecordedPayload,
  NoteRecorded: NoteRecordedPayload,
  MeasurePlanned: MeasurePlannedPayload,
  MeasureEvaluated: MeasureEvaluatedPayload,
  LevelChanged: LevelChangedPayload,
  EntryAmended: EntryAmendedPayload,
} as const;

export type EventType = keyof typeof EVENT_PAYLOADS;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];
export type PayloadOf<T extends EventType> = z.output<(typeof EVENT_PAYLOADS)[T]>;

export const EVENT_SCHEMA_VERSION = 1;

export type LogEvent<T extends EventType = EventType> = {
  [K in T]: {
    /** UUIDv7 made on the device. */
    id: string;
    logId: string;
    type: K;
    schemaVersion: number;
    author: Actor;
    /** ISO instant from the author's device clock. */
    deviceTime: string;
    payload: PayloadOf<K>;
  };
}[T];

/** Upgrades an event read from storage to the current schema version. Version 1 is current. */
export function upgradeEvent(event: LogEvent): LogEvent {
  return event;
}

/** Which timeline entry an event creates, if any (an amendment changes an existing entry). */
export const ENTRY_KIND_OF_EVENT = {
  LogOpened: 'logOpened',
  ConcernRecorded: 'concern',
  BrightSpotRecorded: 'brightSpot',
  NoteRecorded: 'note',
  MeasurePlanned: 'measure',
  MeasureEvaluated: 'evaluation',
  LevelChanged: 'levelChange',
  EntryAmended: null,
} as const satisfies Record<EventType, string | null>;

/** Fields a correction may change, per entry kind. What decides state (a measure's evaluation decision, a level) is not amendable: it is changed by a new entry. */
export const AMENDABLE_FIELDS = {
  logOpened: ['childName', 'birthDate', 'nationalId', 'unit'],
  concern: ['observedOn', 'observation', 'childVoice', 'guardianView', 'developmentAreas'],
  brightSpot: ['observedOn', 'text'],
  note: ['occurredOn', 'contact', 'text'],
  measure: ['goal', 'description', 'responsiblePerson', 'responsibleService', 'startDate', 'evaluationDate'],
  evaluation: ['whatHappened', 'goalReached'],
  levelChange: ['reason'],
} as const;

/** The payload schema that created each entry kind: amendments are validated against it. */
export const PAYLOAD_OF_ENTRY_KIND = {
  logOpened: LogOpenedPayload,
  concern: ConcernRecordedPayload,
  brightSpot: BrightSpotRecordedPayload,
  note: NoteRecordedPayload,
  measure: MeasurePlannedPayload,
  evaluation: MeasureEvaluatedPayload,
  levelChange: LevelChangedPayload,
} as const;

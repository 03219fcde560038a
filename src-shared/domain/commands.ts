import { z } from 'zod';
import {
  BrightSpotRecordedPayload,
  ConcernRecordedPayload,
  LevelChangedPayload,
  LogOpenedPayload,
  MeasureEvaluatedPayload,
  MeasurePlannedPayload,
  NoteRecordedPayload,
} from './events';
import { LIMITS, id, requiredText } from './fields';

/** What a user asks of a log. Each command's schema is also the input schema of its API method. */

const inLog = z.object({ logId: id });

export const OpenLog = LogOpenedPayload;
export const RecordConcern = inLog.extend(ConcernRecordedPayload.shape);
export const RecordBrightSpot = inLog.extend(BrightSpotRecordedPayload.shape);
export const RecordNote = inLog.extend(NoteRecordedPayload.shape);
export const PlanMeasure = inLog.extend(MeasurePlannedPayload.shape);
export const EvaluateMeasure = inLog.extend(MeasureEvaluatedPayload.shape);
export const ChangeLevel = inLog.extend(LevelChangedPayload.shape);
export const AmendEntry = inLog.extend({
  entryId: id,
  changes: z.record(z.string(), z.unknown()),
  reason: requiredText(LIMITS.reason),
});

export type Command =
  | ({ type: 'openLog' } & z.output<typeof OpenLog>)
  | ({ type: 'recordConcern' } & z.output<typeof RecordConcern>)
  | ({ type: 'recordBrightSpot' } & z.output<typeof RecordBrightSpot>)
  | ({ type: 'recordNote' } & z.output<typeof RecordNote>)
  | ({ type: 'planMeasure' } & z.output<typeof PlanMeasure>)
  | ({ type: 'evaluateMeasure' } & z.output<typeof EvaluateMeasure>)
  | ({ type: 'changeLevel' } & z.output<typeof ChangeLevel>)
  | ({ type: 'amendEntry' } & z.output<typeof AmendEntry>);

import type { MethodName, OutputOf, ParsedInputOf } from '../../../src-shared/api/contract';
import type { Command } from '../../../src-shared/domain/commands';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { LogService } from '../services/logService';
import type { Session } from '../session/session';

export interface HandlerContext {
  session: Session;
  /** Present for methods whose access is 'session' (the dispatcher checks before calling). */
  logs: () => LogService;
}

type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: HandlerContext) => OutputOf<M> | Promise<OutputOf<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** A write command from a method's parsed input: the method name says which command. */
const command = <T extends Command['type']>(type: T) => (input: object, ctx: HandlerContext) =>
  ctx.logs().execute({ type, ...input } as Command);

/** One handler per method of the contract; the dispatcher has parsed the input and checked access. */
export const handlers: Handlers = {
  'session.status': (_input, { session }) => session.status(),
  'session.createProfile': (input, { session }) =>
    session.createProfile({
      user: { userId: uuidv7(), name: input.name, unit: input.unit, service: input.service },
      passphrase: input.passphrase,
      locale: input.locale,
    }),
  'session.unlock': (input, { session }) => session.unlock(input.passphrase),
  'session.lock': (_input, { session }) => session.lock(),
  'session.setLocale': (input, { session }) => session.setLocale(input.locale),
  'session.touch': () => ({}),

  'logs.mine': (_input, ctx) => ctx.logs().mine(),
  'logs.search': (input, ctx) => ctx.logs().search(input.query, input.limit),
  'logs.open': command('openLog'),

  'log.header': (input, ctx) => ctx.logs().header(input.logId),
  'log.timeline': (input, ctx) =>
    ctx.logs().timeline(input.logId, { limit: input.limit, ...(input.kinds ? { kinds: input.kinds } : {}), ...(input.before ? { before: input.before } : {}) }),
  'log.measures': (input, ctx) => ctx.logs().measures(input.logId),
  'log.recordConcern': command('recordConcern'),
  'log.recordBrightSpot': command('recordBrightSpot'),
  'log.recordNote': command('recordNote'),
  'log.planMeasure': command('planMeasure'),
  'log.evaluateMeasure': command('evaluateMeasure'),
  'log.changeLevel': command('changeLevel'),
  'log.amendEntry': command('amendEntry'),
};

import type { Actor, LogEvent } from '../src-shared/domain/events';
import type { Command } from '../src-shared/domain/commands';
import { decide } from '../src-shared/domain/decide';
import { type LogState, evolve } from '../src-shared/domain/state';
import { uuidv7 } from '../src-shared/util/uuidv7';
import { unwrapKey } from '../src-main/core/profile/keys';
import { profilePaths, readProfile } from '../src-main/core/profile/profileFile';
import { openStore } from '../src-main/core/store/sqlite/openStore';
import type { Random } from '../src-main/core/demo/random';
import { benchChild, benchEntry } from './corpus';

/**
 * `--bulk`: fills new logs through the shared rules (decide/evolve) and LogStore.append, 500 events per
 * transaction, on a second connection to the same store. Same events, hash chains and projections as
 * dispatch would write, without one synced commit per entry: for machines too busy to fill 100,000 entries
 * one call at a time within the bench's few minutes. The API itself has no bulk write.
 */
export async function bulkFill(dataDir: string, passphrase: string, actor: Actor, rng: Random, logs: number, entries: number): Promise<void> {
  const profile = readProfile(dataDir);
  if (!profile?.wrappedKey) throw new Error('The bench needs a profile whose key is wrapped by the passphrase only');
  const key = await unwrapKey(profile.wrappedKey, passphrase);
  const store = openStore({ file: profilePaths(dataDir).store, key });
  key.fill(0);
  try {
    const context = () => {
      const now = new Date();
      return { actor, now: now.toISOString(), newId: () => uuidv7(now.getTime()) };
    };
    const today = new Date().toISOString().slice(0, 10);
    for (let l = 0; l < logs; l++) {
      const child = benchChild(rng);
      const open: Command = { type: 'openLog', childName: `${child.firstName} Bulkesen ${l}`, birthDate: '2015-06-15', nationalId: '', unit: 'Lerkeli skole', level: 1 };
      let batch: LogEvent[] = decide(open, undefined, context());
      let state: LogState | undefined = evolve(undefined, batch[0]!);
      const count = Math.floor(entries / logs) + (l < entries % logs ? 1 : 0) - 1;
      for (let i = 0; i < count; i++) {
        const { method, input } = benchEntry(rng, child, state.logId, today);
        const type = ({ 'log.recordConcern': 'recordConcern', 'log.recordBrightSpot': 'recordBrightSpot', 'log.recordNote': 'recordNote' } as const)[method as 'log.recordNote'];
        const events = decide({ type, ...input } as Command, state, context());
        for (const event of events) state = evolve(state, event);
        batch.push(...events);
        if (batch.length >= 500) {
          store.append(batch);
          batch = [];
          await new Promise(setImmediate);
        }
      }
      if (batch.length > 0) store.append(batch);
    }
  } finally {
    store.close();
  }
}

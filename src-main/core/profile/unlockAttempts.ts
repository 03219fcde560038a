import { existsSync, readFileSync } from 'node:fs';
import { profilePaths, writeJsonAtomically } from './profileFile';

/**
 * Failed unlocks slow down: the first three are free, then each waits twice as long as the last (1 s, 2 s,
 * 4 s … at most 5 minutes). Kept on disk so restarting the app does not reset the count.
 */
interface Attempts {
  failures: number;
  lastFailureAt: number;
}

const FREE_ATTEMPTS = 3;
const MAX_DELAY_SECONDS = 300;

export function delaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

export class UnlockAttempts {
  constructor(private readonly dataDir: string) {}

  private read(): Attempts {
    const file = profilePaths(this.dataDir).attempts;
    if (!existsSync(file)) return { failures: 0, lastFailureAt: 0 };
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Attempts;
    } catch {
      // A damaged counter must not lock the user out for good; start counting again.
      return { failures: 0, lastFailureAt: 0 };
    }
  }

  /** Seconds the user must still wait before the next try (0 when they may try now). */
  secondsToWait(nowMs: number): number {
    const { failures, lastFailureAt } = this.read();
    const waitUntil = lastFailureAt + delaySeconds(failures) * 1000;
    return Math.max(0, Math.ceil((waitUntil - nowMs) / 1000));
  }

  recordFailure(nowMs: number): void {
    const { failures } = this.read();
    writeJsonAtomically(profilePaths(this.dataDir).attempts, { failures: failures + 1, lastFailureAt: nowMs });
  }

  reset(): void {
    writeJsonAtomically(profilePaths(this.dataDir).attempts, { failures: 0, lastFailureAt: 0 });
  }
}

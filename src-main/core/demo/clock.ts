/**
 * The clock the demo hands to the core. It stands still between calls and only moves forward, so every event
 * carries the moment the plan gave it, and no log's events can come out of order.
 */
export class DemoClock {
  private at: number;
  private real = false;

  constructor(start: number) {
    this.at = start;
  }

  readonly now = (): Date => {
    if (this.real) this.at = Math.max(this.at, Date.now());
    return new Date(this.at);
  };

  /** Moves to `ms`, or one millisecond on when `ms` is not later than the clock. */
  advanceTo(ms: number): void {
    this.at = Math.max(this.at + 1, ms);
  }

  /** From now on follow the wall clock (still never going back): for whoever keeps using the core afterwards. */
  followRealTime(): void {
    this.real = true;
  }
}

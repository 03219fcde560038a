import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface StallFigures {
  /** Longest event-loop delay perf_hooks saw (ms). */
  eventLoopDelayMaxMs: number;
  eventLoopDelayP99Ms: number;
  /** How late the most delayed tick of a short interval timer came (ms): what a UI's timer would feel. */
  intervalTimerMaxLateMs: number;
}

/** Watches the main thread while some work runs in it, two ways, so one can check the other. */
export function watchStalls(intervalMs = 5): { stop: () => StallFigures } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let last = performance.now();
  let worstLate = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worstLate = Math.max(worstLate, now - last - intervalMs);
    last = now;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      histogram.disable();
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      return {
        eventLoopDelayMaxMs: ms(histogram.max),
        eventLoopDelayP99Ms: ms(histogram.percentile(99)),
        intervalTimerMaxLateMs: Math.round(worstLate * 100) / 100,
      };
    },
  };
}

/**
 * The time a call has used and has left. Waits between attempts count in full even when a
 * custom `retry.sleep` returns early (a test's fake sleep, a scheduler), so the deadline means the
 * same whichever sleep runs.
 */
export interface CallClock {
  /** The call's deadline in ms, if it has one. */
  readonly deadline: number | undefined;
  /** Ms left before the deadline; `Infinity` without one. */
  remaining(): number;
  /** Waits `ms` through `sleep`, counting the whole of `ms` as spent. */
  wait(ms: number, sleep: (ms: number, signal?: AbortSignal) => Promise<void>, signal?: AbortSignal): Promise<void>;
}

// Without a deadline there is nothing to count: one clock serves every such call.
const NO_DEADLINE: CallClock = {
  deadline: undefined,
  remaining: () => Infinity,
  wait: (ms, sleep, signal) => sleep(ms, signal),
};

/** Starts a call's clock now. */
export function startCallClock(deadline: number | undefined, now: () => number = () => performance.now()): CallClock {
  if (deadline === undefined) return NO_DEADLINE;
  const started = now();
  let skipped = 0;
  const elapsed = () => now() - started + skipped;
  return {
    deadline,
    remaining: () => deadline - elapsed(),
    async wait(ms, sleep, signal) {
      const before = now();
      await sleep(ms, signal);
      skipped += Math.max(0, ms - (now() - before));
    },
  };
}

/** A duration as people read it: `450 ms`, `2 s`, `1.5 s`, `90 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} s`;
}

import type { CliIO } from './io';

/** A progress line on stderr that one long operation keeps up to date. */
export interface Progress {
  /** Reports how far it got; draws once the operation has taken long enough to be worth it. */
  update(count: number): void;
  /** Clears the line (if it was ever drawn). */
  done(): void;
}

/** When a progress line appears: after `afterMs`, or once `afterCount` items arrived, whichever first. */
export interface ProgressThresholds {
  afterMs: number;
  afterCount: number;
}

const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = '\r\u001B[2K';

/**
 * A progress line for a person: drawn on stderr only when stderr is a terminal, only when the
 * work is slow or large (a quick `list` shows nothing), redrawn at most ten times a second, and
 * erased when done, so it never mixes with the data on stdout nor lands in a log file.
 *
 * @example
 * const progress = startProgress(io, (n) => `listing webhooks: ${n} so far`, { afterMs: 1000, afterCount: 500 });
 */
export function startProgress(io: CliIO, label: (count: number) => string, thresholds: ProgressThresholds): Progress {
  if (io.stderr.isTTY !== true) return { update() {}, done() {} };
  const startedAt = io.now();
  let drawnAt: number | undefined;
  return {
    update(count) {
      const now = io.now();
      if (drawnAt === undefined && now - startedAt < thresholds.afterMs && count < thresholds.afterCount) return;
      if (drawnAt !== undefined && now - drawnAt < REDRAW_EVERY_MS) return;
      drawnAt = now;
      io.stderr.write(`${CLEAR_LINE}${label(count)}`);
    },
    done() {
      if (drawnAt !== undefined) io.stderr.write(CLEAR_LINE);
    },
  };
}

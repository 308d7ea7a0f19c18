import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/io';

/** A `CliIO` over in-memory streams, with a clock the test moves. */
export interface FakeIO extends CliIO {
  stdin: PassThrough & { isTTY?: boolean };
  /** What was written to stdout and stderr so far. */
  written(): { stdout: string; stderr: string };
  /** Moves the clock forward. */
  advance(ms: number): void;
}

/** A fake terminal (or a pipe, with `tty: false`) for running CLI pieces in-process. */
export function fakeIO(options: { tty: boolean; env?: Record<string, string> }): FakeIO {
  let stdout = '';
  let stderr = '';
  let now = 0;
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty });
  return {
    stdin,
    stdout: { isTTY: options.tty, write: (text: string) => { stdout += text; } },
    stderr: { isTTY: options.tty, write: (text: string) => { stderr += text; } },
    env: options.env ?? {},
    cwd: process.cwd(),
    now: () => now,
    untilStopped: () => new Promise(() => {}),
    written: () => ({ stdout, stderr }),
    advance: (ms) => { now += ms; },
  };
}

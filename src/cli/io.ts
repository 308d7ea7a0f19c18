import type { Env } from '../provider-descriptor';

/** A stream the CLI writes to: `process.stdout`, `process.stderr`, or a test's fake. */
export interface OutputStream {
  write(text: string): unknown;
  /** True when a person is looking at it; colour, progress and prompts depend on it. */
  isTTY?: boolean;
}

/** The stream the CLI reads answers and `--body-file -` from. */
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/**
 * Everything the CLI touches outside itself, so a test can run it in-process with fake streams
 * and a fake clock, and the bin can hand it the real process.
 */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  env: Env;
  /** Where relative paths (`-c FILE`, `--body-file F`) are resolved from. */
  cwd: string;
  /** Milliseconds, monotonic enough for progress timing. */
  now(): number;
  /** Resolves when the process is asked to stop (SIGINT or SIGTERM): how `simulate` knows to close. */
  untilStopped(): Promise<void>;
}

/** The real process's streams, environment and signals. */
export function processIO(): CliIO {
  // `hookbridge list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => performance.now(),
    untilStopped: () => new Promise((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
  };
}

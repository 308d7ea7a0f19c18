/** How much a client logs: nothing, warnings only (the default), or one line per attempt too. */
export type LogLevel = 'off' | 'warn' | 'debug';

/** Where log lines go. Each line is one complete sentence, without a trailing newline. */
export interface Logger {
  debug(line: string): void;
  warn(line: string): void;
}

/** The levels `logLevel` and `HOOKBRIDGE_LOG` accept. */
export const LOG_LEVELS: readonly LogLevel[] = ['off', 'warn', 'debug'];

/** Writes to stderr (`console.error` where there is no `process`, as on edge runtimes). */
export const STDERR_LOGGER: Logger = {
  debug: (line) => writeStderr(line),
  warn: (line) => writeStderr(line),
};

function writeStderr(line: string): void {
  const stderr = globalThis.process?.stderr;
  if (stderr && typeof stderr.write === 'function') stderr.write(`${line}\n`);
  else console.error(line);
}

/** A logger bound to a level: lines below it are dropped, and a logger that throws is ignored. */
export interface Log {
  readonly level: LogLevel;
  debug(line: string): void;
  warn(line: string): void;
}

/**
 * The level when the client names none: `HOOKBRIDGE_LOG` if it holds one, else `warn`. An
 * unreadable value falls back to `warn` (and is reported once by the caller) rather than failing
 * every client an operator's typo would otherwise break.
 */
export function levelFromEnv(env: Record<string, string | undefined> | undefined): { level: LogLevel; invalid?: string } {
  const value = env?.HOOKBRIDGE_LOG?.trim().toLowerCase();
  if (!value) return { level: 'warn' };
  return (LOG_LEVELS as readonly string[]).includes(value) ? { level: value as LogLevel } : { level: 'warn', invalid: value };
}

/** Binds `logger` to `level`. Lines go through `scrub` first, so a caller's secret never reaches the logger. */
export function createLog(level: LogLevel, logger: Logger, scrub: (line: string) => string = (line) => line): Log {
  // A logger is an observer: one that throws must never change the outcome of a call.
  const safely = (write: () => void) => { try { write(); } catch { /* the log line is lost, the call goes on */ } };
  return {
    level,
    debug: (line) => { if (level === 'debug') safely(() => logger.debug(scrub(line))); },
    warn: (line) => { if (level !== 'off') safely(() => logger.warn(scrub(line))); },
  };
}

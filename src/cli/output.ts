import type { Env } from '../provider-descriptor';
import { colourFor, painter, type Paint } from './colour';
import type { OutputStream } from './io';

/**
 * The CLI's two voices. stdout carries data only (a table, fields, or one JSON document), so it
 * can be piped; notes, warnings, progress and errors go to stderr.
 */
export interface Output {
  /** Writes a line (or lines) of data to stdout. */
  data(text: string): void;
  /** Writes one JSON document to stdout, the only thing `--json` puts there. */
  json(value: unknown): void;
  /** A line for the person on stderr: what happened, what to do next. */
  note(text: string): void;
  /** A `warning:` line on stderr. */
  warn(text: string): void;
  /** An `error:` line on stderr. */
  error(text: string): void;
  /** Styles text bound for stdout (plain unless stdout is a terminal without NO_COLOR). */
  paint: Paint;
  /** Whether stdout gets colour, for renderers that take a flag (`formatPlan`). */
  colour: boolean;
}

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** The `Output` over a pair of streams. */
export function createOutput(stdout: OutputStream, stderr: OutputStream, env: Env): Output {
  const colour = colourFor(stdout, env);
  const paintError = painter(colourFor(stderr, env));
  return {
    data: (text) => void stdout.write(withNewline(text)),
    json: (value) => void stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (text) => void stderr.write(withNewline(text)),
    warn: (text) => void stderr.write(withNewline(`${paintError('yellow', 'warning:')} ${text}`)),
    error: (text) => void stderr.write(withNewline(`${paintError('red', 'error:')} ${text}`)),
    paint: painter(colour),
    colour,
  };
}

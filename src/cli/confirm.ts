import type { CliIO, InputStream } from './io';
import { usageError } from './usage-error';

/** Reads one line from `input`; resolves undefined when the input ends first (Ctrl-D). */
function readLine(input: InputStream): Promise<string | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const finish = (line: string | undefined) => {
      input.off('data', onData);
      input.off('end', onEnd);
      // Paused again so that a terminal on stdin does not keep the process alive afterwards.
      input.pause();
      resolve(line);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.search(/\r?\n|\r/);
      if (end !== -1) finish(text.slice(0, end));
    };
    const onEnd = () => finish(text === '' ? undefined : text);
    input.on('data', onData);
    input.once('end', onEnd);
    input.resume();
  });
}

/**
 * Asks `question` before a change. With `--yes` it goes ahead without asking. Without a terminal
 * on stdin and stderr nobody can answer, so it refuses with a usage error naming `--yes` (the
 * command line must say yes itself). Only `y` or `yes` (any case) agrees.
 *
 * @example
 * if (!(await confirmChange(io, 'delete', 'Delete webhook wh_1?', yes))) return EXIT.failure;
 */
export async function confirmChange(io: CliIO, command: string, question: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (io.stdin.isTTY !== true || io.stderr.isTTY !== true) {
    throw usageError(command, `${command} changes things and asks first, but there is no terminal to ask on: pass --yes to go ahead`, '--yes');
  }
  io.stderr.write(`${question} [y/N] `);
  const answer = await readLine(io.stdin);
  if (answer === undefined) io.stderr.write('\n');
  return /^\s*y(es)?\s*$/i.test(answer ?? '');
}

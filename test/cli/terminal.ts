import { spawn, spawnSync } from 'node:child_process';
import type { Bin } from './bin';

/** Whether util-linux `script` is there to give the bin a pseudo-terminal. */
export const hasScript = spawnSync('script', ['--version']).status === 0;

const quoted = (word: string) => `'${word.replace(/'/g, "'\\''")}'`;

/** What a run on a terminal showed: stdout and stderr arrive mixed, as a person sees them. */
export interface TerminalRun {
  code: number | null;
  screen: string;
}

/**
 * Runs the bin on a pseudo-terminal (`script -qec`), typing `input` into it, as a person at a
 * terminal would: stdin, stdout and stderr are all TTYs. `script -e` exits with the bin's code.
 */
export function runOnTerminal(bin: Bin, args: readonly string[], input: string, env: Record<string, string>, cwd?: string): Promise<TerminalRun> {
  const command = [process.execPath, bin.path, ...args].map(quoted).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { PATH: process.env.PATH ?? '', TERM: 'dumb', ...env }, ...(cwd ? { cwd } : {}) });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => { screen += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen: screen.replace(/\r/g, '') }));
    child.stdin.end(input);
  });
}

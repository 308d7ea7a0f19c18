import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'tsup';
import config from '../../tsup.config';

/** What one run of the bin produced. */
export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options for one run: the environment (beside PATH), stdin's text, the working directory. */
export interface RunOptions {
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
}

/** The bin as a user installs it: dist/cli.js built from entries/cli.ts, run with `node`. */
export interface Bin {
  readonly path: string;
  run(args: readonly string[], options?: RunOptions): Promise<BinRun>;
  /** Starts the bin and leaves it running (for `simulate`). */
  start(args: readonly string[], options?: RunOptions): ReturnType<typeof spawn>;
  remove(): void;
}

// Only PATH from the developer's environment: their real API keys must never reach a test run.
const envFor = (options: RunOptions) => ({ PATH: process.env.PATH ?? '', ...options.env });

// Inside the repository, so that the bundle's dependencies (ky, valibot...) resolve from
// node_modules as they do for an installed package.
const cache = resolve(import.meta.dirname, '../../node_modules/.cache');

/** Builds the bin once, as `npm run build` does but without declarations, into a scratch folder. */
export async function buildBin(): Promise<Bin> {
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'hookbridge-cli-'));
  await build({ ...(config as object), entry: { cli: 'entries/cli.ts' }, outDir: dir, dts: false, sourcemap: false, silent: true });
  const path = join(dir, 'cli.js');
  const start = (args: readonly string[], options: RunOptions = {}) =>
    spawn(process.execPath, [path, ...args], { env: envFor(options), cwd: options.cwd ?? dir, stdio: ['pipe', 'pipe', 'pipe'] });
  return {
    path,
    start,
    run(args, options = {}) {
      return new Promise((resolve, reject) => {
        const child = start(args, options);
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
        child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin!.end(options.input ?? '');
      });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Finding and reading a config file: JSON, or a module whose default export is the config
 * (`.mjs`, `.js`, and `.ts`, which Node 22.18+ runs by stripping its types).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError } from '../errors';
import { checkConfig, type CheckConfigOptions } from './check-config';
import type { CheckedConfigShape } from './config-schema';

/** The files `loadConfig()` looks for, in this order, in the working directory. */
export const DEFAULT_CONFIG_FILES = ['hookbridge.config.ts', 'hookbridge.config.mjs', 'hookbridge.config.js', 'hookbridge.config.json'] as const;

/** Options for `loadConfig`. */
export interface LoadConfigOptions extends Pick<CheckConfigOptions, 'env'> {
  /** Where a relative path, and the default files, are looked for (default `process.cwd()`). */
  cwd?: string;
}

const fail = (file: string, message: string, cause?: unknown) =>
  new ConfigurationError(`${file}: ${message}`, { operation: 'sync', ...(cause === undefined ? {} : { cause }) });

function findDefault(cwd: string): string {
  const found = DEFAULT_CONFIG_FILES.filter((name) => existsSync(join(cwd, name)));
  if (found.length === 0) {
    throw new ConfigurationError(`loadConfig: no config file in ${cwd}; create one of ${DEFAULT_CONFIG_FILES.join(', ')}, or pass its path`, { operation: 'sync' });
  }
  if (found.length > 1) {
    throw new ConfigurationError(`loadConfig: ${found.join(' and ')} are both in ${cwd}; keep one, or pass the path of the one to use`, { operation: 'sync' });
  }
  return join(cwd, found[0]!);
}

// V8's JSON messages may quote the text around the mistake, and a config may hold a literal key:
// only where the mistake is goes into the error.
function readJson(file: string, shown: string): unknown {
  // Editors on Windows may save a byte order mark, which JSON.parse refuses.
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = /line \d+ column \d+|position \d+/.exec(String((error as Error).message))?.[0];
    throw fail(shown, `is not valid JSON${where ? ` (at ${where})` : ''}`);
  }
}

async function importModule(file: string, shown: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(file).href);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') {
      throw fail(shown, 'uses TypeScript syntax that Node cannot strip (an enum, a namespace, parameter properties); use a const object instead, or write the config as .mjs', error);
    }
    if (code === 'ERR_UNKNOWN_FILE_EXTENSION') {
      throw fail(shown, `this Node (${globalThis.process?.version}) cannot import TypeScript; use Node 22.18 or later, or write the config as .mjs or .json`, error);
    }
    throw fail(shown, `could not be imported: ${(error as Error)?.message ?? String(error)}`, error);
  }
  if (module.default === undefined) throw fail(shown, 'has no default export; end it with `export default defineConfig({ ... })`');
  return module.default;
}

/**
 * Reads the config at `path` (default: the one `hookbridge.config.{ts,mjs,js,json}` in `cwd`),
 * resolves its `{ env }` references and checks it. The extension decides how it is read:
 * `.json` as JSON, anything else as a module whose default export is the config.
 */
export async function loadConfigFile(providers: readonly string[], path?: string, options: LoadConfigOptions = {}): Promise<CheckedConfigShape> {
  const cwd = options.cwd ?? globalThis.process?.cwd() ?? '.';
  const file = path === undefined ? findDefault(cwd) : isAbsolute(path) ? path : resolve(cwd, path);
  const fromCwd = relative(cwd, file);
  const shown = fromCwd && !fromCwd.startsWith('..') ? fromCwd : file;
  if (!existsSync(file)) throw fail(shown, 'no such file');
  const raw = extname(file).toLowerCase() === '.json' ? readJson(file, shown) : await importModule(file, shown);
  return checkConfig(providers, raw, { ...(options.env ? { env: options.env } : {}), source: shown });
}

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as bundle } from 'esbuild';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../tsup.config';

// What a user installs is dist/, reached through the exports map: build it as `npm run build`
// does (declarations included) into a scratch folder, and import every entry from there.
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string; default: string }> };
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'hookbridge-dist-'));
  // Declarations are left to `npm run build` (tsup's dts step takes most of a minute's budget on
  // two cores); here each entry's `types` is checked to sit beside its code.
  await build({ ...(config as object), outDir: out, silent: true, sourcemap: false, dts: false });
  // As installed: dist/ sits in a package that declares itself free of side effects.
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module', sideEffects: false }));
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const entries = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object') as Array<[string, { types: string; default: string }]>;
const fileOf = (path: string) => join(out, path.replace('./dist/', ''));

describe('the published package', () => {
  it.each(entries)('%s has its code, and its declarations are named beside it', (_name, target) => {
    expect(existsSync(fileOf(target.default))).toBe(true);
    expect(target.types).toBe(target.default.replace(/\.js$/, '.d.ts'));
  });

  it('the root entry exports what api.md promises', async () => {
    const root = await import(pathToFileURL(fileOf('./dist/index.js')).href);
    for (const name of [
      'createWebhookClient', 'webhookClientFromEnv', 'verifyWebhook', 'signWebhook', 'createWebhookHandler',
      'createNodeWebhookMiddleware', 'dialnexa', 'sentdm', 'defineProvider', 'WebhookError', 'ConfigurationError',
      'ValidationError', 'AuthenticationError', 'PermissionError', 'NotFoundError', 'ConflictError', 'RateLimitError',
      'ServerError', 'NetworkError', 'TimeoutError', 'ResponseValidationError', 'UnsupportedOperationError',
      'SignatureVerificationError',
    ]) expect(typeof root[name], name).toBe('function');
  });

  it('the provider and testing entries export their factories', async () => {
    const imports = await Promise.all(['./dialnexa', './sentdm', './testing'].map((name) => {
      const target = pkg.exports[name] as { default: string };
      return import(pathToFileURL(fileOf(target.default)).href) as Promise<Record<string, unknown>>;
    }));
    const [dn, sd, testing] = imports as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    expect(typeof dn.dialnexa).toBe('function');
    expect(typeof dn.verifyDialNexaWebhook).toBe('function');
    expect(typeof sd.sentdm).toBe('function');
    expect(typeof sd.verifySentDmWebhook).toBe('function');
    for (const name of ['startSimulator', 'createMemoryProvider', 'testProvider']) expect(typeof testing[name], name).toBe('function');
  });

  it('errors from one built copy are recognised by another (duplicate installs)', async () => {
    const a = await import(pathToFileURL(fileOf('./dist/index.js')).href);
    const src = await import('../../src/errors');
    const error = new a.NotFoundError('gone');
    expect(src.NotFoundError.isInstance(error)).toBe(true);
    expect(src.ValidationError.isInstance(error)).toBe(false);
    expect(error.name).toBe('NotFoundError');
  });

  it('only the testing entry pulls in node: modules (the rest runs on edge runtimes)', () => {
    const source = (file: string) => readFileSync(join(out, file), 'utf8');
    const usesNode = (file: string) => /from\s*["']node:|import\(["']node:/.test(source(file));
    // Every file an entry loads, following the relative chunk imports.
    const reachable = (entry: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(entry)) return seen;
      seen.add(entry);
      for (const match of source(entry).matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) reachable(match[1]!, seen);
      return seen;
    };
    for (const entry of ['index.js', 'dialnexa.js', 'sentdm.js']) {
      expect([...reachable(entry)].filter(usesNode), entry).toEqual([]);
    }
    expect([...reachable('testing.js')].some(usesNode)).toBe(true);
  });

  it.each([['index.js'], ['verify.js']])('an app that only verifies deliveries (from %s) bundles no HTTP stack', async (entry) => {
    const result = await bundle({
      stdin: { contents: `export { verifyWebhook, createWebhookHandler } from ${JSON.stringify(join(out, entry))};`, resolveDir: root },
      bundle: true, write: false, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], minify: true,
      nodePaths: [join(root, 'node_modules')],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('crypto.subtle');
    for (const marker of ['KyError', 'retries', 'node:']) expect(code, marker).not.toContain(marker);
    expect(code.length).toBeLessThan(20_000);
  });
});

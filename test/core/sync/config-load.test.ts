import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../entries/sync';
import { ConfigurationError } from '../../../src/errors';
import { memoryWorld } from './support';

const root = mkdtempSync(join(tmpdir(), 'hookbridge-sync-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let n = 0;
beforeEach(() => { dir = join(root, `case-${++n}`); mkdirSync(dir); });

const world = memoryWorld();
const config = {
  targets: { main: { provider: 'memory', account: { env: 'ACCOUNT' }, owns: ['https://app.example/hooks/'] } },
  webhooks: [{ target: 'main', url: 'https://app.example/hooks/a', events: ['example.created'] }],
  prune: true,
};
const env = { ACCOUNT: 'acc-1' };
const resolved = { ...config, targets: { main: { ...config.targets.main, account: 'acc-1' } } };
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a failure'); }, (error: unknown) => {
  expect(ConfigurationError.isInstance(error)).toBe(true);
  return error as ConfigurationError;
});

describe('loadConfig reads', () => {
  it('JSON, resolving { env } references', async () => {
    write('sync.json', JSON.stringify(config));
    expect(await world.load(join(dir, 'sync.json'), { env })).toEqual(resolved);
  });

  it('JSON saved with a byte order mark', async () => {
    write('sync.json', `\uFEFF${JSON.stringify(config)}`);
    expect(await world.load(join(dir, 'sync.json'), { env })).toEqual(resolved);
  });

  it('an .mjs module\'s default export', async () => {
    write('hookbridge.config.mjs', `export default ${JSON.stringify(config)};`);
    expect(await world.load(undefined, { cwd: dir, env })).toEqual(resolved);
  });

  it('a .js module (this package is ESM)', async () => {
    write('package.json', '{ "type": "module" }');
    write('hookbridge.config.js', `const account = { env: 'ACCOUNT' };\nexport default { ...${JSON.stringify(config)}, targets: { main: { ...${JSON.stringify(config.targets.main)}, account } } };`);
    expect(await world.load(undefined, { cwd: dir, env })).toEqual(resolved);
  });

  it('a .ts module with type annotations', async () => {
    write('hookbridge.config.ts', [
      'interface Entry { target: string; url: string; events: string[] }',
      `const entry: Entry = ${JSON.stringify(config.webhooks[0])};`,
      `export default { ...${JSON.stringify(config)}, webhooks: [entry] } satisfies { webhooks: Entry[] };`,
    ].join('\n'));
    expect(await world.load(undefined, { cwd: dir, env })).toEqual(resolved);
  });

  it('a relative path against cwd', async () => {
    mkdirSync(join(dir, 'ops'));
    write('ops/webhooks.json', JSON.stringify(config));
    expect(await world.load('ops/webhooks.json', { cwd: dir, env })).toEqual(resolved);
  });

  it('process.env by default, through the package entry', async () => {
    write('hookbridge.config.json', JSON.stringify({
      targets: { calls: { provider: 'dialnexa', apiKey: { env: 'SYNC_TEST_DIALNEXA_KEY' } } },
      webhooks: [{ target: 'calls', url: 'https://app.example/hooks/a', events: ['call.completed'] }],
    }));
    process.env.SYNC_TEST_DIALNEXA_KEY = 'dn_test_key';
    try {
      expect((await loadConfig(join(dir, 'hookbridge.config.json'))).targets.calls).toEqual({ provider: 'dialnexa', apiKey: 'dn_test_key' });
    } finally {
      delete process.env.SYNC_TEST_DIALNEXA_KEY;
    }
  });
});

describe('loadConfig refuses, naming the file', () => {
  it('no config file in the directory', async () => {
    const error = await failure(world.load(undefined, { cwd: dir }));
    expect(error.message).toMatch(/no config file in .*hookbridge\.config\.ts, hookbridge\.config\.mjs, hookbridge\.config\.js, hookbridge\.config\.json/);
  });

  it('two default files', async () => {
    write('hookbridge.config.json', '{}');
    write('hookbridge.config.mjs', 'export default {}');
    expect((await failure(world.load(undefined, { cwd: dir }))).message).toMatch(/hookbridge\.config\.mjs and hookbridge\.config\.json are both in/);
  });

  it('a path that does not exist', async () => {
    expect((await failure(world.load('missing.json', { cwd: dir }))).message).toBe('missing.json: no such file');
  });

  it('invalid JSON, saying where and never quoting the text', async () => {
    write('hookbridge.config.json', '{\n  "targets": { "main": { "apiKey": "sk_live_abcdef" } }\n  "webhooks": []\n}');
    const error = await failure(world.load(undefined, { cwd: dir }));
    expect(error.message).toMatch(/^hookbridge\.config\.json: is not valid JSON \(at (line 3 column 3|position \d+)\)$/);
    expect(error.message).not.toContain('sk_live');
  });

  it('a module without a default export', async () => {
    write('hookbridge.config.mjs', 'export const config = {};');
    expect((await failure(world.load(undefined, { cwd: dir }))).message).toMatch(/^hookbridge\.config\.mjs: has no default export/);
  });

  it('a module that throws', async () => {
    write('hookbridge.config.mjs', 'throw new Error("no such thing");');
    expect((await failure(world.load(undefined, { cwd: dir }))).message).toMatch(/^hookbridge\.config\.mjs: could not be imported: no such thing/);
  });

  it('a bad config, with the file and the path', async () => {
    write('hookbridge.config.json', JSON.stringify({ ...config, webhooks: [{ ...config.webhooks[0], target: 'calls' }] }));
    expect((await failure(world.load(undefined, { cwd: dir, env }))).message)
      .toBe('hookbridge.config.json: webhooks[0].target: "calls" is not a target; declare it under targets (main)');
  });

  it('an unset variable, with the file, the path and the variable', async () => {
    write('hookbridge.config.json', JSON.stringify(config));
    expect((await failure(world.load(undefined, { cwd: dir, env: {} }))).message)
      .toBe('hookbridge.config.json: targets.main.account: environment variable ACCOUNT is not set');
  });

  it('a plan-time problem still names the file it came from', async () => {
    write('hookbridge.config.json', JSON.stringify({ ...config, targets: { main: { ...config.targets.main, capabilities: { names: false } } }, webhooks: [{ ...config.webhooks[0], name: 'x' }] }));
    const loaded = await world.load(undefined, { cwd: dir, env });
    expect((await failure(world.plan(loaded))).message).toMatch(/^hookbridge\.config\.json: webhooks\[0\]\.name: /);
  });
});

describe('a .ts config under plain Node (no test transform)', () => {
  // vitest compiles what it imports, enums included; Node itself only strips types. Bundle the
  // loader and run it in a child Node to see what a user's `hookbridge plan` sees.
  it('type annotations are stripped; an enum is a ConfigurationError that says what to do', async () => {
    const loader = join(root, 'loader.mjs');
    await build({ entryPoints: [join(import.meta.dirname, '../../../src/sync/load-config.ts')], bundle: true, platform: 'node', format: 'esm', outfile: loader, logLevel: 'silent' });
    write('typed.ts', `const events: string[] = ['example.created'];\nexport default { targets: { main: { provider: 'memory' } }, webhooks: [{ target: 'main', url: 'https://app.example/h', events }] };`);
    write('enum.ts', `enum Kind { A = 'example.created' }\nexport default { targets: { main: { provider: 'memory' } }, webhooks: [{ target: 'main', url: 'https://app.example/h', events: [Kind.A] }] };`);
    const script = `import { loadConfigFile } from ${JSON.stringify(loader)};
      const out = {};
      for (const file of ['typed.ts', 'enum.ts']) {
        try { out[file] = (await loadConfigFile(['memory'], file, { cwd: ${JSON.stringify(dir)} })).webhooks[0].events; }
        catch (error) { out[file] = error.name + ': ' + error.message; }
      }
      console.log(JSON.stringify(out));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out['typed.ts']).toEqual(['example.created']);
    expect(out['enum.ts']).toMatch(/^ConfigurationError: enum\.ts: uses TypeScript syntax that Node cannot strip \(an enum/);
  });
});

import { describe, expect, it } from 'vitest';
import { plan } from '../../../entries/sync';
import { PROVIDERS as CATALOGUE } from '../../../providers/catalogue/clients';
import { ConfigurationError } from '../../../src/errors';
import { checkConfig } from '../../../src/sync';
import { memoryWorld, oneTarget } from './support';

const PROVIDERS = ['memory', 'other'];
const entry = { target: 'main', url: 'https://app.example/hooks/a', events: ['example.created'] };
const good = () => oneTarget([{ ...entry }]);

/** The error `checkConfig` throws for `config`, with its details (path -> messages). */
function problems(config: unknown, env: Record<string, string> = {}): { error: ConfigurationError; paths: string[] } {
  try {
    checkConfig(PROVIDERS, config, { env });
  } catch (error) {
    expect(ConfigurationError.isInstance(error)).toBe(true);
    const details = (error as ConfigurationError).details ?? {};
    return { error: error as ConfigurationError, paths: Object.keys(details) };
  }
  throw new Error('expected a ConfigurationError');
}

describe('every bad config is a ConfigurationError naming its path', () => {
  it.each([
    ['not an object', [], '(the config)'],
    ['null', null, '(the config)'],
    ['no targets', { webhooks: [] }, 'targets'],
    ['targets not an object', { targets: [], webhooks: [] }, 'targets'],
    ['no target at all', { targets: {}, webhooks: [] }, 'targets'],
    ['a target that is a string', { targets: { main: 'memory' }, webhooks: [] }, 'targets.main'],
    ['a target without provider', { targets: { main: { account: 'x' } }, webhooks: [] }, 'targets.main.provider'],
    ['an unknown provider', { targets: { calls: { provider: 'acme' } }, webhooks: [] }, 'targets.calls.provider'],
    ['owns not a list', oneTarget([], {}, { owns: 'https://app.example/' }), 'targets.main.owns'],
    ['an owns prefix that is no URL', oneTarget([], {}, { owns: ['/hooks/'] }), 'targets.main.owns[0]'],
    ['a target name with a space', { targets: { 'my calls': { provider: 'x' } }, webhooks: [] }, 'targets["my calls"].provider'],
    ['webhooks not a list', { ...good(), webhooks: {} }, 'webhooks'],
    ['no webhooks key', { targets: good().targets }, 'webhooks'],
    ['an entry that is a string', oneTarget(['https://app.example/hooks/a']), 'webhooks[0]'],
    ['an unknown target', oneTarget([entry, { ...entry, url: 'https://app.example/hooks/b', target: 'nope' }]), 'webhooks[1].target'],
    ['no target', oneTarget([{ url: entry.url, events: entry.events }]), 'webhooks[0].target'],
    ['an http URL', oneTarget([{ ...entry, url: 'http://app.example/hooks/a' }]), 'webhooks[0].url'],
    ['a relative URL', oneTarget([{ ...entry, url: '/hooks/a' }]), 'webhooks[0].url'],
    ['no events', oneTarget([{ ...entry, events: [] }]), 'webhooks[0].events'],
    ['events as a string', oneTarget([{ ...entry, events: 'example.created' }]), 'webhooks[0].events'],
    ['a blank event', oneTarget([{ ...entry, events: ['example.created', ' '] }]), 'webhooks[0].events[1]'],
    ['a number as event', oneTarget([{ ...entry, events: [42] }]), 'webhooks[0].events[0]'],
    ['active as a string', oneTarget([{ ...entry, active: 'yes' }]), 'webhooks[0].active'],
    ['an empty name', oneTarget([{ ...entry, name: '' }]), 'webhooks[0].name'],
    ['a misspelt key', oneTarget([{ ...entry, evnets: ['x'] }]), 'webhooks[0].evnets'],
    ['a negative retry count', oneTarget([{ ...entry, delivery: { retryCount: -1 } }]), 'webhooks[0].delivery.retryCount'],
    ['an unknown delivery setting', oneTarget([{ ...entry, delivery: { retries: 3 } }]), 'webhooks[0].delivery.retries'],
    ['event filters as a list', oneTarget([{ ...entry, eventFilters: ['message'] }]), 'webhooks[0].eventFilters'],
    ['an event filter sub type that is a number', oneTarget([{ ...entry, eventFilters: { message: [1] } }]), 'webhooks[0].eventFilters.message[0]'],
    ['prune as a string', { ...good(), prune: 'true' }, 'prune'],
    ['a misspelt top-level key', { ...good(), webook: [] }, 'webook'],
  ])('%s', (_name, config, path) => {
    const { error, paths } = problems(config);
    expect(paths).toContain(path);
    expect(error.message).toContain(path === '(the config)' ? 'config: the config must be an object' : `${path}: `);
    expect(error.code).toBe('configuration');
  });

  it('two entries on one target and URL (equal once normalized) name the second and the first', () => {
    const { error, paths } = problems(oneTarget([entry, { ...entry, url: 'HTTPS://App.Example:443/hooks/a' }]));
    expect(paths).toEqual(['webhooks[1].url']);
    expect(error.message).toMatch(/webhooks\[0\] already declares this URL at target main/);
  });

  it('the same URL at two targets is fine', () => {
    const config = {
      targets: { a: { provider: 'memory' }, b: { provider: 'memory' } },
      webhooks: [{ ...entry, target: 'a' }, { ...entry, target: 'b' }],
    };
    expect(() => checkConfig(PROVIDERS, config, { env: {} })).not.toThrow();
  });

  it('reports every problem at once', () => {
    const { error, paths } = problems(oneTarget([{ ...entry, url: 'ftp://x', events: [] }, { ...entry, active: 1 }], { prune: 0 }));
    expect(paths).toEqual(expect.arrayContaining(['webhooks[0].url', 'webhooks[0].events', 'webhooks[1].active', 'prune']));
    expect(error.message).toMatch(/^config: 4 problems:\n {2}/);
  });

  it('names an unknown target and the ones that exist', () => {
    const { error } = problems(oneTarget([{ ...entry, target: 'calls' }]));
    expect(error.message).toBe('config: webhooks[0].target: "calls" is not a target; declare it under targets (main)');
  });

  it('never repeats a value it found, which may be a key or a secret', () => {
    const { error } = problems(oneTarget([{ ...entry, secret: 123456789, name: 987654321 }], {}, { owns: ['sk_live_prefix_secret'] }));
    expect(JSON.stringify(error.toJSON())).not.toMatch(/123456789|987654321|sk_live/);
  });
});

describe('{ "env": NAME } references', () => {
  it('resolve any string, at any depth', () => {
    const config = oneTarget([{ ...entry, url: { env: 'HOOK_URL' }, events: [{ env: 'EVENT' }], secret: { env: 'SECRET' } }], {}, { account: { env: 'ACCOUNT' } });
    const checked = checkConfig(PROVIDERS, config, { env: { HOOK_URL: 'https://app.example/hooks/x', EVENT: 'example.created', SECRET: 's3cr3t-value', ACCOUNT: 'acc' } });
    expect(checked.webhooks[0]).toMatchObject({ url: 'https://app.example/hooks/x', events: ['example.created'], secret: 's3cr3t-value' });
    expect(checked.targets.main).toMatchObject({ account: 'acc' });
  });

  it('an unset variable names the path and the variable, each one', () => {
    const { error, paths } = problems(oneTarget([{ ...entry, secret: { env: 'CALLS_SECRET' } }], {}, { apiKey: { env: 'MEMORY_KEY' } }));
    expect(paths).toEqual(['targets.main.apiKey', 'webhooks[0].secret']);
    expect(error.message).toContain('targets.main.apiKey: environment variable MEMORY_KEY is not set');
    expect(error.message).toContain('webhooks[0].secret: environment variable CALLS_SECRET is not set');
  });

  it('a malformed reference is an error, not a value', () => {
    for (const ref of [{ env: 'A', fallback: 'b' }, { env: 42 }, { env: 'not a name' }]) {
      const { paths } = problems(oneTarget([{ ...entry, name: ref }]), { A: 'x' });
      expect(paths).toEqual(['webhooks[0].name']);
    }
  });

  it('a resolved value is checked like a literal one', () => {
    const { paths } = problems(oneTarget([{ ...entry, url: { env: 'HOOK_URL' } }]), { HOOK_URL: 'not a url' });
    expect(paths).toEqual(['webhooks[0].url']);
  });

  it('functions and class instances in target options pass through untouched', () => {
    const fetch = async () => new Response();
    const logger = new (class { debug() {} warn() {} })();
    const checked = checkConfig(PROVIDERS, oneTarget([entry], {}, { fetch, logger }), { env: {} });
    expect(checked.targets.main).toMatchObject({ fetch, logger });
    expect((checked.targets.main as unknown as { logger: unknown }).logger).toBe(logger);
  });
});

describe('at plan time, before any request', () => {
  it.each([
    ['name', { names: false }, { name: 'x' }],
    ['secret', { callerSecret: false }, { secret: 'whsec_x' }],
    ['delivery', { deliverySettings: false }, { delivery: { retryCount: 3 } }],
    ['eventFilters', { eventFilters: false }, { eventFilters: { message: ['sent'] } }],
  ])('a field the provider cannot hold: webhooks[1].%s', async (field, capabilities, extra) => {
    const world = memoryWorld();
    const config = oneTarget([entry, { ...entry, url: 'https://app.example/hooks/b', ...extra }], {}, { capabilities });
    const error = await world.plan(config).catch((e: unknown) => e) as ConfigurationError;
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(Object.keys(error.details ?? {})).toEqual([`webhooks[1].${field}`]);
    expect(error.message).toMatch(new RegExp(`webhooks\\[1\\]\\.${field}: target main is memory, and .*\\(capabilities\\.`));
  });

  it('a provider refusing its options names the target', async () => {
    const config = { targets: { calls: { provider: 'dialnexa', apiKey: '' } }, webhooks: [] };
    await expect(plan(config as never)).rejects.toThrow(/^config: targets\.calls: dialnexa: apiKey is missing or empty/);
  });

  it('an unknown provider is refused with the catalogue\'s names', async () => {
    const config = { targets: { calls: { provider: 'acme', apiKey: 'k' } }, webhooks: [] };
    await expect(plan(config as never)).rejects.toThrow(`targets.calls.provider: must be one of ${Object.keys(CATALOGUE).join(', ')}`);
  });
});

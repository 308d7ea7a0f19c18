import { describe, expect, it } from 'vitest';
import { ConfigurationError, ConflictError, ServerError, ValidationError } from '../../../src/errors';
import { partialResultOf, type SyncPlan, type SyncSecret } from '../../../src/sync';
import { memoryWorld, oneTarget } from './support';

const url = (path: string) => `https://app.example/hooks/${path}`;
const entry = (path: string, extra: Record<string, unknown> = {}) => ({ target: 'main', url: url(path), events: ['example.created'], ...extra });

async function world3() {
  const world = memoryWorld();
  const mem = world.account('main');
  const updated = await mem.create({ url: url('u'), events: ['a'] });
  const pruned = await mem.create({ url: url('p'), events: ['a'] });
  const config = oneTarget([entry('c'), entry('u')], { prune: true });
  return { world, mem, updated, pruned, config };
}

describe('apply', () => {
  it('makes the planned changes and returns them (no noops; creates with their id) and the new secrets', async () => {
    const { world, mem, updated, pruned } = await world3();
    await mem.create({ url: url('k'), events: ['example.created'] });
    const planned = await world.plan(oneTarget([entry('c'), entry('u'), entry('k')], { prune: true }));
    expect(planned.summary).toEqual({ create: 1, update: 1, delete: 1, unchanged: 1 });
    const result = await world.apply(planned);
    const created = mem.webhooks.find((w) => w.url === url('c'))!;
    expect(result.changes.map((c) => `${c.action} ${c.id}`)).toEqual([`create ${created.id}`, `update ${updated.id}`, `delete ${pruned.id}`]);
    expect(result.secrets).toEqual([{ target: 'main', url: url('c'), id: created.id, secret: created.secret }]);
    expect(mem.webhooks.map((w) => w.url).sort()).toEqual([url('c'), url('k'), url('u')]);
  });

  it('a secret from the config is used and not returned (the caller has it)', async () => {
    const world = memoryWorld();
    const result = await world.sync(oneTarget([entry('c', { secret: 'whsec_from_config' })]));
    expect(result.result.secrets).toEqual([]);
    expect(world.account('main').webhooks[0]?.secret).toBe('whsec_from_config');
  });

  it('a plan read back from JSON is applied with { config }; without it, a ConfigurationError', async () => {
    const { world, mem, config } = await world3();
    const planned = JSON.parse(JSON.stringify(await world.plan(config))) as SyncPlan;
    const error = await world.apply(planned).catch((e: unknown) => e);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/pass apply\(plan, \{ config \}\)/);
    await world.apply(planned, { config });
    expect(mem.webhooks.map((w) => w.url).sort()).toEqual([url('c'), url('u')]);
  });

  it('right after apply, a new plan has no changes', async () => {
    const { world, config } = await world3();
    await world.sync(config);
    expect((await world.plan(config)).summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 2 });
  });

  it('onSecret hears of each new secret before apply goes on; a throw from it stops apply', async () => {
    const world = memoryWorld();
    const heard: SyncSecret[] = [];
    const config = oneTarget([entry('a'), entry('b')]);
    const error = await world.sync(config, { onSecret: (s) => { heard.push(s); throw new Error('disk full'); } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^disk full \(apply stopped at change 1 of 2, create main https:\/\/app\.example\/hooks\/a; 0 applied before it and 1 new secret/);
    expect(heard).toHaveLength(1);
    expect(partialResultOf(error)?.secrets).toEqual(heard);
    expect(world.account('main').webhooks).toHaveLength(1);
  });

  it('a failed change: the provider\'s error, saying where apply stopped; partialResultOf has what was done', async () => {
    const { world, mem, config } = await world3();
    mem.update = async () => { throw new ServerError('update: boom', { provider: 'memory', status: 503 }); };
    const error = await world.sync(config).catch((e: unknown) => e);
    expect(ServerError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe('main: update: boom (apply stopped at change 2 of 3, update main https://app.example/hooks/u; ' +
      '1 applied before it and 1 new secret: partialResultOf(error) has them; a new plan shows what is left)');
    const done = partialResultOf(error)!;
    expect(done.changes.map((c) => c.action)).toEqual(['create']);
    expect(done.secrets[0]?.secret).toBe(mem.webhooks.find((w) => w.url === url('c'))?.secret);
    expect(JSON.stringify((error as ServerError).toJSON())).not.toContain('whsec_');
    expect(partialResultOf(new Error('other'))).toBeUndefined();
  });
});

describe('apply refuses a stale plan whole, before writing anything', () => {
  it('a webhook that changed since the plan', async () => {
    const { world, mem, updated, config } = await world3();
    const planned = await world.plan(config);
    await mem.update(updated.id, { events: ['z'] });
    const error = await world.apply(planned).catch((e: unknown) => e);
    expect(ConflictError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(`apply: the plan is stale, nothing was changed; plan again. main: webhook ${updated.id} at ${url('u')} changed since the plan (events)`);
    expect(mem.webhooks).toHaveLength(2);
  });

  it('a webhook to update that was deleted', async () => {
    const { world, mem, updated, config } = await world3();
    const planned = await world.plan(config);
    await mem.delete(updated.id);
    await expect(world.apply(planned)).rejects.toThrow(`webhook ${updated.id} at ${url('u')} was deleted since the plan`);
  });

  it('a webhook at a URL to create that someone created meanwhile', async () => {
    const { world, mem, config } = await world3();
    const planned = await world.plan(config);
    const theirs = await mem.create({ url: url('c'), events: ['x'] });
    await expect(world.apply(planned)).rejects.toThrow(`a webhook at ${url('c')} exists now (${theirs.id}) that the plan did not see`);
  });

  it('the same plan applied twice: the second time is refused', async () => {
    const { world, config } = await world3();
    const planned = await world.plan(config);
    await world.apply(planned);
    await expect(world.apply(planned)).rejects.toThrow(ConflictError);
  });

  it('a webhook to delete that is already gone is fine: the plan wanted it gone', async () => {
    const { world, mem, pruned, config } = await world3();
    const planned = await world.plan(config);
    await mem.delete(pruned.id);
    const result = await world.apply(planned);
    expect(result.changes.map((c) => c.action)).toEqual(['create', 'update', 'delete']);
  });

  it('a config that no longer declares a planned webhook, or lacks a planned target', async () => {
    const { world, config } = await world3();
    const planned = await world.plan(config);
    await expect(world.apply(planned, { config: oneTarget([entry('u')], { prune: true }) })).rejects.toThrow(/the config no longer declares main https:\/\/app\.example\/hooks\/c; plan again/);
    const other = { targets: { other: { provider: 'memory', account: 'main' } }, webhooks: [] };
    await expect(world.apply(planned, { config: other })).rejects.toThrow(/the plan names target main that the config does not declare/);
  });
});

describe('secret rotation', () => {
  it('rotateSecrets given to apply rotates each kept webhook; the new secrets are returned and are the stored ones', async () => {
    const world = memoryWorld();
    const mem = world.account('main');
    const kept = await mem.create({ url: url('k'), events: ['example.created'], secret: 'whsec_old' });
    const planned = await world.plan(oneTarget([entry('k')]));
    expect(planned.summary.unchanged).toBe(1);
    const result = await world.apply(planned, { rotateSecrets: true });
    expect(result.secrets).toEqual([{ target: 'main', url: url('k'), id: kept.id, secret: mem.webhooks[0]!.secret }]);
    expect(mem.webhooks[0]!.secret).not.toBe('whsec_old');
  });

  it('where the caller chooses secrets, a rotation sets the config\'s secret (the second step of a rotation), and returns nothing', async () => {
    const world = memoryWorld();
    const mem = world.account('main');
    await mem.create({ url: url('k'), events: ['example.created'], secret: 'whsec_old' });
    const config = oneTarget([entry('k', { secret: { env: 'HOOK_SECRET' } })]);
    process.env.HOOK_SECRET = 'whsec_new';
    try {
      const { result } = await world.sync(config, { rotateSecrets: true });
      expect(result.secrets).toEqual([]);
      expect(mem.webhooks[0]!.secret).toBe('whsec_new');
    } finally {
      delete process.env.HOOK_SECRET;
    }
  });

  it('where the provider makes secrets, a rotation returns the one it made', async () => {
    const world = memoryWorld();
    const mem = world.account('main', { callerSecret: false });
    await mem.create({ url: url('k'), events: ['example.created'] });
    const { planned, result } = await world.sync(oneTarget([entry('k')]), { rotateSecrets: true });
    expect(planned.changes[0]?.diff).toEqual({ secret: 'rotate' });
    expect(result.secrets[0]?.secret).toBe(mem.webhooks[0]!.secret);
  });
});

describe('rotating the secrets of some targets only', () => {
  const config = {
    targets: { calls: { provider: 'memory', account: 'calls' }, messages: { provider: 'memory', account: 'messages' } },
    webhooks: [{ ...entry('k'), target: 'calls' }, { ...entry('k'), target: 'messages' }],
  };

  it('rotateSecrets: [names] lists and rotates only those targets\' webhooks', async () => {
    const world = memoryWorld();
    await world.account('calls').create({ url: url('k'), events: ['example.created'], secret: 'whsec_calls' });
    await world.account('messages').create({ url: url('k'), events: ['example.created'], secret: 'whsec_messages' });
    const planned = await world.plan(config, { rotateSecrets: ['calls'] });
    expect(planned.changes.map((c) => `${c.action} ${c.target}`)).toEqual(['update calls', 'noop messages']);
    const result = await world.apply(planned);
    expect(result.secrets.map((s) => s.target)).toEqual(['calls']);
    expect(world.account('calls').webhooks[0]!.secret).not.toBe('whsec_calls');
    expect(world.account('messages').webhooks[0]!.secret).toBe('whsec_messages');
    await world.apply(await world.plan(config), { rotateSecrets: ['messages'] });
    expect(world.account('messages').webhooks[0]!.secret).not.toBe('whsec_messages');
  });

  it('a name that is not a target is a ConfigurationError, before any request', async () => {
    const world = memoryWorld();
    await expect(world.plan(config, { rotateSecrets: ['call'] })).rejects.toThrow('rotateSecrets: "call" is not a target of the config (calls, messages)');
    const planned = await world.plan(config);
    await expect(world.apply(planned, { rotateSecrets: ['x', 'y'] })).rejects.toThrow(/"x", "y" are not targets/);
  });
});

describe('an inactive webhook at a provider that makes its own secrets', () => {
  it('is created active and then switched off, so its secret is safe before the second request', async () => {
    const world = memoryWorld();
    const mem = world.account('main', { callerSecret: false });
    const calls: string[] = [];
    const create = mem.create.bind(mem);
    const update = mem.update.bind(mem);
    mem.create = async (input, call) => { calls.push(`create active=${String(input.active)}`); return create(input, call); };
    mem.update = async (id, patch, call) => { calls.push(`update ${JSON.stringify(patch)}`); return update(id, patch, call); };
    const heard: string[] = [];
    await world.sync(oneTarget([entry('c', { active: false })]), { onSecret: () => { heard.push(calls.join(', ')); } });
    expect(calls).toEqual(['create active=undefined', 'update {"active":false}']);
    expect(heard).toEqual(['create active=undefined']);
    expect(mem.webhooks[0]?.active).toBe(false);
  });
});

describe('a plan that is not one', () => {
  it.each([
    ['not an object', 'nope', '(the plan)'],
    ['no changes', { summary: {} }, 'changes'],
    ['an unknown action', { changes: [{ action: 'replace', target: 'main', url: url('a') }] }, 'changes[0].action'],
    ['an update without before', { changes: [{ action: 'update', target: 'main', url: url('a'), id: 'x', diff: {} }] }, 'changes[0]'],
    ['a create without events', { changes: [{ action: 'create', target: 'main', url: url('a'), diff: {} }] }, 'changes[0]'],
    ['events added as a string', { changes: [{ action: 'create', target: 'main', url: url('a'), diff: { events: { added: 'a', removed: [] } } }] }, 'changes[0].diff.events.added'],
  ])('%s is a ValidationError naming %s', async (_name, planned, path) => {
    const world = memoryWorld();
    const error = await world.apply(planned, { config: oneTarget([]) }).catch((e: unknown) => e) as ValidationError;
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(Object.keys(error.details ?? {})).toContain(path);
  });
});

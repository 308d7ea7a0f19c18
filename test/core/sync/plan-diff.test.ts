import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import type { Webhook } from '../../../src/model';
import { memoryWorld, oneTarget } from './support';

const URL_A = 'https://app.example/hooks/a';
const entry = (extra: Record<string, unknown> = {}) => ({ target: 'main', url: URL_A, events: ['example.created'], ...extra });

async function withWebhook(input: Record<string, unknown> = {}) {
  const world = memoryWorld();
  const mem = world.account('main');
  const created = await mem.create({ url: URL_A, events: ['example.created'], ...input });
  return { world, mem, created };
}

describe('matching: target + URL', () => {
  it('a declared webhook that does not exist is a create with every field it will get', async () => {
    const world = memoryWorld();
    const planned = await world.plan(oneTarget([entry({ events: ['b', 'a', 'b'], name: 'A', active: false, delivery: { retryCount: 3 }, eventFilters: { m: ['y', 'x'] } })]));
    expect(planned.changes).toEqual([{
      action: 'create', target: 'main', url: URL_A,
      diff: {
        events: { added: ['a', 'b'], removed: [] }, active: { to: false }, name: { to: 'A' },
        delivery: { retryCount: { to: 3 } }, eventFilters: { to: { m: ['x', 'y'] } },
      },
    }]);
    expect(planned.summary).toEqual({ create: 1, update: 0, delete: 0, unchanged: 0 });
  });

  it('URLs are compared WHATWG-normalized: scheme and host case, default port, dot segments', async () => {
    const { world, created } = await withWebhook();
    for (const url of ['HTTPS://APP.example:443/hooks/a', 'https://app.example/hooks/./b/../a']) {
      expect((await world.plan(oneTarget([entry({ url })]))).changes).toEqual([{ action: 'noop', target: 'main', url, id: created.id }]);
    }
  });

  it('a trailing slash, a query or a path case make another URL', async () => {
    const { world } = await withWebhook();
    for (const url of [`${URL_A}/`, `${URL_A}?v=2`, 'https://app.example/hooks/A']) {
      expect((await world.plan(oneTarget([entry({ url })]))).changes.map((c) => c.action)).toEqual(['create']);
    }
  });

  it('the same URL at another target is another webhook', async () => {
    const { world } = await withWebhook();
    const config = {
      targets: { main: { provider: 'memory', account: 'main' }, other: { provider: 'memory', account: 'other' } },
      webhooks: [entry(), entry({ target: 'other' })],
    };
    expect((await world.plan(config)).changes.map((c) => `${c.action} ${c.target}`)).toEqual(['noop main', 'create other']);
  });
});

describe('comparing fields', () => {
  it('events compare as sets: reordered and repeated events are no change', async () => {
    const { world } = await withWebhook({ events: ['a', 'b', 'c'] });
    const planned = await world.plan(oneTarget([entry({ events: ['c', 'a', 'b', 'a'] })]));
    expect(planned.changes.map((c) => c.action)).toEqual(['noop']);
  });

  it('events added and removed, and only those', async () => {
    const { world, created } = await withWebhook({ events: ['a', 'b'] });
    const [change] = (await world.plan(oneTarget([entry({ events: ['b', 'c', 'd'] })]))).changes;
    expect(change).toEqual({
      action: 'update', target: 'main', url: URL_A, id: created.id,
      diff: { events: { added: ['c', 'd'], removed: ['a'] } },
      before: { url: URL_A, events: ['a', 'b'], active: true },
    });
  });

  it('active defaults to true: a paused webhook is switched back on', async () => {
    const { world } = await withWebhook({ active: false });
    const [change] = (await world.plan(oneTarget([entry()]))).changes;
    expect(change?.diff).toEqual({ active: { from: false, to: true } });
  });

  it('name, delivery and event filters are compared only when the entry gives them', async () => {
    const { world } = await withWebhook({ name: 'theirs', delivery: { retryCount: 5, timeoutSeconds: 10 }, eventFilters: { m: ['a'] } });
    expect((await world.plan(oneTarget([entry()]))).changes.map((c) => c.action)).toEqual(['noop']);
    const [change] = (await world.plan(oneTarget([entry({ name: 'ours', delivery: { timeoutSeconds: 30 }, eventFilters: { m: ['b'] } })]))).changes;
    expect(change?.diff).toEqual({
      name: { from: 'theirs', to: 'ours' },
      delivery: { timeoutSeconds: { from: 10, to: 30 } },
      eventFilters: { from: { m: ['a'] }, to: { m: ['b'] } },
    });
  });

  it('event filters compare as sets too', async () => {
    const { world } = await withWebhook({ eventFilters: { m: ['a', 'b'], n: ['c'] } });
    expect((await world.plan(oneTarget([entry({ eventFilters: { n: ['c'], m: ['b', 'a'] } })]))).changes.map((c) => c.action)).toEqual(['noop']);
  });

  it('secrets are write-only: a different secret in the config is never a change', async () => {
    const { world } = await withWebhook({ secret: 'whsec_the_one_stored' });
    const planned = await world.plan(oneTarget([entry({ secret: 'whsec_another_one' })]));
    expect(planned.changes.map((c) => c.action)).toEqual(['noop']);
    expect(JSON.stringify(planned)).not.toContain('whsec_');
  });

  it('rotateSecrets lists a rotation for each existing webhook, none for a new one', async () => {
    const { world, created } = await withWebhook();
    const planned = await world.plan(oneTarget([entry(), entry({ url: 'https://app.example/hooks/new' })]), { rotateSecrets: true });
    expect(planned.changes.map((c) => [c.action, c.diff?.secret])).toEqual([['update', 'rotate'], ['create', undefined]]);
    expect(planned.changes[0]).toMatchObject({ id: created.id, diff: { secret: 'rotate' } });
    expect(planned.summary).toEqual({ create: 1, update: 1, delete: 0, unchanged: 0 });
  });
});

describe('prune and owns', () => {
  async function seeded() {
    const world = memoryWorld();
    const mem = world.account('main');
    const ours = await mem.create({ url: 'https://app.example/hooks/old', events: ['a'] });
    const theirs = await mem.create({ url: 'https://other.example/hooks/x', events: ['a'] });
    const sibling = await mem.create({ url: 'https://app.example/hooks-legacy', events: ['a'] });
    return { world, mem, ours, theirs, sibling };
  }

  it('deletes only webhooks under an owns prefix that no entry declares', async () => {
    const { world, ours } = await seeded();
    const planned = await world.plan(oneTarget([entry()], { prune: true }));
    expect(planned.changes.map((c) => `${c.action} ${c.url}`)).toEqual([`create ${URL_A}`, 'delete https://app.example/hooks/old']);
    expect(planned.changes[1]).toMatchObject({ id: ours.id, reason: 'prune', before: { url: 'https://app.example/hooks/old' } });
    expect(planned.notes).toEqual([]);
  });

  it('without owns, prune deletes nothing, and the plan says so', async () => {
    const { world } = await seeded();
    const planned = await world.plan(oneTarget([entry()], { prune: true }, { owns: undefined }));
    expect(planned.summary.delete).toBe(0);
    expect(planned.notes).toEqual(['main: prune deletes nothing here, since the target has no owns prefixes']);
  });

  it('without prune, nothing is deleted and the owned undeclared webhooks are named', async () => {
    const { world } = await seeded();
    const planned = await world.plan(oneTarget([entry()]));
    expect(planned.summary.delete).toBe(0);
    expect(planned.notes).toEqual(['main: 1 webhook under the owns prefixes is declared by no entry (https://app.example/hooks/old); set prune: true to delete it']);
  });

  it('prefixes are normalized like URLs', async () => {
    const { world } = await seeded();
    const planned = await world.plan(oneTarget([], { prune: true }, { owns: ['HTTPS://APP.EXAMPLE/hooks/'] }));
    expect(planned.changes.map((c) => c.url)).toEqual(['https://app.example/hooks/old']);
  });

  it('an empty webhooks list with prune deletes everything owned, nothing else', async () => {
    const { world } = await seeded();
    const result = await world.sync(oneTarget([], { prune: true }, { owns: ['https://app.example/'] }));
    expect(result.planned.summary).toEqual({ create: 0, update: 0, delete: 2, unchanged: 0 });
    expect(world.account('main').webhooks.map((w) => w.url)).toEqual(['https://other.example/hooks/x']);
  });
});

describe('duplicates at the provider (two webhooks on one URL)', () => {
  // The memory provider lists in creation order; this one lists newest first, so "the oldest"
  // and "the first listed" differ.
  async function duplicated() {
    const world = memoryWorld();
    const mem = world.account('main');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const older = await mem.create({ url: URL_A, events: ['a'] });
    vi.setSystemTime(new Date('2025-01-02T00:00:00Z'));
    const newer = await mem.create({ url: URL_A, events: ['example.created'] });
    vi.useRealTimers();
    const iterate = mem.iterate.bind(mem);
    mem.iterate = (...args) => (async function* newestFirst() {
      const all: Webhook[] = [];
      for await (const webhook of iterate(...args)) all.push(webhook);
      yield* all.reverse();
    })();
    return { world, mem, older, newer };
  }

  it('keeps the oldest, deletes the others first when owned and pruning, and says so', async () => {
    const { world, mem, older, newer } = await duplicated();
    const { planned } = await world.sync(oneTarget([entry()], { prune: true }));
    expect(planned.changes.map((c) => `${c.action} ${c.id}`)).toEqual([`delete ${newer.id}`, `update ${older.id}`]);
    expect(planned.changes[0]?.reason).toBe('duplicate');
    expect(planned.notes).toEqual([`main: 2 webhooks at ${URL_A} (${older.id}, ${newer.id}); keeping ${older.id}, the oldest, and deleting the others`]);
    expect(mem.webhooks.map((w) => [w.id, w.events])).toEqual([[older.id, ['example.created']]]);
    expect((await world.plan(oneTarget([entry()], { prune: true }))).summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 1 });
  });

  it('otherwise keeps the oldest, leaves the others, and says how to delete them', async () => {
    const { world, mem, older, newer } = await duplicated();
    const planned = await world.plan(oneTarget([entry()]));
    expect(planned.changes.map((c) => `${c.action} ${c.id}`)).toEqual([`update ${older.id}`]);
    const found = `main: 2 webhooks at ${URL_A} (${older.id}, ${newer.id}); keeping ${older.id}, the oldest; the others stay: to delete them,`;
    expect(planned.notes).toEqual([`${found} set prune`]);
    expect((await world.plan(oneTarget([entry()], { prune: true }, { owns: ['https://elsewhere.example/'] }))).notes)
      .toEqual([`${found} list the URL under targets.main.owns`]);
    expect((await world.plan(oneTarget([entry()], {}, { owns: undefined }))).notes).toEqual([`${found} set prune and list the URL under targets.main.owns`]);
    await world.apply(planned);
    expect(mem.webhooks).toHaveLength(2);
  });
});

describe('the plan as data', () => {
  it('is plain JSON; the config it carries (credentials included) is not enumerable and never serializes', async () => {
    const world = memoryWorld();
    const planned = await world.plan(oneTarget([entry({ secret: 'whsec_config_secret' })], {}, { apiKey: 'mem_live_key_123' }));
    const text = JSON.stringify(planned);
    expect(JSON.parse(text)).toEqual(planned);
    expect(Object.keys(planned)).toEqual(['changes', 'summary', 'notes']);
    for (const shown of [text, inspect(planned, { depth: 10 }), JSON.stringify(structuredClone(planned)), JSON.stringify({ ...planned })]) {
      expect(shown).not.toMatch(/mem_live_key_123|whsec_config_secret/);
    }
  });

  it('every config error comes before any read', async () => {
    const world = memoryWorld();
    const mem = world.account('main', { names: false });
    let reads = 0;
    const iterate = mem.iterate.bind(mem);
    mem.iterate = (...args) => { reads += 1; return iterate(...args); };
    await expect(world.plan(oneTarget([entry({ name: 'x' })]))).rejects.toThrow(/webhooks\[0\]\.name/);
    expect(reads).toBe(0);
    await world.plan(oneTarget([entry()]));
    expect(reads).toBe(1);
  });
});

import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import type { WebhookInput } from '../../src/model';
import { DIALNEXA_EVENT_NAMES } from '../../providers/dialnexa';
import { client, ORIGIN, wireWebhook } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** Counts every request nock sees for DialNexa, matched or not. */
function watch() {
  let requests = 0;
  const scope = nock(ORIGIN).post('/v1/user-webhooks').reply(201, wireWebhook('wh_1'))
    .patch(/\/v1\/user-webhooks\/.*/).reply(200, wireWebhook('wh_1'));
  scope.on('request', () => { requests++; });
  return { scope, requests: () => requests };
}

async function refused(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!ValidationError.isInstance(error)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error;
}

const good: WebhookInput = { url: 'https://yourapp.com/hooks', events: ['call.completed'] };

describe('DialNexa input checks (nothing is sent on bad input)', () => {
  it.each([
    ['an http:// url', { ...good, url: 'http://yourapp.com/hooks' }, 'url'],
    ['a relative url', { ...good, url: '/hooks' }, 'url'],
    ['no events', { ...good, events: [] }, 'events'],
    ['a blank event name', { ...good, events: ['  '] }, 'events.0'],
    ['a name (DialNexa has none)', { ...good, name: 'billing' }, 'name'],
    ['eventFilters (DialNexa has none)', { ...good, eventFilters: { a: ['b'] } }, 'eventFilters'],
    ['a secret shorter than 16 characters', { ...good, secret: 'short' }, 'secret'],
  ])('create refuses %s', async (_what, input, field) => {
    const watched = watch();
    const error = await refused(client().create(input as WebhookInput));
    expect(error.details).toHaveProperty([field]);
    expect(error.message).toContain('Nothing was sent');
    expect(watched.requests()).toBe(0);
    expect(watched.scope.isDone()).toBe(false);
  });

  it('refuses an event outside the catalogue, naming it and listing the known names', async () => {
    const watched = watch();
    const error = await refused(client().create({ ...good, events: ['call.completed', 'call_ended'] }));
    expect(error.message).toContain('"call_ended"');
    for (const name of DIALNEXA_EVENT_NAMES) expect(error.message).toContain(name);
    expect(error.message).toContain('allowUnknownEvents');
    expect(watched.requests()).toBe(0);
  });

  it('allowUnknownEvents: true lets new event names through', async () => {
    let sent: Record<string, unknown> = {};
    const scope = nock(ORIGIN).post('/v1/user-webhooks', (body) => { sent = body as Record<string, unknown>; return true; })
      .reply(201, wireWebhook('wh_1', { events: ['call_ended'] }));
    await client({ allowUnknownEvents: true }).create({ ...good, events: ['call_ended'] });
    expect(scope.isDone()).toBe(true);
    expect(sent.events).toEqual(['call_ended']);
  });

  it('removes duplicate events, keeping the order', async () => {
    let sent: Record<string, unknown> = {};
    nock(ORIGIN).post('/v1/user-webhooks', (body) => { sent = body as Record<string, unknown>; return true; }).reply(201, wireWebhook('wh_1'));
    await client().create({ ...good, events: ['call.failed', 'call.completed', 'call.failed'] });
    expect(sent.events).toEqual(['call.failed', 'call.completed']);
  });

  it('update checks the same fields, and refuses a patch that names none', async () => {
    const watched = watch();
    await refused(client().update('wh_1', { url: 'ftp://yourapp.com' }));
    await refused(client().update('wh_1', { events: ['nope'] }));
    await refused(client().update('wh_1', {}));
    expect(watched.requests()).toBe(0);
  });

  it('list refuses search (unsupported) and a pageSize above 100', async () => {
    const scope = nock(ORIGIN).get('/v1/user-webhooks').query(true).reply(200, { data: [] });
    await refused(client().list({ search: 'billing' }));
    await refused(client().list({ pageSize: 101 }));
    expect(scope.isDone()).toBe(false);
  });
});

describe('DialNexa refuses what it would otherwise drop, misroute or mangle (nothing is sent)', () => {
  it('an unknown input key is refused by name: { enabled: false } does not create an active webhook', async () => {
    const watched = watch();
    const error = await refused(client().create({ ...good, enabled: false } as WebhookInput));
    expect(Object.keys(error.details ?? {})).toEqual(['enabled']);
    expect(error.details?.enabled?.[0]).toContain('it takes url, events, active, secret');
    expect(watched.requests()).toBe(0);
  });

  it('unknown keys on update and list, and an unknown call option on any call, are refused by name', async () => {
    const watched = watch();
    const list = nock(ORIGIN).get('/v1/user-webhooks').query(true).reply(200, { data: [] });
    expect((await refused(client().update('wh_1', { isActive: false } as never))).details).toHaveProperty(['isActive']);
    expect((await refused(client().list({ limit: 5 } as never))).details).toHaveProperty(['limit']);
    expect((await refused(client().create(good, { idempotency_key: 'k' } as never))).details).toHaveProperty(['idempotency_key']);
    expect((await refused(client().get('wh_1', { timeoutMs: 5 } as never))).details).toHaveProperty(['timeoutMs']);
    expect((await refused(client().rotateSecret('wh_1', { secrett: 'whsec_0123456789abcdef' } as never))).details).toHaveProperty(['secrett']);
    expect((await refused(client().listEventTypes({ cache: true } as never))).details).toHaveProperty(['cache']);
    expect(watched.requests()).toBe(0);
    expect(list.isDone()).toBe(false);
  });

  it('a secret longer than 256 characters is refused before the POST (6,000 used to break redaction after the webhook was created)', async () => {
    const watched = watch();
    const long = `whsec_${'+/'.repeat(3000)}`;
    const error = await refused(client().create({ ...good, secret: long }));
    expect(error.details?.secret?.[0]).toMatch(/at most 256 characters/);
    expect(JSON.stringify(error.toJSON())).not.toContain('+/+/');
    await refused(client().update('wh_1', { secret: long }));
    await refused(client().rotateSecret('wh_1', { secret: long }));
    expect(watched.requests()).toBe(0);
  });

  it('ids "." and ".." are refused, and the error names the field id (not input)', async () => {
    for (const id of ['.', '..']) {
      const error = await refused(client().get(id));
      expect(Object.keys(error.details ?? {})).toEqual(['id']);
      await refused(client().delete(id));
      await refused(client().update(id, { active: false }));
    }
    expect(Object.keys((await refused(client().get('a/b'))).details ?? {})).toEqual(['id']);
  });

  it('a URL with a newline, surrounding spaces or credentials is refused; a good one is sent exactly as written', async () => {
    const watched = watch();
    for (const url of ['https://yourapp.com/hooks\n', ' https://yourapp.com/hooks', 'https://user:pass@yourapp.com/hooks']) {
      expect((await refused(client().create({ ...good, url }))).details).toHaveProperty(['url']);
      await refused(client().update('wh_1', { url }));
    }
    expect(watched.requests()).toBe(0);
    nock.cleanAll();
    let sent: Record<string, unknown> = {};
    nock(ORIGIN).post('/v1/user-webhooks', (body) => { sent = body as Record<string, unknown>; return true; }).reply(201, wireWebhook('wh_1'));
    await client().create({ ...good, url: 'https://YourApp.com' });
    expect(sent.url).toBe('https://YourApp.com');
  });
});

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

import { describe, expect, it } from 'vitest';
import { sentdm } from '../../providers/sentdm';
import { ConfigurationError, ValidationError } from '../../src/errors';
import type { WebhookInput } from '../../src/model';
import { ID, client, useNock } from './fixtures';

// No interceptor is registered in this file: with net connect disabled, any request that went
// out would fail as a NetworkError, not the ValidationError asserted.
useNock();

async function detailsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e);
  expect(ValidationError.isInstance(error)).toBe(true);
  expect((error as ValidationError).message).toContain('Nothing was sent');
  return (error as ValidationError).details ?? {};
}

const valid: WebhookInput = { url: 'https://example.com/h', events: ['message.delivered'] };

describe('input is checked before sending, naming the field', () => {
  const bad: [string, Partial<WebhookInput> | Record<string, unknown>, string][] = [
    ['an http:// url', { url: 'http://example.com/h' }, 'url'],
    ['a relative url', { url: '/hooks' }, 'url'],
    ['no events', { events: [] }, 'events'],
    ['a blank event', { events: ['  '] }, 'events.0'],
    ['retryCount 0', { delivery: { retryCount: 0 } }, 'delivery.retryCount'],
    ['retryCount 6', { delivery: { retryCount: 6 } }, 'delivery.retryCount'],
    ['timeoutSeconds 4', { delivery: { timeoutSeconds: 4 } }, 'delivery.timeoutSeconds'],
    ['timeoutSeconds 121', { delivery: { timeoutSeconds: 121 } }, 'delivery.timeoutSeconds'],
    ['a fractional timeout', { delivery: { timeoutSeconds: 7.5 } }, 'delivery.timeoutSeconds'],
    ['an empty name', { name: ' ' }, 'name'],
    ['a non-string name', { name: 42 }, 'name'],
    ['eventFilters not a map of lists', { eventFilters: { message: 'delivered' } }, 'eventFilters.message'],
    ['a caller secret', { secret: 'whsec_0123456789abcdef' }, 'secret'],
  ];
  for (const [label, change, field] of bad) {
    it(`create with ${label} -> ValidationError on ${field}`, async () => {
      expect(await detailsOf(client().create({ ...valid, ...change } as WebhookInput))).toHaveProperty([field]);
    });
  }

  it('any event name passes (no catalogue: sent.dm names are in flux)', async () => {
    // Rejected later only because of the bad url, proving `events` itself passed.
    const details = await detailsOf(client().create({ url: 'ftp://x', events: ['messages', 'message.delivered', 'templates'] }));
    expect(Object.keys(details)).toEqual(['url']);
  });

  it('update checks the same fields, and refuses a secret (rotateSecret replaces it)', async () => {
    expect(await detailsOf(client().update(ID, { delivery: { retryCount: 9 } }))).toHaveProperty(['delivery.retryCount']);
    const details = await detailsOf(client().update(ID, { secret: 'whsec_0123456789abcdef' }));
    expect(details.secret?.[0]).toContain('rotateSecret');
  });

  it('list pageSize must be 1..100 and page a positive whole number', async () => {
    expect(await detailsOf(client().list({ pageSize: 101 }))).toHaveProperty(['pageSize']);
    expect(await detailsOf(client().list({ pageSize: 0 }))).toHaveProperty(['pageSize']);
    expect(await detailsOf(client().list({ page: 0 }))).toHaveProperty(['page']);
    expect(await detailsOf(client().listDeliveries(ID, { pageSize: 500 }))).toHaveProperty(['pageSize']);
  });

  it('listDeliveries refuses an active filter (delivery records have none)', async () => {
    expect(await detailsOf(client().listDeliveries(ID, { active: true }))).toHaveProperty(['active']);
  });

  it('sendTestEvent requires an event type', async () => {
    expect(await detailsOf(client().sendTestEvent(ID, ''))).toHaveProperty(['event']);
    expect(await detailsOf(client().sendTestEvent(ID, undefined as unknown as string))).toHaveProperty(['event']);
  });

  it('an id that would change the path is refused', async () => {
    expect(await detailsOf(client().get('../other'))).toHaveProperty(['id']);
    expect(await detailsOf(client().delete(''))).toHaveProperty(['id']);
  });
});

describe('construction', () => {
  it('a missing apiKey is a ConfigurationError naming SENT_DM_API_KEY', () => {
    expect(() => sentdm({ apiKey: '' })).toThrow(/SENT_DM_API_KEY/);
  });

  it('a malformed baseUrl or profileId, or a non-boolean sandbox, is a ConfigurationError', () => {
    for (const options of [
      { apiKey: 'k', baseUrl: 'not a url' },
      { apiKey: 'k', profileId: 'has space' },
      { apiKey: 'k', sandbox: 'yes' as unknown as boolean },
    ]) {
      expect(() => sentdm(options)).toThrow(ConfigurationError);
    }
  });
});

describe('unknown keys, odd ids and URLs are refused before sending, never dropped or passed on', () => {
  it('an unknown input key is refused by name: { enabled: false } does not create an active webhook', async () => {
    const details = await detailsOf(client().create({ ...valid, enabled: false } as WebhookInput));
    expect(Object.keys(details)).toEqual(['enabled']);
    expect(details.enabled?.[0]).toContain('it takes url, events, active, name, eventFilters, delivery');
  });

  it('unknown keys on update, list, delivery settings and call options are refused by name', async () => {
    expect(await detailsOf(client().update(ID, { display_name: 'x' } as never))).toHaveProperty(['display_name']);
    expect(await detailsOf(client().update(ID, { delivery: { retries: 2 } } as never))).toHaveProperty(['delivery.retries']);
    expect(await detailsOf(client().list({ page_size: 5 } as never))).toHaveProperty(['page_size']);
    expect(await detailsOf(client().listDeliveries(ID, { status: 'failed' } as never))).toHaveProperty(['status']);
    expect(await detailsOf(client().create(valid, { profile_id: 'p' } as never))).toHaveProperty(['profile_id']);
    expect(await detailsOf(client().get(ID, { profileID: 'p' } as never))).toHaveProperty(['profileID']);
    expect(await detailsOf(client().rotateSecret(ID, { idempotencykey: 'k' } as never))).toHaveProperty(['idempotencykey']);
    expect(await detailsOf(client().listEventTypes({ cache: true } as never))).toHaveProperty(['cache']);
  });

  it('ids "." and ".." are refused, naming the field id', async () => {
    for (const id of ['.', '..']) {
      expect(Object.keys(await detailsOf(client().get(id)))).toEqual(['id']);
      expect(await detailsOf(client().sendTestEvent(id, 'message.sent'))).toHaveProperty(['id']);
    }
  });

  it('a URL with a newline, surrounding spaces or credentials is refused', async () => {
    for (const url of ['https://example.com/h\n', 'https://example.com/h ', 'https://ops:s3cret@example.com/h']) {
      expect(await detailsOf(client().create({ ...valid, url }))).toHaveProperty(['url']);
      expect(await detailsOf(client().update(ID, { url }))).toHaveProperty(['url']);
    }
  });
});

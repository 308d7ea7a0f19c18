import { describe, expect, it } from 'vitest';
import { ValidationError, WebhookError } from '../../src/errors';
import { orgClient, repoClient, sent, useGitHubApi } from './support';

// No nock interceptor is set up: anything sent would fail as a network error, not a ValidationError.
useGitHubApi();

async function refused(promise: Promise<unknown>, field: RegExp): Promise<WebhookError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(ValidationError.isInstance(error), String(error)).toBe(true);
  expect((error as WebhookError).message).toMatch(field);
  expect((error as WebhookError).message).toMatch(/Nothing was sent/);
  expect(sent).toEqual([]);
  return error as WebhookError;
}

const input = { url: 'https://example.com/hook', events: ['push'] };

describe('GitHub input checks, before anything is sent', () => {
  it.each([
    ['name', { name: 'Mine' }, /name: name is not supported by GitHub.*capabilities\.names is false/],
    ['eventFilters', { eventFilters: { push: ['x'] } }, /eventFilters: eventFilters is not supported by GitHub/],
    ['delivery', { delivery: { retryCount: 2 } }, /delivery: delivery is not supported by GitHub.*capabilities\.deliverySettings/],
    ['a short secret', { secret: 'short' }, /secret: must be at least 16 characters/],
    ['an http url', { url: 'http://example.com/hook' }, /url: must be an absolute https:\/\/ URL/],
    ['no events', { events: [] }, /events: must name at least one event/],
  ])('create refuses %s', async (_name, extra, message) => {
    await refused(repoClient().create({ ...input, ...extra }), message);
  });

  it('update refuses an empty patch and unsupported fields', async () => {
    await refused(repoClient().update('1', {}), /names no field to change/);
    await refused(repoClient().update('1', { name: 'x' }), /name is not supported by GitHub/);
  });

  it('ids that would change the path are refused', async () => {
    await refused(repoClient().get('1/../2'), /must not contain "\/"/);
    await refused(repoClient().delete(''), /must not be empty/);
  });

  it('list refuses search and a page size above 100', async () => {
    await refused(repoClient().list({ search: 'x' }), /search: search is not supported by GitHub.*capabilities\.search is false/);
    await refused(repoClient().list({ pageSize: 101 }), /pageSize: must be a whole number from 1 to 100/);
    await refused(repoClient().list({ page: 0 }), /page: must be a whole number/);
  });

  it('listDeliveries refuses active and search', async () => {
    await refused(repoClient().listDeliveries('1', { active: true }), /active does not apply to deliveries/);
    await refused(repoClient().listDeliveries('1', { search: 'x' }), /search is not supported by GitHub/);
  });

  it('sendTestEvent takes ping or push on a repository, only ping on an organization', async () => {
    const error = await refused(repoClient().sendTestEvent('1', 'issues'), /event: must be "ping" or "push": GitHub sends no other test event/);
    expect(error.details).toEqual({ event: [expect.stringMatching(/"ping" or "push"/)] });
    await refused(orgClient().sendTestEvent('1', 'push'), /event: must be "ping": GitHub sends no other test event to an organization hook/);
  });

  it('rotateSecret refuses a short chosen secret', async () => {
    await refused(repoClient().rotateSecret('1', { secret: 'short' }), /secret: must be at least 16 characters/);
  });
});

describe('GitHub: unknown keys, long secrets, odd ids and URLs are refused before sending', () => {
  it('an unknown input key is refused by name: { enabled: false } does not create an active hook', async () => {
    const error = await refused(repoClient().create({ ...input, enabled: false } as never), /enabled: is not a field this call takes/);
    expect(Object.keys(error.details ?? {})).toEqual(['enabled']);
  });

  it('unknown keys on update, list and call options are refused by name', async () => {
    await refused(repoClient().update('1', { config: { url: 'https://example.com' } } as never), /config: is not a field/);
    await refused(repoClient().list({ per_page: 5 } as never), /per_page: is not a field/);
    await refused(repoClient().listDeliveries('1', { cursor: 'x' } as never), /cursor: is not a field/);
    await refused(repoClient().create(input, { headerz: {} } as never), /headerz: is not a call option/);
    await refused(repoClient().delete('1', { force: true } as never), /force: is not a call option/);
    await refused(repoClient().rotateSecret('1', { secrett: 'x' } as never), /secrett: is not a call option/);
    await refused(repoClient().listEventTypes({ cache: true } as never), /cache: is not a call option/);
  });

  it('a chosen secret longer than 256 characters is refused, on create, update and rotateSecret', async () => {
    const long = 'x'.repeat(6000);
    await refused(repoClient().create({ ...input, secret: long }), /secret: must be at most 256 characters/);
    await refused(repoClient().update('1', { secret: long }), /secret: must be at most 256 characters/);
    await refused(repoClient().rotateSecret('1', { secret: long }), /secret: must be at most 256 characters/);
  });

  it('ids "." and ".." are refused, naming the field id', async () => {
    for (const id of ['.', '..']) {
      const error = await refused(repoClient().get(id), /id: must not be "\." or "\.\."/);
      expect(Object.keys(error.details ?? {})).toEqual(['id']);
      await refused(orgClient().sendTestEvent(id, 'ping'), /id: must not be/);
    }
  });

  it('a URL with a newline, surrounding spaces or credentials is refused', async () => {
    await refused(repoClient().create({ ...input, url: 'https://example.com/hook\r\n' }), /url: must not contain spaces, line breaks/);
    await refused(repoClient().create({ ...input, url: ' https://example.com/hook' }), /url: must not contain spaces/);
    await refused(repoClient().update('1', { url: 'https://ci:token123@example.com/hook' }), /url: must not contain a user name or password/);
  });
});

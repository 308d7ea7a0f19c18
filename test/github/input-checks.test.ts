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

import { describe, expect, it } from 'vitest';
import {
  AuthenticationError, ConflictError, NotFoundError, PermissionError, RateLimitError, ResponseValidationError,
  ServerError, ValidationError, WebhookError,
} from '../../src/errors';
import { api, REPO, repoClient, sent, useGitHubApi } from './support';

useGitHubApi();

const HOOKS = `/repos/${REPO}/hooks`;
const DOCS = 'https://docs.github.com/rest/repos/webhooks#create-a-repository-webhook';
const input = { url: 'https://example.com/webhook', events: ['push'] };
const noRetry = () => repoClient({ retry: false });

async function failure(promise: Promise<unknown>): Promise<WebhookError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!WebhookError.isInstance(error)) throw new Error(`expected a WebhookError, got ${String(error)}`);
  return error;
}

describe('GitHub error mapping', () => {
  it('422 "Hook already exists on this repository" is a ConflictError, and the POST is not repeated', async () => {
    api().post(HOOKS).reply(422, {
      message: 'Validation Failed', documentation_url: DOCS, status: '422',
      errors: [{ resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' }],
    }, { 'x-github-request-id': 'CAFE:1234' });
    const error = await failure(repoClient().create(input));
    expect(ConflictError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^create: Validation Failed: Hook already exists on this repository/);
    // The class says conflict; the status stays what GitHub answered.
    expect(error).toMatchObject({ provider: 'github', operation: 'create', docUrl: DOCS, requestId: 'CAFE:1234', status: 422 });
    expect(sent).toHaveLength(1);
  });

  it('another 422 is a ValidationError with details by field', async () => {
    api().post(HOOKS).reply(422, {
      message: 'Validation Failed', documentation_url: DOCS,
      errors: [
        { resource: 'Hook', field: 'config.url', code: 'custom', message: 'url is not a valid URL' },
        { resource: 'Hook', field: 'events', code: 'invalid' },
        'Something general',
      ],
    });
    const error = await failure(repoClient().create(input));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error.details).toEqual({ 'config.url': ['url is not a valid URL'], events: ['Hook events invalid'], request: ['Something general'] });
    expect(error.status).toBe(422);
  });

  it('403 with x-ratelimit-remaining: 0 is a RateLimitError waiting until x-ratelimit-reset (epoch seconds), then retried', async () => {
    const reset = Math.floor(Date.now() / 1000) + 20;
    api().get(`${HOOKS}/1`).reply(403, { message: 'API rate limit exceeded for user ID 1.', documentation_url: DOCS }, {
      'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset),
    }).get(`${HOOKS}/1`).reply(404, { message: 'Not Found' });
    const waits: number[] = [];
    const error = await failure(repoClient({ retry: { retries: 1, sleep: async (ms) => { waits.push(ms); } } }).get('1'));
    expect(NotFoundError.isInstance(error)).toBe(true); // the retry's answer
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(15_000);
    expect(waits[0]).toBeLessThanOrEqual(21_000); // the asked wait, plus at most 1 s of jitter
  });

  it('403 with retry-after (a secondary rate limit) is a RateLimitError with retryAfter in ms', async () => {
    api().get(HOOKS).query(true).reply(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '7' });
    const error = await failure(noRetry().list());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfter).toBe(7000);
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(403);
  });

  it('a secondary rate limit without any header waits the minute GitHub advises', async () => {
    api().get(HOOKS).query(true).reply(403, { message: 'You have exceeded a secondary rate limit.' });
    const error = await failure(noRetry().list());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfter).toBe(60_000);
  });

  it('429 with retry-after is a RateLimitError', async () => {
    api().get(HOOKS).query(true).reply(429, { message: 'Too many requests' }, { 'retry-after': '3' });
    const error = await failure(noRetry().list());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfter).toBe(3000);
  });

  it('another 403 is a PermissionError, not retried', async () => {
    api().post(HOOKS).reply(403, { message: 'Resource not accessible by integration', documentation_url: DOCS }, { 'x-ratelimit-remaining': '4999' });
    const error = await failure(repoClient().create(input));
    expect(PermissionError.isInstance(error)).toBe(true);
    expect(error.message).toBe('create: Resource not accessible by integration');
    expect(error.retryable).toBe(false);
  });

  it('401 Bad credentials is an AuthenticationError', async () => {
    api().get(HOOKS).query(true).reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const error = await failure(repoClient().list());
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error.message).toBe('list: Bad credentials');
  });

  it('404 is a NotFoundError that says GitHub also answers 404 for a token without access', async () => {
    api().get(`${HOOKS}/99`).reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/webhooks#get-a-repository-webhook', status: '404' });
    const error = await failure(repoClient().get('99'));
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/Not Found: no such hook on octo\/hello, or the token cannot see octo\/hello or lacks the permission/);
  });

  it.each([
    ['an empty body', ''],
    ['HTML', '<html><body>Unicorn!</body></html>'],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2]'],
    ['truncated JSON', '{"message": "Valid'],
    ['a message of the wrong type', '{"message": 42, "errors": "nope"}'],
  ])('odd error bodies never throw a TypeError: %s', async (_name, body) => {
    api().get(`${HOOKS}/1`).reply(502, body).get(`${HOOKS}/1`).reply(400, body);
    const server = await failure(noRetry().get('1'));
    expect(ServerError.isInstance(server)).toBe(true);
    expect(server.message).toMatch(/^get: GitHub answered 502 with/);
    const refused = await failure(noRetry().get('1'));
    expect(ValidationError.isInstance(refused)).toBe(true);
  });

  it('a 2xx of the wrong shape is a ResponseValidationError', async () => {
    api().get(`${HOOKS}/1`).reply(200, { id: 'one', events: 'push' }).get(HOOKS).query(true).reply(200, { hooks: [] });
    expect(ResponseValidationError.isInstance(await failure(repoClient().get('1')))).toBe(true);
    expect(ResponseValidationError.isInstance(await failure(repoClient().list()))).toBe(true);
  });

  it('a 5xx on create is not repeated (no idempotency key), on get it is', async () => {
    api().post(HOOKS).reply(502, 'Bad gateway').get(`${HOOKS}/1`).reply(502, 'Bad gateway').get(`${HOOKS}/1`).reply(200, { id: 1, active: true, events: ['push'], config: {}, created_at: '2026-01-01T00:00:00Z' });
    expect(ServerError.isInstance(await failure(repoClient().create(input)))).toBe(true);
    expect((await repoClient().get('1')).id).toBe('1');
    expect(sent.map((r) => r.method)).toEqual(['POST', 'GET', 'GET']);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubSimulator, type GitHubSimulator } from '../../providers/github/simulator';
import { checked, scopes, send } from './simulator-calls';

let sim: GitHubSimulator;
beforeAll(async () => { sim = await startGitHubSimulator({ repo: 'Octo-Org/Hello-World', org: 'Octo-Org' }); });
afterEach(() => sim.reset());
afterAll(() => sim.close());

const hook = { name: 'web', config: { url: 'https://app.example/hooks', content_type: 'json' } };

describe('GitHub simulator: credentials and scopes', () => {
  it('takes the token as Bearer or token; a wrong one is "Bad credentials" anywhere, a missing one "Requires authentication"', async () => {
    expect(sim.token).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
    expect(sim.apiKey).toBe(sim.token);
    await checked(sim, 200, 'GET', scopes(sim).repo, undefined, { authorization: `token ${sim.token}` });
    const wrong = await checked(sim, 401, 'GET', scopes(sim).org, undefined, { authorization: 'Bearer ghp_wrong' });
    expect(wrong.body).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    await checked(sim, 401, 'GET', '/user', undefined, { authorization: 'Bearer ghp_wrong' });
    const missing = await checked(sim, 401, 'POST', scopes(sim).repo, hook, { authorization: '' });
    expect(missing.body).toMatchObject({ message: 'Requires authentication', status: '401' });
    expect(sim.webhooks).toEqual([]);
  });

  it('serves exactly its repository and organization (names in any case); others are 404s', async () => {
    expect([sim.repo, sim.org]).toEqual(['Octo-Org/Hello-World', 'Octo-Org']);
    await checked(sim, 201, 'POST', '/repos/octo-org/hello-world/hooks', hook);
    await checked(sim, 404, 'GET', '/repos/octo-org/other/hooks');
    await checked(sim, 404, 'GET', '/repos/someone/hello-world/hooks');
    const org = await checked(sim, 404, 'POST', '/orgs/other-org/hooks', hook);
    expect(org.body).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest/orgs/webhooks#create-an-organization-webhook', status: '404' });
    // A repository hook is not found through the organization, nor the other way round.
    const id = (sim.webhooks[0]?.id) ?? '';
    await checked(sim, 404, 'GET', `${scopes(sim).org}/${id}`);
    await checked(sim, 404, 'GET', `${scopes(sim).repo}/not-a-number`);
  });

  it('answers paths and methods it does not serve with a 404', async () => {
    await checked(sim, 404, 'GET', '/repos/octo-org/hello-world/issues');
    await checked(sim, 404, 'PUT', scopes(sim).repo, hook);
    await checked(sim, 404, 'POST', `${scopes(sim).org}/1/tests`);
  });
});

describe('GitHub simulator: nothing undocumented is accepted', () => {
  it('refuses an undocumented query parameter, and a body where the endpoint documents none', async () => {
    const query = await checked(sim, 400, 'GET', `${scopes(sim).repo}?per_page=2&sort=created`);
    expect(query.body).toMatchObject({ message: 'Unknown query parameter: sort' });
    const created = (await checked(sim, 201, 'POST', scopes(sim).repo, hook)).body as { id: number };
    await checked(sim, 400, 'GET', `${scopes(sim).repo}/${created.id}?page=1`);
    await checked(sim, 400, 'GET', `${scopes(sim).repo}/${created.id}/deliveries?page=2`);
    await checked(sim, 400, 'POST', `${scopes(sim).repo}/${created.id}/pings`, { event: 'push' });
    await checked(sim, 204, 'POST', `${scopes(sim).repo}/${created.id}/pings`, {});
    expect(sim.deliveries).toHaveLength(1);
  });

  it('accepts X-GitHub-Api-Version 2022-11-28 and refuses a version GitHub does not have', async () => {
    await checked(sim, 200, 'GET', scopes(sim).repo, undefined, { 'x-github-api-version': '2022-11-28' });
    const refused = await checked(sim, 400, 'GET', scopes(sim).repo, undefined, { 'x-github-api-version': '2021-01-01' });
    expect(refused.body).toMatchObject({ message: 'API version 2021-01-01 is not supported.' });
  });
});

describe('GitHub simulator: headers, rate limits and faults', () => {
  it("puts GitHub's rate-limit headers and a request id on every response", async () => {
    const ok = await send(sim, 'GET', scopes(sim).repo);
    const error = await send(sim, 'GET', '/nowhere');
    for (const [answer, used] of [[ok, '1'], [error, '2']] as const) {
      expect(Object.fromEntries([...answer.headers].filter(([name]) => name.startsWith('x-ratelimit-') || name === 'x-github-request-id'))).toEqual({
        'x-ratelimit-limit': '10000', 'x-ratelimit-remaining': String(10_000 - Number(used)), 'x-ratelimit-used': used,
        'x-ratelimit-reset': expect.stringMatching(/^\d{10}$/), 'x-ratelimit-resource': 'core', 'x-github-request-id': expect.any(String),
      });
    }
  });

  it('answers an exhausted primary limit with 403 and x-ratelimit-remaining: 0, and a secondary one with 429 and retry-after', async () => {
    const primary = await startGitHubSimulator({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const secondary = await startGitHubSimulator({ rateLimit: { limit: 1, windowMs: 60_000 }, rateLimitResponse: 'secondary' });
    try {
      await checked(primary, 200, 'GET', scopes(primary).repo);
      const limited = await checked(primary, 403, 'POST', scopes(primary).repo, hook);
      expect(limited.body).toMatchObject({ message: expect.stringMatching(/^API rate limit exceeded/), status: '403' });
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(limited.headers.get('retry-after')).toBeNull();
      expect(primary.webhooks).toEqual([]);
      await checked(secondary, 200, 'GET', scopes(secondary).org);
      const slowed = await checked(secondary, 429, 'GET', scopes(secondary).org);
      expect(slowed.body).toMatchObject({ message: expect.stringContaining('secondary rate limit') });
      expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
      secondary.reset();
      await checked(secondary, 200, 'GET', scopes(secondary).org);
    } finally {
      await Promise.all([primary.close(), secondary.close()]);
    }
  });

  it('sends no rate-limit headers with rateLimit: false', async () => {
    const unlimited = await startGitHubSimulator({ rateLimit: false });
    try {
      expect((await send(unlimited, 'GET', scopes(unlimited).repo)).headers.get('x-ratelimit-limit')).toBeNull();
    } finally {
      await unlimited.close();
    }
  });

  it("answers an injected status in GitHub's error format, without handling the request", async () => {
    sim.fail({ kind: 'status', status: 503, retryAfter: 2, match: { method: 'POST' } });
    const failed = await send(sim, 'POST', scopes(sim).repo, hook);
    expect(failed).toMatchObject({ status: 503, body: { message: 'Service Unavailable', documentation_url: 'https://docs.github.com/rest', status: '503' } });
    expect(failed.headers.get('retry-after')).toBe('2');
    expect(failed.headers.get('x-ratelimit-used')).toBe('1');
    expect(sim.webhooks).toEqual([]);
    const waited = sim.waitForRequest((request) => request.method === 'DELETE');
    await send(sim, 'DELETE', `${scopes(sim).repo}/1`);
    expect((await waited).path).toBe(`${scopes(sim).repo}/1`);
  });
});

import { verify } from '@octokit/webhooks-methods';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubSimulator, type GitHubSimulator } from '../../providers/github/simulator';
import { verifyGitHubWebhook } from '../../providers/github/signing-scheme';
import { startReceiver, type Receiver } from '../core/testing/receiver';
import { checked, scopes } from './simulator-calls';

let sim: GitHubSimulator;
let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  sim = await startGitHubSimulator({ deliverTo: receiver.url });
});
afterEach(() => {
  sim.reset();
  receiver.received.length = 0;
  receiver.status = 200;
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

const SECRET = 'delivery-secret';
async function create(scope: 'repo' | 'org', n: number, extra: Record<string, unknown> = {}) {
  const body = { name: 'web', events: ['push', 'issues'], config: { url: `https://app.example/hooks/${n}`, content_type: 'json', secret: SECRET }, ...extra };
  return (await checked(sim, 201, 'POST', scopes(sim)[scope], body)).body as { id: number };
}

for (const scope of ['repo', 'org'] as const) {
  describe(`GitHub simulator: pings and the delivery log of ${scope} hooks`, () => {
    const base = () => scopes(sim)[scope];

    it('POST /pings sends a signed ping that both verifiers accept, and logs it as a delivery', async () => {
      const hook = await create(scope, 1);
      await checked(sim, 204, 'POST', `${base()}/${hook.id}/pings`);
      const [got] = receiver.received;
      expect(got?.path).toBe('/hooks/1');
      expect(got?.headers).toMatchObject({
        'x-github-event': 'ping', 'x-github-hook-id': String(hook.id), 'content-type': 'application/json',
        'user-agent': expect.stringMatching(/^GitHub-Hookshot\//), 'x-github-delivery': expect.stringMatching(/^[0-9a-f-]{36}$/),
        'x-github-hook-installation-target-type': scope === 'repo' ? 'repository' : 'organization',
      });
      const signature = String(got?.headers['x-hub-signature-256']);
      expect(await verify(SECRET, got!.body, signature)).toBe(true);
      const event = await verifyGitHubWebhook({ body: got!.body, headers: got!.headers as Record<string, string>, secret: SECRET });
      expect(event).toMatchObject({ type: 'ping', data: { hook_id: hook.id, zen: expect.any(String), hook: { id: hook.id, config: { secret: '********' } } } });
      expect(JSON.stringify(event.data)).not.toContain(SECRET);
      expect(event.data).toHaveProperty(scope === 'repo' ? 'repository.full_name' : 'organization.login', scope === 'repo' ? sim.repo : sim.org);

      const log = await checked(sim, 200, 'GET', `${base()}/${hook.id}/deliveries`);
      const items = log.body as Array<Record<string, unknown>>;
      expect(items).toEqual([expect.objectContaining({ event: 'ping', action: null, status: 'OK', status_code: 200, redelivery: false, guid: got?.headers['x-github-delivery'] })]);
      const one = await checked(sim, 200, 'GET', `${base()}/${hook.id}/deliveries/${String(items[0]?.id)}`);
      expect(one.body).toMatchObject({ url: 'https://app.example/hooks/1', request: { payload: { hook_id: hook.id } }, response: { payload: 'ok' } });
      expect(sim.deliveries).toEqual([expect.objectContaining({ webhookId: String(hook.id), event: 'ping', type: 'ping', ok: true })]);
    });

    it('redelivers with the same GUID and redelivery: true', async () => {
      const hook = await create(scope, 2);
      await checked(sim, 204, 'POST', `${base()}/${hook.id}/pings`);
      const [first] = (await checked(sim, 200, 'GET', `${base()}/${hook.id}/deliveries`)).body as Array<{ id: number; guid: string }>;
      await checked(sim, 202, 'POST', `${base()}/${hook.id}/deliveries/${first!.id}/attempts`);
      const log = (await checked(sim, 200, 'GET', `${base()}/${hook.id}/deliveries`)).body as Array<{ id: number; guid: string; redelivery: boolean }>;
      expect(log.map((d) => [d.guid, d.redelivery])).toEqual([[first!.guid, true], [first!.guid, false]]);
      expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
      expect(receiver.received[1]?.headers['x-github-delivery']).toBe(first!.guid);
      await checked(sim, 404, 'GET', `${base()}/${hook.id}/deliveries/1`);
      await checked(sim, 404, 'POST', `${base()}/${hook.id}/deliveries/1/attempts`);
    });

    it('pages the log newest first with cursor links, and filters by status', async () => {
      const hook = await create(scope, 3);
      for (let n = 0; n < 3; n++) await checked(sim, 204, 'POST', `${base()}/${hook.id}/pings`);
      receiver.status = 500;
      await checked(sim, 204, 'POST', `${base()}/${hook.id}/pings`);
      const first = await checked(sim, 200, 'GET', `${base()}/${hook.id}/deliveries?per_page=3`);
      const page1 = first.body as Array<{ id: number; status_code: number; status: string }>;
      expect(page1.map((d) => d.status_code)).toEqual([500, 200, 200]);
      expect(page1[0]?.status).toBe('Invalid HTTP Response: 500');
      const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
      expect(next).toMatch(new RegExp(`^${sim.baseUrl}${base()}/${hook.id}/deliveries\\?per_page=3&cursor=v1_\\d+$`));
      const second = await checked(sim, 200, 'GET', next!.slice(sim.baseUrl.length));
      expect((second.body as unknown[]).length).toBe(1);
      expect(second.headers.get('link')).toMatch(/rel="prev"/);
      expect(second.headers.get('link')).not.toMatch(/rel="next"/);
      expect(((await checked(sim, 200, 'GET', `${base()}/${hook.id}/deliveries?status=failure`)).body as unknown[]).length).toBe(1);
      expect(((await checked(sim, 200, 'GET', `${base()}/${hook.id}/deliveries?status=success`)).body as unknown[]).length).toBe(3);
      await checked(sim, 422, 'GET', `${base()}/${hook.id}/deliveries?status=sometimes`);
      await checked(sim, 400, 'GET', `${base()}/${hook.id}/deliveries?cursor=nonsense`);
    });
  });
}

describe('GitHub simulator: tests, deliver and what deliveries change', () => {
  it('POST /tests sends a signed push to a repository hook subscribed to push, and nothing otherwise', async () => {
    const push = await create('repo', 10);
    await checked(sim, 204, 'POST', `${scopes(sim).repo}/${push.id}/tests`);
    const [got] = receiver.received;
    expect(got?.headers['x-github-event']).toBe('push');
    expect(await verify(SECRET, got!.body, String(got!.headers['x-hub-signature-256']))).toBe(true);
    expect(JSON.parse(got!.body)).toMatchObject({ ref: 'refs/heads/main', repository: { full_name: sim.repo }, commits: [expect.any(Object)] });
    const issuesOnly = await create('repo', 11, { events: ['issues'] });
    await checked(sim, 204, 'POST', `${scopes(sim).repo}/${issuesOnly.id}/tests`);
    expect(receiver.received).toHaveLength(1);
    const org = await create('org', 12);
    await checked(sim, 404, 'POST', `${scopes(sim).org}/${org.id}/tests`);
  });

  it('deliver() reaches active subscribed hooks of both scopes, "*" included, with the action in the type', async () => {
    const repoHook = await create('repo', 20, { events: ['issues'] });
    const orgHook = await create('org', 21, { events: ['*'] });
    await create('repo', 22, { events: ['push'] });
    const paused = await create('repo', 23, { events: ['issues'] });
    await checked(sim, 200, 'PATCH', `${scopes(sim).repo}/${paused.id}`, { active: false });
    const attempts = await sim.deliver('issues.opened', { issue: { number: 1, title: 'Bug' } });
    expect(attempts.map((a) => [a.webhookId, a.type, a.ok])).toEqual([[String(repoHook.id), 'issues.opened', true], [String(orgHook.id), 'issues.opened', true]]);
    const body = JSON.parse(attempts[0]!.body);
    expect(body).toEqual({ action: 'opened', issue: { number: 1, title: 'Bug' } });
    expect(attempts[0]?.headers['x-github-delivery']).toBe(attempts[1]?.headers['x-github-delivery']);
    expect(await sim.deliver('issues', { action: 'closed' }, { scope: 'organization' })).toHaveLength(1);
    await expect(sim.deliver('isues.opened', {})).rejects.toThrow(TypeError);
    const hook = (await checked(sim, 200, 'GET', `${scopes(sim).repo}/${repoHook.id}`)).body;
    expect(hook).toMatchObject({ last_response: { code: 200, status: 'active', message: 'OK' } });
  });

  it('a form hook gets payload=<JSON>, form-encoded, signed as sent; a hook without a secret gets no signature', async () => {
    const hook = await create('repo', 30, { config: { url: 'https://app.example/form', content_type: 'form', secret: SECRET } });
    await checked(sim, 204, 'POST', `${scopes(sim).repo}/${hook.id}/pings`);
    const [got] = receiver.received;
    expect(got?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(JSON.parse(new URLSearchParams(got!.body).get('payload')!)).toMatchObject({ hook_id: hook.id });
    expect(await verify(SECRET, got!.body, String(got!.headers['x-hub-signature-256']))).toBe(true);
    const open = await create('repo', 31, { config: { url: 'https://app.example/open', content_type: 'json' } });
    await checked(sim, 204, 'POST', `${scopes(sim).repo}/${open.id}/pings`);
    expect(receiver.received[1]?.headers).not.toHaveProperty('x-hub-signature-256');
    expect(receiver.received[1]?.headers['x-github-event']).toBe('ping');
  });

  it('pingOnCreate pings each new hook, as GitHub does', async () => {
    const pinging = await startGitHubSimulator({ deliverTo: receiver.url, pingOnCreate: true });
    try {
      const created = await checked(pinging, 201, 'POST', scopes(pinging).repo, { config: { url: 'https://app.example/new', content_type: 'json' } });
      expect(pinging.deliveries).toEqual([expect.objectContaining({ event: 'ping', webhookId: String((created.body as { id: number }).id) })]);
      expect(created.body).toMatchObject({ last_response: { code: 200, status: 'active' } });
    } finally {
      await pinging.close();
    }
  });
});

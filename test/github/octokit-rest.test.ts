import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type GitHubSimulator } from '../../entries/testing';
import { startReceiver, type Receiver } from '../core/testing/receiver';
import { undocumented } from './simulator-calls';

// GitHub's official client drives the simulator: if it works against the simulator as it does
// against api.github.com, the simulator speaks GitHub's protocol (auth, paths, bodies, Link pages).
let sim: GitHubSimulator;
let receiver: Receiver;
let octokit: Octokit;
beforeAll(async () => {
  receiver = await startReceiver();
  sim = await startSimulator('github', { deliverTo: receiver.url });
  // Octokit logs every failed request; the 404s and 422s here are expected.
  const quiet = () => {};
  octokit = new Octokit({ auth: sim.token, baseUrl: sim.baseUrl, log: { debug: quiet, info: quiet, warn: quiet, error: quiet } });
});
afterEach(() => {
  sim.reset();
  receiver.received.length = 0;
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

const owner = () => sim.repo.split('/')[0]!;
const repo = () => sim.repo.split('/')[1]!;
const config = (n: number) => ({ url: `https://app.example/octokit/${n}`, content_type: 'json', secret: `octokit-secret-${n}` });

/** The two scopes, each as the same handful of calls through Octokit's own methods. */
const SCOPES = {
  repository: {
    create: (n: number, events = ['push']) => octokit.rest.repos.createWebhook({ owner: owner(), repo: repo(), name: 'web', events, config: config(n) }),
    list: (perPage: number) => octokit.paginate(octokit.rest.repos.listWebhooks, { owner: owner(), repo: repo(), per_page: perPage }),
    get: (id: number) => octokit.rest.repos.getWebhook({ owner: owner(), repo: repo(), hook_id: id }),
    update: (id: number) => octokit.rest.repos.updateWebhook({ owner: owner(), repo: repo(), hook_id: id, events: ['issues'], active: false, config: config(99) }),
    rotate: (id: number) => octokit.rest.repos.updateWebhookConfigForRepo({ owner: owner(), repo: repo(), hook_id: id, secret: 'rotated-by-octokit' }),
    ping: (id: number) => octokit.rest.repos.pingWebhook({ owner: owner(), repo: repo(), hook_id: id }),
    deliveries: (id: number) => octokit.paginate(octokit.rest.repos.listWebhookDeliveries, { owner: owner(), repo: repo(), hook_id: id, per_page: 2 }),
    delivery: (id: number, deliveryId: number) => octokit.rest.repos.getWebhookDelivery({ owner: owner(), repo: repo(), hook_id: id, delivery_id: deliveryId }),
    redeliver: (id: number, deliveryId: number) => octokit.rest.repos.redeliverWebhookDelivery({ owner: owner(), repo: repo(), hook_id: id, delivery_id: deliveryId }),
    remove: (id: number) => octokit.rest.repos.deleteWebhook({ owner: owner(), repo: repo(), hook_id: id }),
  },
  organization: {
    create: (n: number, events = ['push']) => octokit.rest.orgs.createWebhook({ org: sim.org, name: 'web', events, config: config(n) }),
    list: (perPage: number) => octokit.paginate(octokit.rest.orgs.listWebhooks, { org: sim.org, per_page: perPage }),
    get: (id: number) => octokit.rest.orgs.getWebhook({ org: sim.org, hook_id: id }),
    update: (id: number) => octokit.rest.orgs.updateWebhook({ org: sim.org, hook_id: id, events: ['issues'], active: false, config: config(99) }),
    rotate: (id: number) => octokit.rest.orgs.updateWebhookConfigForOrg({ org: sim.org, hook_id: id, secret: 'rotated-by-octokit' }),
    ping: (id: number) => octokit.rest.orgs.pingWebhook({ org: sim.org, hook_id: id }),
    deliveries: (id: number) => octokit.paginate(octokit.rest.orgs.listWebhookDeliveries, { org: sim.org, hook_id: id, per_page: 2 }),
    delivery: (id: number, deliveryId: number) => octokit.rest.orgs.getWebhookDelivery({ org: sim.org, hook_id: id, delivery_id: deliveryId }),
    redeliver: (id: number, deliveryId: number) => octokit.rest.orgs.redeliverWebhookDelivery({ org: sim.org, hook_id: id, delivery_id: deliveryId }),
    remove: (id: number) => octokit.rest.orgs.deleteWebhook({ org: sim.org, hook_id: id }),
  },
};

for (const [scope, calls] of Object.entries(SCOPES)) {
  describe(`@octokit/rest on the GitHub simulator: ${scope} hooks`, () => {
    it('creates, lists every page with paginate, gets, updates, rotates and deletes', async () => {
      const ids: number[] = [];
      for (let n = 1; n <= 5; n++) ids.push((await calls.create(n)).data.id);
      const listed = await calls.list(2);
      expect(listed.map((hook) => hook.id)).toEqual(ids);
      // Three pages of two: paginate followed the Link header's next twice.
      const pages = sim.requests.filter((request) => request.method === 'GET' && request.query.startsWith('per_page=2'));
      expect(pages.map((request) => request.query)).toEqual(['per_page=2', 'per_page=2&page=2', 'per_page=2&page=3']);

      const id = ids[0]!;
      const fetched = await calls.get(id);
      expect(fetched.data).toMatchObject({ id, type: scope === 'repository' ? 'Repository' : 'Organization', config: { url: config(1).url, secret: '********' } });
      const updated = await calls.update(id);
      expect(updated.data).toMatchObject({ events: ['issues'], active: false, config: { url: config(99).url } });
      await calls.rotate(id);
      expect(sim.webhooks.find((hook) => hook.id === String(id))?.config.secret).toBe('rotated-by-octokit');
      expect((await calls.remove(id)).status).toBe(204);
      await expect(calls.get(id)).rejects.toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
      expect(sim.webhooks).toHaveLength(4);
    });

    it('pings a hook and reads the delivery log, paginated by cursor, and redelivers', async () => {
      const { data: hook } = await calls.create(10);
      for (let n = 0; n < 3; n++) expect((await calls.ping(hook.id)).status).toBe(204);
      expect(receiver.received.map((got) => got.headers['x-github-event'])).toEqual(['ping', 'ping', 'ping']);
      const deliveries = await calls.deliveries(hook.id);
      expect(deliveries).toHaveLength(3);
      expect(sim.requests.filter((request) => request.path.endsWith('/deliveries'))).toHaveLength(2);
      const { data: one } = await calls.delivery(hook.id, deliveries[0]!.id);
      expect(one).toMatchObject({ event: 'ping', status_code: 200, request: { payload: { hook_id: hook.id } } });
      expect((await calls.redeliver(hook.id, deliveries[0]!.id)).status).toBe(202);
      expect(receiver.received).toHaveLength(4);
    });

    it('gets GitHub\'s 422 for a duplicate hook as an Octokit RequestError', async () => {
      await calls.create(20);
      await expect(calls.create(20)).rejects.toMatchObject({
        status: 422, response: { data: { message: 'Validation Failed', errors: [{ code: 'custom', message: expect.stringMatching(/^Hook already exists/) }] } },
      });
    });
  });
}

describe('@octokit/rest on the GitHub simulator: the rest', () => {
  it('tests a repository hook (a push) and every request Octokit sent got a documented answer', async () => {
    const { data: hook } = await SCOPES.repository.create(30);
    await octokit.rest.repos.testPushWebhook({ owner: owner(), repo: repo(), hook_id: hook.id });
    expect(receiver.received.map((got) => got.headers['x-github-event'])).toEqual(['push']);
    // Octokit sends `Authorization: token ...`, its own Accept and User-Agent, and nothing undocumented.
    expect(sim.requests.every((request) => request.headers.authorization === `token ${sim.token}`)).toBe(true);
    const answer = await octokit.rest.repos.getWebhookConfigForRepo({ owner: owner(), repo: repo(), hook_id: hook.id });
    expect(undocumented('GET', `/repos/${sim.repo}/hooks/${hook.id}/config`, { status: answer.status, body: answer.data })).toEqual([]);
  });
});

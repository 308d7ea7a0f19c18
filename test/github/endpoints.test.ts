import { describe, expect, it } from 'vitest';
import { example, responseErrors } from './openapi';
import { api, link, ORG, orgClient, problemsOf, REPO, repoClient, sent, TOKEN, useGitHubApi, wireHook, wireOrgHook } from './support';

useGitHubApi();

const HOOKS = `/repos/${REPO}/hooks`;
const ORG_HOOKS = `/orgs/${ORG}/hooks`;

describe('GitHub endpoints (repository hooks)', () => {
  it('list: GET /repos/{owner}/{repo}/hooks with per_page and page; hasMore from the Link header', async () => {
    const body = [wireHook(1), wireHook(2, { active: false })];
    expect(responseErrors('GET', '/repos/{owner}/{repo}/hooks', 200, body)).toEqual([]);
    const scope = api().get(HOOKS).query({ per_page: '2', page: '3' })
      .reply(200, body, { link: link({ next: `https://api.github.com${HOOKS}?per_page=2&page=4`, last: `https://api.github.com${HOOKS}?per_page=2&page=9` }) });
    const page = await repoClient().list({ page: 3, pageSize: 2 });
    expect(scope.isDone()).toBe(true);
    expect(page).toMatchObject({ page: 3, pageSize: 2, hasMore: true });
    expect(page.total).toBeUndefined();
    expect(page.items.map((w) => [w.id, w.active])).toEqual([['1', true], ['2', false]]);
  });

  it('list: defaults to page 1 and 20 per page; no Link header means the last page', async () => {
    const scope = api().get(HOOKS).query({ per_page: '20', page: '1' }).reply(200, []);
    expect(await repoClient().list()).toEqual({ items: [], page: 1, pageSize: 20, hasMore: false });
    expect(scope.isDone()).toBe(true);
  });

  it('list: active filters the page GitHub returned (GitHub has no such filter), and sends no parameter for it', async () => {
    api().get(HOOKS).query({ per_page: '20', page: '1' }).reply(200, [wireHook(1), wireHook(2, { active: false })]);
    const page = await repoClient().list({ active: false });
    expect(page.items.map((w) => w.id)).toEqual(['2']);
    expect(sent[0]!.query).toEqual({ per_page: '20', page: '1' });
  });

  it("get: GET /repos/{owner}/{repo}/hooks/{hook_id}, mapped to the model from the description's example", async () => {
    const hook = example<Record<string, unknown>>('hook');
    api().get(`${HOOKS}/12345678`).reply(200, hook);
    const webhook = await repoClient().get('12345678');
    expect(webhook).toEqual({
      provider: 'github', id: '12345678', url: 'https://example.com/webhook', events: ['push', 'pull_request'], active: true,
      createdAt: new Date('2019-06-03T00:57:16Z'), updatedAt: new Date('2019-06-03T00:57:16Z'),
    });
    expect(webhook.raw).toEqual(hook);
    expect(JSON.parse(JSON.stringify(webhook))).not.toHaveProperty('raw');
  });

  it('get: the masked config.secret is left out of raw and is never a secret on the model', async () => {
    api().get(`${HOOKS}/1`).reply(200, wireHook(1, { config: { url: 'https://example.com/webhook', content_type: 'json', insecure_ssl: '0', secret: '********' } }));
    const webhook = await repoClient().get('1');
    expect(webhook.secret).toBeUndefined();
    expect(webhook.raw).toMatchObject({ config: { url: 'https://example.com/webhook', content_type: 'json', insecure_ssl: '0' } });
    expect(JSON.stringify(webhook.raw)).not.toContain('********');
  });

  it('create: POST /repos/{owner}/{repo}/hooks, a JSON web hook with the secret in config; the secret is returned once', async () => {
    const scope = api().post(HOOKS).reply(201, wireHook(7, { active: false, events: ['push'] }));
    const created = await repoClient().create({ url: 'https://example.com/webhook', events: ['push'], active: false, secret: 'a-secret-of-some-length' });
    expect(scope.isDone()).toBe(true);
    expect(sent[0]!.body).toEqual({
      name: 'web', active: false, events: ['push'],
      config: { url: 'https://example.com/webhook', content_type: 'json', secret: 'a-secret-of-some-length' },
    });
    expect(created).toMatchObject({ id: '7', active: false, events: ['push'], secret: 'a-secret-of-some-length' });
  });

  it('create: without a secret one is generated (whsec_ + 32 random bytes) and sent', async () => {
    api().post(HOOKS).reply(201, wireHook(8));
    const created = await repoClient().create({ url: 'https://example.com/webhook', events: ['push'] });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect((sent[0]!.body as { config: { secret: string } }).config.secret).toBe(created.secret);
  });

  it('update: events and active go to PATCH /hooks/{hook_id} without a config (which would drop the secret)', async () => {
    api().patch(`${HOOKS}/5`).reply(200, wireHook(5, { events: ['issues'], active: false }));
    const updated = await repoClient().update('5', { events: ['issues'], active: false });
    expect(sent.map((r) => [r.method, r.path, r.body])).toEqual([['PATCH', `${HOOKS}/5`, { events: ['issues'], active: false }]]);
    expect(updated).toMatchObject({ id: '5', events: ['issues'], active: false });
  });

  it('update: a url goes to PATCH /hooks/{hook_id}/config alone, then the hook is read back', async () => {
    api().patch(`${HOOKS}/5/config`).reply(200, example('webhook-config'))
      .get(`${HOOKS}/5`).reply(200, wireHook(5, { config: { url: 'https://example.com/new', content_type: 'json', insecure_ssl: '0' } }));
    const updated = await repoClient().update('5', { url: 'https://example.com/new' });
    expect(sent.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PATCH', `${HOOKS}/5/config`, { url: 'https://example.com/new' }],
      ['GET', `${HOOKS}/5`, undefined],
    ]);
    expect(updated.url).toBe('https://example.com/new');
  });

  it('update: url, secret and events together: the config first, then the hook', async () => {
    api().patch(`${HOOKS}/5/config`).reply(200, example('webhook-config'))
      .patch(`${HOOKS}/5`).reply(200, wireHook(5, { events: ['push', 'issues'] }));
    const updated = await repoClient().update('5', { url: 'https://example.com/new', secret: 'another-long-secret', events: ['push', 'issues'] });
    expect(sent.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PATCH', `${HOOKS}/5/config`, { url: 'https://example.com/new', secret: 'another-long-secret' }],
      ['PATCH', `${HOOKS}/5`, { events: ['push', 'issues'] }],
    ]);
    expect(updated.secret).toBeUndefined();
  });

  it('delete: DELETE /repos/{owner}/{repo}/hooks/{hook_id}, 204', async () => {
    const scope = api().delete(`${HOOKS}/5`).reply(204);
    await expect(repoClient().delete('5')).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('rotateSecret: PATCH /hooks/{hook_id}/config with the new secret only; generated when none is given', async () => {
    api().patch(`${HOOKS}/5/config`).reply(200, example('webhook-config')).patch(`${HOOKS}/5/config`).reply(200, example('webhook-config'));
    expect(await repoClient().rotateSecret('5', { secret: 'the-chosen-new-secret' })).toEqual({ secret: 'the-chosen-new-secret' });
    const { secret } = await repoClient().rotateSecret('5');
    expect(secret).toMatch(/^whsec_/);
    expect(sent.map((r) => r.body)).toEqual([{ secret: 'the-chosen-new-secret' }, { secret }]);
  });

  it('sendTestEvent: ping -> POST /pings, push -> POST /tests, both 204', async () => {
    api().post(`${HOOKS}/5/pings`).reply(204).post(`${HOOKS}/5/tests`).reply(204);
    expect(await repoClient().sendTestEvent('5', 'ping')).toMatchObject({ delivered: true, message: expect.stringMatching(/ping/) });
    expect(await repoClient().sendTestEvent('5', 'push')).toMatchObject({ delivered: true });
    expect(sent.map((r) => [r.method, r.path, r.body])).toEqual([['POST', `${HOOKS}/5/pings`, undefined], ['POST', `${HOOKS}/5/tests`, undefined]]);
  });

  it('listDeliveries: GET /hooks/{hook_id}/deliveries with per_page, mapped to Delivery', async () => {
    const items = example<Array<Record<string, unknown>>>('hook-delivery-items');
    items[1] = { ...items[1], status: 'Invalid HTTP Response: 503', status_code: 503, action: null, event: 'push' };
    api().get(`${HOOKS}/5/deliveries`).query({ per_page: '20' }).reply(200, items);
    const page = await repoClient().listDeliveries('5');
    expect(page).toMatchObject({ page: 1, pageSize: 20, hasMore: false });
    expect(page.items[0]).toEqual({
      id: '12345678', eventType: 'issues.opened', status: 'delivered', httpStatus: 200,
      createdAt: new Date('2019-06-03T00:57:16Z'), startedAt: new Date('2019-06-03T00:57:16Z'),
      completedAt: new Date(Date.parse('2019-06-03T00:57:16Z') + 270), raw: items[0],
    });
    expect(page.items[1]).toMatchObject({ id: '123456789', eventType: 'push', status: 'failed', httpStatus: 503, error: 'Invalid HTTP Response: 503' });
  });

  it('listEventTypes: the documented catalogue, push first, organization-only events left out', async () => {
    const types = await repoClient().listEventTypes();
    expect(types.slice(0, 3).map((t) => t.name)).toEqual(['push', 'pull_request', 'issues']);
    expect(types.map((t) => t.name)).toContain('*');
    expect(types.map((t) => t.name)).not.toContain('organization');
    expect(types.every((t) => typeof t.description === 'string' && t.description.length > 0)).toBe(true);
    expect(sent).toEqual([]);
  });
});

describe('GitHub endpoints (organization hooks)', () => {
  it('list, create, update, rotate, ping, deliveries and delete under /orgs/{org}/hooks', async () => {
    api()
      .get(ORG_HOOKS).query({ per_page: '20', page: '1' }).reply(200, [wireOrgHook(1)])
      .post(ORG_HOOKS).reply(201, wireOrgHook(2))
      .patch(`${ORG_HOOKS}/2`).reply(200, wireOrgHook(2, { active: false }))
      .patch(`${ORG_HOOKS}/2/config`).reply(200, example('webhook-config'))
      .post(`${ORG_HOOKS}/2/pings`).reply(204)
      .get(`${ORG_HOOKS}/2/deliveries`).query({ per_page: '20' }).reply(200, [])
      .delete(`${ORG_HOOKS}/2`).reply(204);
    const hooks = orgClient();
    expect((await hooks.list()).items.map((w) => w.url)).toEqual(['http://example.com']);
    const created = await hooks.create({ url: 'https://example.com/org', events: ['push', 'organization'] });
    expect(created.id).toBe('2');
    expect((await hooks.update('2', { active: false })).active).toBe(false);
    await hooks.rotateSecret('2');
    await hooks.sendTestEvent('2', 'ping');
    await hooks.listDeliveries('2');
    await hooks.delete('2');
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${ORG_HOOKS}`, `POST ${ORG_HOOKS}`, `PATCH ${ORG_HOOKS}/2`, `PATCH ${ORG_HOOKS}/2/config`,
      `POST ${ORG_HOOKS}/2/pings`, `GET ${ORG_HOOKS}/2/deliveries`, `DELETE ${ORG_HOOKS}/2`,
    ]);
  });

  it('listEventTypes includes the organization-only events', async () => {
    const names = (await orgClient().listEventTypes()).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['organization', 'membership', 'team', 'push']));
  });
});

describe('the documentation check itself', () => {
  const good = () => ({
    method: 'POST', path: HOOKS, query: {}, body: { name: 'web', config: { url: 'https://example.com/h', content_type: 'json' } },
    headers: new Headers({ authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'hookbridge/0.1.0' }),
  });

  it('passes a documented request and fails each kind of undocumented one', () => {
    expect(problemsOf(good())).toEqual([]);
    expect(problemsOf({ ...good(), path: `/repos/${REPO}/hookz` })).toEqual([expect.stringMatching(/documents no such path/)]);
    expect(problemsOf({ ...good(), body: { ...good().body, colour: 'blue' } })).not.toEqual([]);
    expect(problemsOf({ ...good(), query: { per_page: '2' } })).toEqual([expect.stringMatching(/undocumented query parameter per_page/)]);
    expect(problemsOf({ ...good(), method: 'GET', path: `${HOOKS}/1/deliveries`, body: undefined, query: { page: '2' } }))
      .toEqual([expect.stringMatching(/undocumented query parameter page/)]);
    const bare = { ...good(), headers: new Headers() };
    expect(problemsOf(bare)).toHaveLength(4);
  });
});

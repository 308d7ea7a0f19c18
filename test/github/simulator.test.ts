import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubSimulator, type GitHubSimulator } from '../../providers/github/simulator';
import { checked, scopes, undocumented } from './simulator-calls';

let sim: GitHubSimulator;
beforeAll(async () => { sim = await startGitHubSimulator(); });
afterEach(() => sim.reset());
afterAll(() => sim.close());

const hookBody = (n: number, extra: Record<string, unknown> = {}) =>
  ({ name: 'web', events: ['push'], config: { url: `https://app.example/hooks/${n}`, content_type: 'json', secret: 's3cret-value' }, ...extra });

describe('GitHub simulator: the checker itself', () => {
  it('fails a deliberately wrong body, so the passing checks below mean something', async () => {
    const answer = await checked(sim, 201, 'POST', `${scopes(sim).repo}`, hookBody(1));
    const { id: _id, ...withoutId } = answer.body as Record<string, unknown>;
    expect(undocumented('GET', `${scopes(sim).repo}/1`, { status: 200, body: withoutId })).not.toEqual([]);
    expect(undocumented('GET', `${scopes(sim).repo}/1`, { status: 200, body: { ...(answer.body as object), active: 'yes' } })).not.toEqual([]);
    // A status GitHub neither documents for the operation nor answers everywhere.
    expect(undocumented('DELETE', `${scopes(sim).repo}/1`, { status: 409, body: { message: 'Conflict' } })).not.toEqual([]);
  });
});

for (const scope of ['repo', 'org'] as const) {
  describe(`GitHub simulator: ${scope} hooks, every response as documented`, () => {
    const base = () => scopes(sim)[scope];
    const create = async (n: number, extra?: Record<string, unknown>) => (await checked(sim, 201, 'POST', base(), hookBody(n, extra))).body as Record<string, any>;

    it('creates a hook in the documented shape, with its links on the request origin and its secret masked', async () => {
      const hook = await create(1);
      const type = scope === 'repo' ? 'Repository' : 'Organization';
      expect(hook).toMatchObject({
        type, id: expect.any(Number), name: 'web', active: true, events: ['push'],
        config: { url: 'https://app.example/hooks/1', content_type: 'json', insecure_ssl: '0', secret: '********' },
        url: `${sim.baseUrl}${base()}/${hook.id}`, ping_url: `${sim.baseUrl}${base()}/${hook.id}/pings`,
        deliveries_url: `${sim.baseUrl}${base()}/${hook.id}/deliveries`,
      });
      if (scope === 'repo') expect(hook).toMatchObject({ test_url: `${sim.baseUrl}${base()}/${hook.id}/test`, last_response: { code: null, status: 'unused', message: null } });
      else expect(hook).not.toHaveProperty('last_response');
      expect(sim.webhooks).toEqual([expect.objectContaining({ id: String(hook.id), type, config: expect.objectContaining({ secret: 's3cret-value' }) })]);
    });

    it('defaults events to push, active to true and content_type to form', async () => {
      const body = scope === 'repo' ? { config: { url: 'https://app.example/d' } } : { name: 'web', config: { url: 'https://app.example/d' } };
      const hook = (await checked(sim, 201, 'POST', base(), body)).body as Record<string, any>;
      expect(hook).toMatchObject({ events: ['push'], active: true, config: { content_type: 'form', insecure_ssl: '0' } });
      expect(hook.config).not.toHaveProperty('secret');
    });

    it('gets, updates and deletes; then the hook is a 404', async () => {
      const hook = await create(2);
      await checked(sim, 200, 'GET', `${base()}/${hook.id}`);
      const updated = (await checked(sim, 200, 'PATCH', `${base()}/${hook.id}`, { events: ['issues', 'push'], active: false })).body as Record<string, any>;
      expect(updated).toMatchObject({ events: ['issues', 'push'], active: false, config: { secret: '********' } });
      await checked(sim, 204, 'DELETE', `${base()}/${hook.id}`);
      for (const [method, tail] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['GET', '/config'], ['PATCH', '/config'], ['POST', '/pings'], ['GET', '/deliveries']] as const) {
        await checked(sim, 404, method, `${base()}/${hook.id}${tail}`, method === 'PATCH' ? {} : undefined);
      }
    });

    it('reads and changes only the given config fields; a PATCH of the hook with a config overwrites the secret', async () => {
      const hook = await create(3);
      expect((await checked(sim, 200, 'GET', `${base()}/${hook.id}/config`)).body).toEqual(
        { url: 'https://app.example/hooks/3', content_type: 'json', insecure_ssl: '0', secret: '********' });
      const rotated = await checked(sim, 200, 'PATCH', `${base()}/${hook.id}/config`, { secret: 'rotated-secret' });
      expect(rotated.body).toEqual({ url: 'https://app.example/hooks/3', content_type: 'json', insecure_ssl: '0', secret: '********' });
      expect(sim.webhooks[0]?.config.secret).toBe('rotated-secret');
      await checked(sim, 200, 'PATCH', `${base()}/${hook.id}`, { config: { url: 'https://app.example/moved' } });
      expect(sim.webhooks[0]?.config).toEqual({ url: 'https://app.example/moved', content_type: 'json', insecure_ssl: '0' });
    });

    it('refuses a second hook on the same URL for an overlapping event, as GitHub does', async () => {
      await create(4);
      const duplicate = await checked(sim, 422, 'POST', base(), hookBody(4));
      const where = scope === 'repo' ? 'repository' : 'organization';
      expect(duplicate.body).toMatchObject({
        message: 'Validation Failed', status: '422', documentation_url: expect.stringContaining('docs.github.com'),
        errors: [{ resource: 'Hook', code: 'custom', message: `Hook already exists on this ${where}` }],
      });
      await checked(sim, 422, 'POST', base(), hookBody(4, { events: ['*'] }));
      // The same URL for other events is another hook.
      await checked(sim, 201, 'POST', base(), hookBody(4, { events: ['issues'] }));
      const other = await create(5);
      await checked(sim, 422, 'PATCH', `${base()}/${other.id}/config`, { url: 'https://app.example/hooks/4' });
    });

    it('refuses a missing or invalid config.url, an unknown event and a name other than web', async () => {
      const noUrl = await checked(sim, 422, 'POST', base(), { name: 'web', config: { content_type: 'json', ...(scope === 'repo' ? {} : { url: '' }) } });
      expect(noUrl.body).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Hook', code: 'custom' }] });
      await checked(sim, 422, 'POST', base(), hookBody(6, { config: { url: 'not a url' } }));
      const event = await checked(sim, 422, 'POST', base(), hookBody(6, { events: ['push', 'no_such_event'] }));
      expect(event.body).toMatchObject({ errors: [{ resource: 'Hook', field: 'events', message: expect.stringContaining('no_such_event') }] });
      expect((await checked(sim, 422, 'POST', base(), hookBody(6, { name: 'travis' }))).body).toMatchObject({ errors: [{ field: 'name', code: 'invalid' }] });
      const hook = await create(7);
      await checked(sim, 422, 'PATCH', `${base()}/${hook.id}`, { events: ['no_such_event'] });
      await checked(sim, 422, 'PATCH', `${base()}/${hook.id}/config`, { url: 'ftp://app.example' });
      await checked(sim, 422, 'PATCH', `${base()}/${hook.id}/config`, { content_type: 'xml' });
      expect(sim.webhooks).toHaveLength(1);
    });

    it('refuses undocumented body keys and wrong types with "Invalid request", and broken JSON with a 400', async () => {
      const key = await checked(sim, 422, 'POST', base(), hookBody(8, { colour: 'blue' }));
      expect(key.body).toMatchObject({ message: 'Invalid request.\n\n"colour" is not a permitted key.' });
      await checked(sim, 422, 'POST', base(), hookBody(8, { config: { url: 'https://app.example/8', verify: true } }));
      const type = await checked(sim, 422, 'POST', base(), hookBody(8, { active: 'yes' }));
      expect(type.body).toMatchObject({ message: expect.stringContaining("'properties/active'") });
      await checked(sim, 422, 'POST', base(), hookBody(8, { events: 'push' }));
      expect((await checked(sim, 400, 'POST', base(), '{"name":')).body).toMatchObject({ message: 'Problems parsing JSON' });
      expect((await checked(sim, 400, 'POST', base(), '["web"]')).body).toMatchObject({ message: 'Body should be a JSON object' });
      const hook = await create(9);
      await checked(sim, 422, 'PATCH', `${base()}/${hook.id}/config`, { events: ['push'] });
      await checked(sim, 422, 'PATCH', `${base()}/${hook.id}`, { colour: 'blue' });
      expect(sim.webhooks).toHaveLength(1);
    });

    it('pages lists with per_page and page, and a Link header on the request origin', async () => {
      for (let n = 10; n < 15; n++) await create(n);
      const first = await checked(sim, 200, 'GET', `${base()}?per_page=2`);
      expect((first.body as unknown[]).length).toBe(2);
      expect(first.headers.get('link')).toBe(
        `<${sim.baseUrl}${base()}?per_page=2&page=2>; rel="next", <${sim.baseUrl}${base()}?per_page=2&page=3>; rel="last"`);
      const middle = await checked(sim, 200, 'GET', `${base()}?per_page=2&page=2`);
      expect(middle.headers.get('link')).toBe([
        `<${sim.baseUrl}${base()}?per_page=2&page=1>; rel="prev"`, `<${sim.baseUrl}${base()}?per_page=2&page=3>; rel="next"`,
        `<${sim.baseUrl}${base()}?per_page=2&page=3>; rel="last"`, `<${sim.baseUrl}${base()}?per_page=2&page=1>; rel="first"`,
      ].join(', '));
      const last = await checked(sim, 200, 'GET', `${base()}?per_page=2&page=3`);
      expect((last.body as unknown[]).length).toBe(1);
      expect(last.headers.get('link')).not.toContain('rel="next"');
      const all = await checked(sim, 200, 'GET', base());
      expect((all.body as unknown[]).length).toBe(5);
      expect(all.headers.get('link')).toBeNull();
      expect(((await checked(sim, 200, 'GET', `${base()}?per_page=500`)).body as unknown[]).length).toBe(5);
    });
  });
}

describe('GitHub simulator: PATCH of a repository hook', () => {
  it('add_events and remove_events change the list; an organization hook does not document them', async () => {
    const hook = (await checked(sim, 201, 'POST', scopes(sim).repo, hookBody(20))).body as { id: number };
    const added = await checked(sim, 200, 'PATCH', `${scopes(sim).repo}/${hook.id}`, { add_events: ['issues', 'pull_request'], remove_events: ['push'] });
    expect((added.body as { events: string[] }).events).toEqual(['issues', 'pull_request']);
    const org = (await checked(sim, 201, 'POST', scopes(sim).org, hookBody(21))).body as { id: number };
    await checked(sim, 422, 'PATCH', `${scopes(sim).org}/${org.id}`, { add_events: ['issues'] });
  });

  it('refuses an organization-only event on a repository hook', async () => {
    await checked(sim, 422, 'POST', scopes(sim).repo, hookBody(22, { events: ['organization'] }));
    await checked(sim, 201, 'POST', scopes(sim).org, hookBody(22, { events: ['organization'] }));
  });
});

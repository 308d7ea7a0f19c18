import { describe, expect, it } from 'vitest';
import { queryParameters, requestErrors, responseErrors, templateOf } from './openapi';

// The checker itself must be able to fail, or every test that leans on it proves nothing.
describe("GitHub's OpenAPI description, as the tests read it", () => {
  it('finds the documented template of a concrete path', () => {
    expect(templateOf('/repos/octo/hello/hooks/12/pings')).toBe('/repos/{owner}/{repo}/hooks/{hook_id}/pings');
    expect(templateOf('/orgs/octo/hooks?per_page=2')).toBe('/orgs/{org}/hooks');
    expect(templateOf('/repos/octo/hello/issues')).toBeUndefined();
  });

  it('accepts a documented create body and refuses an undocumented field', () => {
    const body = { name: 'web', active: true, events: ['push'], config: { url: 'https://example.com/hook', content_type: 'json', secret: 's3cret' } };
    expect(requestErrors('POST', '/repos/{owner}/{repo}/hooks', body)).toEqual([]);
    expect(requestErrors('POST', '/repos/{owner}/{repo}/hooks', { ...body, colour: 'blue' })).not.toEqual([]);
  });

  it('accepts a documented hook and refuses one without its required fields', () => {
    const hook = {
      type: 'Repository', id: 1, name: 'web', active: true, events: ['push'],
      config: { url: 'https://example.com/hook', content_type: 'json', insecure_ssl: '0' },
      updated_at: '2026-01-01T00:00:00Z', created_at: '2026-01-01T00:00:00Z',
      url: 'https://api.github.com/repos/o/r/hooks/1', test_url: 'https://api.github.com/repos/o/r/hooks/1/test',
      ping_url: 'https://api.github.com/repos/o/r/hooks/1/pings', deliveries_url: 'https://api.github.com/repos/o/r/hooks/1/deliveries',
      last_response: { code: null, status: 'unused', message: null },
    };
    expect(responseErrors('GET', '/repos/{owner}/{repo}/hooks/{hook_id}', 200, hook)).toEqual([]);
    const { id: _id, ...withoutId } = hook;
    expect(responseErrors('GET', '/repos/{owner}/{repo}/hooks/{hook_id}', 200, withoutId)).not.toEqual([]);
    expect(responseErrors('DELETE', '/repos/{owner}/{repo}/hooks/{hook_id}', 204, undefined)).toEqual([]);
  });

  it('lists the documented query parameters', () => {
    expect(queryParameters('GET', '/repos/{owner}/{repo}/hooks').sort()).toEqual(['page', 'per_page']);
    expect(queryParameters('GET', '/orgs/{org}/hooks/{hook_id}/deliveries').sort()).toEqual(['cursor', 'per_page', 'status']);
  });
});

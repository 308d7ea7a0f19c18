import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWebhookClient, webhookClientFromEnv } from '../../providers/catalogue/clients';
import { github, GITHUB_USER_AGENT } from '../../providers/github';
import { ConfigurationError } from '../../src/errors';
import { api, sent, TOKEN, useGitHubApi } from './support';

useGitHubApi(() => '/api/v3');

const configError = (fn: () => unknown): ConfigurationError => {
  try { fn(); } catch (error) { if (ConfigurationError.isInstance(error)) return error; throw error; }
  throw new Error('expected a ConfigurationError');
};

describe('github() options', () => {
  it('needs a token, naming the option and GITHUB_TOKEN', () => {
    expect(configError(() => github({ token: ' ', repo: 'o/r' })).message).toMatch(/token is missing or empty\. Pass \{ token \} or set GITHUB_TOKEN/);
    expect(configError(() => github(undefined as never)).message).toMatch(/github\(\{ token \}\)/);
  });

  it('needs exactly one of repo and org, naming both variables', () => {
    expect(configError(() => github({ token: TOKEN } as never)).message).toMatch(/pass repo .*GITHUB_REPOSITORY.* or org .*HOOKBRIDGE_GITHUB_ORG/);
    expect(configError(() => github({ token: TOKEN, repo: 'o/r', org: 'o' } as never)).message).toMatch(/either repo or org, not both/);
  });

  it.each(['octocat', 'a/b/c', '/hello', 'octo/', 'octo cat/hello', 'https://github.com/o/r', 'o/..', 'o/r?x', 42])(
    'refuses repo %j: it must be owner/name', (repo) => {
      expect(configError(() => github({ token: TOKEN, repo: repo as string })).message).toMatch(/repo must be "owner\/name" \(like GITHUB_REPOSITORY\)/);
    });

  it.each(['', 'octo org', 'octo/org', '-x'.repeat(30)])('refuses org %j', (org) => {
    expect(configError(() => github({ token: TOKEN, org })).message).toMatch(/org must be an organization login.*HOOKBRIDGE_GITHUB_ORG/);
  });

  it('accepts dotted and underscored repository names', () => {
    expect(github({ token: TOKEN, repo: 'octo-org/my_repo.js' }).id).toBe('github');
  });

  it('baseUrl replaces https://api.github.com whole (GitHub Enterprise Server: https://HOST/api/v3)', async () => {
    api('https://ghe.example.com').get('/api/v3/repos/o/r/hooks').query({ per_page: '20', page: '1' }).reply(200, []);
    await github({ token: TOKEN, repo: 'o/r', baseUrl: 'https://ghe.example.com/api/v3/' }).list();
    expect(sent).toHaveLength(1);
  });

  it('a caller header is added; the credentials cannot be replaced', async () => {
    api('https://ghe.example.com').get('/api/v3/repos/o/r/hooks').query(true).reply(200, []);
    await github({ token: TOKEN, repo: 'o/r', baseUrl: 'https://ghe.example.com/api/v3', headers: { 'X-Trace': '1', Authorization: 'Bearer other' } }).list();
    expect(sent[0]!.headers.get('x-trace')).toBe('1');
    expect(sent[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it("the User-Agent names hookbridge's own version", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(GITHUB_USER_AGENT).toBe(`hookbridge/${version}`);
  });
});

describe('github in the catalogue', () => {
  it("createWebhookClient({ provider: 'github', token, repo })", () => {
    const hooks = createWebhookClient({ provider: 'github', token: TOKEN, repo: 'o/r' });
    expect(hooks.id).toBe('github');
    expect(hooks.capabilities).toMatchObject({ sendTestEvent: true, listDeliveries: true, rotateSecret: 'emulated', maxPageSize: 100, idempotencyKeys: false });
  });

  it('webhookClientFromEnv: HOOKBRIDGE_PROVIDER=github with GITHUB_TOKEN and GITHUB_REPOSITORY, HOOKBRIDGE_BASE_URL applied', async () => {
    api('https://ghe.example.com').get('/api/v3/repos/octo/hello/hooks').query(true).reply(200, []);
    const hooks = webhookClientFromEnv({
      HOOKBRIDGE_PROVIDER: 'github', GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'octo/hello', HOOKBRIDGE_BASE_URL: 'https://ghe.example.com/api/v3',
    });
    await hooks.list();
    expect(sent).toHaveLength(1);
  });

  it('webhookClientFromEnv: HOOKBRIDGE_GITHUB_ORG wins over the GITHUB_REPOSITORY every Actions job has', async () => {
    api('https://ghe.example.com').get('/api/v3/orgs/octo-org/hooks').query(true).reply(200, []);
    const hooks = webhookClientFromEnv({
      HOOKBRIDGE_PROVIDER: 'github', GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'octo/hello', HOOKBRIDGE_GITHUB_ORG: 'octo-org',
      HOOKBRIDGE_BASE_URL: 'https://ghe.example.com/api/v3',
    });
    await hooks.list();
    expect(sent).toHaveLength(1);
  });

  it('webhookClientFromEnv: without a repository or org the error names both variables', () => {
    expect(configError(() => webhookClientFromEnv({ HOOKBRIDGE_PROVIDER: 'github', GITHUB_TOKEN: TOKEN })).message)
      .toMatch(/GITHUB_REPOSITORY.*HOOKBRIDGE_GITHUB_ORG/);
    expect(configError(() => webhookClientFromEnv({ HOOKBRIDGE_PROVIDER: 'github', GITHUB_REPOSITORY: 'o/r' })).message).toMatch(/GITHUB_TOKEN/);
  });

  // GitHub Actions sets GITHUB_TOKEN and GITHUB_REPOSITORY in every job.
  const actions = { GITHUB_TOKEN: 'ghs_actionsJobToken0000000000000000000', GITHUB_REPOSITORY: 'octo/hello', GITHUB_ACTIONS: 'true' };

  it('in a GitHub Actions job, the one other provider whose key is set is still picked', () => {
    expect(webhookClientFromEnv({ ...actions, SENT_DM_API_KEY: 'k-123456' }).id).toBe('sentdm');
    expect(webhookClientFromEnv({ ...actions, DIALNEXA_API_KEY: 'k-123456' }).id).toBe('dialnexa');
    expect(() => webhookClientFromEnv({ ...actions, SENT_DM_API_KEY: 'a', DIALNEXA_API_KEY: 'b' })).toThrow(/keys for dialnexa and sentdm are both set/);
  });

  it('github is picked by GITHUB_TOKEN alone when no other provider has a key', () => {
    expect(webhookClientFromEnv(actions).id).toBe('github');
  });
});

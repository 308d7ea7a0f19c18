/** Shared pieces for the GitHub adapter tests: clients, nock scopes that record and check every request, wire objects. */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { github, type GitHubOptions } from '../../providers/github';
import { example, queryParameters, requestErrors, templateOf } from './openapi';

export const ORIGIN = 'https://api.github.com';
/** A token in the shape of a classic personal access token. */
export const TOKEN = 'ghp_R2d2C3poLuke5kyw4lkerHanS0lo1977xx';
export const REPO = 'octo/hello';
export const ORG = 'octo-org';

type Extra = Partial<Omit<GitHubOptions, 'repo' | 'org'>>;

/** A repository client whose retries never wait for real. */
export function repoClient(options: Extra = {}) {
  return github({ token: TOKEN, repo: REPO, retry: { sleep: async () => {} }, ...options });
}

/** An organization client whose retries never wait for real. */
export function orgClient(options: Extra = {}) {
  return github({ token: TOKEN, org: ORG, retry: { sleep: async () => {} }, ...options });
}

/** One request the adapter sent, as nock saw it. */
export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Headers;
}

/** Every request sent in the running test. */
export const sent: SentRequest[] = [];

/** A nock scope on `origin` whose requests are recorded for the documentation check. */
export function api(origin = ORIGIN): nock.Scope {
  const scope = nock(origin);
  scope.on('request', (request: Request, _interceptor: unknown, body: string) => {
    const url = new URL(request.url);
    sent.push({
      method: request.method, path: url.pathname, query: Object.fromEntries(url.searchParams),
      body: body === '' || body === undefined ? undefined : JSON.parse(body), headers: request.headers,
    });
  });
  return scope;
}

/** Why a request is not one GitHub documents (empty when it is): path, body, query names, headers. */
export function problemsOf(request: SentRequest, apiPrefix = ''): string[] {
  const path = request.path.slice(apiPrefix.length);
  const template = templateOf(path);
  if (!template) return [`${request.method} ${path}: GitHub documents no such path`];
  const problems = requestErrors(request.method, template, request.body).map((e) => `${request.method} ${template} body: ${e.instancePath} ${e.message}`);
  const documented = queryParameters(request.method, template);
  for (const name of Object.keys(request.query)) if (!documented.includes(name)) problems.push(`${request.method} ${template}: undocumented query parameter ${name}`);
  const { headers } = request;
  if (headers.get('authorization') !== `Bearer ${TOKEN}`) problems.push('authorization is not Bearer <token>');
  if (headers.get('accept') !== 'application/vnd.github+json') problems.push(`accept is ${headers.get('accept')}`);
  if (headers.get('x-github-api-version') !== '2022-11-28') problems.push('no X-GitHub-Api-Version: 2022-11-28');
  if (!/^hookbridge\/\d+\.\d+\.\d+/.test(headers.get('user-agent') ?? '')) problems.push(`user-agent is ${headers.get('user-agent')}`);
  return problems;
}

/**
 * nock for the file: no real network, and after each test every request sent must be one GitHub
 * documents (`apiPrefix`: the part of the path a GitHub Enterprise base URL adds).
 */
export function useGitHubApi(apiPrefix = () => ''): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    const requests = sent.splice(0);
    nock.cleanAll();
    expect(requests.flatMap((request) => problemsOf(request, apiPrefix()))).toEqual([]);
  });
  afterAll(() => nock.enableNetConnect());
}

/** A repository hook as GitHub's description shows it, with `id` and anything else replaced. */
export function wireHook(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...example<Record<string, unknown>>('hook'), id, ...overrides };
}

/** An organization hook as GitHub's description shows it. */
export function wireOrgHook(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...example<Record<string, unknown>>('org-hook'), id, ...overrides };
}

/** A `Link` header with the given relations, as GitHub writes it. */
export function link(relations: Record<string, string>): string {
  return Object.entries(relations).map(([rel, url]) => `<${url}>; rel="${rel}"`).join(', ');
}

/**
 * The GitHub simulator's front door: the hook endpoints of both scopes, `Authorization`, the
 * owner, repository and organization the simulator serves, `X-GitHub-Api-Version`, and the query
 * parameters each endpoint documents.
 * @module
 */
import { findRoute, type Route, type SimRequest, type SimResponse } from '../../../src/testing/kit';
import type { GitHubCall, GitHubContext } from './call';
import { getDelivery, listDeliveries, pingEndpoint, redeliver, testEndpoint } from './delivery-handlers';
import { gitHubError, notFound } from './errors';
import { createHook, deleteHook, getHook, getHookConfig, listHooks, updateHook, updateHookConfig } from './hook-handlers';
import type { GitHubHookType } from './store';

type Run = (call: GitHubCall, hookId: string, deliveryId: string) => SimResponse | Promise<SimResponse>;

/** One documented operation: its handler, its page in the docs (a slug per scope), its query parameters. */
interface Operation {
  method: string;
  /** The path after `/hooks`, as a pattern; its groups are the hook and delivery ids. */
  tail: string;
  run: Run;
  docs: { repo: string; org?: string };
  query?: readonly string[];
  /** It documents a request body. */
  takesBody?: boolean;
  /** Only repository hooks have it (`/tests`). */
  repoOnly?: boolean;
}

const HOOK = '/(\\d+)';
const DELIVERY = `${HOOK}/deliveries/(\\d+)`;

const OPERATIONS: readonly Operation[] = [
  { method: 'GET', tail: '', run: (call) => listHooks(call), docs: { repo: 'list-repository-webhooks', org: 'list-organization-webhooks' }, query: ['per_page', 'page'] },
  { method: 'POST', tail: '', run: (call) => createHook(call), takesBody: true, docs: { repo: 'create-a-repository-webhook', org: 'create-an-organization-webhook' } },
  { method: 'GET', tail: HOOK, run: getHook, docs: { repo: 'get-a-repository-webhook', org: 'get-an-organization-webhook' } },
  { method: 'PATCH', tail: HOOK, run: updateHook, takesBody: true, docs: { repo: 'update-a-repository-webhook', org: 'update-an-organization-webhook' } },
  { method: 'DELETE', tail: HOOK, run: deleteHook, docs: { repo: 'delete-a-repository-webhook', org: 'delete-an-organization-webhook' } },
  { method: 'GET', tail: `${HOOK}/config`, run: getHookConfig, docs: { repo: 'get-a-webhook-configuration-for-a-repository', org: 'get-a-webhook-configuration-for-an-organization' } },
  { method: 'PATCH', tail: `${HOOK}/config`, run: updateHookConfig, takesBody: true, docs: { repo: 'update-a-webhook-configuration-for-a-repository', org: 'update-a-webhook-configuration-for-an-organization' } },
  {
    method: 'GET', tail: `${HOOK}/deliveries`, run: listDeliveries, query: ['per_page', 'cursor', 'status'],
    docs: { repo: 'list-deliveries-for-a-repository-webhook', org: 'list-deliveries-for-an-organization-webhook' },
  },
  { method: 'GET', tail: DELIVERY, run: getDelivery, docs: { repo: 'get-a-delivery-for-a-repository-webhook', org: 'get-a-webhook-delivery-for-an-organization-webhook' } },
  { method: 'POST', tail: `${DELIVERY}/attempts`, run: redeliver, docs: { repo: 'redeliver-a-delivery-for-a-repository-webhook', org: 'redeliver-a-delivery-for-an-organization-webhook' } },
  { method: 'POST', tail: `${HOOK}/pings`, run: pingEndpoint, docs: { repo: 'ping-a-repository-webhook', org: 'ping-an-organization-webhook' } },
  { method: 'POST', tail: `${HOOK}/tests`, run: testEndpoint, docs: { repo: 'test-the-push-repository-webhook' }, repoOnly: true },
];

/** A route of one scope: the operation, and which scope the path's first groups name. */
interface ScopedOperation {
  operation: Operation;
  type: GitHubHookType;
  docs: string;
}

const SCOPES = [
  { type: 'Repository', prefix: '/repos/([^/]+)/([^/]+)/hooks', docs: 'https://docs.github.com/rest/repos/webhooks#' },
  { type: 'Organization', prefix: '/orgs/([^/]+)/hooks', docs: 'https://docs.github.com/rest/orgs/webhooks#' },
] as const;

const ROUTES: readonly Route<ScopedOperation>[] = SCOPES.flatMap((scope) =>
  OPERATIONS.filter((operation) => scope.type === 'Repository' || !operation.repoOnly).map((operation) => ({
    method: operation.method,
    path: new RegExp(`^${scope.prefix}${operation.tail}$`),
    handler: { operation, type: scope.type, docs: scope.docs + (scope.type === 'Repository' ? operation.docs.repo : operation.docs.org!) },
  })));

// GitHub answers a path or method it does not serve with the same 404.
const MISSES = { notFound: () => notFound(), methodNotAllowed: () => notFound() };

const SUPPORTED_API_VERSIONS = ['2022-11-28'];

function tokenOf(authorization: string | undefined): string | undefined {
  return authorization && /^(?:bearer|token)\s+(\S+)\s*$/i.exec(authorization)?.[1];
}

function decoded(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return segment ?? '';
  }
}

// Owner, repository and organization names are case-insensitive at GitHub.
const same = (a: string | undefined, b: string) => decoded(a).toLowerCase() === b.toLowerCase();

function servesScope(ctx: GitHubContext, type: GitHubHookType, names: string[]): boolean {
  const { identity } = ctx;
  return type === 'Repository' ? same(names[0], identity.owner) && same(names[1], identity.repoName) : same(names[0], identity.org);
}

function refusedParameters(request: SimRequest, operation: Operation, docs: string): SimResponse | undefined {
  const unknown = [...request.searchParams.keys()].find((name) => !(operation.query ?? []).includes(name));
  if (unknown !== undefined) return gitHubError(400, `Unknown query parameter: ${unknown}`, docs);
  // Only endpoints with a documented body take one; an empty object is as good as none.
  const body = request.body.trim();
  if (!operation.takesBody && body !== '' && body !== '{}') return gitHubError(400, 'This endpoint takes no request body', docs);
  return undefined;
}

/** Answers one request the way GitHub's REST API does for the hook endpoints. */
export async function handleGitHub(request: SimRequest, ctx: GitHubContext): Promise<SimResponse> {
  // A blank header is no credentials at all.
  const authorization = request.headers.authorization?.trim() || undefined;
  // A wrong token is refused whatever the path; without one, only the hook endpoints need one.
  if (authorization !== undefined && tokenOf(authorization) !== ctx.token) return gitHubError(401, 'Bad credentials');
  const route = findRoute(ROUTES, request, MISSES);
  if (!route.found) return route.response;
  if (authorization === undefined) return gitHubError(401, 'Requires authentication', route.handler.docs);
  const { operation, type, docs } = route.handler;
  const names = type === 'Repository' ? route.params.slice(0, 2) : route.params.slice(0, 1);
  if (!servesScope(ctx, type, names)) return notFound(docs);
  const version = request.headers['x-github-api-version'];
  if (version !== undefined && !SUPPORTED_API_VERSIONS.includes(version)) {
    return gitHubError(400, `API version ${version} is not supported.`, 'https://docs.github.com/rest/about-the-rest-api/api-versions');
  }
  const refused = refusedParameters(request, operation, docs);
  if (refused) return refused;
  const [hookId = '', deliveryId = ''] = route.params.slice(names.length);
  // Links are built on the origin the client called (its Host header), as GitHub's are on api.github.com.
  const url = URL.parse(`${request.path}${request.query ? `?${request.query}` : ''}`, `http://${request.headers.host ?? ''}`);
  if (!url) return gitHubError(400, 'Bad Request', docs);
  const { identity } = ctx;
  const scopePath = type === 'Repository' ? `/repos/${identity.owner}/${identity.repoName}/hooks` : `/orgs/${identity.org}/hooks`;
  return operation.run({ request, ctx, type, docs, url, hooksUrl: `${url.origin}${scopePath}` }, hookId, deliveryId);
}

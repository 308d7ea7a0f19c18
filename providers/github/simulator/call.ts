/**
 * One authenticated request to a hook endpoint of the GitHub simulator, in the scope (repository
 * or organization) its path named, and the body and paging checks every handler shares.
 * @module
 */
import { parseJsonBody, type SimRequest, type SimResponse } from '../../../src/testing/kit';
import { isRecord } from '../../../src/untrusted-json';
import { bodySchemaProblem, type HookBody } from './body-schema';
import type { GitHubDeliveryContext } from './deliver';
import { invalidRequest, notAnObject, notFound, problemsParsingJson } from './errors';
import type { CheckedBody } from './hook-rules';
import type { GitHubIdentity } from './payloads';
import type { GitHubHookRecord, GitHubHookType, GitHubStore } from './store';

/** The simulator's state, as handlers see it. */
export interface GitHubContext {
  token: string;
  identity: GitHubIdentity;
  store: GitHubStore;
  delivery: GitHubDeliveryContext;
  /** Send a `ping` to every new hook, as GitHub does. */
  pingOnCreate: boolean;
}

/** A request that passed authentication, addressed to the hooks of one scope. */
export interface GitHubCall {
  request: SimRequest;
  ctx: GitHubContext;
  type: GitHubHookType;
  /** The request's URL on its own origin (what `Link` headers extend). */
  url: URL;
  /** The absolute URL of the scope's hook collection, on the request's origin (hooks' own links extend it). */
  hooksUrl: string;
  /** The endpoint's page in GitHub's REST docs, for `documentation_url`. */
  docs: string;
}

/** A check's outcome: the value, or the response that refuses the request. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; response: SimResponse };

/** The 404 for this endpoint. */
export const missing = (call: GitHubCall): SimResponse => notFound(call.docs);

/** The hook the path names, in the call's scope. */
export function hookOf(call: GitHubCall, hookId: string): Outcome<GitHubHookRecord> {
  const hook = call.ctx.store.get(call.type, hookId);
  return hook ? { ok: true, value: hook } : { ok: false, response: missing(call) };
}

/** The request's JSON body checked against the endpoint's documented schema. */
export function checkedBody(call: GitHubCall, endpoint: HookBody): Outcome<CheckedBody> {
  const parsed = parseJsonBody(call.request.body, () => problemsParsingJson(call.docs));
  if (!parsed.ok) return parsed;
  // `POST /repos/.../hooks` documents its body as nullable: `null` is an empty body there.
  const body = parsed.value === null && endpoint === 'createRepoHook' ? {} : parsed.value;
  if (!isRecord(body)) return { ok: false, response: notAnObject(call.docs) };
  const problem = bodySchemaProblem(endpoint, body);
  return problem ? { ok: false, response: invalidRequest(call.docs, problem) } : { ok: true, value: body as CheckedBody };
}

function integerParam(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d+$/.test(raw.trim())) return fallback;
  return Number(raw);
}

/**
 * `per_page` (default 30, at most 100) and `page` (from 1). GitHub is lenient here: a value it
 * cannot read falls back to the default, and a `per_page` above 100 counts as 100.
 */
export function paging(call: GitHubCall): { page: number; perPage: number } {
  const perPage = integerParam(call.request.searchParams.get('per_page'), 30);
  const page = integerParam(call.request.searchParams.get('page'), 1);
  return { perPage: perPage < 1 ? 30 : Math.min(perPage, 100), page: Math.max(1, page) };
}

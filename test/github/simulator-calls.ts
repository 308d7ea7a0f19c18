// Calls to the GitHub simulator over plain fetch, each response held to GitHub's OpenAPI
// description: a status the operation documents must match that status's schema; the few
// answers GitHub gives on every endpoint without documenting them per operation must match
// GitHub's error schemas.
import { expect } from 'vitest';
import type { GitHubSimulator } from '../../providers/github/simulator';
import { documentedStatuses, responseErrors, schemaErrors, templateOf } from './openapi';

/** A response as the tests read it. */
export interface SimAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Statuses GitHub answers on any endpoint, whether or not the operation lists them: a body that
 * is not JSON or a parameter nobody documents (400), authentication (401), rate limits (403,
 * 429), a hook or scope that is not there (404; the config and delivery endpoints list no 404),
 * and rule violations (422) — each in GitHub's documented error shapes.
 */
const GLOBAL_STATUSES: Record<number, string> = { 400: 'basic-error', 401: 'basic-error', 403: 'basic-error', 404: 'basic-error', 429: 'basic-error', 422: 'validation-error' };

function templateServes(method: string, template: string): boolean {
  try {
    return documentedStatuses(method, template).length > 0;
  } catch {
    return false;
  }
}

/** Why `answer` is not what GitHub documents for `method path` (empty when it is). */
export function undocumented(method: string, path: string, answer: Pick<SimAnswer, 'status' | 'body'>): unknown[] {
  const template = templateOf(path);
  // A path GitHub does not serve can only be a 404 (or a 401 for a wrong token).
  if (!template && answer.status !== 404 && answer.status !== 401) return [`GitHub documents no ${path}`];
  const documented = template && templateServes(method, template) ? documentedStatuses(method, template) : [];
  if (template && documented.includes(answer.status)) return responseErrors(method, template, answer.status, answer.body);
  const schema = GLOBAL_STATUSES[answer.status];
  if (!schema) return [`${answer.status} is neither documented for ${method} ${template ?? path} nor one GitHub answers everywhere`];
  const body = answer.body as { message?: unknown; status?: unknown } | undefined;
  const shape = typeof body?.message === 'string' && body.status === String(answer.status) ? [] : ['no message or status in the error body'];
  return [...schemaErrors(schema, answer.body), ...shape];
}

/** Sends one request (authenticated unless `headers` says otherwise) and reads the answer. */
export async function send(sim: GitHubSimulator, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<SimAnswer> {
  const response = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** `send`, then asserts the answer has `status` and is what GitHub documents. */
export async function checked(sim: GitHubSimulator, status: number, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<SimAnswer> {
  const answer = await send(sim, method, path, body, headers);
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
  expect(undocumented(method, path, answer), `${method} ${path} -> ${answer.status}`).toEqual([]);
  return answer;
}

/** The paths of the simulator's two scopes. */
export function scopes(sim: GitHubSimulator) {
  return { repo: `/repos/${sim.repo}/hooks`, org: `/orgs/${sim.org}/hooks` };
}

/**
 * Outbound deliveries from the GitHub simulator: the payload itself as the body (JSON, or
 * `payload=<JSON>` form-encoded for a `form` hook), `X-Hub-Signature-256` when the hook has a
 * secret, `X-GitHub-Event`, `X-GitHub-Delivery`, `X-GitHub-Hook-ID` and the installation target
 * headers; each attempt kept in the hook's delivery log and reflected in its `last_response`.
 * @module
 */
import { deliveryTargets, type DeliveryAttempt, type DeliveryLog, type DeliveryTargeting } from '../../../src/testing/kit';
import { GITHUB_DELIVERY_HEADER, GITHUB_EVENT_HEADER, GITHUB_HOOK_ID_HEADER } from '../inbound-event';
import { GITHUB_DELIVERY_USER_AGENT, signGitHubWebhook } from '../signing-scheme';
import { GITHUB_HOOK_EVENTS, hookReceives } from './hook-events';
import type { GitHubIdentity } from './payloads';
import { gitHubTime, type GitHubHookRecord, type GitHubHookType, type GitHubStore } from './store';

/** Options for the GitHub simulator's `deliver`. */
export interface GitHubDeliverOptions extends DeliveryTargeting {
  /** Only the repository's hooks, or only the organization's (default: both, as for a repository of the organization). */
  scope?: 'repository' | 'organization';
}

/** What deliveries need from the simulator. */
export interface GitHubDeliveryContext {
  store: GitHubStore;
  /** Sends each delivery and records the attempt. */
  log: DeliveryLog;
  identity: GitHubIdentity;
  timeoutMs: number;
}

/** One event on its way to one hook. */
export interface OutgoingEvent {
  /** `X-GitHub-Event`. */
  event: string;
  payload: Record<string, unknown>;
  /** `X-GitHub-Delivery`: one per event, kept by redeliveries. */
  guid: string;
  redelivery: boolean;
}

async function headersFor(hook: GitHubHookRecord, outgoing: OutgoingEvent, body: string, ctx: GitHubDeliveryContext): Promise<Record<string, string>> {
  const secret = hook.config.secret;
  const base = secret
    ? await signGitHubWebhook({ body, secret, event: outgoing.event, delivery: outgoing.guid })
    : { 'user-agent': GITHUB_DELIVERY_USER_AGENT, [GITHUB_EVENT_HEADER]: outgoing.event, [GITHUB_DELIVERY_HEADER]: outgoing.guid };
  const repository = hook.type === 'Repository';
  return {
    ...base,
    'content-type': hook.config.content_type === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    [GITHUB_HOOK_ID_HEADER]: hook.id,
    'x-github-hook-installation-target-id': String(repository ? ctx.identity.repositoryId : ctx.identity.organizationId),
    'x-github-hook-installation-target-type': repository ? 'repository' : 'organization',
  };
}

function outcome(attempt: DeliveryAttempt): string {
  if (attempt.ok) return 'OK';
  return attempt.status === undefined ? (attempt.error ?? 'failed to connect to host') : `Invalid HTTP Response: ${attempt.status}`;
}

/** Sends `outgoing` to `hook` (active or not: pings and tests go regardless), and logs it under the hook. */
export async function deliverToHook(ctx: GitHubDeliveryContext, hook: GitHubHookRecord, outgoing: OutgoingEvent): Promise<DeliveryAttempt> {
  const json = JSON.stringify(outgoing.payload);
  const body = hook.config.content_type === 'form' ? `payload=${encodeURIComponent(json)}` : json;
  const headers = await headersFor(hook, outgoing, body, ctx);
  const id = ctx.store.nextDeliveryId();
  const action = typeof outgoing.payload.action === 'string' ? outgoing.payload.action : null;
  const attempt = await ctx.log.send({
    id: String(id), webhookId: hook.id, event: outgoing.event, type: action ? `${outgoing.event}.${action}` : outgoing.event,
    url: hook.config.url, body, headers, timeoutMs: ctx.timeoutMs,
  });
  const status = outcome(attempt);
  const repositoryId = hook.type === 'Repository' ? ctx.identity.repositoryId : (outgoing.payload.repository as { id?: unknown } | undefined)?.id;
  ctx.store.logDelivery({
    id, hookId: hook.id, guid: outgoing.guid, delivered_at: gitHubTime(attempt.startedAt), redelivery: outgoing.redelivery,
    duration: Math.round(attempt.durationMs) / 1000, status, status_code: attempt.status ?? 0, event: outgoing.event, action,
    repository_id: typeof repositoryId === 'number' ? repositoryId : null, url: hook.config.url,
    request: { headers, payload: structuredClone(outgoing.payload) },
    response: { headers: {}, payload: attempt.responseBody ?? null },
  });
  ctx.store.update(hook.id, {
    last_response: attempt.ok ? { code: attempt.status ?? 200, status: 'active', message: 'OK' } : { code: attempt.status ?? null, status: 'failed', message: status },
  });
  return attempt;
}

const SCOPES: Record<NonNullable<GitHubDeliverOptions['scope']>, GitHubHookType> = { repository: 'Repository', organization: 'Organization' };

/**
 * Delivers `event` to every active hook subscribed to it (`*` subscribes to all), repository
 * hooks first. `event` is an `X-GitHub-Event` name (`issues`), or one with its action
 * (`issues.opened`), which puts `action` into the payload unless it has one. Throws a TypeError
 * for an event no hook can subscribe to (a typo in the test, not a delivery).
 */
export async function deliverGitHub(
  ctx: GitHubDeliveryContext, name: string, payload: unknown, options: GitHubDeliverOptions = {},
): Promise<DeliveryAttempt[]> {
  const [event = '', action] = name.split('.', 2);
  if (event === '*' || (event !== 'ping' && !GITHUB_HOOK_EVENTS.includes(event))) {
    throw new TypeError(`deliver(): "${event}" is not an event GitHub hooks receive (push, issues, pull_request, ... or ping; see GITHUB_EVENTS)`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new TypeError('deliver(): a GitHub payload is a JSON object');
  }
  const body = action !== undefined && !('action' in payload) ? { action, ...payload } : { ...payload };
  const hooks = ctx.store.list(options.scope && SCOPES[options.scope]);
  const ordered = [...hooks.filter((hook) => hook.type === 'Repository'), ...hooks.filter((hook) => hook.type === 'Organization')];
  const targets = deliveryTargets(ordered, { isActive: (hook) => hook.active, subscribes: (hook) => hookReceives(hook.events, event) }, options);
  const guid = crypto.randomUUID();
  return Promise.all(targets.map((hook) => deliverToHook(ctx, hook, { event, payload: body, guid, redelivery: false })));
}

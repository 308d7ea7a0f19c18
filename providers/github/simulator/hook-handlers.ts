/**
 * The hook resource of both scopes: list, create, get, update, delete, and the `config`
 * sub-resource.
 * @module
 */
import type { SimResponse } from '../../../src/testing/kit';
import { checkedBody, hookOf, paging, type GitHubCall, type Outcome } from './call';
import { pingHook } from './delivery-handlers';
import { validationFailed } from './errors';
import { changedConfig, changedHook, duplicateError, newHook } from './hook-rules';
import { pageLinks } from './link-header';
import type { GitHubHookRecord } from './store';
import { toConfigWire, toHookWire } from './wire';

const json = (status: number, body: unknown, headers?: Record<string, string>): SimResponse => ({ status, body, ...(headers ? { headers } : {}) });

function others(call: GitHubCall, exceptId?: string): GitHubHookRecord[] {
  return call.ctx.store.list(call.type).filter((hook) => hook.id !== exceptId);
}

/** `GET .../hooks?per_page&page`: the scope's hooks in creation order, with a `Link` header. */
export function listHooks(call: GitHubCall): SimResponse {
  const { page, perPage } = paging(call);
  const all = call.ctx.store.list(call.type);
  const items = all.slice((page - 1) * perPage, page * perPage).map((hook) => toHookWire(hook, call.hooksUrl));
  const link = pageLinks(call.url, page, perPage, all.length);
  return json(200, items, link ? { link } : undefined);
}

/** `POST .../hooks`: 201 with the hook; a URL another hook has for an overlapping event is a 422. */
export async function createHook(call: GitHubCall): Promise<SimResponse> {
  const body = checkedBody(call, call.type === 'Repository' ? 'createRepoHook' : 'createOrgHook');
  if (!body.ok) return body.response;
  const fields = newHook(call.type, body.value);
  if (!fields.ok) return validationFailed(call.docs, fields.errors);
  const duplicate = duplicateError(others(call), fields.value);
  if (duplicate) return validationFailed(call.docs, duplicate);
  const created = call.ctx.store.create(fields.value);
  if (call.ctx.pingOnCreate) await pingHook(call, created);
  return json(201, toHookWire(call.ctx.store.get(call.type, created.id) ?? created, call.hooksUrl));
}

/** `GET .../hooks/{hook_id}`. */
export function getHook(call: GitHubCall, hookId: string): SimResponse {
  const hook = hookOf(call, hookId);
  return hook.ok ? json(200, toHookWire(hook.value, call.hooksUrl)) : hook.response;
}

// Stores a change unless it makes the hook a duplicate of another.
function save(call: GitHubCall, hook: GitHubHookRecord, change: Partial<GitHubHookRecord>): Outcome<GitHubHookRecord> {
  const duplicate = duplicateError(others(call, hook.id), { ...hook, ...change });
  if (duplicate) return { ok: false, response: validationFailed(call.docs, duplicate) };
  return { ok: true, value: call.ctx.store.update(hook.id, change) ?? hook };
}

/** `PATCH .../hooks/{hook_id}`: events (with add/remove on repository hooks), active, config. */
export function updateHook(call: GitHubCall, hookId: string): SimResponse {
  const body = checkedBody(call, call.type === 'Repository' ? 'updateRepoHook' : 'updateOrgHook');
  if (!body.ok) return body.response;
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  const change = changedHook(hook.value, body.value);
  if (!change.ok) return validationFailed(call.docs, change.errors);
  const saved = save(call, hook.value, change.value);
  return saved.ok ? json(200, toHookWire(saved.value, call.hooksUrl)) : saved.response;
}

/** `DELETE .../hooks/{hook_id}`: 204 without a body. */
export function deleteHook(call: GitHubCall, hookId: string): SimResponse {
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  call.ctx.store.delete(call.type, hookId);
  return { status: 204 };
}

/** `GET .../hooks/{hook_id}/config`: the secret masked. */
export function getHookConfig(call: GitHubCall, hookId: string): SimResponse {
  const hook = hookOf(call, hookId);
  return hook.ok ? json(200, toConfigWire(hook.value.config)) : hook.response;
}

/** `PATCH .../hooks/{hook_id}/config`: only the fields given change (how a secret is rotated). */
export function updateHookConfig(call: GitHubCall, hookId: string): SimResponse {
  const body = checkedBody(call, 'updateConfig');
  if (!body.ok) return body.response;
  const hook = hookOf(call, hookId);
  if (!hook.ok) return hook.response;
  const config = changedConfig(hook.value.config, body.value);
  if (!config.ok) return validationFailed(call.docs, config.errors);
  const saved = save(call, hook.value, { config: config.value });
  return saved.ok ? json(200, toConfigWire(saved.value.config)) : saved.response;
}

/**
 * GitHub's rules for a hook, past the schema: `name` is `web`, `config.url` is an http(s) URL,
 * `content_type` is `json` or `form`, `insecure_ssl` is 0 or 1, every event is one a hook can
 * subscribe to, and no two hooks of a scope share a URL for overlapping events. A broken rule is a
 * 422 `Validation Failed` with `errors`.
 * @module
 */
import type { GitHubFieldError } from './errors';
import { isHookEvent } from './hook-events';
import type { GitHubHookConfig, GitHubHookRecord, GitHubHookType } from './store';

/** A value that keeps the rules, or the `errors` of the 422. */
export type Ruled<T> = { ok: true; value: T } | { ok: false; errors: GitHubFieldError[] };

/** A body that passed the schema check (`body-schema.ts`): keys and types are as documented. */
export type CheckedBody = Record<string, unknown> & {
  name?: string;
  config?: Record<string, unknown>;
  events?: string[];
  add_events?: string[];
  remove_events?: string[];
  active?: boolean;
};

const hookError = (code: GitHubFieldError['code'], field: string, message?: string): GitHubFieldError =>
  ({ resource: 'Hook', code, field, ...(message ? { message } : {}) });

function urlErrors(url: unknown): GitHubFieldError[] {
  if (url === undefined || url === '') return [{ resource: 'Hook', code: 'custom', message: 'Config must contain URL for webhooks' }];
  try {
    const parsed = new URL(String(url));
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return [];
  } catch {
    // Falls through to the same answer as a non-http scheme.
  }
  return [hookError('custom', 'url', 'url is not a valid URL')];
}

function configErrors(config: Partial<GitHubHookConfig>): GitHubFieldError[] {
  const errors = urlErrors(config.url);
  if (config.content_type !== undefined && !['json', 'form'].includes(config.content_type)) errors.push(hookError('invalid', 'content_type'));
  if (config.insecure_ssl !== undefined && !['0', '1'].includes(config.insecure_ssl)) errors.push(hookError('invalid', 'insecure_ssl'));
  return errors;
}

function eventErrors(type: GitHubHookType, ...lists: (string[] | undefined)[]): GitHubFieldError[] {
  const unknown = lists.flatMap((list) => list ?? []).filter((name) => !isHookEvent(name, type));
  return [...new Set(unknown)].map((name) => hookError('custom', 'events', `${name} is not a valid event name`));
}

/** The config fields a body gives, in stored form (`insecure_ssl` as a string, an empty secret as none). */
function configFields(given: Record<string, unknown>): Partial<GitHubHookConfig> {
  const fields: Partial<GitHubHookConfig> = {};
  if (typeof given.url === 'string') fields.url = given.url;
  if (typeof given.content_type === 'string') fields.content_type = given.content_type;
  if (given.insecure_ssl !== undefined) fields.insecure_ssl = String(given.insecure_ssl);
  if (typeof given.secret === 'string' && given.secret !== '') fields.secret = given.secret;
  return fields;
}

const unique = (events: readonly string[]): string[] => [...new Set(events)];

/** `POST .../hooks`: GitHub's defaults are `events: ['push']`, `active: true`, `content_type: form`. */
export function newHook(type: GitHubHookType, body: CheckedBody): Ruled<Pick<GitHubHookRecord, 'type' | 'active' | 'events' | 'config'>> {
  const config = { content_type: 'form', insecure_ssl: '0', ...configFields(body.config ?? {}) };
  const errors = [
    ...(body.name !== undefined && body.name !== 'web' ? [hookError('invalid', 'name')] : []),
    ...configErrors(config),
    ...eventErrors(type, body.events),
  ];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { type, active: body.active ?? true, events: unique(body.events ?? ['push']), config: config as GitHubHookConfig } };
}

/**
 * `PATCH .../hooks/{id}`: `events` replaces the list, then `add_events` and `remove_events` apply.
 * A `config` keeps the fields it leaves out except the secret, which it overwrites: one it does
 * not repeat is removed, as GitHub documents.
 */
export function changedHook(existing: GitHubHookRecord, body: CheckedBody): Ruled<Partial<GitHubHookRecord>> {
  const change: Partial<GitHubHookRecord> = {};
  const errors = [
    ...(body.name !== undefined && body.name !== 'web' ? [hookError('invalid', 'name')] : []),
    ...eventErrors(existing.type, body.events, body.add_events, body.remove_events),
  ];
  if (body.config) {
    const { secret: _kept, ...rest } = existing.config;
    change.config = { ...rest, ...configFields(body.config) };
    errors.push(...configErrors(change.config));
  }
  if (body.events || body.add_events || body.remove_events) {
    const removed = new Set(body.remove_events ?? []);
    change.events = unique([...(body.events ?? existing.events), ...(body.add_events ?? [])]).filter((name) => !removed.has(name));
  }
  if (body.active !== undefined) change.active = body.active;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: change };
}

/** `PATCH .../hooks/{id}/config`: only the fields given change; an empty `secret` removes it. */
export function changedConfig(existing: GitHubHookConfig, body: Record<string, unknown>): Ruled<GitHubHookConfig> {
  const config: GitHubHookConfig = { ...existing, ...configFields(body) };
  if (body.secret === '') delete config.secret;
  const errors = configErrors(config);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: config };
}

/**
 * The 422 GitHub gives a hook whose URL another hook of the scope already has for an overlapping
 * event (`*` overlaps every event), or undefined. `others` excludes the hook being changed.
 */
export function duplicateError(others: readonly GitHubHookRecord[], candidate: Pick<GitHubHookRecord, 'type' | 'events' | 'config'>): GitHubFieldError[] | undefined {
  const overlaps = (events: readonly string[]) =>
    events.includes('*') || candidate.events.includes('*') || events.some((name) => candidate.events.includes(name));
  const clash = others.some((hook) => hook.config.url === candidate.config.url && overlaps(hook.events));
  if (!clash) return undefined;
  const where = candidate.type === 'Repository' ? 'repository' : 'organization';
  return [{ resource: 'Hook', code: 'custom', message: `Hook already exists on this ${where}` }];
}

/**
 * sent.dm's request checks: `VALIDATION_001` with `details: { field: [messages] }`, and
 * `VALIDATION_005` when every problem is a value out of range (retry_count, timeout_seconds).
 * @module
 */
import { SENTDM_CAPABILITIES } from '../capabilities';
import { SENTDM_DELIVERY_LIMITS } from '../delivery-limits';
import type { FieldErrors } from './envelope';
import { SUBSCRIBABLE } from './event-catalogue';
import type { SentDmWebhookFields } from './store';
import { isRecord } from '../../../src/untrusted-json';

/** A validation failure in the envelope's terms. */
export interface Invalid {
  ok: false;
  code: 'VALIDATION_001' | 'VALIDATION_005';
  message: string;
  details: FieldErrors;
}

/** Valid input, or why not. */
export type Checked<T> = { ok: true; value: T } | Invalid;

class Issues {
  readonly details: FieldErrors = {};
  #first?: string;
  #onlyRange = true;

  add(field: string, message: string, outOfRange = false): void {
    (this.details[field] ??= []).push(message);
    this.#first ??= message;
    if (!outOfRange) this.#onlyRange = false;
  }

  result<T>(value: T): Checked<T> {
    if (this.#first === undefined) return { ok: true, value };
    return { ok: false, code: this.#onlyRange ? 'VALIDATION_005' : 'VALIDATION_001', message: this.#first, details: this.details };
  }
}

/** The 400 for a body that is not JSON at all. */
export const BAD_JSON: Invalid = {
  ok: false, code: 'VALIDATION_001', message: 'The request body is not valid JSON', details: { body: ['The request body is not valid JSON'] },
};

/** A parsed body must be an object (an empty body already reads as `{}`: rotate-secret needs none). */
export function checkJsonObject(body: unknown): Checked<Record<string, unknown>> {
  const issues = new Issues();
  if (!isRecord(body)) issues.add('body', 'The request body must be a JSON object');
  return issues.result(isRecord(body) ? body : {});
}

function sandboxOf(body: Record<string, unknown>, issues: Issues): boolean {
  if (body.sandbox !== undefined && typeof body.sandbox !== 'boolean') issues.add('sandbox', 'Sandbox must be a boolean');
  return body.sandbox === true;
}

function validUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

type Limit = (typeof SENTDM_DELIVERY_LIMITS)[keyof typeof SENTDM_DELIVERY_LIMITS];

function intInRange(body: Record<string, unknown>, field: string, limit: Limit, label: string, issues: Issues): number {
  const value = body[field];
  if (value === undefined || value === null) return limit.default;
  if (typeof value !== 'number' || !Number.isInteger(value)) issues.add(field, `${label} must be a whole number`);
  else if (value < limit.min || value > limit.max) issues.add(field, `${label} must be between ${limit.min} and ${limit.max}`, true);
  return typeof value === 'number' ? value : limit.default;
}

function filtersOf(value: unknown, issues: Issues): Record<string, string[]> | null {
  if (value === undefined || value === null) return null;
  const valid = isRecord(value) && Object.values(value).every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'));
  if (!valid) issues.add('event_filters', 'Event filters must map an event type to a list of sub types');
  return valid ? (value as Record<string, string[]>) : null;
}

/**
 * Create and PUT bodies. PUT is a full replacement, so it needs the same required fields and an
 * omitted optional field goes back to its default (display_name '', event_filters null, and the
 * delivery settings' defaults in `SENTDM_DELIVERY_LIMITS`).
 */
export function checkWebhookBody(body: Record<string, unknown>): Checked<{ fields: SentDmWebhookFields; sandbox: boolean }> {
  const issues = new Issues();
  if (body.display_name !== undefined && typeof body.display_name !== 'string') issues.add('display_name', 'Display name must be a string');
  if (body.endpoint_url === undefined || body.endpoint_url === null || body.endpoint_url === '') issues.add('endpoint_url', 'Endpoint URL is required');
  else if (!validUrl(body.endpoint_url)) issues.add('endpoint_url', 'Endpoint URL must be a valid HTTP or HTTPS URL');
  const types = body.event_types;
  if (!Array.isArray(types) || types.length === 0) issues.add('event_types', 'At least one event type is required');
  else if (!types.every((type) => typeof type === 'string')) issues.add('event_types', 'Event types must be a list of strings');
  else for (const type of types.filter((t) => !SUBSCRIBABLE.has(t))) issues.add('event_types', `Unknown event type '${type}'. See GET /v3/webhooks/event-types`);
  // Activation has its own endpoint; a body that tries to set it here is refused, not ignored.
  if (body.is_active !== undefined) issues.add('is_active', 'is_active cannot be set here; use PATCH /v3/webhooks/{id}/toggle-status');
  const fields: SentDmWebhookFields = {
    display_name: typeof body.display_name === 'string' ? body.display_name : '',
    endpoint_url: String(body.endpoint_url),
    event_types: Array.isArray(types) ? [...new Set(types as string[])] : [],
    event_filters: filtersOf(body.event_filters, issues),
    retry_count: intInRange(body, 'retry_count', SENTDM_DELIVERY_LIMITS.retryCount, 'Retry count', issues),
    timeout_seconds: intInRange(body, 'timeout_seconds', SENTDM_DELIVERY_LIMITS.timeoutSeconds, 'Timeout seconds', issues),
  };
  return issues.result({ fields, sandbox: sandboxOf(body, issues) });
}

/** `PATCH .../toggle-status`: `{ is_active, sandbox? }`. */
export function checkToggle(body: Record<string, unknown>): Checked<{ isActive: boolean; sandbox: boolean }> {
  const issues = new Issues();
  if (typeof body.is_active !== 'boolean') issues.add('is_active', 'is_active is required and must be a boolean');
  return issues.result({ isActive: body.is_active === true, sandbox: sandboxOf(body, issues) });
}

/** `POST .../test`: `{ event_type, sandbox? }`. */
export function checkTest(body: Record<string, unknown>): Checked<{ eventType: string; sandbox: boolean }> {
  const issues = new Issues();
  const type = body.event_type;
  if (typeof type !== 'string' || type.trim() === '') issues.add('event_type', 'Event type is required');
  else if (!SUBSCRIBABLE.has(type)) issues.add('event_type', `Unknown event type '${type}'. See GET /v3/webhooks/event-types`);
  return issues.result({ eventType: String(type), sandbox: sandboxOf(body, issues) });
}

/** Bodies that only carry `sandbox` (rotate-secret). */
export function checkSandboxOnly(body: Record<string, unknown>): Checked<{ sandbox: boolean }> {
  const issues = new Issues();
  return issues.result({ sandbox: sandboxOf(body, issues) });
}

/** List queries: `page` and `page_size` are required; `page_size` from 1 to the capabilities' maximum. */
export function checkPaging(query: URLSearchParams): Checked<{ page: number; pageSize: number; search?: string }> {
  const issues = new Issues();
  const page = Number(query.get('page'));
  const pageSize = Number(query.get('page_size'));
  if (!query.has('page') || !Number.isInteger(page) || page < 1) issues.add('page', 'Page must be a whole number from 1');
  if (!query.has('page_size') || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > SENTDM_CAPABILITIES.maxPageSize) {
    issues.add('page_size', `Page size must be between 1 and ${SENTDM_CAPABILITIES.maxPageSize}`);
  }
  const search = query.get('search')?.trim();
  return issues.result({ page, pageSize, ...(search ? { search } : {}) });
}

/** `is_active` filter of the webhook list: absent, `true` or `false`. */
export function checkActiveFilter(query: URLSearchParams): Checked<boolean | undefined> {
  const issues = new Issues();
  const raw = query.get('is_active');
  if (raw !== null && raw !== 'true' && raw !== 'false') issues.add('is_active', 'is_active must be true or false');
  return issues.result(raw === null ? undefined : raw === 'true');
}

/**
 * DialNexa's request validation, with messages in the NestJS class-validator style its 400s use
 * (`{ statusCode: 400, message: ["url must be a valid URL"], error: "Bad Request" }`).
 * @module
 */
import { DEFAULT_PAGE_SIZE } from '../../../src/input-schemas';
import { DIALNEXA_CAPABILITIES } from '../capabilities';
import { DIALNEXA_EVENT_NAMES } from '../events';
import type { DialNexaWebhookFields } from './store';
import { isRecord } from '../../../src/untrusted-json';

/** Valid fields, or the messages for a 400. */
export type Checked<T> = { ok: true; value: T } | { ok: false; messages: string[] };


function urlMessages(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return ['url should not be empty', 'url must be a valid URL'];
  if (typeof value !== 'string') return ['url must be a valid URL'];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return ['url must be a valid URL'];
  }
  // DialNexa delivers only over TLS: a plain http:// URL is refused on save.
  return url.protocol === 'https:' ? [] : ['url must use the https protocol'];
}

function eventMessages(value: unknown): string[] {
  if (!Array.isArray(value)) return ['events must be an array', 'events should not be empty'];
  if (value.length === 0) return ['events should not be empty'];
  if (value.some((item) => typeof item !== 'string')) return ['each value in events must be a string'];
  // Only names from DialNexa's event catalogue; an unknown one is a 400, on create and on update.
  if (value.some((item) => !DIALNEXA_EVENT_NAMES.includes(item as string))) {
    return [`each value in events must be one of the following values: ${DIALNEXA_EVENT_NAMES.join(', ')}`];
  }
  return [];
}

function secretMessages(value: unknown): string[] {
  if (value === undefined || value === null) return ['secret should not be empty', 'secret must be a string'];
  if (typeof value !== 'string') return ['secret must be a string'];
  // A blank secret could sign nothing: refuse it as the empty one.
  return value.trim() === '' ? ['secret should not be empty'] : [];
}

const FIELD_CHECKS: Record<keyof DialNexaWebhookFields, (value: unknown) => string[]> = {
  url: urlMessages,
  events: eventMessages,
  secret: secretMessages,
  is_active: (value) => (typeof value === 'boolean' ? [] : ['is_active must be a boolean value']),
};

function check(body: unknown, required: boolean): Checked<Partial<DialNexaWebhookFields>> {
  if (!isRecord(body)) return { ok: false, messages: ['request body must be a JSON object'] };
  const messages: string[] = [];
  const value: Partial<DialNexaWebhookFields> = {};
  for (const [field, checkField] of Object.entries(FIELD_CHECKS) as [keyof DialNexaWebhookFields, (v: unknown) => string[]][]) {
    const present = body[field] !== undefined;
    // Only url, events and secret are required on create; is_active defaults to true.
    if (!present && (!required || field === 'is_active')) continue;
    const problems = checkField(body[field]);
    if (problems.length > 0) messages.push(...problems);
    else Object.assign(value, { [field]: body[field] });
  }
  // Unknown properties are dropped silently (a NestJS `whitelist` pipe), never stored.
  return messages.length > 0 ? { ok: false, messages } : { ok: true, value };
}

/** `POST /v1/user-webhooks`: url (https), events (known, non-empty) and secret are required. */
export function checkCreate(body: unknown): Checked<DialNexaWebhookFields> {
  const result = check(body, true);
  if (!result.ok) return result;
  return { ok: true, value: { is_active: true, ...result.value } as DialNexaWebhookFields };
}

/** `PATCH /v1/user-webhooks/{id}`: any subset, each field checked as on create. */
export function checkPatch(body: unknown): Checked<Partial<DialNexaWebhookFields>> {
  return check(body, false);
}

function positiveInt(name: string, raw: string | null, fallback: number, max?: number): Checked<number> {
  if (raw === null) return { ok: true, value: fallback };
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim())) return { ok: false, messages: [`${name} must be an integer number`] };
  if (value < 1) return { ok: false, messages: [`${name} must not be less than 1`] };
  if (max !== undefined && value > max) return { ok: false, messages: [`${name} must not be greater than ${max}`] };
  return { ok: true, value };
}

/** `GET /v1/user-webhooks` query: `page` from 1, `limit` from 1 to the capabilities' maximum (default 20), `is_active`. */
export function checkListQuery(query: URLSearchParams): Checked<{ page: number; limit: number; isActive?: boolean }> {
  const page = positiveInt('page', query.get('page'), 1);
  const limit = positiveInt('limit', query.get('limit'), DEFAULT_PAGE_SIZE, DIALNEXA_CAPABILITIES.maxPageSize);
  const active = query.get('is_active');
  const messages = [...(page.ok ? [] : page.messages), ...(limit.ok ? [] : limit.messages)];
  if (active !== null && active !== 'true' && active !== 'false') messages.push('is_active must be a boolean value');
  if (messages.length > 0 || !page.ok || !limit.ok) return { ok: false, messages };
  return { ok: true, value: { page: page.value, limit: limit.value, ...(active === null ? {} : { isActive: active === 'true' }) } };
}

import * as v from 'valibot';
import type { ErrorDetails } from '../../src/errors';
import type { FailureDescription } from '../../src/transport/failed-response';
import { rateLimitResetMs } from '../../src/transport/rate-limit-reset';
import type { HttpResponse } from '../../src/transport/response';
import { isRecord } from '../../src/untrusted-json';
import { ErrorEnvelope } from './schemas';

/**
 * sent.dm's v3 error catalogue, as its API reference lists it: code -> the HTTP status it is
 * documented with. The status picks the error class through `errorForStatus`, so a code is
 * classed the same way whether it came with its own status or inside a 200 `success: false` envelope.
 */
export const SENTDM_ERROR_STATUS: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  AUTH_001: 401, // x-api-key missing
  AUTH_002: 401, // key invalid, revoked or unknown
  AUTH_004: 403, // role lacks permission
  AUTH_005: 403, // account pending activation
  AUTH_006: 403, // KYC incomplete
  AUTH_007: 403, // no messaging channel configured
  VALIDATION_001: 400, // generic; `details` = {field: [messages]}
  VALIDATION_002: 400, // phone not E.164
  VALIDATION_003: 400, // malformed UUID
  VALIDATION_004: 400, // required field missing
  VALIDATION_005: 400, // value out of range (retry_count, timeout_seconds)
  VALIDATION_006: 400, // invalid enum value
  VALIDATION_007: 400, // bad Idempotency-Key format
  RESOURCE_001: 404, RESOURCE_002: 404, RESOURCE_003: 404, // contact, template, message
  RESOURCE_004: 404, RESOURCE_005: 404, RESOURCE_006: 404, // customer, organization, user
  RESOURCE_007: 409, // already exists
  RESOURCE_008: 404, // webhook not found
  BUSINESS_001: 422, // inherited contact is read-only
  BUSINESS_002: 429, // rate limit exceeded (there is no RATE_LIMIT_* family)
  BUSINESS_003: 422, BUSINESS_004: 422, BUSINESS_005: 422, // balance, opted out, template
  BUSINESS_006: 422, BUSINESS_007: 422, BUSINESS_008: 422, // state, channel, quota
  CONFLICT_001: 409, // concurrent request with the same Idempotency-Key
  SERVICE_001: 503, // cache unavailable
  INTERNAL_001: 500, // unexpected
  INTERNAL_002: 500, // database
  INTERNAL_003: 502, // upstream SMS/WhatsApp/RCS provider
  INTERNAL_004: 504, // internal timeout
  INTERNAL_005: 503, // temporarily unavailable
});

// A code the catalogue does not list yet is classed by its family, which is stable across the
// catalogue (AUTH_00x with 403s is the one family that splits; 401 is its first meaning).
const FAMILY_STATUS: Readonly<Record<string, number>> = {
  AUTH: 401, VALIDATION: 400, RESOURCE: 404, BUSINESS: 422, CONFLICT: 409, SERVICE: 503, INTERNAL: 500,
};

/** The HTTP status a sent.dm error code stands for, or undefined for a code of no known family. */
export function statusForCode(code: string): number | undefined {
  return SENTDM_ERROR_STATUS[code] ?? FAMILY_STATUS[code.replace(/_\d+$/, '')];
}

/** The request id sent.dm gives every response: `meta.request_id`, else the `X-Request-Id` header. */
export function requestIdOf(response: HttpResponse): string | undefined {
  const meta = isRecord(response.json) ? response.json.meta : undefined;
  const fromBody = isRecord(meta) && typeof meta.request_id === 'string' && meta.request_id !== '' ? meta.request_id : undefined;
  return fromBody ?? response.headers.get('x-request-id') ?? undefined;
}

/**
 * sent.dm may answer 200 with `success: false`: the status such a 2xx fails with, or undefined
 * when it really succeeded. A body with a known code fails with its catalogue status; one without
 * keeps its 2xx status, which `errorForStatus` turns into a `ResponseValidationError` (an
 * undocumented body).
 */
export function failedEnvelopeStatus(response: HttpResponse): number | undefined {
  const body = response.json;
  if (!isRecord(body) || body.success !== false) return undefined;
  const code = isRecord(body.error) && typeof body.error.code === 'string' ? body.error.code : undefined;
  return (code === undefined ? undefined : statusForCode(code)) ?? response.status;
}

// `details` is documented as {field: [messages]}; a bare string per field is tolerated.
function detailsFrom(raw: Record<string, unknown> | null | undefined): ErrorDetails | undefined {
  if (!raw) return undefined;
  const details: ErrorDetails = {};
  for (const [field, value] of Object.entries(raw)) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === 'string');
    if (messages.length > 0) details[field] = messages;
  }
  return Object.keys(details).length > 0 ? details : undefined;
}

function describe(response: HttpResponse): FailureDescription {
  const requestId = requestIdOf(response);
  const withId = requestId === undefined ? {} : { requestId };
  const parsed = v.safeParse(ErrorEnvelope, response.json);
  const error = parsed.success ? parsed.output.error : undefined;
  if (!error) {
    const kind = response.text.trim() === '' ? 'an empty body' : 'a body that is not a sent.dm error envelope';
    return { message: `sent.dm answered ${response.status} with ${kind}`, ...withId };
  }
  const details = detailsFrom(error.details);
  const text = error.message ?? `sent.dm answered ${response.status}`;
  return {
    message: error.code ? `${text} (${error.code})` : text,
    ...withId,
    ...(error.code ? { providerCode: error.code } : {}),
    ...(error.doc_url ? { docUrl: error.doc_url } : {}),
    ...(details ? { details } : {}),
  };
}

/** sent.dm's code for "a request with this Idempotency-Key is still being processed". */
const IN_PROGRESS = 'CONFLICT_001';

/**
 * The transport's failure reader for sent.dm, whatever came back (the envelope, HTML from a
 * proxy, an empty body, `null`, a bare number, truncated JSON); never throws. `status` is the one
 * the failure stands for: the response's own, or a `success: false` 2xx's from its code. On a 429
 * without `Retry-After`, sent.dm's `X-RateLimit-Reset` (a Unix time) gives the wait. A 409
 * `CONFLICT_001` is retryable (with backoff): the keyed request it answers is still running.
 */
export function readSentDmFailure(response: HttpResponse, status: number = response.status): FailureDescription {
  const failure = describe(response);
  return {
    ...failure,
    status,
    retryAfter: rateLimitResetMs(status, response.headers),
    // The same key is still being processed (our own retry overtook a slow first attempt): once
    // it is done, sent.dm replays its response, so this one is worth waiting for and repeating.
    ...(failure.providerCode === IN_PROGRESS ? { retryable: true } : {}),
  };
}

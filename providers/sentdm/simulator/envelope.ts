/**
 * sent.dm's v3 response envelope, `{ success, data, error, meta }`, on every JSON response, and
 * the codes of its error catalogue the simulator answers with.
 * @module
 */
import type { SimRequest, SimResponse } from '../../../src/testing/kit';
import { SENTDM_ERROR_STATUS } from '../errors';

/** A code of sent.dm's error catalogue that the simulator answers with (its status comes from the catalogue). */
export type SentDmErrorCode =
  | 'AUTH_001' | 'AUTH_002' | 'AUTH_004'
  | 'VALIDATION_001' | 'VALIDATION_004' | 'VALIDATION_005' | 'VALIDATION_006' | 'VALIDATION_007'
  | 'RESOURCE_008' | 'BUSINESS_002' | 'BUSINESS_006' | 'CONFLICT_001'
  | 'INTERNAL_001' | 'INTERNAL_003' | 'INTERNAL_004' | 'INTERNAL_005';

/** Field -> messages, as in `error.details`. */
export type FieldErrors = Record<string, string[]>;

// The reference shows `+00:00` offsets rather than `Z`, for both meta and resource timestamps.
/** A timestamp in sent.dm's format. */
export function sentDmTime(date: Date = new Date()): string {
  return date.toISOString().replace('Z', '+00:00');
}

function meta(request: SimRequest) {
  return { request_id: request.id, timestamp: sentDmTime(), version: 'v3' };
}

/** A success envelope. */
export function ok(request: SimRequest, data: unknown, status = 200): SimResponse {
  return { status, body: { success: true, data, error: null, meta: meta(request) } };
}

/** An error envelope; the status follows from the code. */
export function sentDmError(request: SimRequest, code: SentDmErrorCode, message: string, details: FieldErrors | null = null): SimResponse {
  return {
    status: SENTDM_ERROR_STATUS[code]!,
    body: {
      success: false, data: null,
      error: { code, message, details, doc_url: `https://docs.sent.dm/errors/${code}` },
      meta: meta(request),
    },
  };
}

const BY_STATUS: Record<number, [SentDmErrorCode, string]> = {
  400: ['VALIDATION_001', 'The request is invalid'],
  401: ['AUTH_002', 'Invalid or expired API key'],
  403: ['AUTH_004', 'Your role does not permit this action'],
  404: ['RESOURCE_008', 'Webhook not found'],
  409: ['CONFLICT_001', 'A request with this idempotency key is already being processed'],
  422: ['BUSINESS_006', 'The request cannot be processed in the current state'],
  429: ['BUSINESS_002', 'Rate limit exceeded. Retry after the time given in the Retry-After header.'],
  502: ['INTERNAL_003', 'An upstream provider returned an error'],
  503: ['INTERNAL_005', 'The service is temporarily unavailable'],
  504: ['INTERNAL_004', 'The request timed out internally'],
};

/** The error a status stands for (injected faults, 429s, crashes); unknown statuses use INTERNAL_001's text. */
export function sentDmErrorForStatus(request: SimRequest, status: number): SimResponse {
  const [code, message] = BY_STATUS[status] ?? ['INTERNAL_001', 'An unexpected error occurred'];
  const response = sentDmError(request, code, message);
  return { ...response, status };
}

/** Marks a response as simulated under `sandbox: true`. */
export function sandboxed(response: SimResponse): SimResponse {
  return { ...response, headers: { ...response.headers, 'X-Sandbox': 'true' } };
}

/** `pagination` of list responses; cursors are documented but never populated. */
export function pagination(page: number, pageSize: number, slice: { total: number; totalPages: number; hasMore: boolean }) {
  return { page, page_size: pageSize, total_count: slice.total, total_pages: slice.totalPages, has_more: slice.hasMore, cursors: null };
}

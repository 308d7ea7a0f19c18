import * as v from 'valibot';
import type { ErrorDetails } from '../../src/errors';
import type { FailureDescription } from '../../src/transport/failed-response';
import { rateLimitResetMs } from '../../src/transport/rate-limit-reset';
import type { HttpResponse } from '../../src/transport/response';
import { ErrorBody } from './schemas';

// Validation messages are NestJS class-validator style ("url must be a valid URL"): the first
// word is the field, which lets `details` be keyed by field like sent.dm's. Array rules say
// "each value in events ..." and a whitelist says "property foo should not exist": skip those lead-ins.
function detailsFrom(messages: string[]): ErrorDetails {
  const details: ErrorDetails = {};
  for (const message of messages) {
    const field = /^(?:each value in |property )?([a-z_][\w.]*)\s/i.exec(message)?.[1] ?? 'request';
    (details[field] ??= []).push(message);
  }
  return details;
}

function describe(response: HttpResponse): FailureDescription {
  const parsed = v.safeParse(ErrorBody, response.json);
  if (!parsed.success) {
    const kind = response.text.trim() === '' ? 'an empty body' : 'a body that is not DialNexa JSON';
    return { message: `DialNexa answered ${response.status} with ${kind}` };
  }
  const { message, error } = parsed.output;
  const messages = message === undefined ? [] : Array.isArray(message) ? message : [message];
  const text = messages.length > 0 ? messages.join('; ') : (error ?? `HTTP ${response.status}`);
  return {
    message: text,
    ...(error ? { providerCode: error } : {}),
    ...(Array.isArray(message) && message.length > 0 ? { details: detailsFrom(message) } : {}),
  };
}

/**
 * The transport's failure reader for DialNexa: the error body, whatever came back (JSON, HTML,
 * nothing), plus the wait DialNexa's `X-RateLimit-Reset` gives on a 429, for when the response
 * has no `Retry-After`. Never throws.
 */
export function readDialNexaFailure(response: HttpResponse): FailureDescription {
  // DialNexa documents the header as a Unix timestamp, but a probe of its API saw `60`: seconds from now.
  const retryAfter = rateLimitResetMs(response.status, response.headers, Date.now(), { smallValuesAreDelays: true });
  return { ...describe(response), retryAfter };
}

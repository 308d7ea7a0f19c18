import * as v from 'valibot';
import type { ErrorDetails, WebhookErrorInit } from '../../src/errors';
import type { HttpResponse } from '../../src/response-body';
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

/** Reads a DialNexa error body, whatever came back (JSON, HTML, nothing). Never throws. */
export function describeDialNexaError(response: HttpResponse): { message: string } & WebhookErrorInit {
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

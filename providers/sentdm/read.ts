import type * as v from 'valibot';
import { redactText } from '../../src/redact';
import { isRecord, type HttpResponse } from '../../src/response-body';
import { checkResponse, type CheckContext } from '../../src/schema-check';
import { requestIdOf } from './errors';
import { envelope } from './schemas';

// A secret sent.dm made is not known before the response, so the transport cannot redact it; an
// error about an odd create or rotate body must still not carry it in `responseBody`.
function withoutServerSecret(response: HttpResponse): string {
  const data = isRecord(response.json) ? response.json.data : undefined;
  const secret = isRecord(data) && typeof data.signing_secret === 'string' ? data.signing_secret : undefined;
  return secret === undefined ? response.text : redactText(response.text, [secret]);
}

/**
 * Reads a 2xx sent.dm response: checks the `{success: true, data}` envelope and the shape of
 * `data`, and returns `data`. Anything else is a `ResponseValidationError` with the status, the
 * body (secrets removed) and sent.dm's request id.
 */
export function readData<S extends v.GenericSchema>(schema: S, response: HttpResponse, ctx: CheckContext): v.InferOutput<S> {
  const requestId = requestIdOf(response);
  return checkResponse(envelope(schema), response.json, {
    ...ctx,
    status: response.status,
    text: withoutServerSecret(response),
    ...(requestId === undefined ? {} : { requestId }),
  });
}

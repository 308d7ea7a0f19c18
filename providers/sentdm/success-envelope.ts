import type * as v from 'valibot';
import { checkResponse, type CheckContext } from '../../src/schema-check';
import { errorForResponse } from '../../src/transport/failed-response';
import type { HttpResponse } from '../../src/transport/response';
import { isRecord } from '../../src/untrusted-json';
import { failedEnvelopeStatus, readSentDmFailure, requestIdOf } from './errors';
import { envelope } from './schemas';

/**
 * Reads a 2xx sent.dm response: checks the `{success: true, data}` envelope and the shape of
 * `data`, and returns `data`. A `{success: false}` envelope fails as its error code says (the same
 * error an HTTP failure with that code would be); any other body is a `ResponseValidationError`
 * with the status, the body (secrets removed) and sent.dm's request id.
 */
export function readData<S extends v.GenericSchema>(schema: S, response: HttpResponse, ctx: CheckContext): v.InferOutput<S> {
  const failed = failedEnvelopeStatus(response);
  if (failed !== undefined) throw errorForResponse(response, readSentDmFailure(response, failed), ctx);
  const requestId = requestIdOf(response);
  return checkResponse(envelope(schema), response.json, {
    ...ctx,
    status: response.status,
    text: () => response.text,
    ...(requestId === undefined ? {} : { requestId }),
  }).data;
}

/**
 * The secret sent.dm made in a response (`data.signing_secret` on create and rotate), for the
 * transport to keep out of errors: it is not known before the response, and an error about an
 * odd create or rotate body must still not carry it. Never throws.
 */
export function signingSecretIn(json: unknown): string[] {
  const data = isRecord(json) ? json.data : undefined;
  return isRecord(data) && typeof data.signing_secret === 'string' ? [data.signing_secret] : [];
}

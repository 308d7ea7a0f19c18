import { describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitError, ResponseValidationError, ServerError } from '../../../src/errors';
import { errorForResponse } from '../../../src/transport/failed-response';
import type { HttpResponse } from '../../../src/transport/response';

const ctx = { provider: 'test', operation: 'get' };
const response = (status: number, headers: Record<string, string> = {}, text = '{"message":"nope"}'): HttpResponse =>
  ({ status, headers: new Headers(headers), text, json: undefined });

describe('errorForResponse', () => {
  it('classes by the response status, prefixes the operation and attaches the body', () => {
    const error = errorForResponse(response(404), { message: 'no such thing', providerCode: 'E404' }, ctx);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      message: 'get: no such thing', status: 404, provider: 'test', operation: 'get', providerCode: 'E404',
      responseBody: '{"message":"nope"}', retryable: false,
    });
  });

  it("classes by the reader's status when it gives one (a 2xx whose body says it failed)", () => {
    expect(NotFoundError.isInstance(errorForResponse(response(200), { message: 'gone', status: 404 }, ctx))).toBe(true);
    expect(ResponseValidationError.isInstance(errorForResponse(response(200), { message: 'odd' }, ctx))).toBe(true);
  });

  it("takes Retry-After over the reader's own wait, and the reader's wait when there is none", () => {
    expect(errorForResponse(response(429, { 'retry-after': '2' }), { message: 'slow', retryAfter: 9000 }, ctx).retryAfter).toBe(2000);
    const error = errorForResponse(response(429), { message: 'slow', retryAfter: 9000 }, ctx);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfter).toBe(9000);
  });

  it('clips a long body to 2 KB', () => {
    const error = errorForResponse(response(500, {}, 'x'.repeat(3000)), { message: 'boom' }, ctx);
    expect(ServerError.isInstance(error)).toBe(true);
    expect(error.responseBody).toBe(`${'x'.repeat(2048)}… (952 more chars)`);
  });
});

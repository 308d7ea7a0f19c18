import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RateLimitError } from '../../../src/errors';
import { ORIGIN, readJson, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  vi.useRealTimers();
});
afterAll(() => nock.enableNetConnect());

const NOW = Date.UTC(2026, 5, 1, 9, 30, 0);

// Only Date is faked, so HTTP dates and Unix resets give exact waits; timers stay real for nock.
function freezeDate(): void {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
}

async function delaysFor(headers: Record<string, string>, options: { maxDelay?: number; status?: number } = {}) {
  const { sleep, delays } = recordingSleep();
  const scope = nock(ORIGIN).get('/v1/things').reply(options.status ?? 429, { message: 'slow down' }, headers)
    .get('/v1/things').reply(200, []);
  await testTransport({ retry: { sleep, ...(options.maxDelay ? { maxDelay: options.maxDelay } : {}) } })
    .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
  expect(scope.isDone()).toBe(true);
  return delays;
}

describe('waits the server asks for', () => {
  it('waits 2000 ms for a 429 with Retry-After: 2', async () => {
    expect(await delaysFor({ 'Retry-After': '2' })).toEqual([2000]);
  });

  it('reads Retry-After as an HTTP date', async () => {
    freezeDate();
    expect(await delaysFor({ 'Retry-After': new Date(NOW + 4000).toUTCString() })).toEqual([4000]);
  });

  it('reads X-RateLimit-Reset as a Unix time when there is no Retry-After', async () => {
    freezeDate();
    expect(await delaysFor({ 'X-RateLimit-Reset': String(NOW / 1000 + 3) })).toEqual([3000]);
  });

  it('caps the wait at maxDelay', async () => {
    expect(await delaysFor({ 'Retry-After': '120' }, { maxDelay: 1500 })).toEqual([1500]);
  });

  it('honours Retry-After on a 503 as well', async () => {
    expect(await delaysFor({ 'Retry-After': '1' }, { status: 503 })).toEqual([1000]);
  });

  // DialNexa sends X-RateLimit-* on every response: on a 5xx the reset says when the quota
  // refills, not when the server recovers, so it must not stretch a transient 503 to maxDelay.
  it('ignores X-RateLimit-Reset on a 503 (it is about the quota, not the outage)', async () => {
    freezeDate();
    const delays = await delaysFor({ 'X-RateLimit-Reset': String(NOW / 1000 + 60), 'X-RateLimit-Remaining': '99' }, { status: 503 });
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeLessThanOrEqual(500);
  });

  it('puts the wait on the RateLimitError when retries run out', async () => {
    nock(ORIGIN).get('/v1/things').reply(429, { message: 'slow down' }, { 'Retry-After': '7' });
    const error = await testTransport({ retry: false })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }).catch((e: unknown) => e);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfter).toBe(7000);
    expect((error as RateLimitError).retryable).toBe(true);
  });
});

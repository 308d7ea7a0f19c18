import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RateLimitError, ServerError } from '../../../src/errors';
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

// A wait the server asks for gets up to 10 % (at most 1 s) of jitter on top, never less.
function expectAbout(delays: number[], asked: number): void {
  expect(delays).toHaveLength(1);
  expect(delays[0]).toBeGreaterThanOrEqual(asked);
  expect(delays[0]).toBeLessThanOrEqual(asked + Math.min(asked / 10, 1000));
}

describe('waits the server asks for', () => {
  it('waits 2000 ms (plus a little jitter) for a 429 with Retry-After: 2', async () => {
    expectAbout(await delaysFor({ 'Retry-After': '2' }), 2000);
  });

  it('reads Retry-After as an HTTP date', async () => {
    freezeDate();
    expectAbout(await delaysFor({ 'Retry-After': new Date(NOW + 4000).toUTCString() }), 4000);
  });

  it('reads X-RateLimit-Reset as a Unix time when there is no Retry-After', async () => {
    freezeDate();
    expectAbout(await delaysFor({ 'X-RateLimit-Reset': String(NOW / 1000 + 3) }), 3000);
  });

  it('honours Retry-After on a 503 as well', async () => {
    expectAbout(await delaysFor({ 'Retry-After': '1' }, { status: 503 }), 1000);
  });

  it('Retry-After waits get jitter, so clients told the same wait do not come back in the same millisecond', async () => {
    const waits = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const [wait] = await delaysFor({ 'Retry-After': '5' });
      waits.add(wait!);
    }
    expect(waits.size).toBeGreaterThan(1);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(5000);
  });

  it('a wait near maxDelay is jittered but never longer than maxDelay', async () => {
    const delays = await delaysFor({ 'Retry-After': '2' }, { maxDelay: 2000 });
    expect(delays).toEqual([2000]);
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

describe('a wait the policy would cut short is not waited', () => {
  it('a 429 asking for 60 s with maxDelay 30 s fails at once with RateLimitError.retryAfter and says when to retry', async () => {
    freezeDate();
    const { sleep, delays } = recordingSleep();
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(3).reply(() => { requests++; return [429, { message: 'slow down' }, { 'Retry-After': '60' }]; });
    const error = await testTransport({ retry: { sleep, maxDelay: 30_000 } })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }).catch((e: unknown) => e);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfter).toBe(60_000);
    expect(requests).toBe(1);
    expect(delays).toEqual([]);
    expect((error as RateLimitError).message).toBe(
      'list: slow down (not retried after 1 attempt: the provider asked to wait 60 s, longer than retry.maxDelay (30 s); ' +
        `retry in 60 s, after ${new Date(NOW + 60_000).toISOString()})`,
    );
    expect((error as RateLimitError).stack).toContain('longer than retry.maxDelay');
  });

  it('a wait that would pass the deadline fails at once with the typed error, saying when to retry', async () => {
    const { sleep, delays } = recordingSleep();
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(3).reply(() => { requests++; return [503, { message: 'busy' }, { 'Retry-After': '5' }]; });
    const error = await testTransport({ deadline: 3000, retry: { sleep } })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }).catch((e: unknown) => e);
    expect(ServerError.isInstance(error)).toBe(true);
    expect(requests).toBe(1);
    expect(delays).toEqual([]);
    expect((error as ServerError).message).toMatch(/^list: busy \(not retried after 1 attempt: waiting 5(\.\d)? s would pass the call's deadline of 3000 ms; retry in 5 s, after /);
  });
});

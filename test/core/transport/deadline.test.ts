import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ServerError, TimeoutError } from '../../../src/errors';
import { lateReply, ORIGIN, readJson, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const list = (transport: ReturnType<typeof testTransport>, options = {}) =>
  transport.request({ operation: 'list', method: 'GET', path: '/things', options, readSuccess: readJson });

describe('deadline: time for the whole call', () => {
  it('cuts the attempt that runs past it: a TimeoutError saying how many attempts were made', async () => {
    const { sleep } = recordingSleep();
    // Room for the first attempt on a loaded machine; the second is held far past the deadline.
    nock(ORIGIN).get('/v1/things').reply(503, { message: 'busy' }).get('/v1/things').reply(lateReply(5000, 200, []));
    const error = await list(testTransport({ deadline: 800, retry: { sleep, minDelay: 1 } })).catch((e: unknown) => e);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).message).toBe("list: the call's deadline of 800 ms ran out during attempt 2 (2 attempts made)");
  });

  it('a per-call deadline overrides the client one', async () => {
    nock(ORIGIN).get('/v1/things').reply(lateReply(2000, 200, []));
    const error = await list(testTransport({ deadline: 60_000, retry: false }), { deadline: 50 }).catch((e: unknown) => e);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).message).toContain("the call's deadline of 50 ms ran out during attempt 1 (1 attempt made)");
  });

  it('counts every wait between attempts, even when a custom sleep returns at once', async () => {
    const { sleep, delays } = recordingSleep();
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(5).reply(() => { requests++; return [503, { message: 'busy' }, { 'Retry-After': '1' }]; });
    // A wait of about a second fits in 1.9 s once: the second would pass the deadline.
    const error = await list(testTransport({ deadline: 1900, retry: { retries: 4, sleep } })).catch((e: unknown) => e);
    expect(ServerError.isInstance(error)).toBe(true);
    expect(delays).toHaveLength(1);
    expect(requests).toBe(2);
    expect((error as ServerError).message).toContain("not retried after 2 attempts: waiting 1");
    expect((error as ServerError).message).toContain("would pass the call's deadline of 1900 ms");
  });

  it('the per-attempt timeout still applies inside the deadline', async () => {
    nock(ORIGIN).get('/v1/things').reply(lateReply(2000, 200, []));
    const error = await list(testTransport({ deadline: 60_000, timeout: 50, retry: false })).catch((e: unknown) => e);
    expect((error as TimeoutError).message).toBe('list: no response within 50 ms');
  });

  it('covers a beforeRequest that holds the call (a limiter with no room)', async () => {
    const scope = nock(ORIGIN).get('/v1/things').reply(200, []);
    const transport = testTransport({ deadline: 50, hooks: { beforeRequest: () => new Promise(() => {}) } });
    const error = await list(transport).catch((e: unknown) => e);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).message).toContain("deadline of 50 ms ran out while beforeRequest held attempt 1 (0 attempts made)");
    expect(scope.isDone()).toBe(false);
  });
});

describe('per-call retry', () => {
  it('retry: false on one call sends one request although the client retries', async () => {
    const { sleep, delays } = recordingSleep();
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(3).reply(() => { requests++; return [503, {}]; });
    await expect(list(testTransport({ retry: { retries: 2, sleep } }), { retry: false })).rejects.toBeInstanceOf(ServerError);
    expect(requests).toBe(1);
    expect(delays).toEqual([]);
  });

  it("a call's retry names only what it changes: the client's sleep and delays stay", async () => {
    const { sleep, delays } = recordingSleep();
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(6).reply(() => { requests++; return [503, {}]; });
    await expect(list(testTransport({ retry: { retries: 1, minDelay: 10, maxDelay: 10, sleep } }), { retry: { retries: 4 } }))
      .rejects.toBeInstanceOf(ServerError);
    expect(requests).toBe(5);
    expect(delays).toHaveLength(4);
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(10);
  });
});

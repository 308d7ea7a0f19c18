import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lateReply, ORIGIN, readJson, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const list = (transport: ReturnType<typeof testTransport>, signal: AbortSignal) =>
  transport.request({ operation: 'list', method: 'GET', path: '/things', options: { signal }, readSuccess: readJson });

describe('abort', () => {
  it("aborting mid-request rejects with the signal's reason and sends nothing more", async () => {
    const controller = new AbortController();
    const reason = new Error('user went away');
    let requests = 0;
    const scope = nock(ORIGIN).get('/v1/things').times(3).reply(lateReply(500, 200, []));
    scope.on('request', () => {
      requests++;
      controller.abort(reason);
    });
    await expect(list(testTransport(), controller.signal)).rejects.toBe(reason);
    expect(requests).toBe(1);
  });

  it("aborting during the wait between retries rejects with the reason; no further request", async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(3).reply(() => { requests++; return [503, {}]; });
    // A wait that only ends when aborted, like a long backoff the caller gives up on.
    const sleep = (_ms: number, signal?: AbortSignal) => new Promise<void>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      controller.abort(reason);
    });
    await expect(list(testTransport({ retry: { sleep } }), controller.signal)).rejects.toBe(reason);
    expect(requests).toBe(1);
  });

  it('the built-in wait also ends at once on abort (a 30 s Retry-After is not sat out)', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    let requests = 0;
    nock(ORIGIN).get('/v1/things').times(3).reply(() => { requests++; return [429, {}, { 'Retry-After': '30' }]; });
    const transport = testTransport({
      // Abort once the wait has begun: the retry hook runs just before it.
      hooks: { onRetry: () => { queueMicrotask(() => controller.abort(reason)); } },
    });
    const started = performance.now();
    await expect(list(transport, controller.signal)).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(requests).toBe(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const scope = nock(ORIGIN).get('/v1/things').reply(200, []);
    const reason = new Error('too late');
    await expect(list(testTransport(), AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(scope.isDone()).toBe(false);
  });
});

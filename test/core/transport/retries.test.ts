import net from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, NotFoundError, ServerError, WebhookError } from '../../../src/errors';
import { ORIGIN, readJson, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const get = (transport: ReturnType<typeof testTransport>) =>
  transport.request({ operation: 'get', method: 'GET', path: '/things/1', readSuccess: readJson });
const post = (transport: ReturnType<typeof testTransport>) =>
  transport.request({ operation: 'create', method: 'POST', path: '/things', body: { a: 1 }, readSuccess: readJson });

describe('retries', () => {
  it('retries a GET on 503 until it succeeds', async () => {
    const { sleep, delays } = recordingSleep();
    const scope = nock(ORIGIN).get('/v1/things/1').times(2).reply(503, { message: 'busy' })
      .get('/v1/things/1').reply(200, { id: 1 });
    await expect(get(testTransport({ retry: { sleep } }))).resolves.toEqual({ id: 1 });
    expect(scope.isDone()).toBe(true);
    expect(delays).toHaveLength(2);
  });

  it.each([408, 429, 500, 502, 503, 504])('retries a GET on %i', async (status) => {
    const { sleep } = recordingSleep();
    const scope = nock(ORIGIN).get('/v1/things/1').reply(status, {}).get('/v1/things/1').reply(200, { ok: true });
    await expect(get(testTransport({ retry: { sleep } }))).resolves.toEqual({ ok: true });
    expect(scope.isDone()).toBe(true);
  });

  it.each([400, 401, 403, 404, 405, 409, 422, 501])('never retries a GET on %i', async (status) => {
    const { sleep, delays } = recordingSleep();
    let requests = 0;
    const scope = nock(ORIGIN).get('/v1/things/1').times(3).reply(() => { requests++; return [status, {}]; });
    const error = await get(testTransport({ retry: { sleep } })).catch((e: unknown) => e);
    expect(WebhookError.isInstance(error) && error.status).toBe(status);
    expect(requests).toBe(1);
    expect(delays).toEqual([]);
    expect(scope.isDone()).toBe(false);
  });

  it('gives up after `retries` retries and throws the last error', async () => {
    const { sleep } = recordingSleep();
    let requests = 0;
    nock(ORIGIN).get('/v1/things/1').times(10).reply(() => { requests++; return [503, { message: `busy ${requests}` }]; });
    const error = await get(testTransport({ retry: { retries: 3, sleep } })).catch((e: unknown) => e);
    expect(ServerError.isInstance(error)).toBe(true);
    expect((error as ServerError).message).toBe('get: busy 4');
    expect(requests).toBe(4);
  });

  it('retry: false sends exactly one request (ky does not retry on its own either)', async () => {
    let requests = 0;
    nock(ORIGIN).get('/v1/things/1').times(5).reply(() => { requests++; return [503, {}]; });
    await expect(get(testTransport({ retry: false }))).rejects.toBeInstanceOf(ServerError);
    expect(requests).toBe(1);
  });

  it('backs off exponentially with jitter, capped by maxDelay, when the server gives no hint', async () => {
    const { sleep, delays } = recordingSleep();
    nock(ORIGIN).get('/v1/things/1').times(4).reply(500, {});
    await expect(get(testTransport({ retry: { retries: 4, minDelay: 100, maxDelay: 300, sleep } }))).rejects.toBeInstanceOf(ServerError);
    const [first, second, third, fourth] = delays as [number, number, number, number];
    expect(delays).toHaveLength(4);
    expect(first).toBeGreaterThanOrEqual(50);
    expect(first).toBeLessThanOrEqual(100);
    expect(second).toBeGreaterThanOrEqual(100);
    expect(second).toBeLessThanOrEqual(200);
    for (const delay of [third, fourth]) {
      expect(delay).toBeGreaterThanOrEqual(150);
      expect(delay).toBeLessThanOrEqual(300);
    }
  });

  it('retries a GET after a network error', async () => {
    const { sleep } = recordingSleep();
    const scope = nock(ORIGIN).get('/v1/things/1').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .get('/v1/things/1').reply(200, { ok: true });
    await expect(get(testTransport({ retry: { sleep } }))).resolves.toEqual({ ok: true });
    expect(scope.isDone()).toBe(true);
  });

  it('reports a network error as NetworkError, with the socket error as the cause', async () => {
    nock(ORIGIN).get('/v1/things/1').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const error = await get(testTransport({ retry: false })).catch((e: unknown) => e);
    expect(NetworkError.isInstance(error)).toBe(true);
    expect((error as NetworkError).retryable).toBe(true);
    expect((error as NetworkError).message).toContain('socket hang up');
    expect(((error as NetworkError).cause as { code?: string }).code).toBe('ECONNRESET');
  });
});

describe('POST without an idempotency key', () => {
  it('is not retried on 500: exactly one request', async () => {
    const { sleep, delays } = recordingSleep();
    let requests = 0;
    nock(ORIGIN).post('/v1/things').times(3).reply(() => { requests++; return [500, {}]; });
    await expect(post(testTransport({ retry: { sleep } }))).rejects.toBeInstanceOf(ServerError);
    expect(requests).toBe(1);
    expect(delays).toEqual([]);
  });

  it('is not retried after a connection reset (the server may have acted on it)', async () => {
    const { sleep } = recordingSleep();
    const scope = nock(ORIGIN).post('/v1/things').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .post('/v1/things').reply(201, {});
    await expect(post(testTransport({ retry: { sleep } }))).rejects.toBeInstanceOf(NetworkError);
    expect(scope.isDone()).toBe(false);
  });

  it('is retried when the connection was refused (it never reached the server)', async () => {
    nock.enableNetConnect('127.0.0.1');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve)); // nothing listens on `port` now
    const { sleep, delays } = recordingSleep();
    const attempts: number[] = [];
    const transport = testTransport({
      baseUrl: `http://127.0.0.1:${port}`, retry: { retries: 2, sleep },
      hooks: { onRequest: (info) => attempts.push(info.attempt) },
    });
    const error = await post(transport).catch((e: unknown) => e);
    expect(NetworkError.isInstance(error)).toBe(true);
    expect((error as NetworkError).message).toContain('ECONNREFUSED');
    expect(attempts).toEqual([1, 2, 3]);
    expect(delays).toHaveLength(2);
  });
});

describe('POST with an idempotency header (sent.dm style)', () => {
  it('is retried, with the same generated key on every attempt', async () => {
    const { sleep } = recordingSleep();
    const keys: string[] = [];
    // nock 15 hands reply functions the fetch Request.
    nock(ORIGIN).post('/v1/things').times(2).reply((request: Request) => {
      keys.push(request.headers.get('idempotency-key') ?? '');
      return keys.length === 1 ? [500, {}] : [201, { id: 'x' }];
    });
    await expect(post(testTransport({ idempotencyHeader: 'Idempotency-Key', retry: { sleep } }))).resolves.toEqual({ id: 'x' });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("keeps the caller's own key", async () => {
    const scope = nock(ORIGIN).post('/v1/things').matchHeader('idempotency-key', 'order-42').reply(201, {});
    await testTransport({ idempotencyHeader: 'Idempotency-Key' }).request({
      operation: 'create', method: 'POST', path: '/things', body: {}, options: { idempotencyKey: 'order-42' }, readSuccess: readJson,
    });
    expect(scope.isDone()).toBe(true);
  });
});

describe('DELETE retried after a lost response', () => {
  const remove = (transport: ReturnType<typeof testTransport>) =>
    transport.request({ operation: 'delete', method: 'DELETE', path: '/things/1', readSuccess: () => 'deleted' });

  it('a 404 on the retry means done: the first attempt deleted it', async () => {
    const { sleep } = recordingSleep();
    const scope = nock(ORIGIN).delete('/v1/things/1').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .delete('/v1/things/1').reply(404, { message: 'not found' });
    await expect(remove(testTransport({ retry: { sleep } }))).resolves.toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it('a 404 on the first attempt is still a NotFoundError', async () => {
    nock(ORIGIN).delete('/v1/things/1').reply(404, { message: 'not found' });
    await expect(remove(testTransport())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a 404 after a refused connection (which never reached the server) is a NotFoundError too', async () => {
    const { sleep } = recordingSleep();
    nock(ORIGIN).delete('/v1/things/1').replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
      .delete('/v1/things/1').reply(404, { message: 'not found' });
    await expect(remove(testTransport({ retry: { sleep } }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the idempotency key on errors', () => {
  it('every error of a keyed call carries the key it was sent with', async () => {
    nock(ORIGIN).post('/v1/things').reply(400, { message: 'bad' });
    const error = await post(testTransport({ idempotencyHeader: 'Idempotency-Key' })).catch((e: unknown) => e);
    expect((error as WebhookError).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a call without a key carries none', async () => {
    nock(ORIGIN).post('/v1/things').reply(400, { message: 'bad' });
    const error = await post(testTransport()).catch((e: unknown) => e);
    expect((error as WebhookError).idempotencyKey).toBeUndefined();
  });
});

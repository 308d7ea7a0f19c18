import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ServerError } from '../../../src/errors';
import type { RequestInfo } from '../../../src/transport/client-options';
import { API_KEY, ORIGIN, readJson, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('hooks', () => {
  it('observe every attempt, every response and every retry, in order', async () => {
    const { sleep } = recordingSleep();
    const seen: string[] = [];
    const infos: RequestInfo[] = [];
    nock(ORIGIN).get('/v1/things').query({ page: '2' }).reply(503, {}, { 'Retry-After': '1' })
      .get('/v1/things').query({ page: '2' }).reply(200, []);
    const transport = testTransport({
      retry: { sleep },
      hooks: {
        onRequest: (info) => { infos.push(info); seen.push(`request ${info.attempt}`); },
        onResponse: (info) => {
          expect(info.durationMs).toBeGreaterThanOrEqual(0);
          seen.push(`response ${info.attempt} ${info.status}`);
        },
        onRetry: (info) => seen.push(`retry after ${info.attempt}: ${info.error.code} in ${info.delayMs} ms`),
      },
    });
    await transport.request({ operation: 'list', method: 'GET', path: '/things', query: { page: 2 }, readSuccess: readJson });
    expect(seen.map((line) => line.replace(/in 1\d{3} ms/, 'in ~1000 ms')))
      .toEqual(['request 1', 'response 1 503', 'retry after 1: server in ~1000 ms', 'request 2', 'response 2 200']);
    expect(infos[0]).toEqual({
      provider: 'test', operation: 'list', method: 'GET', url: `${ORIGIN}/v1/things`, attempt: 1,
    });
    expect(JSON.stringify(infos)).not.toContain(API_KEY);
  });

  it('onResponse is not called when no response came', async () => {
    let responses = 0;
    nock(ORIGIN).get('/v1/things').replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    const transport = testTransport({ retry: false, hooks: { onResponse: () => { responses++; } } });
    await expect(transport.request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson })).rejects.toThrow();
    expect(responses).toBe(0);
  });
});

describe('onResponse', () => {
  it('sees the request id and the response headers, without any credential', async () => {
    const seen: Array<{ requestId?: string; headers: Record<string, string> }> = [];
    nock(ORIGIN).get('/v1/things').reply(200, [], {
      'X-Request-Id': 'req_42', 'X-RateLimit-Remaining': '99', 'Set-Cookie': 'session=abc', 'X-Echo': `Bearer ${API_KEY}`,
    });
    await testTransport({ hooks: { onResponse: (info) => seen.push(info) } })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
    expect(seen[0]!.requestId).toBe('req_42');
    expect(seen[0]!.headers['x-ratelimit-remaining']).toBe('99');
    expect(seen[0]!.headers).not.toHaveProperty('set-cookie');
    expect(seen[0]!.headers).not.toHaveProperty('x-echo');
    expect(JSON.stringify(seen)).not.toContain(API_KEY);
  });
});

describe('beforeRequest', () => {
  it('is awaited before every attempt, retries included', async () => {
    const { sleep } = recordingSleep();
    const order: string[] = [];
    nock(ORIGIN).get('/v1/things').reply(() => { order.push('sent 1'); return [503, {}]; })
      .get('/v1/things').reply(() => { order.push('sent 2'); return [200, []]; });
    const beforeRequest = async (info: RequestInfo) => {
      order.push(`gate ${info.attempt} start`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(`gate ${info.attempt} open`);
    };
    await testTransport({ retry: { sleep }, hooks: { beforeRequest } })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
    expect(order).toEqual(['gate 1 start', 'gate 1 open', 'sent 1', 'gate 2 start', 'gate 2 open', 'sent 2']);
  });

  it('a throw fails the call with that very error, and nothing is sent', async () => {
    const scope = nock(ORIGIN).get('/v1/things').reply(200, []);
    const refusal = { msBeforeNext: 250 }; // what rate-limiter-flexible rejects with: not even an Error
    const transport = testTransport({ hooks: { beforeRequest: () => { throw refusal; } } });
    await expect(transport.request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson })).rejects.toBe(refusal);
    expect(scope.isDone()).toBe(false);
  });

  it('a retryable WebhookError thrown by it is not retried either', async () => {
    const { sleep, delays } = recordingSleep();
    const scope = nock(ORIGIN).get('/v1/things').reply(200, []);
    let calls = 0;
    const busy = new ServerError('limiter store unreachable', { retryable: true });
    const transport = testTransport({ retry: { sleep }, hooks: { beforeRequest: () => { calls++; throw busy; } } });
    await expect(transport.request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson })).rejects.toBe(busy);
    expect(calls).toBe(1);
    expect(delays).toEqual([]);
    expect(scope.isDone()).toBe(false);
  });
});

describe('observer hooks never change the outcome', () => {
  it('a throwing onRequest, onResponse or onRetry: the call still succeeds, one warning per hook', async () => {
    const { sleep } = recordingSleep();
    const warnings: string[] = [];
    nock(ORIGIN).post('/v1/things').times(2).reply(503, {}).post('/v1/things').times(2).reply(201, { id: 'wh_1', secret: 'kept' });
    const boom = () => { throw new Error('metrics backend down'); };
    const transport = testTransport({
      idempotencyHeader: 'Idempotency-Key', retry: { sleep },
      logger: { debug: () => {}, warn: (line) => warnings.push(line) },
      hooks: { onRequest: boom, onResponse: boom, onRetry: boom },
    });
    const create = () => transport.request({ operation: 'create', method: 'POST', path: '/things', body: {}, readSuccess: readJson });
    await expect(create()).resolves.toEqual({ id: 'wh_1', secret: 'kept' });
    await expect(create()).resolves.toEqual({ id: 'wh_1', secret: 'kept' });
    expect(warnings).toEqual(['onRequest', 'onResponse', 'onRetry'].map((hook) =>
      `hookbridge: the ${hook} hook threw (Error: metrics backend down); hooks only observe, so the call went on. Reported once per client.`));
  });
});

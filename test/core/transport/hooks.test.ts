import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
    expect(seen).toEqual(['request 1', 'response 1 503', 'retry after 1: server in 1000 ms', 'request 2', 'response 2 200']);
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

import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TimeoutError } from '../../../src/errors';
import { lateReply, ORIGIN, readJson, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('timeouts', () => {
  it('a call slower than the client timeout fails with TimeoutError', async () => {
    nock(ORIGIN).get('/v1/things').reply(lateReply(200, 200, []));
    const error = await testTransport({ timeout: 50, retry: false })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }).catch((e: unknown) => e);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).message).toBe('list: no response within 50 ms');
    expect((error as TimeoutError).retryable).toBe(true);
  });

  it('a per-call timeout overrides the client one', async () => {
    nock(ORIGIN).get('/v1/things').reply(lateReply(200, 200, []));
    const transport = testTransport({ timeout: 30_000, retry: false });
    await expect(transport.request({
      operation: 'list', method: 'GET', path: '/things', options: { timeout: 50 }, readSuccess: readJson,
    })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('a GET that timed out is retried, and the next attempt can answer', async () => {
    const { sleep, delays } = recordingSleep();
    // A wider margin here: the second, prompt answer must beat the timeout even on a busy machine.
    const scope = nock(ORIGIN).get('/v1/things').reply(lateReply(600, 200, ['late']))
      .get('/v1/things').reply(200, ['fast']);
    await expect(testTransport({ timeout: 150, retry: { sleep } })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson })).resolves.toEqual(['fast']);
    expect(scope.isDone()).toBe(true);
    expect(delays).toHaveLength(1);
  });

  it('a POST that timed out is not retried (it may have been applied)', async () => {
    const { sleep } = recordingSleep();
    const scope = nock(ORIGIN).post('/v1/things').reply(lateReply(200, 201, {}))
      .post('/v1/things').reply(201, {});
    await expect(testTransport({ timeout: 50, retry: { sleep } })
      .request({ operation: 'create', method: 'POST', path: '/things', body: {}, readSuccess: readJson })).rejects.toBeInstanceOf(TimeoutError);
    expect(scope.isDone()).toBe(false);
  });
});

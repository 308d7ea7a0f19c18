import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTransport } from '../../../src/transport/create-transport';
import { API_KEY, ORIGIN, readJson, readTestFailure, recordingSleep, testTransport } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(() => nock.enableNetConnect());

function capture() {
  const debug: string[] = [];
  const warn: string[] = [];
  return { debug, warn, logger: { debug: (line: string) => debug.push(line), warn: (line: string) => warn.push(line) } };
}

describe('logLevel debug: one line per attempt', () => {
  it('says method, path, status, duration, request id and the wait before the retry', async () => {
    const { sleep } = recordingSleep();
    const log = capture();
    nock(ORIGIN).get('/v1/things').query({ page: '2' }).reply(503, { message: 'busy' }, { 'Retry-After': '1', 'X-Request-Id': 'req_1' })
      .get('/v1/things').query({ page: '2' }).reply(200, [], { 'X-Request-Id': 'req_2' });
    await testTransport({ logLevel: 'debug', logger: log.logger, retry: { sleep } })
      .request({ operation: 'list', method: 'GET', path: '/things', query: { page: 2 }, readSuccess: readJson });
    expect(log.debug).toHaveLength(2);
    expect(log.debug[0]).toMatch(/^hookbridge: test list GET \/v1\/things\?page=2 -> 503 in \d+ ms \(attempt 1, request id req_1\); retry in 1(\.\d)? s$/);
    expect(log.debug[1]).toMatch(/^hookbridge: test list GET \/v1\/things\?page=2 -> 200 in \d+ ms \(attempt 2, request id req_2\)$/);
    expect(log.warn).toEqual([]);
  });

  it('a line for an attempt without a response, and for the one that stops the call', async () => {
    const { sleep } = recordingSleep();
    const log = capture();
    nock(ORIGIN).get('/v1/things').replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))
      .get('/v1/things').reply(404, { message: 'gone' });
    await expect(testTransport({ logLevel: 'debug', logger: log.logger, retry: { sleep } })
      .request({ operation: 'get', method: 'GET', path: '/things', readSuccess: readJson })).rejects.toThrow('gone');
    expect(log.debug[0]).toMatch(/-> no response \(ECONNRESET\) in \d+ ms \(attempt 1\); retry in \d+ ms$/);
    expect(log.debug[1]).toMatch(/-> 404 in \d+ ms \(attempt 2\)$/);
  });

  it('never logs a key, a secret or a body, on any line', async () => {
    const { sleep } = recordingSleep();
    const log = capture();
    const secret = 'whsec_body_secret_9f8e7d6c5b4a';
    nock(ORIGIN).post('/v1/things').query(true).reply(503, { message: `bad key ${API_KEY}`, echo: secret })
      .post('/v1/things').query(true).reply(201, { id: 'x', secret, note: 'response body text' });
    const transport = testTransport({ logLevel: 'debug', logger: log.logger, retry: { sleep }, idempotencyHeader: 'Idempotency-Key' });
    await transport.request({
      operation: 'create', method: 'POST', path: `/things`, query: { token: API_KEY }, body: { secret, marker: 'request body text' },
      secrets: [secret], readSuccess: readJson,
    });
    const lines = [...log.debug, ...log.warn];
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(API_KEY);
      expect(line).not.toContain(secret);
      expect(line).not.toContain('body text');
      expect(line).not.toContain('bad key');
    }
  });

  it("logLevel 'warn' (the default) writes no debug line; 'off' writes nothing at all", async () => {
    for (const logLevel of ['warn', 'off'] as const) {
      const log = capture();
      nock(ORIGIN).get('/v1/things').reply(200, []);
      await testTransport({ logLevel, logger: log.logger }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
      expect(log.debug).toEqual([]);
    }
  });

  it('HOOKBRIDGE_LOG=debug turns debug lines on when the client names no level; logLevel wins over it', async () => {
    vi.stubEnv('HOOKBRIDGE_LOG', 'debug');
    const viaEnv = capture();
    const explicit = capture();
    nock(ORIGIN).get('/v1/things').times(2).reply(200, []);
    await testTransport({ logger: viaEnv.logger }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
    await testTransport({ logger: explicit.logger, logLevel: 'warn' }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
    expect(viaEnv.debug).toHaveLength(1);
    expect(explicit.debug).toEqual([]);
  });

  it('an unreadable HOOKBRIDGE_LOG falls back to warn, and says so once', () => {
    vi.stubEnv('HOOKBRIDGE_LOG', 'verbose');
    const log = capture();
    testTransport({ logger: log.logger });
    expect(log.warn).toEqual(['hookbridge: HOOKBRIDGE_LOG="verbose" is not one of off, warn, debug; logging at warn.']);
  });

  it('writes to stderr by default', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    nock(ORIGIN).get('/v1/things').reply(200, []);
    await testTransport({ logLevel: 'debug' }).request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson });
    expect(write).toHaveBeenCalledTimes(1);
    expect(String(write.mock.calls[0]![0])).toMatch(/^hookbridge: test list GET \/v1\/things -> 200 .*\n$/);
  });

  it('a per-call logLevel and logger override the client ones', async () => {
    const client = capture();
    const call = capture();
    nock(ORIGIN).get('/v1/things').reply(200, []);
    await testTransport({ logLevel: 'off', logger: client.logger })
      .request({ operation: 'list', method: 'GET', path: '/things', options: { logLevel: 'debug', logger: call.logger }, readSuccess: readJson });
    expect(client.debug).toEqual([]);
    expect(call.debug).toHaveLength(1);
  });

  it('a logger that throws never changes the outcome of the call', async () => {
    nock(ORIGIN).get('/v1/things').reply(200, ['ok']);
    const logger = { debug: () => { throw new Error('disk full'); }, warn: () => { throw new Error('disk full'); } };
    const transport = createTransport({
      provider: 'test', baseUrl: `${ORIGIN}/v1`, credentials: { headers: {}, secrets: [] }, logLevel: 'debug', logger,
    });
    await expect(transport.request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson, readFailure: readTestFailure }))
      .resolves.toEqual(['ok']);
  });
});

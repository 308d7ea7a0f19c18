import { getEventListeners } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeoutError } from '../../../src/errors';
import { readJson, testTransport } from './support';

// A real server on 127.0.0.1: nock cannot stall a body after the headers without crashing undici
// when the request is aborted (see `lateReply`). `/stall` sends its headers and the first bytes of
// the body at once, then never finishes; `/ok` answers whole.
const server = http.createServer((req, res) => {
  if (req.url === '/v1/stall') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('[]');
});
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const get = (transport: ReturnType<typeof testTransport>, path: string, options = {}) =>
  transport.request({ operation: 'list', method: 'GET', path, options, readSuccess: readJson });

describe('the attempt timeout covers reading the body, not only the headers', () => {
  it('a body that stops coming fails with TimeoutError after the timeout', async () => {
    const error = await get(testTransport({ baseUrl, timeout: 100, retry: false }), '/stall').catch((e: unknown) => e);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).message).toBe('list: no response within 100 ms');
  });

  it("the call's deadline cuts a stalled body too", async () => {
    const error = await get(testTransport({ baseUrl, deadline: 100, retry: false }), '/stall').catch((e: unknown) => e);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).message).toBe("list: the call's deadline of 100 ms ran out during attempt 1 (1 attempt made)");
  });

  it("the caller's abort ends a body read with the caller's reason", async () => {
    const controller = new AbortController();
    const reason = new Error('gave up');
    const transport = testTransport({ baseUrl, retry: false, hooks: { onRequest: () => setTimeout(() => controller.abort(reason), 50) } });
    await expect(get(transport, '/stall', { signal: controller.signal })).rejects.toBe(reason);
  });
});

describe("the caller's signal", () => {
  it('holds no listener of ours once the calls that used it are over', async () => {
    const controller = new AbortController();
    const transport = testTransport({ baseUrl });
    for (let i = 0; i < 3; i++) await expect(get(transport, '/ok', { signal: controller.signal })).resolves.toEqual([]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

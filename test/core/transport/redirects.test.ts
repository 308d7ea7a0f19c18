import http from 'node:http';
import net from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, ResponseValidationError } from '../../../src/errors';
import { neverReachedServer } from '../../../src/transport/retry-policy';
import { API_KEY, readJson, recordingSleep, testTransport } from './support';

// Real servers on 127.0.0.1: what fetch does with a 3xx is the point, so nothing is intercepted.
beforeAll(() => nock.enableNetConnect('127.0.0.1'));
afterAll(() => nock.disableNetConnect());

interface Seen { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }
const servers: http.Server[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve)))); });

async function server(answer: (seen: Seen) => { status: number; headers?: Record<string, string>; body?: string }) {
  const seen: Seen[] = [];
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(request);
      const { status, headers = {}, body: out = '' } = answer(request);
      res.writeHead(status, headers).end(out);
    });
  });
  servers.push(srv);
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { seen, origin: `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}` };
}

async function refusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const SECRET = 'whsec_sent_in_the_create_body_1234';
const create = (transport: ReturnType<typeof testTransport>) => transport.request({
  operation: 'create', method: 'POST', path: '/things', body: { secret: SECRET }, secrets: [SECRET], readSuccess: readJson,
});

describe('redirects are never followed', () => {
  it('a 302 to another origin is a ResponseValidationError, and the key never reaches that origin', async () => {
    const elsewhere = await server(() => ({ status: 200, body: '[]' }));
    const api = await server(() => ({ status: 302, headers: { location: `${elsewhere.origin}/collect?token=abc` } }));
    const error = await testTransport({ baseUrl: api.origin, retry: { sleep: recordingSleep().sleep } })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }).catch((e: unknown) => e);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect((error as ResponseValidationError).status).toBe(302);
    expect((error as ResponseValidationError).retryable).toBe(false);
    expect((error as ResponseValidationError).message).toContain(`a redirect to another origin, ${elsewhere.origin}`);
    expect((error as ResponseValidationError).message).not.toContain('token=abc');
    expect(api.seen).toHaveLength(1);
    expect(elsewhere.seen).toEqual([]);
  });

  it('a 307 on a create is not re-sent: one POST, its secret goes nowhere else', async () => {
    const elsewhere = await server(() => ({ status: 201, body: '{}' }));
    const api = await server(() => ({ status: 307, headers: { location: `${elsewhere.origin}/things` } }));
    const transport = testTransport({ baseUrl: api.origin, idempotencyHeader: 'Idempotency-Key', retry: { sleep: recordingSleep().sleep } });
    await expect(create(transport)).rejects.toSatisfy((e) => ResponseValidationError.isInstance(e));
    expect(api.seen).toHaveLength(1);
    expect(elsewhere.seen).toEqual([]);
  });

  it('a same-origin redirect names the path it pointed to, and is not followed either', async () => {
    const api = await server((seen) => (seen.url === '/things' ? { status: 301, headers: { location: '/v2/things' } } : { status: 200, body: '[]' }));
    const error = await testTransport({ baseUrl: api.origin })
      .request({ operation: 'list', method: 'GET', path: '/things', readSuccess: readJson }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('answered 301, a redirect to /v2/things');
    expect(api.seen.map((s) => s.url)).toEqual(['/things']);
  });
});

describe('"never reached the server" believes only the request\'s own host', () => {
  it('a redirect to a refused port makes a POST without a key go out once', async () => {
    const port = await refusedPort();
    const api = await server(() => ({ status: 307, headers: { location: `http://127.0.0.1:${port}/things` } }));
    const { sleep, delays } = recordingSleep();
    await expect(create(testTransport({ baseUrl: api.origin, retry: { retries: 2, sleep } }))).rejects.toThrow();
    expect(api.seen).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('a custom fetch that follows the redirect to a refused port: the refusal is not believed, no repeat', async () => {
    const port = await refusedPort();
    const api = await server(() => ({ status: 302, headers: { location: `http://127.0.0.1:${port}/things` } }));
    const following = ((input: Request | URL | string, init?: RequestInit) =>
      globalThis.fetch(new Request(input as Request, { ...init, redirect: 'follow' }))) as typeof fetch;
    const { sleep, delays } = recordingSleep();
    const error = await create(testTransport({ baseUrl: api.origin, fetch: following, retry: { retries: 2, sleep } })).catch((e: unknown) => e);
    expect(NetworkError.isInstance(error)).toBe(true);
    expect((error as NetworkError).message).toContain('ECONNREFUSED');
    expect(api.seen).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });

  it('neverReachedServer: a refusal from another port or address is not the request\'s own', () => {
    const refused = (port: number, address = '127.0.0.1') => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', port, address });
    expect(neverReachedServer(refused(4000), 'http://127.0.0.1:4000/v1/things')).toBe(true);
    expect(neverReachedServer(refused(4001), 'http://127.0.0.1:4000/v1/things')).toBe(false);
    expect(neverReachedServer(refused(443, '10.0.0.9'), 'https://10.0.0.8/v1')).toBe(false);
    expect(neverReachedServer(refused(443, '10.0.0.9'), 'https://api.example.com/v1')).toBe(true);
    expect(neverReachedServer(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), 'https://api.example.com')).toBe(false);
  });
});

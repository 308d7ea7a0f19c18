import ky from 'ky';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_KEY, ORIGIN, readJson, testTransport } from './support';

afterEach(() => vi.restoreAllMocks());

function recordingFetch(respond: () => Response = () => Response.json({ id: 'x' })) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return respond();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

describe('transport plumbing', () => {
  it('sends through the injected fetch, with auth, JSON and query', async () => {
    const { fetch, requests } = recordingFetch();
    const result = await testTransport({ fetch }).request({
      operation: 'create', method: 'POST', path: '/things', query: { page: 2, skip: undefined }, body: { a: 1 }, readSuccess: readJson,
    });
    expect(result).toEqual({ id: 'x' });
    expect(requests).toHaveLength(1);
    const [request] = requests as [Request];
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${ORIGIN}/v1/things?page=2`);
    expect(request.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await request.json()).toEqual({ a: 1 });
  });

  it('builds one ky instance per client, with ky retry off, and reuses it for every call', async () => {
    const create = vi.spyOn(ky, 'create');
    const { fetch, requests } = recordingFetch();
    const transport = testTransport({ fetch });
    for (let i = 0; i < 3; i++) await transport.request({ operation: 'get', method: 'GET', path: `/things/${i}`, readSuccess: readJson });
    expect(requests).toHaveLength(3);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toMatchObject({ retry: 0, throwHttpErrors: false });
  });

  it('adds client and per-call headers, but never lets them replace the credentials', async () => {
    const { fetch, requests } = recordingFetch();
    await testTransport({ fetch, headers: { 'x-client': 'a', 'x-both': 'client' } }).request({
      operation: 'get', method: 'GET', path: '/things/1', readSuccess: readJson,
      options: { headers: { 'x-call': 'b', 'x-both': 'call', Authorization: 'Bearer other' } },
    });
    const headers = requests[0]!.headers;
    expect(headers.get('x-client')).toBe('a');
    expect(headers.get('x-call')).toBe('b');
    expect(headers.get('x-both')).toBe('call');
    expect(headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
  });

  it('keeps an idempotency key the caller sent as a header, in any case, and sends just one', async () => {
    const { fetch, requests } = recordingFetch();
    const transport = testTransport({ fetch, idempotencyHeader: 'Idempotency-Key' });
    await transport.request({
      operation: 'create', method: 'POST', path: '/things', body: {}, readSuccess: readJson,
      options: { headers: { 'IDEMPOTENCY-KEY': 'caller-key-1' } },
    });
    await transport.request({ operation: 'create', method: 'POST', path: '/things', body: {}, readSuccess: readJson });
    expect(requests[0]!.headers.get('idempotency-key')).toBe('caller-key-1');
    expect(requests[1]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

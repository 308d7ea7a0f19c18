import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type DialNexaSimulator, type SentDmSimulator } from '../../../entries/testing';
import { validWebhook } from '../../sentdm/simulator-client';

let dialnexa: DialNexaSimulator;
let sentdm: SentDmSimulator;
beforeAll(async () => { [dialnexa, sentdm] = await Promise.all([startSimulator('dialnexa'), startSimulator('sentdm')]); });
afterEach(() => { dialnexa.reset(); sentdm.reset(); });
afterAll(() => Promise.all([dialnexa.close(), sentdm.close()]));

const dialnexaCreate = () => fetch(`${dialnexa.baseUrl}/user-webhooks`, {
  method: 'POST', headers: { authorization: `Bearer ${dialnexa.apiKey}`, 'content-type': 'application/json' },
  body: JSON.stringify({ url: 'https://app.example/h', events: ['call.completed'], secret: 'whsec_x' }),
});
const dialnexaList = () => fetch(`${dialnexa.baseUrl}/user-webhooks`, { headers: { authorization: `Bearer ${dialnexa.apiKey}` } });
const sentdmCreate = () => fetch(`${sentdm.baseUrl}/v3/webhooks`, {
  method: 'POST', headers: { 'x-api-key': sentdm.apiKey, 'content-type': 'application/json' }, body: JSON.stringify(validWebhook),
});

describe('fault: status', () => {
  it('answers the next N requests with the status in DialNexa format, without handling them', async () => {
    const handle = dialnexa.fail({ kind: 'status', status: 503, times: 2, retryAfter: 7 });
    for (let n = 0; n < 2; n++) {
      const response = await dialnexaCreate();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(await response.json()).toEqual({ statusCode: 503, message: 'Service Unavailable', error: 'Service Unavailable' });
    }
    expect(handle.remaining).toBe(0);
    expect(dialnexa.webhooks).toHaveLength(0);
    expect((await dialnexaCreate()).status).toBe(201);
  });

  it('uses sent.dm codes: 500 INTERNAL_001, 429 BUSINESS_002, inside the envelope', async () => {
    sentdm.fail({ kind: 'status', status: 500 });
    sentdm.fail({ kind: 'status', status: 429, retryAfter: 2 });
    const first = await sentdmCreate();
    const body = await first.json();
    expect(first.status).toBe(500);
    expect(body).toMatchObject({ success: false, data: null, error: { code: 'INTERNAL_001' }, meta: { request_id: first.headers.get('x-request-id') } });
    const second = await sentdmCreate();
    expect(second.status).toBe(429);
    expect((await second.json()).error.code).toBe('BUSINESS_002');
    expect(second.headers.get('retry-after')).toBe('2');
    expect((await sentdmCreate()).status).toBe(201);
  });

  it('a 204 status fault sends no body and no Content-Length', async () => {
    dialnexa.fail({ kind: 'status', status: 204 });
    const response = await dialnexaList();
    expect(response.status).toBe(204);
    expect(response.headers.get('content-length')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it('can be limited to some requests and given its own body', async () => {
    dialnexa.fail({ kind: 'status', status: 502, match: { method: 'GET', path: '/v1/user-webhooks' }, body: { upstream: 'down' } });
    expect((await dialnexaCreate()).status).toBe(201);
    const listed = await dialnexaList();
    expect(listed.status).toBe(502);
    expect(await listed.json()).toEqual({ upstream: 'down' });
  });
});

describe('fault: latency', () => {
  it('delays every response until cleared, or only the next N', async () => {
    const always = dialnexa.fail({ kind: 'latency', ms: 25 });
    for (let n = 0; n < 2; n++) {
      const started = performance.now();
      expect((await dialnexaList()).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(20);
    }
    expect(always.remaining).toBe(Infinity);
    always.clear();
    const once = dialnexa.fail({ kind: 'latency', ms: 20, times: 1 });
    const started = performance.now();
    await dialnexaList();
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    expect(once.remaining).toBe(0);
  });

  it('holds a response until the fault is cleared', async () => {
    const hold = sentdm.fail({ kind: 'latency', ms: 60_000 });
    let settled = false;
    const pending = sentdmCreate().then((response) => { settled = true; return response; });
    await sentdm.waitForRequest();
    expect(sentdm.webhooks).toHaveLength(1); // handled, not yet answered
    expect(settled).toBe(false);
    hold.clear();
    expect((await pending).status).toBe(201);
  });
});

describe('fault: latency and impatient clients', () => {
  it('a client that gives up while a response is held does not break the simulator', async () => {
    const hold = dialnexa.fail({ kind: 'latency', ms: 60_000, times: 1 });
    const controller = new AbortController();
    const gaveUp = fetch(`${dialnexa.baseUrl}/user-webhooks`, { headers: { authorization: `Bearer ${dialnexa.apiKey}` }, signal: controller.signal });
    await dialnexa.waitForRequest();
    controller.abort();
    await expect(gaveUp).rejects.toThrow();
    hold.clear();
    expect((await dialnexaList()).status).toBe(200);
  });
});

describe('fault: drop', () => {
  it('before handling: no response, nothing stored', async () => {
    dialnexa.fail({ kind: 'drop' });
    await expect(dialnexaCreate()).rejects.toThrow(TypeError);
    expect(dialnexa.webhooks).toHaveLength(0);
    expect((await dialnexaCreate()).status).toBe(201);
  });

  it('after handling: no response, but the webhook exists', async () => {
    dialnexa.fail({ kind: 'drop', when: 'after-handling' });
    await expect(dialnexaCreate()).rejects.toThrow(TypeError);
    expect(dialnexa.webhooks).toHaveLength(1);
  });

  it('mid-body: status and headers arrive, the body stream breaks', async () => {
    sentdm.fail({ kind: 'drop', when: 'mid-body' });
    const response = await sentdmCreate();
    expect(response.status).toBe(201);
    await expect(response.text()).rejects.toThrow();
    expect(sentdm.webhooks).toHaveLength(1);
  });
});

describe('fault: malformed body', () => {
  it('truncated: a 2xx whose JSON is cut in half, the request still took effect', async () => {
    sentdm.fail({ kind: 'malformed', body: 'truncated' });
    const response = await sentdmCreate();
    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text.startsWith('{"success":true')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(sentdm.webhooks).toHaveLength(1);
  });

  it('html: an HTML error page, with the status given', async () => {
    dialnexa.fail({ kind: 'malformed', body: 'html', status: 502 });
    const response = await dialnexaList();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<title>502 Bad Gateway</title>');
  });

  it('empty, not-json and custom text', async () => {
    dialnexa.fail({ kind: 'malformed', body: 'empty' });
    dialnexa.fail({ kind: 'malformed', body: 'not-json' });
    dialnexa.fail({ kind: 'malformed', body: { text: 'null' } });
    const empty = await dialnexaList();
    expect([empty.status, empty.headers.get('content-type'), await empty.text()]).toEqual([200, 'application/json; charset=utf-8', '']);
    expect(await (await dialnexaList()).text()).toMatch(/^upstream connect error/);
    expect(await (await dialnexaList()).text()).toBe('null');
    expect((await (await dialnexaList()).json()).data).toEqual([]);
  });
});

describe('fail(): bookkeeping', () => {
  it('refuses nonsense and clearFaults withdraws everything', async () => {
    expect(() => dialnexa.fail({ kind: 'latency', ms: -1 })).toThrow(TypeError);
    expect(() => dialnexa.fail({ kind: 'status', status: 42 })).toThrow(TypeError);
    expect(() => dialnexa.fail({ kind: 'drop', times: 0 })).toThrow(TypeError);
    dialnexa.fail({ kind: 'status', status: 500, times: 3 });
    dialnexa.clearFaults();
    expect((await dialnexaList()).status).toBe(200);
  });

  it('records every request, faulted or not', async () => {
    dialnexa.fail({ kind: 'drop' });
    await dialnexaList().catch(() => undefined);
    await dialnexaList();
    expect(dialnexa.requests.map((r) => [r.method, r.path])).toEqual([['GET', '/v1/user-webhooks'], ['GET', '/v1/user-webhooks']]);
    expect(dialnexa.requests[0]?.headers.authorization).toBe(`Bearer ${dialnexa.apiKey}`);
  });
});

describe('closing', () => {
  it('fails a pending waitForRequest instead of leaving it hanging', async () => {
    const own = await startSimulator('dialnexa');
    const pending = own.waitForRequest((request) => request.method === 'DELETE');
    await own.close();
    await expect(pending).rejects.toThrow(/closed before a matching request arrived/);
  });
});

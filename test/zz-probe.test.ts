import nock from 'nock';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ORIGIN, readJson, recordingSleep, testTransport, API_KEY } from './core/support';
import { dialnexa, sentdm, verifyWebhook } from '../src/index';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

it('503 with X-RateLimit-Reset far away', async () => {
  const { sleep, delays } = recordingSleep();
  const reset = String(Math.floor(Date.now() / 1000) + 60);
  nock(ORIGIN).get('/v1/x').reply(503, {}, { 'X-RateLimit-Reset': reset, 'X-RateLimit-Remaining': '99' }).get('/v1/x').reply(200, {});
  await testTransport({ retry: { sleep } }).request({ operation: 'get', method: 'GET', path: '/x', parse: readJson });
  console.log('delays', delays);
});

it('key echoes', async () => {
  const key = 'keyid123:supersecretvalue99';
  nock('https://api.dialnexa.com').get('/v1/user-webhooks/a').reply(401, { statusCode: 401, message: `bad key ${key} / ${key.toUpperCase()} / ${encodeURIComponent(key)}`, error: 'Unauthorized' });
  const e = await dialnexa({ apiKey: key, retry: false }).get('a').catch((x) => x);
  console.log(inspect(e), JSON.stringify(e));
});

it('sentdm key in header echo and json escape', async () => {
  const key = 'sk"live/abc\\def1234';
  nock('https://api.sent.dm').get('/v3/webhooks/a').reply(401, { success: false, error: { code: 'AUTH_002', message: `bad ${key}` } });
  const e = await sentdm({ apiKey: key, retry: false }).get('a').catch((x) => x);
  console.log(inspect(e));
});

it('verify junk', async () => {
  for (const headers of [null, undefined, 5, 'x', { 'x-webhook-signature': 5 }, new Map([['x-webhook-id', 'a']])] as any[]) {
    const e = await verifyWebhook({ provider: 'sentdm', body: '{}', headers, secret: 'whsec_' + btoa('k'.repeat(32)) }).catch((x) => x);
    console.log(e?.name, e?.reason, e?.message);
  }
  for (const h of [{ 'x-webhook-id': 'a', 'x-webhook-timestamp': '1', 'x-webhook-signature': 'v1,' }, { 'x-webhook-id': 'a', 'x-webhook-timestamp': '1', 'x-webhook-signature': ['v1,@@@', 7] }, { 'x-webhook-id': 'a', 'x-webhook-timestamp': '9'.repeat(30), 'x-webhook-signature': 'v1,xx' }]) {
    const e = await verifyWebhook({ provider: 'sentdm', body: '{}', headers: h as any, secret: 'whsec_' + btoa('k'.repeat(32)) }).catch((x) => x);
    console.log(e?.name, e?.reason);
  }
  for (const secret of [5, [null], { a: 1 }, 'whsec_###'] as any[]) {
    const e = await verifyWebhook({ provider: 'sentdm', body: '{}', headers: {}, secret }).catch((x) => x);
    console.log('secret', e?.name, e?.reason, e?.message);
  }
  for (const body of [null, 5, { a: 1 }, [1]] as any[]) {
    const e = await verifyWebhook({ provider: 'dialnexa', body, headers: { 'x-dialnexa-signature': 'sha256=' + '0'.repeat(64) }, secret: 'abc' }).catch((x) => x);
    console.log('body', e?.name, e?.reason);
  }
  const e = await verifyWebhook({ provider: 'dialnexa', body: '{}', headers: { 'x-dialnexa-signature': 'sha256=' + 'g'.repeat(64) }, secret: 'abc', now: 'x' as any }).catch((x) => x);
  console.log('dx', e?.name, e?.reason);
  const e2 = await verifyWebhook({ provider: 'sentdm', body: '{}', headers: { 'x-webhook-id': 'a', 'x-webhook-timestamp': '1', 'x-webhook-signature': 'v1,' + btoa('x'.repeat(32)) }, secret: 'whsec_' + btoa('k'.repeat(32)), now: 'x' as any }).catch((x) => x);
  console.log('now junk', e2?.name, e2?.reason, e2?.message);
});

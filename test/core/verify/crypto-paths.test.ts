import { createHmac } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as onNode from '../../../providers/catalogue/signing';
import { cryptoEngine } from '../../../src/verify/crypto-engine';
import { webCryptoEngine } from '../../../src/verify/web-crypto-engine';
import { callEnded, DIALNEXA_SECRET, dialNexaReference, messageDelivered, SENTDM_SECRET, sentDmReference } from './fixtures';

// Verification runs on node:crypto where the runtime offers it (process.getBuiltinModule) and on
// Web Crypto everywhere else. The engine is chosen once, on first use: a second copy of the
// modules, first used while getBuiltinModule is hidden as on an edge runtime, takes Web Crypto.
// Every case below must give the same event, or the same failure, on both.
type Catalogue = typeof onNode;
let onWeb: Catalogue;

beforeAll(async () => {
  vi.resetModules();
  const original = process.getBuiltinModule;
  Object.assign(process, { getBuiltinModule: undefined });
  try {
    onWeb = await import('../../../providers/catalogue/signing');
    const engines = { chosen: await import('../../../src/verify/crypto-engine'), web: await import('../../../src/verify/web-crypto-engine') };
    expect(engines.chosen.cryptoEngine()).toBe(engines.web.webCryptoEngine);
  } finally {
    Object.assign(process, { getBuiltinModule: original });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});

type Options = Parameters<Catalogue['verifyWebhook']>[0];

/** What a verification ends in, comparable across the two module copies (their error classes differ). */
async function outcome(verification: Promise<unknown>): Promise<unknown> {
  try {
    return { event: await verification };
  } catch (error) {
    const { name, code, reason, message } = error as Record<string, unknown>;
    return { failure: { name, code, reason, message } };
  }
}

const NOW = 1_700_000_000;
const OTHER_SECRET = 'whsec_c2Vjb25kIHNlY3JldCBmb3Igcm90YXRpb24=';
const github = (body: string, secret = 'gh secret') => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const sentdm = (body: string, secret = SENTDM_SECRET, id = 'wh_1', timestamp = NOW) =>
  ({ 'x-webhook-id': id, 'x-webhook-timestamp': String(timestamp), 'x-webhook-signature': sentDmReference(secret, id, timestamp, body) });
const noDedupeId = JSON.stringify({ field: 'templates', timestamp: '2025-10-31T10:10:42Z', payload: { name: 'no template_id' } });
// A lone surrogate written into a string body (sent as U+FFFD), and one escaped in the JSON, in an id.
const surrogate = '{"event_type":"call_ended","payload":{"call":{"id":"call_1","note":"\ud800"}}}';
const escapedSurrogate = JSON.stringify({ event_type: 'call_ended', payload: { call: { id: 'call_\ud800' } } });

const cases: [string, Options][] = [
  ['DialNexa, valid', { provider: 'dialnexa', body: callEnded, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, callEnded) }, secret: DIALNEXA_SECRET }],
  ['DialNexa, valid, the body as a Buffer slice', { provider: 'dialnexa', body: Buffer.from(`xx${callEnded}`).subarray(2), headers: { 'x-nexa-signature': dialNexaReference(DIALNEXA_SECRET, callEnded) }, secret: DIALNEXA_SECRET }],
  ['DialNexa, tampered body', { provider: 'dialnexa', body: `${callEnded} `, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, callEnded) }, secret: DIALNEXA_SECRET }],
  ['DialNexa, wrong secret', { provider: 'dialnexa', body: callEnded, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, callEnded) }, secret: 'whsec_wrong' }],
  ['DialNexa, a forged and a good signature', { provider: 'dialnexa', body: callEnded, headers: { 'x-dialnexa-signature': `sha256=${'0'.repeat(64)}, ${dialNexaReference(DIALNEXA_SECRET, callEnded)}` }, secret: DIALNEXA_SECRET }],
  ['DialNexa, rotation: the new secret second', { provider: 'dialnexa', body: callEnded, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, callEnded) }, secret: ['whsec_old', DIALNEXA_SECRET] }],
  ['DialNexa, a lone surrogate in a string body', { provider: 'dialnexa', body: surrogate, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, surrogate) }, secret: DIALNEXA_SECRET }],
  ['DialNexa, an escaped lone surrogate in the id', { provider: 'dialnexa', body: escapedSurrogate, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, escapedSurrogate) }, secret: DIALNEXA_SECRET }],
  ['DialNexa, a byte order mark before the JSON (TextDecoder drops it)', { provider: 'dialnexa', body: `\ufeff${callEnded}`, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, `\ufeff${callEnded}`) }, secret: DIALNEXA_SECRET }],
  ['DialNexa, signed but not JSON', { provider: 'dialnexa', body: 'not json', headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, 'not json') }, secret: DIALNEXA_SECRET }],
  ['sent.dm, valid', { provider: 'sentdm', body: messageDelivered, headers: sentdm(messageDelivered), secret: SENTDM_SECRET, now: NOW * 1000 }],
  ['sent.dm, valid, bytes, keyed by the body digest', { provider: 'sentdm', body: new TextEncoder().encode(noDedupeId), headers: sentdm(noDedupeId), secret: SENTDM_SECRET, now: NOW * 1000 }],
  ['sent.dm, tampered body', { provider: 'sentdm', body: messageDelivered.replace('sms', 'rcs'), headers: sentdm(messageDelivered), secret: SENTDM_SECRET, now: NOW * 1000 }],
  ['sent.dm, tampered id', { provider: 'sentdm', body: messageDelivered, headers: { ...sentdm(messageDelivered), 'x-webhook-id': 'wh_2' }, secret: SENTDM_SECRET, now: NOW * 1000 }],
  ['sent.dm, wrong secret', { provider: 'sentdm', body: messageDelivered, headers: sentdm(messageDelivered), secret: OTHER_SECRET, now: NOW * 1000 }],
  ['sent.dm, several signatures, one good', { provider: 'sentdm', body: messageDelivered, headers: { ...sentdm(messageDelivered), 'x-webhook-signature': `v1,${Buffer.alloc(32).toString('base64')} v2,abc ${sentdm(messageDelivered)['x-webhook-signature']}` }, secret: SENTDM_SECRET, now: NOW * 1000 }],
  ['sent.dm, rotation: signed with the second secret', { provider: 'sentdm', body: messageDelivered, headers: sentdm(messageDelivered, OTHER_SECRET), secret: [SENTDM_SECRET, OTHER_SECRET], now: NOW * 1000 }],
  ['sent.dm, authentic but stale', { provider: 'sentdm', body: messageDelivered, headers: sentdm(messageDelivered), secret: SENTDM_SECRET, now: (NOW + 301) * 1000 }],
  ['GitHub, valid', { provider: 'github', body: '{"zen":"Design for failure."}', headers: { 'x-hub-signature-256': github('{"zen":"Design for failure."}'), 'x-github-event': 'ping', 'x-github-delivery': 'd-1' }, secret: 'gh secret' }],
  ['GitHub, tampered', { provider: 'github', body: '{"zen":"Design for success."}', headers: { 'x-hub-signature-256': github('{"zen":"Design for failure."}') }, secret: 'gh secret' }],
  ['GitHub, rotation', { provider: 'github', body: '{"a":1}', headers: { 'x-hub-signature-256': github('{"a":1}', 'new') }, secret: ['old', 'new'] }],
];

describe('node:crypto and Web Crypto give the same results', () => {
  it('this copy runs on node:crypto, the other on Web Crypto', async () => {
    expect(cryptoEngine()).not.toBe(webCryptoEngine);
    const sign = vi.spyOn(crypto.subtle, 'sign');
    await onNode.verifyWebhook(cases[0]![1]);
    expect(sign).not.toHaveBeenCalled();
    await onWeb.verifyWebhook(cases[0]![1]);
    expect(sign).toHaveBeenCalled();
  });

  it.each(cases)('%s', async (_name, options) => {
    const node = await outcome(onNode.verifyWebhook(options));
    const web = await outcome(onWeb.verifyWebhook(options));
    expect(web).toEqual(node);
    // The same as a byte body: a string is read as its UTF-8 bytes would be.
    if (typeof options.body === 'string') expect(await outcome(onNode.verifyWebhook({ ...options, body: Buffer.from(options.body) }))).toEqual(node);
  });

  it('the cases cover both outcomes on both paths', async () => {
    const results = await Promise.all(cases.map(([, options]) => outcome(onWeb.verifyWebhook(options))));
    const reasons = results.map((result) => ('failure' in (result as object) ? (result as { failure: { reason?: string; name: string } }).failure.reason ?? (result as { failure: { name: string } }).failure.name : 'verified'));
    expect(new Set(reasons)).toEqual(new Set(['verified', 'mismatch', 'timestamp_too_old', 'ValidationError']));
  });

  it('signing gives the same headers on both', async () => {
    const options = { body: messageDelivered, secret: SENTDM_SECRET, webhookId: 'wh_1', timestamp: NOW };
    for (const provider of ['dialnexa', 'sentdm', 'github'] as const) {
      const event = provider === 'github' ? { event: 'ping', delivery: 'd-1' } : {};
      expect(await onWeb.signWebhook({ provider, ...options, ...event })).toEqual(await onNode.signWebhook({ provider, ...options, ...event }));
    }
  });

  it('a lone surrogate in a string body reads as U+FFFD, as the signed UTF-8 bytes say', async () => {
    const headers = { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, surrogate) };
    for (const side of [onNode, onWeb]) {
      const event = await side.verifyWebhook({ provider: 'dialnexa', body: surrogate, headers, secret: DIALNEXA_SECRET });
      expect((event.raw as { payload: { call: { note: string } } }).payload.call.note).toBe('\ufffd');
    }
  });

  it("imports a secret's key once, not on every delivery", async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    const secret = 'whsec_imported_once';
    const headers = { 'x-dialnexa-signature': dialNexaReference(secret, callEnded) };
    for (let i = 0; i < 3; i++) await onWeb.verifyWebhook({ provider: 'dialnexa', body: callEnded, headers, secret });
    await onWeb.verifyWebhook({ provider: 'dialnexa', body: callEnded, headers, secret: `  ${secret}\n` });
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it('a byte body reused by the caller while Web Crypto works verifies what was passed', async () => {
    const body = Buffer.from(callEnded);
    const pending = onWeb.verifyWebhook({ provider: 'dialnexa', body, headers: { 'x-dialnexa-signature': dialNexaReference(DIALNEXA_SECRET, callEnded) }, secret: DIALNEXA_SECRET });
    body.fill(0x20);
    await expect(pending).resolves.toMatchObject({ type: 'call_ended', raw: JSON.parse(callEnded) });
  });
});

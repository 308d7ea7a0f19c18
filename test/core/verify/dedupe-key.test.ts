import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/verify/body-digest';
import { dedupeKey } from '../../../src/verify/dedupe-key';
import { utf8Bytes } from '../../../src/verify/encoding';
import { firstHeader } from '../../../src/verify/headers';
import { inboundEventFromBody } from '../../../src/verify/inbound-event';
import { defineSigningScheme } from '../../../src/verify/scheme';
import type { SchemeFacts } from '../../../src/verify/scheme-facts';
import { hexSignature } from '../../../src/verify/signature-encodings';

// A scheme of a few facts, with and without a dedupeKey fact: the template's default, and a
// per-delivery header as the one-line fact a provider like GitHub states.
const facts: SchemeFacts = {
  provider: 'hub', label: 'Hub', key: utf8Bytes,
  signature: { headers: ['x-hub-signature-256'], encoding: hexSignature('sha256=') },
  toEvent: (body) => inboundEventFromBody('hub', 'push', body),
};
const plain = defineSigningScheme(facts);
const withDeliveryId = defineSigningScheme({ ...facts, dedupeKey: (_body, { headers }) => firstHeader(headers, 'x-hub-delivery') });
const secret = 'hub-secret';

async function verify(scheme: typeof plain, body: string, headers: Record<string, string> = {}) {
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return scheme.verify({ body, headers: { 'x-hub-signature-256': signature, ...headers }, secret });
}

describe('dedupeKey in the verification template', () => {
  it('a scheme that states nothing gets provider/sha256/<SHA-256 of the canonical body>', async () => {
    const body = '{"b":[1,{"y":2,"x":1}],"a":"é"}';
    const event = await verify(plain, body);
    const expected = createHash('sha256').update('{"a":"é","b":[1,{"x":1,"y":2}]}').digest('hex');
    expect(event.dedupeKey).toBe(`hub/sha256/${expected}`);
  });

  it('the default ignores key order and spacing, and tells different bodies apart', async () => {
    const a = await verify(plain, '{"id":1,"n":[1,2]}');
    const b = await verify(plain, '{ "n": [1, 2], "id": 1 }');
    const c = await verify(plain, '{"id":1,"n":[2,1]}');
    expect(b.dedupeKey).toBe(a.dedupeKey);
    expect(c.dedupeKey).not.toBe(a.dedupeKey);
  });

  it('a stated fact wins, and an absent or empty one falls back to the default', async () => {
    const body = '{"zen":"Keep it logically awesome."}';
    expect((await verify(withDeliveryId, body, { 'x-hub-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958' })).dedupeKey)
      .toBe('hub/72d3162e-cc78-11e3-81ab-4c9367dc0958');
    const fallback = (await verify(plain, body)).dedupeKey;
    expect((await verify(withDeliveryId, body)).dedupeKey).toBe(fallback);
    const empty = defineSigningScheme({ ...facts, dedupeKey: () => ['', 'x'] });
    expect((await verify(empty, body)).dedupeKey).toBe(fallback);
  });

  it('an async fact is awaited', async () => {
    const scheme = defineSigningScheme({ ...facts, dedupeKey: async (body) => ['push', String(body.id)] });
    expect((await verify(scheme, '{"id":7}')).dedupeKey).toBe('hub/push/7');
  });
});

describe('dedupeKey()', () => {
  it('joins percent-encoded parts with "/": never a ":" (BullMQ refuses one in a jobId), never two parts confused with one', () => {
    expect(dedupeKey('sentdm', ['message.delivered', 'b8f1c3d2-0000-4000-8000-000000000001'])).toBe('sentdm/message.delivered/b8f1c3d2-0000-4000-8000-000000000001');
    expect(dedupeKey('x', ['a/b', 'c'])).not.toBe(dedupeKey('x', ['a', 'b/c']));
    expect(dedupeKey('x', 'urn:id:1')).toBe('x/urn%3Aid%3A1');
    // JSON can escape a lone surrogate into an id; encodeURIComponent alone would throw a URIError.
    expect(dedupeKey('x', ['call_\ud800'])).toBe('x/call_%EF%BF%BD');
  });

  it('canonical JSON sorts keys at every depth and keeps arrays in order', () => {
    expect(canonicalJson({ b: { d: 1, c: [3, { f: 1, e: 2 }] }, a: null })).toBe('{"a":null,"b":{"c":[3,{"e":2,"f":1}],"d":1}}');
  });
});

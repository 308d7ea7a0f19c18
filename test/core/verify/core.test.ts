import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { timingSafeEqual } from '../../../src/verify/constant-time';
import { base64ToBytes, bytesToBase64, bytesToHex, concatBytes, hexToBytes } from '../../../src/verify/encoding';
import { eventTime } from '../../../src/verify/event-time';
import { firstHeader, headerValues } from '../../../src/verify/headers';
import * as nodeCrypto from 'node:crypto';
import { nodeCryptoEngine } from '../../../src/verify/node-crypto-engine';
import { webCryptoEngine } from '../../../src/verify/web-crypto-engine';
import { rawBodyBytes } from '../../../src/verify/raw-body';

describe('encoding', () => {
  const bytes = new Uint8Array([0, 1, 127, 128, 254, 255]);

  it('round-trips hex and base64 without Buffer', () => {
    expect(bytesToHex(bytes)).toBe('00017f80feff');
    expect(hexToBytes('00017F80FEFF')).toEqual(bytes);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('concatenates byte arrays', () => {
    expect(concatBytes([new Uint8Array([1]), new Uint8Array(), new Uint8Array([2, 3])])).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('returns undefined for junk instead of throwing', () => {
    for (const junk of ['zz', 'abc', '0x00', ' 00']) expect(hexToBytes(junk)).toBeUndefined();
    for (const junk of ['!!!!', 'a b=', 'abcde', '====', 'YQ==YQ==']) expect(base64ToBytes(junk)).toBeUndefined();
  });
});

describe('timingSafeEqual', () => {
  it('is true only for the same bytes and the same length', () => {
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array(), new Uint8Array())).toBe(true);
  });
});

describe.each([
  ['node:crypto', nodeCryptoEngine(nodeCrypto)],
  ['Web Crypto', webCryptoEngine],
] as const)('the %s engine', (_name, engine) => {
  const key = (text: string) => engine.hmacKey(new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>) as never;
  const hmac = async (secret: string, message: (string | Uint8Array)[]) => (await engine.hmacs([key(secret)], message))[0]!;

  it('matches RFC 4231 test case 2, the message given in parts of either kind', async () => {
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(bytesToHex(await hmac('Jefe', ['what do ya want for nothing?']))).toBe(expected);
    expect(bytesToHex(await hmac('Jefe', ['what do ya ', new TextEncoder().encode('want for nothing?')]))).toBe(expected);
  });

  it('one digest per key, in order', async () => {
    const digests = await engine.hmacs([key('k1'), key('k2')], ['body']);
    expect(digests.map((digest) => bytesToHex(digest))).toEqual(['k1', 'k2'].map((k) => nodeCrypto.createHmac('sha256', k).update('body').digest('hex')));
  });

  it('equal: the same bytes only, and never for another length', async () => {
    const digest = await hmac('k', ['body']);
    expect(engine.equal(digest, new Uint8Array(digest))).toBe(true);
    expect(engine.equal(digest, new Uint8Array(32))).toBe(false);
    expect(engine.equal(digest, digest.subarray(0, 31))).toBe(false);
  });

  it('reads the message bytes at once: a buffer reused after the call does not change the result', async () => {
    const body = new TextEncoder().encode('body');
    const pending = engine.hmacs([key('k')], [body]);
    body.fill(0);
    expect((await pending)[0]).toEqual(await hmac('k', ['body']));
  });

  it('hashes text as UTF-8 (lone surrogates as U+FFFD, as TextEncoder writes them)', async () => {
    expect(await engine.sha256Hex('é')).toBe(nodeCrypto.createHash('sha256').update(Buffer.from('é')).digest('hex'));
    expect(await hmac('k', ['a\ud800b'])).toEqual(await hmac('k', [new TextEncoder().encode('a\ud800b')]));
  });
});

describe('headers in every shape', () => {
  it('reads a Fetch Headers case-insensitively', () => {
    const headers = new Headers({ 'X-DialNexa-Signature': 'sha256=ab' });
    expect(headerValues(headers, 'x-dialnexa-signature')).toEqual(['sha256=ab']);
    expect(firstHeader(headers, 'X-DIALNEXA-SIGNATURE')).toBe('sha256=ab');
  });

  it('reads a plain object whatever the key case, every key that matches', () => {
    expect(headerValues({ 'X-Webhook-Id': 'a', 'x-webhook-id': 'b', other: 'c' }, 'x-webhook-id')).toEqual(['a', 'b']);
    expect(firstHeader({ 'X-WEBHOOK-ID': '  a  ' }, 'x-webhook-id')).toBe('a');
  });

  it('reads IncomingHttpHeaders with array values element by element', () => {
    const req = new IncomingMessage(new Socket());
    req.headers = { 'x-webhook-signature': ['v1,a', 'v1,b'], 'x-webhook-id': 'id' };
    expect(headerValues(req.headers, 'x-webhook-signature')).toEqual(['v1,a', 'v1,b']);
    expect(firstHeader(req.headers, 'x-webhook-signature')).toBe('v1,a');
  });

  it('treats absent, blank and non-object header sources as no value', () => {
    expect(firstHeader({ 'x-webhook-id': '   ' }, 'x-webhook-id')).toBeUndefined();
    expect(headerValues(undefined, 'x')).toEqual([]);
    expect(headerValues({ x: undefined }, 'x')).toEqual([]);
  });

  // Express's req.get(), a Map, a Hono-style getter: a `get` that answers undefined (or a
  // non-string) for an absent header must read as "absent", not crash verification with a TypeError.
  it('treats a getter that answers undefined or a non-string as no value', () => {
    expect(headerValues(new Map([['x-webhook-id', 'a']]) as never, 'x-webhook-signature')).toEqual([]);
    expect(firstHeader({ get: () => undefined } as never, 'x-webhook-id')).toBeUndefined();
    expect(headerValues({ get: () => 42 } as never, 'x')).toEqual([]);
    expect(headerValues({ get: () => ['v1,a', 'v1,b'] } as never, 'x')).toEqual(['v1,a', 'v1,b']);
  });
});

describe('rawBodyBytes', () => {
  it('takes strings as UTF-8, byte views and ArrayBuffers as bytes', () => {
    expect(rawBodyBytes('é')).toEqual(new Uint8Array([0xc3, 0xa9]));
    expect(rawBodyBytes(Buffer.from('ab'))).toEqual(new Uint8Array([97, 98]));
    expect(rawBodyBytes(new Uint8Array([1, 2, 3]).subarray(1))).toEqual(new Uint8Array([2, 3]));
    expect(rawBodyBytes(new Uint8Array([4]).buffer)).toEqual(new Uint8Array([4]));
  });

  it('refuses parsed values', () => {
    for (const parsed of [{ a: 1 }, [1], 42, null, undefined]) expect(rawBodyBytes(parsed)).toBeUndefined();
  });
});

describe('eventTime', () => {
  it('reads ISO strings, unix seconds and milliseconds; ignores junk', () => {
    expect(eventTime('2025-10-31T10:10:42Z')?.toISOString()).toBe('2025-10-31T10:10:42.000Z');
    expect(eventTime(1614265330)?.toISOString()).toBe('2021-02-25T15:02:10.000Z');
    expect(eventTime(1614265330000)?.toISOString()).toBe('2021-02-25T15:02:10.000Z');
    for (const junk of ['not a date', '', null, undefined, {}, Number.NaN]) expect(eventTime(junk)).toBeUndefined();
  });
});

import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../../../src/verify/encoding';
import { firstHeader } from '../../../src/verify/headers';
import { inboundEventFromBody } from '../../../src/verify/inbound-event';
import { defineSigningScheme } from '../../../src/verify/scheme';
import type { DeliveryContext } from '../../../src/verify/scheme-facts';
import { encodeSignature, hexSignature, versionedBase64Signature } from '../../../src/verify/signature-encodings';
import { expectFailure } from './fixtures';

// A GitHub-shaped scheme, as a provider folder would state it: the template does the rest.
const hub = defineSigningScheme({
  provider: 'hub', label: 'Hub', key: utf8Bytes,
  signature: { headers: ['x-hub-signature-256'], encoding: hexSignature('sha256=') },
  idHeader: 'x-hub-delivery',
  toEvent: (body, delivery) => inboundEventFromBody('hub', firstHeader(delivery.headers, 'x-hub-event') ?? 'unknown', body),
});

const secret = 'It\'s a Secret to Everybody';
const body = '{"action":"opened","number":1}';
const reference = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('defineSigningScheme: the verification template', () => {
  it('a scheme of a few facts verifies a delivery signed independently with node:crypto', async () => {
    const headers = { 'X-Hub-Signature-256': reference, 'X-Hub-Delivery': 'd-1', 'X-Hub-Event': 'issues' };
    await expect(hub.verify({ body, headers, secret })).resolves.toMatchObject({ provider: 'hub', type: 'issues', data: JSON.parse(body) });
  });

  it('sign writes the id header (webhookId, else a random UUID) and the signature header, nothing else', async () => {
    expect(await hub.sign({ body, secret, webhookId: 'd-1' })).toEqual({ 'x-hub-delivery': 'd-1', 'x-hub-signature-256': reference });
    expect((await hub.sign({ body, secret }))['x-hub-delivery']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('signs the raw body alone when the scheme names no signed content', async () => {
    const headers = await hub.sign({ body, secret, webhookId: 'd-1' });
    await expectFailure(hub.verify({ body: `${body} `, headers, secret }), 'mismatch');
  });

  it('a required prefix is required: a bare digest is malformed', async () => {
    const headers = { 'x-hub-signature-256': reference.slice('sha256='.length), 'x-hub-delivery': 'd-1' };
    await expectFailure(hub.verify({ body, headers, secret }), 'malformed_header');
  });

  it('missing_header names every absent header at once', async () => {
    const error = await expectFailure(hub.verify({ body, headers: {}, secret }), 'missing_header');
    expect(error.message).toBe('The Hub delivery lacks x-hub-delivery, x-hub-signature-256.');
    expect(error.provider).toBe('hub');
  });

  it('hands toEvent the id and timestamp as sent, and every header', async () => {
    const seen: DeliveryContext[] = [];
    const stamped = defineSigningScheme({
      provider: 'stamped', label: 'Stamped', key: utf8Bytes,
      signature: { headers: ['x-sig'], encoding: versionedBase64Signature('v1') },
      idHeader: 'x-id',
      timestamp: { header: 'x-ts', tolerance: 60 },
      signedPrefix: ({ id, timestamp }) => `${id}:${timestamp}:`,
      toEvent: (json, delivery) => { seen.push(delivery); return inboundEventFromBody('stamped', 'x', json); },
    });
    const headers = await stamped.sign({ body, secret, webhookId: 'e-1', timestamp: 1_700_000_000 });
    expect(Object.keys(headers)).toEqual(['x-id', 'x-ts', 'x-sig']);
    await stamped.verify({ body, headers, secret, now: 1_700_000_000_000 });
    expect(seen[0]).toMatchObject({ id: 'e-1', timestamp: '1700000000', headers });
    await expectFailure(stamped.verify({ body, headers, secret, now: 1_700_000_061_000 }), 'timestamp_too_old');
  });
});

describe('signature encodings', () => {
  const digest = new Uint8Array(32).fill(171);

  it('hexSignature writes lower-case hex after the prefix and reads the prefix in any case', () => {
    const encoding = hexSignature('sha256=');
    expect(encodeSignature(encoding, digest)).toBe(`sha256=${'ab'.repeat(32)}`);
    expect(encoding.decode(`SHA256=${'AB'.repeat(32)}`)).toEqual(digest);
    expect(encoding.decode('ab'.repeat(32))).toBeUndefined();
    expect(hexSignature('sha256=', { prefixOptional: true }).decode('ab'.repeat(32))).toEqual(digest);
  });

  it('versionedBase64Signature reads only its own version', () => {
    const encoding = versionedBase64Signature('v1');
    const written = encodeSignature(encoding, digest);
    expect(written).toBe(`v1,${Buffer.from(digest).toString('base64')}`);
    expect(encoding.decode(written)).toEqual(digest);
    expect(encoding.decode(written.replace('v1,', 'v2,'))).toBeUndefined();
    expect(encoding.decode('v1')).toBeUndefined();
  });
});

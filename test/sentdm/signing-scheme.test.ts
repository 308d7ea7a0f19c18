import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/errors';
import { signSentDmWebhook, verifySentDmWebhook } from '../../providers/sentdm/signing-scheme';
import { expectFailure, messageDelivered, SENTDM_SECRET, sentDmReference, SVIX_VECTOR } from '../core/verify/fixtures';

const { id, timestamp, body, signature } = SVIX_VECTOR;
const secret = SENTDM_SECRET;
/** `now` is a Date or epoch milliseconds; here the vector's own second. */
const now = timestamp * 1000;
const headers = (sig: string = signature, ts: string = String(timestamp)) => ({
  'x-webhook-id': id, 'x-webhook-timestamp': ts, 'x-webhook-signature': sig,
});

describe('verifySentDmWebhook', () => {
  it('accepts the published Svix example (Svix-style scheme)', async () => {
    const event = await verifySentDmWebhook({ body, headers: headers(), secret, now });
    expect(event.raw).toEqual({ test: 2432232314 });
  });

  it('signs exactly like the reference implementation', async () => {
    expect(await signSentDmWebhook({ body, secret, webhookId: id, timestamp })).toEqual(headers());
    const signed = await signSentDmWebhook({ body: messageDelivered, secret, webhookId: 'wh-1', timestamp: 1_700_000_000 });
    expect(signed['x-webhook-signature']).toBe(sentDmReference(secret, 'wh-1', 1_700_000_000, messageDelivered));
  });

  it('round-trips sign -> verify with the current time by default', async () => {
    const signed = await signSentDmWebhook({ body: messageDelivered, secret, webhookId: 'd4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8' });
    await expect(verifySentDmWebhook({ body: messageDelivered, headers: signed, secret })).resolves.toMatchObject({ type: 'message.delivered' });
    const anonymous = await signSentDmWebhook({ body: messageDelivered, secret });
    expect(anonymous['x-webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts the secret with or without the whsec_ prefix', async () => {
    const bare = secret.slice('whsec_'.length);
    await expect(verifySentDmWebhook({ body, headers: headers(), secret: bare, now })).resolves.toBeDefined();
    expect(await signSentDmWebhook({ body, secret: bare, webhookId: id, timestamp })).toEqual(headers());
  });

  it('a secret that is not base64 is a ConfigurationError that does not quote it', async () => {
    const bad = 'whsec_not base64!';
    const error = await verifySentDmWebhook({ body, headers: headers(), secret: bad, now }).catch((e: unknown) => e);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('not base64!');
  });

  it('tolerance: 300 s both ways by default, inclusive', async () => {
    await expect(verifySentDmWebhook({ body, headers: headers(), secret, now: now + 300_000 })).resolves.toBeDefined();
    await expect(verifySentDmWebhook({ body, headers: headers(), secret, now: new Date(now - 300_000) })).resolves.toBeDefined();
    await expectFailure(verifySentDmWebhook({ body, headers: headers(), secret, now: now + 301_000 }), 'timestamp_too_old');
    await expectFailure(verifySentDmWebhook({ body, headers: headers(), secret, now: new Date(now - 301_000) }), 'timestamp_too_new');
  });

  it('tolerance is in seconds and can be narrowed or widened', async () => {
    await expectFailure(verifySentDmWebhook({ body, headers: headers(), secret, now: now + 11_000, tolerance: 10 }), 'timestamp_too_old');
    await expect(verifySentDmWebhook({ body, headers: headers(), secret, now: now + 3_600_000, tolerance: 3600 })).resolves.toBeDefined();
    const error = await verifySentDmWebhook({ body, headers: headers(), secret, now, tolerance: -1 }).catch((e: unknown) => e);
    expect(ConfigurationError.isInstance(error)).toBe(true);
  });

  it('a now that is neither a Date nor a number (from JavaScript) is a ConfigurationError, not a TypeError', async () => {
    for (const bad of ['2026-01-01', null, {}]) {
      const error = await verifySentDmWebhook({ body, headers: headers(), secret, now: bad as never }).catch((e: unknown) => e);
      expect(ConfigurationError.isInstance(error)).toBe(true);
    }
  });

  it('checks the signature before the timestamp: a forged old delivery is a mismatch', async () => {
    await expectFailure(verifySentDmWebhook({ body: `${body} `, headers: headers(), secret, now: now + 3_600_000 }), 'mismatch');
  });

  it('a timestamp that was changed after signing is a mismatch', async () => {
    await expectFailure(verifySentDmWebhook({ body, headers: headers(signature, String(timestamp + 1)), secret, now }), 'mismatch');
  });

  it('accepts one valid signature among several, skipping junk and unknown versions', async () => {
    const valid = signature;
    const list = `v2,${valid.slice(3)} v1,AAAA v1,!!! v1a,xyz ${valid} v1,${'A'.repeat(43)}=`;
    await expect(verifySentDmWebhook({ body, headers: headers(list), secret, now })).resolves.toBeDefined();
  });

  it('reads repeated signature headers from Headers (joined with ", ", the valid one first) and from arrays', async () => {
    const other = `v1,${Buffer.alloc(32, 7).toString('base64')}`;
    const fetchHeaders = new Headers([['x-webhook-id', id], ['x-webhook-timestamp', String(timestamp)], ['x-webhook-signature', signature], ['x-webhook-signature', other]]);
    await expect(verifySentDmWebhook({ body, headers: fetchHeaders, secret, now })).resolves.toBeDefined();
    await expect(verifySentDmWebhook({ body, headers: { ...headers(), 'x-webhook-signature': [other, signature] }, secret, now })).resolves.toBeDefined();
  });

  it('malformed_header when no v1 signature is present at all (only v2)', async () => {
    await expectFailure(verifySentDmWebhook({ body, headers: headers(`v2,${signature.slice(3)}`), secret, now }), 'malformed_header');
  });

  it.each([
    ['bad base64', 'v1,!!!notbase64!!!'],
    ['wrong length (16 bytes)', `v1,${Buffer.alloc(16).toString('base64')}`],
    ['no version', signature.slice(3)],
    ['empty signature', 'v1,'],
  ])('malformed_header for %s', async (_name, value) => {
    await expectFailure(verifySentDmWebhook({ body, headers: headers(value), secret, now }), 'malformed_header');
  });

  it('malformed_header for a timestamp that is not unix seconds', async () => {
    for (const ts of ['2021-02-25T15:02:10Z', '1614265330.5', '-1', '1614265330000000']) {
      await expectFailure(verifySentDmWebhook({ body, headers: headers(signature, ts), secret, now }), 'malformed_header');
    }
  });

  it('missing_header names each header that is absent', async () => {
    for (const name of ['x-webhook-id', 'x-webhook-timestamp', 'x-webhook-signature']) {
      const partial: Record<string, string> = headers();
      delete partial[name];
      const error = await expectFailure(verifySentDmWebhook({ body, headers: partial, secret, now }), 'missing_header');
      expect(error.message).toContain(name);
    }
  });

  it('missing_header, not a TypeError, when the headers come from a getter that answers undefined (Map, Express req)', async () => {
    const partial = new Map(Object.entries(headers()).filter(([name]) => name !== 'x-webhook-signature'));
    await expectFailure(verifySentDmWebhook({ body, headers: partial as never, secret, now }), 'missing_header');
  });

  it('mismatch for a tampered body, a wrong secret and a different webhook id', async () => {
    await expectFailure(verifySentDmWebhook({ body: body.replace('2432232314', '2432232315'), headers: headers(), secret, now }), 'mismatch');
    await expectFailure(verifySentDmWebhook({ body, headers: headers(), secret: `whsec_${Buffer.alloc(24, 1).toString('base64')}`, now }), 'mismatch');
    await expectFailure(verifySentDmWebhook({ body, headers: { ...headers(), 'x-webhook-id': 'msg_other' }, secret, now }), 'mismatch');
  });

  it('an empty authentic body is a ValidationError, not a signature failure', async () => {
    const signed = await signSentDmWebhook({ body: '', secret, webhookId: id, timestamp });
    const error = await verifySentDmWebhook({ body: '', headers: signed, secret, now }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
  });

  it('signing refuses a timestamp that is not whole unix seconds', async () => {
    const error = await signSentDmWebhook({ body, secret, timestamp: 1.5 }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { signDialNexaWebhook, verifyDialNexaWebhook } from '../../providers/dialnexa/signing-scheme';
import { callEnded, DIALNEXA_SECRET, dialNexaReference, expectFailure } from '../core/verify/fixtures';

const secret = DIALNEXA_SECRET;
const signature = dialNexaReference(secret, callEnded);

describe('verifyDialNexaWebhook', () => {
  it('accepts the signature computed as in the provider\'s Python sample (secret with whsec_ used as UTF-8)', async () => {
    const event = await verifyDialNexaWebhook({ body: callEnded, headers: { 'X-DialNexa-Signature': signature }, secret });
    expect(event.type).toBe('call_ended');
  });

  it('signs exactly like the reference implementation', async () => {
    expect(await signDialNexaWebhook({ body: callEnded, secret })).toEqual({ 'x-dialnexa-signature': signature });
  });

  it('round-trips sign -> verify with bytes, Buffer and ArrayBuffer bodies', async () => {
    const bytes = new TextEncoder().encode(callEnded);
    const headers = await signDialNexaWebhook({ body: bytes, secret });
    for (const body of [bytes, Buffer.from(callEnded), bytes.buffer, callEnded]) {
      await expect(verifyDialNexaWebhook({ body, headers, secret })).resolves.toMatchObject({ provider: 'dialnexa', type: 'call_ended' });
    }
  });

  it('dialnexa quirk: tolerates a bare hex digest without the sha256= prefix', async () => {
    const bare = signature.slice('sha256='.length);
    await expect(verifyDialNexaWebhook({ body: callEnded, headers: { 'x-dialnexa-signature': bare }, secret })).resolves.toBeDefined();
    await expect(verifyDialNexaWebhook({ body: callEnded, headers: { 'x-dialnexa-signature': bare.toUpperCase() }, secret })).resolves.toBeDefined();
  });

  it('dialnexa quirk: reads the x-nexa-signature alias named by the provider\'s OpenAPI', async () => {
    await expect(verifyDialNexaWebhook({ body: callEnded, headers: new Headers({ 'X-Nexa-Signature': signature }), secret })).resolves.toBeDefined();
  });

  it('a repeated signature header, joined with ", " by Headers, is read as two values', async () => {
    const headers = new Headers();
    headers.append('x-dialnexa-signature', `sha256=${'0'.repeat(64)}`);
    headers.append('x-dialnexa-signature', signature);
    expect(headers.get('x-dialnexa-signature')).toContain(', ');
    await expect(verifyDialNexaWebhook({ body: callEnded, headers, secret })).resolves.toMatchObject({ type: 'call_ended' });
  });

  it('ignores tolerance and now: DialNexa signs no timestamp', async () => {
    await expect(verifyDialNexaWebhook({ body: callEnded, headers: { 'x-dialnexa-signature': signature }, secret, tolerance: 0, now: 0 }))
      .resolves.toBeDefined();
  });

  it('missing_header when neither header name is present (or it is blank)', async () => {
    await expectFailure(verifyDialNexaWebhook({ body: callEnded, headers: {}, secret }), 'missing_header');
    await expectFailure(verifyDialNexaWebhook({ body: callEnded, headers: { 'x-dialnexa-signature': ' ' }, secret }), 'missing_header');
  });

  it.each([
    ['bad hex', 'sha256=zz'.padEnd(71, 'z')],
    ['wrong length (31 bytes)', `sha256=${'ab'.repeat(31)}`],
    ['wrong length (33 bytes)', `sha256=${'ab'.repeat(33)}`],
    ['another algorithm', `sha1=${'ab'.repeat(32)}`],
    ['garbage', '💥'],
  ])('malformed_header for %s', async (_name, value) => {
    await expectFailure(verifyDialNexaWebhook({ body: callEnded, headers: { 'x-dialnexa-signature': value }, secret }), 'malformed_header');
  });

  it('mismatch for a tampered body and for a wrong secret', async () => {
    const headers = { 'x-dialnexa-signature': signature };
    await expectFailure(verifyDialNexaWebhook({ body: callEnded.replace('hangup', 'completed'), headers, secret }), 'mismatch');
    await expectFailure(verifyDialNexaWebhook({ body: callEnded, headers, secret: 'whsec_other' }), 'mismatch');
  });

  it('a body re-serialized after parsing no longer matches (whitespace counts)', async () => {
    const spaced = JSON.stringify(JSON.parse(callEnded), null, 2);
    await expectFailure(verifyDialNexaWebhook({ body: spaced, headers: { 'x-dialnexa-signature': signature }, secret }), 'mismatch');
  });

  it('an empty body verifies, then fails as unreadable (ValidationError)', async () => {
    const headers = await signDialNexaWebhook({ body: '', secret });
    const error = await verifyDialNexaWebhook({ body: '', headers, secret }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/signature matched, but the body could not be read/);
  });
});

import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, SignatureVerificationError, ValidationError } from '../../../src/errors';
import { signWebhook, verifyWebhook, type VerifyWebhookOptions } from '../../../providers/catalogue/signing';
import { callEnded, DIALNEXA_SECRET, expectFailure, messageDelivered, SENTDM_SECRET } from './fixtures';

const OLD_SENTDM_SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;

describe('verifyWebhook / signWebhook dispatch', () => {
  it('round-trips both providers by id', async () => {
    const dialnexa = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET });
    await expect(verifyWebhook({ provider: 'dialnexa', body: callEnded, headers: dialnexa, secret: DIALNEXA_SECRET }))
      .resolves.toMatchObject({ provider: 'dialnexa', type: 'call_ended' });
    const sentdm = await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET, webhookId: 'wh', timestamp: 1_700_000_000 });
    await expect(verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: sentdm, secret: SENTDM_SECRET, now: 1_700_000_000_000 }))
      .resolves.toMatchObject({ provider: 'sentdm', type: 'message.delivered' });
  });

  it('an unknown provider is a ConfigurationError (a rejection, not a synchronous throw)', async () => {
    const options = { provider: 'stripe', body: '{}', headers: {}, secret: 's' } as unknown as VerifyWebhookOptions;
    const pending = verifyWebhook(options);
    expect(pending).toBeInstanceOf(Promise);
    expect(ConfigurationError.isInstance(await pending.catch((e: unknown) => e))).toBe(true);
    const inherited = await signWebhook({ provider: 'toString' as 'dialnexa', body: '{}', secret: 's' }).catch((e: unknown) => e);
    expect(ConfigurationError.isInstance(inherited)).toBe(true);
  });
});

describe('secret rotation: a list of secrets', () => {
  it('verifies when the right secret is second in the list (both providers)', async () => {
    const dialnexa = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET });
    await expect(verifyWebhook({ provider: 'dialnexa', body: callEnded, headers: dialnexa, secret: ['whsec_old', DIALNEXA_SECRET] })).resolves.toBeDefined();
    const sentdm = await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET });
    await expect(verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: sentdm, secret: [OLD_SENTDM_SECRET, SENTDM_SECRET] })).resolves.toBeDefined();
  });

  it('mismatch when no secret in the list matches', async () => {
    const headers = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET });
    await expectFailure(verifyWebhook({ provider: 'dialnexa', body: callEnded, headers, secret: ['a', 'b'] }), 'mismatch');
  });

  it.each([
    ['an empty string', ''],
    ['an empty list', []],
    ['a list of blank strings', ['', '  ']],
    ['undefined (unset env var)', undefined],
  ])('no_secret for %s, before anything else is looked at', async (_name, secret) => {
    for (const provider of ['dialnexa', 'sentdm'] as const) {
      await expectFailure(verifyWebhook({ provider, body: { parsed: true } as never, headers: {}, secret: secret as string }), 'no_secret');
    }
  });
});

describe('body_not_raw', () => {
  it('refuses a parsed object with a message saying how to get the raw body', async () => {
    for (const provider of ['dialnexa', 'sentdm'] as const) {
      const headers = await signWebhook({ provider, body: callEnded, secret: SENTDM_SECRET });
      const error = await expectFailure(
        verifyWebhook({ provider, body: JSON.parse(callEnded) as never, headers, secret: SENTDM_SECRET }),
        'body_not_raw',
      );
      expect(error.message).toContain('express.raw');
      expect(error.message).toContain('request.text()');
    }
  });

  it('refuses a missing body too', async () => {
    await expectFailure(verifyWebhook({ provider: 'dialnexa', body: undefined as never, headers: {}, secret: 's' }), 'body_not_raw');
  });

  it('signWebhook refuses a parsed object with a ValidationError', async () => {
    const error = await signWebhook({ provider: 'dialnexa', body: { a: 1 } as never, secret: 's' }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('JSON.stringify');
  });
});

describe('authentic but unreadable bodies', () => {
  it.each([['not JSON', 'hello'], ['a JSON array', '[1,2]'], ['JSON null', 'null']])('%s is a ValidationError', async (_name, body) => {
    for (const provider of ['dialnexa', 'sentdm'] as const) {
      const headers = await signWebhook({ provider, body, secret: SENTDM_SECRET });
      const error = await verifyWebhook({ provider, body, headers, secret: SENTDM_SECRET }).catch((e: unknown) => e);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ provider, message: expect.stringContaining('signature matched') as unknown });
    }
  });
});

describe('secrets never appear in errors', () => {
  it('not in message, stack, toJSON or the inspected form, for every failure', async () => {
    const secret = 'whsec_c3VwZXItc2VjcmV0LXZhbHVlLTEyMzQ1Njc4OTA=';
    const good = await signWebhook({ provider: 'sentdm', body: callEnded, secret });
    const cases: (() => Promise<unknown>)[] = [
      () => verifyWebhook({ provider: 'sentdm', body: `${callEnded} `, headers: good, secret }),
      () => verifyWebhook({ provider: 'sentdm', body: callEnded, headers: good, secret, now: 0 }),
      () => verifyWebhook({ provider: 'sentdm', body: callEnded, headers: {}, secret }),
      () => verifyWebhook({ provider: 'dialnexa', body: callEnded, headers: { 'x-dialnexa-signature': 'x' }, secret }),
      () => verifyWebhook({ provider: 'dialnexa', body: callEnded, headers: { 'x-dialnexa-signature': `sha256=${'0'.repeat(64)}` }, secret: [secret, 'other'] }),
    ];
    for (const run of cases) {
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SignatureVerificationError);
      const seen = [(error as Error).message, (error as Error).stack, JSON.stringify(error), inspect(error)].join('\n');
      expect(seen).not.toContain(secret);
      expect(seen).not.toContain(secret.slice('whsec_'.length));
    }
  });
});

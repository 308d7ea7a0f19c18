import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../../providers/catalogue/signing';
import { ValidationError } from '../../../src/errors';
import { fetchHeaders, type SecretLookup } from '../../../src/verify/secret-source';
import { expectFailure, messageDelivered, SENTDM_SECRET } from './fixtures';

const WEBHOOK = 'd4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8';
const signed = () => signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET, webhookId: WEBHOOK });

describe('secret as a function of the delivery (SecretSource)', () => {
  it('is asked with the provider and the headers as a Fetch Headers, and may answer async', async () => {
    const asked: SecretLookup[] = [];
    const secrets = new Map([[WEBHOOK, SENTDM_SECRET]]);
    const event = await verifyWebhook({
      provider: 'sentdm', body: messageDelivered, headers: await signed(),
      secret: async (lookup) => { asked.push(lookup); return secrets.get(lookup.headers.get('x-webhook-id') ?? '') ?? ''; },
    });
    expect(event.type).toBe('message.delivered');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.provider).toBe('sentdm');
    expect(asked[0]!.headers).toBeInstanceOf(Headers);
  });

  it('may answer a list while rotating', async () => {
    const event = await verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: await signed(), secret: () => ['whsec_AAAA', SENTDM_SECRET] });
    expect(event.type).toBe('message.delivered');
  });

  it('a throw is thrown as is: the app\'s error, never a verification verdict', async () => {
    const down = new Error('secrets database down');
    await expect(verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: await signed(), secret: () => { throw down; } })).rejects.toBe(down);
    await expect(verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: await signed(), secret: async () => Promise.reject(down) })).rejects.toBe(down);
  });

  it('an empty answer is no_secret, saying the function gave it', async () => {
    for (const answer of ['', [], [' '], undefined]) {
      const error = await expectFailure(
        verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: await signed(), secret: () => answer as never }), 'no_secret');
      expect(error.message).toContain("the secret function's result");
    }
  });

  it('a wrong answer is a mismatch like any wrong secret', async () => {
    await expectFailure(verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: await signed(), secret: () => 'whsec_AAAA' }), 'mismatch');
  });
});

describe('fetchHeaders', () => {
  it('keeps a Headers, copies Node-style objects (every array element, any case), and asks a bare getter', () => {
    const fetch = new Headers({ a: '1' });
    expect(fetchHeaders(fetch)).toBe(fetch);
    const copied = fetchHeaders({ 'X-Webhook-Id': 'w1', 'set-cookie': ['a', 'b'], skipped: undefined, 'bad\nname': 'x' });
    expect(copied.get('x-webhook-id')).toBe('w1');
    expect(copied.get('set-cookie')).toBe('a, b');
    const getter = fetchHeaders({ get: (name: string) => (name === 'x-webhook-id' ? 'w2' : null) });
    expect(getter.get('X-Webhook-Id')).toBe('w2');
    expect(getter.has('x-webhook-id')).toBe(true);
    expect(getter.get('other')).toBeNull();
    expect(fetchHeaders(undefined as never)).toBeInstanceOf(Headers);
  });

  it('a ValidationError from the function is the app\'s too (verifyWebhook rethrows it unchanged)', async () => {
    const mine = new ValidationError('tenant unknown');
    await expect(verifyWebhook({ provider: 'sentdm', body: messageDelivered, headers: await signed(), secret: () => { throw mine; } })).rejects.toBe(mine);
  });
});

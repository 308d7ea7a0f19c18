import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../../providers/catalogue/signing';
import { ConfigurationError } from '../../../src/errors';

describe('verifyWebhook and signWebhook with no usable options', () => {
  it.each([[undefined], [null], ['text'], [42]])('verifyWebhook(%s) is a ConfigurationError, never a TypeError', async (options) => {
    const error = await verifyWebhook(options as never).catch((e: unknown) => e);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(error).not.toBeInstanceOf(TypeError);
  });

  it.each([[undefined], [null]])('signWebhook(%s) is a ConfigurationError, never a TypeError', async (options) => {
    const error = await signWebhook(options as never).catch((e: unknown) => e);
    expect(ConfigurationError.isInstance(error)).toBe(true);
  });
});

describe('a secret read from an env file with a trailing newline', () => {
  it('verifies on DialNexa as it does on sent.dm: surrounding whitespace is no part of a secret', async () => {
    const secret = 'whsec_dialnexa-trailing-newline-secret';
    const body = JSON.stringify({ event_type: 'call_ended', payload: { call: { id: 'call_1' } } });
    const headers = await signWebhook({ provider: 'dialnexa', body, secret });
    const event = await verifyWebhook({ provider: 'dialnexa', body, headers, secret: `${secret}\n` });
    expect(event.type).toBe('call_ended');
  });
});

describe('a secret that is not a string', () => {
  it('is no_secret, and the message names its kind but never its value (a Buffer read from a file)', async () => {
    const body = JSON.stringify({ event_type: 'call_ended', payload: { call: { id: 'call_1' } } });
    for (const secret of [new TextEncoder().encode('TOPSECRETVALUE'), { toString: () => 'TOPSECRETVALUE' }]) {
      const error = await verifyWebhook({ provider: 'dialnexa', body, headers: {}, secret: secret as never }).then(() => new Error('verified'), (e: unknown) => e as Error);
      expect(error).toMatchObject({ reason: 'no_secret' });
      expect(error.message).not.toContain('TOPSECRETVALUE');
      expect(JSON.stringify(error)).not.toContain('TOPSECRETVALUE');
    }
  });
});

import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError, SignatureVerificationError } from '../../../src/errors';
import { createWebhookHandler, type WebhookHandlerOptions } from '../../../providers/catalogue/signing';
import { signWebhook } from '../../../providers/catalogue/signing';
import { callEnded, DIALNEXA_SECRET, messageDelivered, SENTDM_SECRET } from '../verify/fixtures';
import { recordingOptions } from './recording-options';

function setup(overrides: Partial<WebhookHandlerOptions> = {}) {
  const { options, events, errors } = recordingOptions(overrides);
  return { handler: createWebhookHandler(options), events, errors };
}

async function post(handler: (request: Request) => Promise<Response>, body: string, headers: Record<string, string>) {
  return handler(new Request('https://app.example/webhooks', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }));
}

describe('createWebhookHandler (Fetch API)', () => {
  it('204 and onEvent called once with the normalized event', async () => {
    const { handler, events, errors } = setup();
    const response = await post(handler, callEnded, await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET }));
    expect(response.status).toBe(204);
    expect(events.map((e) => e.type)).toEqual(['call_ended']);
    expect(errors).toEqual([]);
  });

  it('works for sent.dm with a secret list and a custom tolerance', async () => {
    const { handler, events } = setup({ provider: 'sentdm', secret: ['whsec_AAAA', SENTDM_SECRET], tolerance: 60 });
    const headers = await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET });
    expect((await post(handler, messageDelivered, headers)).status).toBe(204);
    const stale = await signWebhook({ provider: 'sentdm', body: messageDelivered, secret: SENTDM_SECRET, timestamp: Math.floor(Date.now() / 1000) - 120 });
    expect((await post(handler, messageDelivered, stale)).status).toBe(400);
    expect(events).toHaveLength(1);
  });

  it('400 with a generic body on a bad signature; the reason goes to onError only', async () => {
    const { handler, events, errors } = setup();
    const headers = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: 'whsec_wrong' });
    const response = await post(handler, callEnded, headers);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'invalid_webhook' });
    expect(text).not.toMatch(/mismatch|signature|secret/i);
    expect(events).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ status: 400, error: { reason: 'mismatch' } });
  });

  it('the same generic 400 for a missing header and for an authentic body that is not JSON', async () => {
    const { handler, errors } = setup();
    const missing = await post(handler, callEnded, {});
    const notJson = await post(handler, 'hello', await signWebhook({ provider: 'dialnexa', body: 'hello', secret: DIALNEXA_SECRET }));
    expect([missing.status, notJson.status]).toEqual([400, 400]);
    expect(await missing.text()).toBe(await notJson.text());
    expect(errors.map((e) => e.status)).toEqual([400, 400]);
  });

  it('500 with a generic body when onEvent throws; the error goes to onError', async () => {
    const boom = new Error('database down');
    const { handler, errors } = setup({ onEvent: async () => { throw boom; } });
    const response = await post(handler, callEnded, await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'webhook_handler_failed' });
    expect(errors).toEqual([{ error: boom, status: 500 }]);
  });

  it('500 (not 400) when the secret is missing: a server misconfiguration', async () => {
    const { handler, errors } = setup({ secret: '' });
    const response = await post(handler, callEnded, { 'x-dialnexa-signature': `sha256=${'0'.repeat(64)}` });
    expect(response.status).toBe(500);
    expect(errors[0]?.error).toBeInstanceOf(SignatureVerificationError);
    expect(errors[0]?.error).toMatchObject({ reason: 'no_secret' });
  });

  it('413 for a body over maxBodyBytes, declared or streamed, before verification', async () => {
    const { handler, events, errors } = setup({ maxBodyBytes: 32 });
    const headers = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET });
    const response = await post(handler, callEnded, headers);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'payload_too_large' });
    const streamed = new Request('https://app.example/webhooks', {
      method: 'POST', headers, duplex: 'half',
      body: new Blob([callEnded]).stream(),
    } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
    expect(events).toEqual([]);
    expect(errors.map((e) => e.status)).toEqual([413, 413]);
  });

  it('405 with Allow: POST for other methods, without calling onEvent', async () => {
    const { handler, events, errors } = setup();
    for (const method of ['GET', 'PUT', 'HEAD']) {
      const response = await handler(new Request('https://app.example/webhooks', { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
    expect(events).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('500 with a how-to when the request body was already read', async () => {
    const { handler, errors } = setup();
    const request = new Request('https://app.example/webhooks', { method: 'POST', body: callEnded });
    await request.text();
    expect((await handler(request)).status).toBe(500);
    expect(ConfigurationError.isInstance(errors[0]?.error)).toBe(true);
    expect((errors[0]?.error as Error).message).toContain('request.clone()');
  });

  it('fails at construction for an unknown provider or a missing onEvent', () => {
    expect(() => createWebhookHandler({ provider: 'nope' as 'sentdm', secret: 's', onEvent: () => {} })).toThrow(ConfigurationError);
    expect(() => createWebhookHandler({ provider: 'sentdm', secret: 's' } as WebhookHandlerOptions)).toThrow(/onEvent/);
  });

  it('without onError, logs 4xx with console.warn and 5xx with console.error, never the secret', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const base = { provider: 'dialnexa' as const, onEvent: () => { throw new Error('handler bug'); } };
      const forged = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: 'whsec_forger' });
      expect((await post(createWebhookHandler({ ...base, secret: DIALNEXA_SECRET }), callEnded, forged)).status).toBe(400);
      const good = await signWebhook({ provider: 'dialnexa', body: callEnded, secret: DIALNEXA_SECRET });
      expect((await post(createWebhookHandler({ ...base, secret: DIALNEXA_SECRET }), callEnded, good)).status).toBe(500);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(error).toHaveBeenCalledTimes(1);
      const logged = [...warn.mock.calls, ...error.mock.calls].flat().map((arg) => inspect(arg)).join('\n');
      expect(logged).toContain('does not match');
      expect(logged).toContain('handler bug');
      expect(logged).not.toContain(DIALNEXA_SECRET);
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createWebhookClient, type WebhookClientConfig } from '../../providers/catalogue/clients';
import { ConfigurationError, ValidationError, WebhookError } from '../../src/errors';

// A fetch that counts: a bad option must be refused before anything is sent.
function countingFetch() {
  const state = { sent: 0 };
  const fetch = (async () => { state.sent++; return Response.json({}); }) as typeof globalThis.fetch;
  return { state, fetch };
}

const BASES: Array<[string, (extra: Record<string, unknown>) => WebhookClientConfig]> = [
  ['dialnexa', (extra) => ({ provider: 'dialnexa', apiKey: 'key_1:secret_abcdefgh', ...extra })],
  ['sentdm', (extra) => ({ provider: 'sentdm', apiKey: 'sk_sent_abcdefgh', ...extra })],
  ['github', (extra) => ({ provider: 'github', token: 'ghp_abcdefghijklmnop', repo: 'octo/hello', ...extra })],
];

const BAD_CLIENT_OPTIONS: Array<[string, Record<string, unknown>, string]> = [
  ['timeout -1', { timeout: -1 }, 'timeout'],
  ['timeout NaN', { timeout: Number.NaN }, 'timeout'],
  ["timeout 'abc'", { timeout: 'abc' }, 'timeout'],
  ['deadline 0', { deadline: 0 }, 'deadline'],
  ['retry.retries -1', { retry: { retries: -1 } }, 'retry.retries'],
  ['retry.retries 1.5', { retry: { retries: 1.5 } }, 'retry.retries'],
  ["retry.retries '3'", { retry: { retries: '3' } }, 'retry.retries'],
  ['retry true', { retry: true }, 'retry'],
  ['retry.maxDelay Infinity', { retry: { maxDelay: Infinity } }, 'retry.maxDelay'],
  ['a misspelt retry option', { retry: { retires: 3 } }, 'retry.retires'],
  ['a non-function hook', { hooks: { onResponse: 'log it' } }, 'hooks.onResponse'],
  ['an unknown hook', { hooks: { onRequets: () => {} } }, 'hooks.onRequets'],
  ['a header value with CR/LF', { headers: { 'x-team': 'a\r\nx-injected: 1' } }, 'headers.x-team'],
  ['a header name with a space', { headers: { 'x team': 'a' } }, 'headers.x team'],
  ['a non-string header value', { headers: { 'x-n': 1 } }, 'headers.x-n'],
  ['an unknown logLevel', { logLevel: 'verbose' }, 'logLevel'],
  ['a logger without warn', { logger: { debug: () => {} } }, 'logger'],
  ['a non-function fetch', { fetch: 'fetch' }, 'fetch'],
];

describe('bad transport options are a ConfigurationError at construction', () => {
  for (const [provider, config] of BASES) {
    it.each(BAD_CLIENT_OPTIONS)(`${provider}: %s`, (_what, extra, field) => {
      let error: unknown;
      try {
        createWebhookClient(config(extra));
      } catch (e) {
        error = e;
      }
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect((error as ConfigurationError).message).toContain(field);
      expect((error as ConfigurationError).details).toHaveProperty([field]);
      expect((error as ConfigurationError).message).not.toContain('x-injected');
    });
  }
});

const BAD_CALL_OPTIONS: Array<[string, Record<string, unknown>, string]> = [
  ['timeout -1', { timeout: -1 }, 'timeout'],
  ["timeout 'abc'", { timeout: 'abc' }, 'timeout'],
  ['deadline NaN', { deadline: Number.NaN }, 'deadline'],
  ['retry.retries 1.5', { retry: { retries: 1.5 } }, 'retry.retries'],
  ['a header value with LF', { headers: { 'x-team': 'a\nb' } }, 'headers.x-team'],
  ['a signal that is not one', { signal: 'stop' }, 'signal'],
  ['an unknown logLevel', { logLevel: 'loud' }, 'logLevel'],
];

describe('bad call options are a ValidationError, and nothing is sent', () => {
  for (const [provider, config] of BASES) {
    it.each(BAD_CALL_OPTIONS)(`${provider}: %s`, async (_what, options, field) => {
      const { state, fetch } = countingFetch();
      const hooks = createWebhookClient(config({ fetch, retry: false }));
      const error = await hooks.list({}, options as never).catch((e: unknown) => e);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).message).toContain(field);
      expect((error as ValidationError).message).toContain('Nothing was sent');
      expect(state.sent).toBe(0);
    });
  }

  it('good options pass: timeout, deadline, retry, headers, logLevel, logger', async () => {
    for (const [, config] of BASES) {
      const { fetch } = countingFetch();
      const hooks = createWebhookClient(config({
        fetch, timeout: 1000, deadline: 5000, retry: { retries: 0, minDelay: 0, maxDelay: 10, sleep: async () => {} },
        headers: { 'x-team': 'payments' }, logLevel: 'off', logger: { debug() {}, warn() {} }, hooks: { beforeRequest: async () => {} },
      }));
      // The counting fetch answers `{}`, which no provider's list accepts: a ResponseValidationError, not a ValidationError.
      const error = await hooks.list({}, { timeout: 500, deadline: 1000, retry: false, logLevel: 'off' }).catch((e: unknown) => e);
      expect(WebhookError.isInstance(error) && error.code).not.toBe('validation');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { rateLimitResetMs } from '../../../src/transport/rate-limit-reset';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const at = (headers: Record<string, string>, status = 429) => rateLimitResetMs(status, new Headers(headers), NOW);

describe('rateLimitResetMs', () => {
  it('reads X-RateLimit-Reset as a Unix timestamp in seconds', () => {
    expect(at({ 'x-ratelimit-reset': String(NOW / 1000 + 5) })).toBe(5000);
  });

  it('reads a small X-RateLimit-Reset (the 60 a DialNexa probe saw) as seconds from now, for a provider that says so', () => {
    expect(rateLimitResetMs(429, new Headers({ 'x-ratelimit-reset': '60' }), NOW, { smallValuesAreDelays: true })).toBe(60_000);
  });

  it('reads a small X-RateLimit-Reset as a timestamp in the past (no wait) otherwise', () => {
    expect(at({ 'x-ratelimit-reset': '60' })).toBe(0);
  });

  it('never returns a negative wait for a reset in the past', () => {
    expect(at({ 'x-ratelimit-reset': String(NOW / 1000 - 5) })).toBe(0);
  });

  it('ignores missing and unreadable values', () => {
    expect(at({})).toBeUndefined();
    expect(at({ 'x-ratelimit-reset': 'later' })).toBeUndefined();
  });

  it('reads nothing on a status other than 429: there the header tells when the quota refills', () => {
    for (const status of [200, 500, 503]) expect(at({ 'x-ratelimit-reset': String(NOW / 1000 + 60) }, status)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../src/transport/retry-after';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const at = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), NOW);

describe('retryAfterMs', () => {
  it('reads Retry-After in seconds', () => {
    expect(at({ 'retry-after': '2' })).toBe(2000);
    expect(at({ 'retry-after': '0.5' })).toBe(500);
  });

  it('reads Retry-After as an HTTP date', () => {
    expect(at({ 'retry-after': new Date(NOW + 7000).toUTCString() })).toBe(7000);
  });

  it('never returns a negative wait for a date in the past', () => {
    expect(at({ 'retry-after': new Date(NOW - 60_000).toUTCString() })).toBe(0);
  });

  it('prefers Retry-After over X-RateLimit-Reset', () => {
    expect(at({ 'retry-after': '1', 'x-ratelimit-reset': String(NOW / 1000 + 30) })).toBe(1000);
  });

  it('ignores missing and unreadable values', () => {
    expect(at({})).toBeUndefined();
    expect(at({ 'retry-after': 'soon' })).toBeUndefined();
  });

  it('reads only the standard header: X-RateLimit-Reset is left to the providers that send it', () => {
    expect(at({ 'x-ratelimit-reset': String(NOW / 1000 + 5) })).toBeUndefined();
  });
});

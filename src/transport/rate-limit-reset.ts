/**
 * The wait an `X-RateLimit-Reset` header gives on a 429, in ms, or undefined. For providers whose
 * failure reader reads it (the core reads only `Retry-After`, which wins over this).
 *
 * The header is documented as a Unix timestamp in seconds, but some APIs send seconds from now
 * (a DialNexa probe saw `60`): values below 10^9 (before 2001 as a timestamp) are read as a delay.
 * Any other status gives undefined: an API may send the header on every response (DialNexa does),
 * and there it says when the quota refills, not when to retry (a 503 must not wait for it).
 *
 * @example
 * rateLimitResetMs(429, new Headers({ 'x-ratelimit-reset': '60' })) // 60000
 * rateLimitResetMs(503, new Headers({ 'x-ratelimit-reset': '60' })) // undefined
 */
export function rateLimitResetMs(status: number, headers: Headers, now: number = Date.now()): number | undefined {
  if (status !== 429) return undefined;
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (!reset || !/^\d+(\.\d+)?$/.test(reset)) return undefined;
  const value = Number(reset);
  return value < 1e9 ? Math.round(value * 1000) : Math.max(0, Math.round(value * 1000 - now));
}

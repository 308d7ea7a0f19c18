/**
 * The wait an `X-RateLimit-Reset` header gives on a 429, in ms, or undefined. For providers whose
 * failure reader reads it (the core reads only `Retry-After`, which wins over this).
 *
 * The header is a Unix timestamp in seconds. A provider that is seen sending seconds from now
 * instead says so with `smallValuesAreDelays`: values below 10^9 (before 2001 as a timestamp) are
 * then read as a delay. Any other status gives undefined: an API may send the header on every
 * response, and there it says when the quota refills, not when to retry (a 503 must not wait for it).
 *
 * @example
 * rateLimitResetMs(429, new Headers({ 'x-ratelimit-reset': '60' }), Date.now(), { smallValuesAreDelays: true }) // 60000
 * rateLimitResetMs(503, new Headers({ 'x-ratelimit-reset': '60' })) // undefined
 */
export function rateLimitResetMs(
  status: number, headers: Headers, now: number = Date.now(), options: { smallValuesAreDelays?: boolean } = {},
): number | undefined {
  if (status !== 429) return undefined;
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (!reset || !/^\d+(\.\d+)?$/.test(reset)) return undefined;
  const value = Number(reset);
  if (options.smallValuesAreDelays && value < 1e9) return Math.round(value * 1000);
  return Math.max(0, Math.round(value * 1000 - now));
}

/**
 * How long a response asks us to wait, in ms, or undefined when it does not say.
 * `Retry-After` wins (seconds or an HTTP date); otherwise `X-RateLimit-Reset`, documented by both
 * providers as a Unix timestamp, though a DialNexa probe saw a small number (60): values below
 * 10^9 are read as seconds from now. `readReset: false` ignores it: DialNexa sends it on every
 * response, so on anything but a 429 it tells when the quota refills, not when to retry.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now(), readReset = true): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = readReset ? headers.get('x-ratelimit-reset')?.trim() : undefined;
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    const value = Number(reset);
    return value < 1e9 ? Math.round(value * 1000) : Math.max(0, Math.round(value * 1000 - now));
  }
  return undefined;
}

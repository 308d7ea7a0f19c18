/**
 * How long a response's standard `Retry-After` header asks us to wait, in ms (it is seconds or an
 * HTTP date), or undefined when it does not say. Providers that signal waits another way add
 * their own reading in their failure reader; `Retry-After` wins over it.
 *
 * @example
 * retryAfterMs(new Headers({ 'retry-after': '2' })) // 2000
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

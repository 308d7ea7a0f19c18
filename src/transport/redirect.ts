import { ResponseValidationError } from '../errors';
import type { FailureContext } from './failed-response';

// Where a redirect pointed, as far as it is safe to say: the path on the same origin, the origin
// of another one. A query string may carry a token, so it is never shown.
function describeTarget(location: string | null, requestUrl: string): string {
  if (!location) return '';
  try {
    const target = new URL(location, requestUrl);
    return target.origin === new URL(requestUrl).origin ? ` to ${target.pathname}` : ` to another origin, ${target.origin}`;
  } catch {
    return ' to an unreadable Location';
  }
}

/**
 * The error for a redirect, or undefined when `response` is none. Requests go out with
 * `redirect: 'manual'`: no provider API redirects, and following one would send the credentials
 * to wherever it points and repeat a POST whose first hop may have acted. So a 3xx (or the opaque
 * redirect a browser `fetch` gives) fails the call, is never retried, and names the likely cause.
 */
export function redirectError(response: Response, requestUrl: string, ctx: FailureContext): ResponseValidationError | undefined {
  const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  if (!redirected) return undefined;
  const where = describeTarget(response.headers.get('location'), requestUrl);
  const status = response.status === 0 ? 'a redirect' : `${response.status}, a redirect${where}`;
  return new ResponseValidationError(
    `${ctx.operation}: ${ctx.provider} answered ${status}. Its API does not redirect, so the redirect was not followed ` +
      'and nothing was sent again: check baseUrl (an http:// URL that redirects to https://, or a proxy in between).',
    { ...ctx, ...(response.status === 0 ? {} : { status: response.status }), retryable: false },
  );
}

// Generic on purpose: whoever sent a bad request learns nothing about why.
const ERROR_BODIES: Record<number, string> = {
  400: 'invalid_webhook', 405: 'method_not_allowed', 409: 'delivery_in_progress', 413: 'payload_too_large', 500: 'webhook_handler_failed',
};

/**
 * The handlers' answer with `status`: 204 empty (handled), 200 `{"status":"already_processed"}`
 * (a duplicate of a handled event), else `{"error":"<generic code>"}`; 405 adds `Allow: POST`.
 */
export function reply(status: number, headers: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status, headers });
  if (status === 200) return Response.json({ status: 'already_processed' }, { status, headers });
  return Response.json({ error: ERROR_BODIES[status] ?? 'error' }, { status, headers: status === 405 ? { allow: 'POST', ...headers } : headers });
}

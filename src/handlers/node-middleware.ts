// Types only from Node: this module must stay importable by bundlers targeting edge runtimes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigurationError } from '../errors';
import { isRecord } from '../untrusted-json';
import type { RawBody } from '../verify/raw-body';
import type { InboundEvent } from '../verify/verified-event';
import { checkDeclaredLength, readLimited } from './body-limit';
import { handleDelivery, prepareHandler, type DeliveryHandlerOptions } from './handle-delivery';

/** A Node request, possibly after Express middleware has set `body`. */
export type NodeWebhookRequest = IncomingMessage & { body?: unknown };

/** What `onEvent` gets beside the event from the Node middleware. */
export interface NodeEventContext {
  /** The request the event came in (its body is already read). */
  req: NodeWebhookRequest;
}

/**
 * `(req, res) => Promise<void>`: a `node:http` request listener and an Express/Connect
 * middleware. It always ends the response itself and never calls `next`.
 */
export type NodeWebhookMiddleware = (req: NodeWebhookRequest, res: ServerResponse) => Promise<void>;

const MOUNT_HINT =
  'The webhook middleware needs the raw request body, but a body parser already consumed it ' +
  '(req.body is parsed, or the request stream was already read), so the bytes the signature covers are gone. Mount the webhook ' +
  'route before app.use(express.json()), or give it its own raw parser: ' +
  "app.post('/webhooks', express.raw({ type: 'application/json' }), middleware).";

async function readRawBody(req: NodeWebhookRequest, limit: number): Promise<RawBody> {
  const { body } = req;
  // express.raw() / express.text() kept the bytes (Buffer) or their text: exactly what was signed.
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  // Express 4 presets `req.body = {}` when no parser matched, with the stream still unread, so
  // an empty object alone is no proof the body is gone.
  if ((body !== undefined && !(isRecord(body) && Object.keys(body).length === 0)) || req.readableDidRead || req.readableEnded) {
    throw new ConfigurationError(MOUNT_HINT, { operation: 'webhookMiddleware' });
  }
  checkDeclaredLength(req.headers['content-length'], limit);
  // Chunks are Buffers unless someone called req.setEncoding().
  return readLimited(req as AsyncIterable<Uint8Array | string>, limit);
}

async function send(req: NodeWebhookRequest, res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const text = await response.text();
  if (response.status !== 413) {
    res.end(text);
    return;
  }
  // The rest of an oversized body is still coming, and on a kept-alive connection Node would read
  // all of it to reach the next request: close instead, once the 413 is flushed.
  res.setHeader('connection', 'close');
  res.end(text, () => req.socket?.destroy());
}

/**
 * A Node middleware around a `verify` function: reads the raw body from the request stream (or
 * takes the Buffer/string that express.raw()/express.text() left in `req.body`) and answers like
 * the Fetch handler. A body already parsed by express.json() answers 500 and reports a
 * `ConfigurationError` explaining how to mount the middleware to `onError`. A 413 closes the
 * connection (`Connection: close`, then the socket) without reading the rest of the body.
 */
export function createNodeHandler<E extends InboundEvent>(options: DeliveryHandlerOptions<E, NodeEventContext>): NodeWebhookMiddleware {
  const handler = prepareHandler(options, 'createNodeWebhookMiddleware');
  return async (req, res) => {
    const response = await handleDelivery(handler, {
      method: req.method ?? 'GET',
      headers: req.headers,
      context: { req },
      readBody: (limit) => readRawBody(req, limit),
    });
    await send(req, res, response);
  };
}

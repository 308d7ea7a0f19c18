/**
 * The HTTP server under every simulator: node:http on 127.0.0.1 with a free port, plus the parts
 * that are not provider-specific (request log, rate limiting, fault injection). The provider
 * supplies a handler and its own error format.
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultPlan, FaultQueue, PlannedDelay } from './faults';
import type { FixedWindowRateLimiter } from './rate-limit';
import { randomToken } from './random-token';
import type { RecordedRequest, RequestLog } from './request-log';
import { malform, serializeResponse, type SerializedResponse, type SimResponse } from './sim-response';

/** A request as handlers see it: the raw body is already read. */
export interface SimRequest extends RecordedRequest {
  /** Parsed query string. */
  searchParams: URLSearchParams;
}

/** What a provider plugs into the harness. */
export interface HarnessConfig {
  handle: (request: SimRequest) => SimResponse | Promise<SimResponse>;
  /** The provider's error response for a status the harness produces itself (429, injected, a crash). */
  errorResponse: (request: SimRequest, status: number) => SimResponse;
  /** Headers the provider puts on every response (`X-Request-Id`...); `startedAt` is `performance.now()`. */
  commonHeaders?: (request: SimRequest, startedAt: number) => Record<string, string>;
  faults: FaultQueue;
  rateLimiter?: FixedWindowRateLimiter;
  log: RequestLog;
  /** The port to listen on (default 0: a free one). */
  port?: number;
}

/** A running server. */
export interface Harness {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Stops listening, cuts open connections and abandons pending latency. Safe to call twice. */
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function waitOut(delays: readonly PlannedDelay[], closing: AbortSignal): Promise<void> {
  for (const delay of delays) await sleep(delay.ms, AbortSignal.any([closing, delay.released]));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function write(res: ServerResponse, out: SerializedResponse): void {
  // 204 and 304 carry no body by definition (a status fault may ask for either): no length either.
  if (out.status === 204 || out.status === 304) {
    res.writeHead(out.status, out.headers);
    res.end();
    return;
  }
  res.writeHead(out.status, { ...out.headers, 'Content-Length': String(Buffer.byteLength(out.text)) });
  res.end(out.text);
}

// Status line, headers and half the body, then a dead socket: the client sees a broken body stream.
function writeHalfThenDrop(res: ServerResponse, out: SerializedResponse): void {
  const full = out.text === '' ? '{"partial":true}' : out.text;
  res.writeHead(out.status === 204 ? 200 : out.status, { ...out.headers, 'Content-Length': String(Buffer.byteLength(full)) });
  res.write(full.slice(0, Math.max(1, Math.floor(full.length / 2))), () => res.socket?.destroy());
}

/** Starts a server for one simulator. */
export async function startHarness(config: HarnessConfig): Promise<Harness> {
  const closing = new AbortController();

  async function respond(request: SimRequest, plan: FaultPlan): Promise<SimResponse> {
    const limit = config.rateLimiter?.take();
    const rateHeaders = limit?.headers ?? {};
    const withRate = (response: SimResponse): SimResponse => ({ ...response, headers: { ...rateHeaders, ...response.headers } });
    if (limit?.limited) return withRate(config.errorResponse(request, 429));
    const action = plan.action;
    if (action?.kind === 'status') {
      const base = config.errorResponse(request, action.status);
      return withRate({
        ...base,
        ...(action.body === undefined ? {} : { body: action.body }),
        headers: { ...base.headers, ...(action.retryAfter === undefined ? {} : { 'Retry-After': String(action.retryAfter) }) },
      });
    }
    try {
      return withRate(await config.handle(request));
    } catch {
      return withRate(config.errorResponse(request, 500));
    }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: SimRequest = {
      id: `req_${randomToken(10)}`,
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.search.slice(1),
      searchParams: url.searchParams,
      headers: flatHeaders(req),
      body,
      receivedAt: new Date(),
    };
    config.log.record(request);
    const plan = config.faults.take(request.method, request.path);
    const drop = plan.action?.kind === 'drop' ? (plan.action.when ?? 'before-handling') : undefined;
    if (drop === 'before-handling') {
      await waitOut(plan.delays, closing.signal);
      req.socket.destroy();
      return;
    }
    const response = await respond(request, plan);
    // Latency comes after handling, so the request counts as in flight meanwhile (a concurrent
    // duplicate with the same idempotency key must meet the first one still running).
    await waitOut(plan.delays, closing.signal);
    try {
      if (closing.signal.aborted || drop === 'after-handling') {
        req.socket.destroy();
        return;
      }
      let serialized = serializeResponse(response);
      serialized.headers = { ...config.commonHeaders?.(request, startedAt), ...serialized.headers };
      if (drop === 'mid-body') return writeHalfThenDrop(res, serialized);
      if (plan.action?.kind === 'malformed') serialized = malform(serialized, plan.action.body, plan.action.status);
      write(res, serialized);
    } finally {
      response.afterSend?.();
    }
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/**
 * Fault injection for the simulators: deterministic, queued, counted. Nothing here is random, so a
 * test that injects "the next two responses are 503" sees exactly two 503s.
 * @module
 */

/** Which requests a fault applies to. Omitted fields match everything. */
export interface FaultMatch {
  /** HTTP method, any case (`'POST'`). */
  method?: string;
  /** A pathname as the server sees it (`'/v1/user-webhooks'`): a string must equal it, a RegExp must match it. */
  path?: string | RegExp;
}

interface FaultBase {
  /** How many matching requests this fault affects. Default: every one for latency, 1 otherwise. */
  times?: number;
  /** Restricts the fault to some requests (e.g. only `PUT`s). */
  match?: FaultMatch;
}

/**
 * Adds `ms` before the response is sent. The request is handled first, so it stays in flight
 * meanwhile. Clearing the fault releases the responses it is holding at once, so a test can hold
 * a request open (large `ms`) exactly as long as it needs.
 */
export interface LatencyFault extends FaultBase {
  kind: 'latency';
  ms: number;
}

/**
 * Answers with `status` in the provider's own error format without handling the request (as a
 * gateway or overloaded front end would): nothing is stored, no idempotency key is used up.
 */
export interface StatusFault extends FaultBase {
  kind: 'status';
  status: number;
  /** Sent as `Retry-After` (seconds). */
  retryAfter?: number;
  /** Replaces the provider-format error body (serialised as JSON). */
  body?: unknown;
}

/**
 * Destroys the connection without a (complete) response.
 * - `before-handling` (default): the request never took effect.
 * - `after-handling`: the request took effect, the response was lost (what idempotency keys are for).
 * - `mid-body`: the request took effect, the status line and half the body arrived, then the socket died.
 */
export interface DropFault extends FaultBase {
  kind: 'drop';
  when?: 'before-handling' | 'after-handling' | 'mid-body';
}

/** What a malformed response body looks like. */
export type MalformedBody =
  /** The real JSON body cut in half (correct Content-Length): a proxy that truncated it. */
  | 'truncated'
  /** An HTML error page, as from a load balancer. */
  | 'html'
  /** No body at all, still labelled `application/json`. */
  | 'empty'
  /** Plain text that is not JSON. */
  | 'not-json'
  /** Exactly this text. */
  | { text: string; contentType?: string };

/** The request is handled (it takes effect), then the body is replaced by `body`. */
export interface MalformedFault extends FaultBase {
  kind: 'malformed';
  body: MalformedBody;
  /** Replaces the status code (default: the real one). */
  status?: number;
}

/** Every fault `fail()` accepts. */
export type Fault = LatencyFault | StatusFault | DropFault | MalformedFault;

/** A fault that decides the response itself (at most one applies per request). */
export type ResponseFault = StatusFault | DropFault | MalformedFault;

/** A registered fault. */
export interface FaultHandle {
  readonly fault: Readonly<Fault>;
  /** Matching requests it will still affect (`Infinity` for open-ended latency). */
  readonly remaining: number;
  /** Withdraws it now; responses a latency fault is holding are sent at once. */
  clear(): void;
}

/** One latency to wait: `ms`, cut short when its fault is cleared. */
export interface PlannedDelay {
  ms: number;
  released: AbortSignal;
}

/** What happens to one request. */
export interface FaultPlan {
  /** Every matching latency fault, waited one after the other. */
  delays: PlannedDelay[];
  /** The first matching response fault, if any. */
  action?: ResponseFault;
}

interface Entry {
  fault: Fault;
  remaining: number;
  release: AbortController;
}

function checkFault(fault: Fault): number {
  const times = fault.times ?? (fault.kind === 'latency' ? Infinity : 1);
  if (!(times === Infinity || (Number.isInteger(times) && times > 0))) {
    throw new TypeError(`fail(): times must be a positive integer or Infinity, got ${String(fault.times)}`);
  }
  if (fault.kind === 'latency' && !(Number.isFinite(fault.ms) && fault.ms >= 0)) {
    throw new TypeError(`fail(): latency ms must be a finite number >= 0, got ${String(fault.ms)}`);
  }
  const status = fault.kind === 'status' ? fault.status : fault.kind === 'malformed' ? fault.status : undefined;
  if (status !== undefined && !(Number.isInteger(status) && status >= 200 && status <= 599)) {
    throw new TypeError(`fail(): status must be an HTTP status from 200 to 599, got ${String(status)}`);
  }
  return times;
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

/** The faults waiting for requests, consumed in the order they were added. */
export class FaultQueue {
  #entries: Entry[] = [];

  /** Registers a fault; throws a TypeError on nonsense (negative latency, status 42). */
  add(fault: Fault): FaultHandle {
    const entry: Entry = { fault: { ...fault }, remaining: checkFault(fault), release: new AbortController() };
    this.#entries.push(entry);
    return {
      fault: entry.fault,
      get remaining() { return entry.remaining; },
      clear: () => {
        entry.remaining = 0;
        entry.release.abort();
        this.#prune();
      },
    };
  }

  /** Decides (and counts) what happens to a request that just arrived. */
  take(method: string, path: string): FaultPlan {
    const plan: FaultPlan = { delays: [] };
    for (const entry of this.#entries) {
      if (entry.remaining <= 0 || !matches(entry.fault.match, method, path)) continue;
      if (entry.fault.kind === 'latency') {
        plan.delays.push({ ms: entry.fault.ms, released: entry.release.signal });
        entry.remaining -= 1;
      } else if (!plan.action) {
        plan.action = entry.fault;
        entry.remaining -= 1;
      }
    }
    this.#prune();
    return plan;
  }

  /** Withdraws every fault. */
  clear(): void {
    for (const entry of this.#entries) {
      entry.remaining = 0;
      entry.release.abort();
    }
    this.#entries = [];
  }

  #prune(): void {
    this.#entries = this.#entries.filter((entry) => entry.remaining > 0);
  }
}

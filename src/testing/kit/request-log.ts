/** A request as a simulator received it, for assertions ("did the client send an Idempotency-Key?"). */
export interface RecordedRequest {
  /** The simulator's request id (sent.dm echoes it as `X-Request-Id`). */
  id: string;
  method: string;
  /** Pathname, e.g. `/v3/webhooks`. */
  path: string;
  /** The raw query string without `?` (empty when none). */
  query: string;
  /** Lower-case header names, as received. */
  headers: Readonly<Record<string, string>>;
  /** The raw body text. */
  body: string;
  receivedAt: Date;
}

/** Picks requests out of the log. */
export type RequestPredicate = (request: RecordedRequest) => boolean;

interface Waiter {
  predicate: RequestPredicate;
  resolve: (request: RecordedRequest) => void;
  reject: (error: Error) => void;
}

/** Every request a simulator saw, in arrival order, and a way to wait for one. */
export class RequestLog {
  readonly #requests: RecordedRequest[] = [];
  #waiters: Waiter[] = [];

  /** Adds a request and wakes anyone waiting for one like it. */
  record(request: RecordedRequest): void {
    this.#requests.push(request);
    const still: Waiter[] = [];
    for (const waiter of this.#waiters) {
      if (waiter.predicate(request)) waiter.resolve(request);
      else still.push(waiter);
    }
    this.#waiters = still;
  }

  /** A copy of the log. */
  all(): RecordedRequest[] {
    return [...this.#requests];
  }

  /**
   * The first logged request that matches, waiting for it if none has arrived yet: the
   * deterministic way to know a request is in flight before sending a concurrent one.
   */
  waitFor(predicate: RequestPredicate = () => true): Promise<RecordedRequest> {
    const found = this.#requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => this.#waiters.push({ predicate, resolve, reject }));
  }

  /** Fails every pending wait: after `close()` no request can arrive, so none may hang a test. */
  abandon(reason: string): void {
    for (const waiter of this.#waiters) waiter.reject(new Error(reason));
    this.#waiters = [];
  }

  /** Empties the log. */
  clear(): void {
    this.#requests.length = 0;
  }
}

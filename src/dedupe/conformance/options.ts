import type { TestRunner } from '../../testing/conformance/runner';
import type { DedupeStore } from '../dedupe-store';

/** A fresh store for one test, how time passes for it, and how to clean up after it. */
export interface DedupeStoreFixture {
  /** An empty store: no key any other test used (a new prefix, a flushed database, a new memory store). */
  store: DedupeStore;
  /**
   * Lets `ms` milliseconds pass for the store: advance an injected clock, or (a store whose
   * expiry its server runs, like Redis) wait that long.
   */
  elapse: (ms: number) => Promise<void>;
  teardown?: () => Promise<void> | void;
}

/** What `additionalTests` is handed: the runner, and the running test's fixture. */
export interface DedupeConformanceContext<F extends DedupeStoreFixture = DedupeStoreFixture> {
  runner: TestRunner;
  /** The fixture `setup` returned for the running test (call it inside a test). */
  fixture: () => F;
}

/** What the store suite needs to know about the store under test. */
export interface DedupeConformanceOptions<F extends DedupeStoreFixture = DedupeStoreFixture> {
  /** Shown in the describe block. */
  name: string;
  /** Called before every test. */
  setup: () => Promise<F> | F;
  /**
   * The lease and TTL the expiry tests use, in ms (default 60); the tests let 1.5 times as much
   * pass. Raise it for a store whose expiry is coarse.
   */
  expiryMs?: number;
  /** The store's own cases, registered inside the suite's describe block after the shared ones. */
  additionalTests?: (context: DedupeConformanceContext<F>) => void;
}

/** What a group of the suite's tests reads while it runs. */
export interface StoreScope {
  it: TestRunner['it'];
  /** The running test's store. */
  store: () => DedupeStore;
  /** Lets `ms` pass for the running test's store. */
  elapse: (ms: number) => Promise<void>;
  /** The lease and TTL the expiry tests use. */
  expiryMs: number;
}

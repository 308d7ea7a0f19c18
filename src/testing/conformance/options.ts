import type { WebhookProvider } from '../../provider';
import type { TestRunner } from './runner';

/**
 * A fresh provider for one test, and how to clean up after it. A fixture may carry more (the
 * simulator behind the provider, say): `additionalTests` sees the fixture with its own type.
 */
export interface ConformanceFixture {
  provider: WebhookProvider;
  teardown?: () => Promise<void> | void;
  /**
   * How many requests the provider's backend has received so far (a simulator's
   * `requests.length`). When given, the suite checks that input refused with a `ValidationError`
   * sent nothing; without it, only that nothing was created.
   */
  sentRequests?: () => number;
}

/** What `additionalTests` is handed: the runner, and the current test's fixture. */
export interface ConformanceContext<F extends ConformanceFixture = ConformanceFixture> {
  /** The runner the suite was given; register cases with its `it`. */
  runner: TestRunner;
  /** The fixture `setup` returned for the running test (call it inside a test, not at registration). */
  fixture: () => F;
  /** The running test's provider: `fixture().provider`. */
  provider: () => WebhookProvider;
  /** The two event names the suite uses (from `events`, or the provider's first two event types). */
  events: () => [string, string];
}

/** What the suite needs to know about the adapter under test. */
export interface ConformanceOptions<F extends ConformanceFixture = ConformanceFixture> {
  /** Shown in the describe block. */
  name: string;
  /** Called before every test: each test gets an empty account (a new simulator, a new memory store). */
  setup: () => Promise<F> | F;
  /** Two event names the provider accepts (default: its first two `listEventTypes`). */
  events?: [string, string];
  /** An id in the provider's format that does not exist (default `missing-id`). */
  missingId?: string;
  /** The event name `sendTestEvent` takes (default: the first of `events`); GitHub tests with `ping`. */
  testEvent?: string;
  /**
   * A provider's own cases, registered inside the suite's describe block after the shared ones,
   * so they run with the same setup and teardown.
   *
   * @example
   * additionalTests: ({ runner, fixture }) => {
   *   runner.it('rotateSecret stores the chosen secret', async () => {
   *     const { provider, sim } = fixture();
   *     // ...
   *   });
   * },
   */
  additionalTests?: (context: ConformanceContext<F>) => void;
}

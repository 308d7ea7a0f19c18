import type { WebhookInput } from '../../model';
import type { WebhookProvider } from '../../provider';
import type { TestRunner } from './runner';

/** What a group of the suite's tests reads while it runs; the getters answer for the running test. */
export interface TestScope {
  it: TestRunner['it'];
  /** The running test's provider. */
  provider: () => WebhookProvider;
  /** Two event names the provider accepts. */
  events: () => [string, string];
  /** A valid create input with URL `https://receiver.example/hooks/<n>` for `events()[0]`, plus `extra`. */
  input: (n: number, extra?: Partial<WebhookInput>) => WebhookInput;
  /** Requests the backend has received, when the fixture counts them. */
  sentRequests: () => number | undefined;
  /** An id in the provider's format that does not exist. */
  missingId: string;
  /** The event `sendTestEvent` is asked for, when the provider tests with its own (GitHub's `ping`). */
  testEvent: string | undefined;
}

/** A function that registers a group of tests. */
export type TestGroup = (scope: TestScope) => void;

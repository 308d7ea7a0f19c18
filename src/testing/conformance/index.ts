/**
 * The conformance suite: `testProvider` runs the behaviour every `WebhookProvider` must show, and
 * every capability it declares, under any runner with describe/it/beforeEach/afterEach.
 * @module
 */
export { testProvider } from './test-provider';
export type { TestRunner } from './runner';
export type { ConformanceContext, ConformanceFixture, ConformanceOptions } from './options';

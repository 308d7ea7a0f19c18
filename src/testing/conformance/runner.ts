/**
 * The four functions a test runner provides. vitest (`import * as vitest from 'vitest'`), jest's
 * globals, mocha's and `node:test` all fit, so the suite needs no particular runner.
 */
export interface TestRunner {
  describe: (name: string, body: () => void) => unknown;
  it: (name: string, body: () => Promise<void>) => unknown;
  beforeEach: (body: () => Promise<void>) => unknown;
  afterEach: (body: () => Promise<void>) => unknown;
}

import * as vitest from 'vitest';
import { createMemoryProvider } from '../../src/testing';
import { testProvider } from '../../src/testing';

testProvider(vitest, {
  name: 'the in-memory provider',
  setup: () => ({ provider: createMemoryProvider() }),
});

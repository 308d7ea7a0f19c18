import * as vitest from 'vitest';
import { createMemoryProvider } from '../../entries/testing';
import { testProvider } from '../../entries/testing';

testProvider(vitest, {
  name: 'the in-memory provider',
  setup: () => ({ provider: createMemoryProvider() }),
});

import * as vitest from 'vitest';
import { createMemoryProvider } from '../../../../entries/testing';
import { testProvider } from '../../../../entries/testing';

testProvider(vitest, {
  name: 'the in-memory provider',
  setup: () => ({ provider: createMemoryProvider() }),
});

// Every optional capability off: the suite's other branch (refused before sending) on a provider
// that is configured to refuse, and a page-size ceiling that is not the default.
testProvider(vitest, {
  name: 'the in-memory provider with every optional capability off',
  setup: () => ({
    provider: createMemoryProvider({
      capabilities: {
        sendTestEvent: false, listDeliveries: false, callerSecret: false, names: false, eventFilters: false,
        deliverySettings: false, search: false, maxPageSize: 10, idempotencyKeys: false,
      },
    }),
  }),
});

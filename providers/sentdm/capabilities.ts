import type { Capabilities } from '../../src/provider';

/** What sent.dm's v3 webhooks API can do. */
export const SENTDM_CAPABILITIES: Capabilities = /* @__PURE__ */ Object.freeze({
  sendTestEvent: true,
  listDeliveries: true,
  rotateSecret: 'native',
  callerSecret: false,
  names: true,
  eventFilters: true,
  deliverySettings: true,
  search: true,
  maxPageSize: 100,
  idempotencyKeys: true,
});

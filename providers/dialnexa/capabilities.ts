import type { Capabilities } from '../../src/provider';

/** What DialNexa's v1 API can do. */
export const DIALNEXA_CAPABILITIES: Capabilities = /* @__PURE__ */ Object.freeze({
  sendTestEvent: false,
  listDeliveries: false,
  rotateSecret: 'emulated',
  callerSecret: true,
  names: false,
  eventFilters: false,
  deliverySettings: false,
  search: false,
  maxPageSize: 100,
  idempotencyKeys: false,
});

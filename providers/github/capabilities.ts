import type { Capabilities } from '../../src/provider';

/** What GitHub's repository and organization hooks API can do. */
export const GITHUB_CAPABILITIES: Capabilities = /* @__PURE__ */ Object.freeze({
  sendTestEvent: true,
  listDeliveries: true,
  // No rotate endpoint: the new secret is PATCHed into the hook's config.
  rotateSecret: 'emulated',
  callerSecret: true,
  names: false,
  eventFilters: false,
  deliverySettings: false,
  search: false,
  maxPageSize: 100,
  idempotencyKeys: false,
});

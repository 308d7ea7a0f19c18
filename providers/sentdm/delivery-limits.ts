/**
 * sent.dm's limits on a webhook's delivery settings. Outside them its API answers 400
 * `VALIDATION_005`; a create or PUT that leaves a setting out gets the default. The adapter checks
 * the ranges before sending, the simulator enforces them, and a memory provider standing in for
 * sent.dm takes them as its `deliveryLimits`.
 * @module
 */

/** `retry_count` and `timeout_seconds` (seconds): whole numbers, bounds included. */
export const SENTDM_DELIVERY_LIMITS = {
  retryCount: { min: 1, max: 5, default: 3 },
  timeoutSeconds: { min: 5, max: 120, default: 30 },
} as const;

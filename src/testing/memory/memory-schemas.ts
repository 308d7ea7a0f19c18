/**
 * What the in-memory provider accepts: the checks a real adapter makes before sending, built from
 * the shared input schemas so the memory provider refuses exactly what they refuse.
 * @module
 */
import * as v from 'valibot';
import { booleanFlag, callerSecret, callOptionsInput, eventList, fieldsObject, httpsUrl, intInRange, namesAField } from '../../input-schemas';
import type { MemoryDeliveryLimits } from './memory-options';

function webhookFields(limits: MemoryDeliveryLimits) {
  const delivery = fieldsObject({
    retryCount: v.optional(intInRange(limits.retryCount.min, limits.retryCount.max)),
    timeoutSeconds: v.optional(intInRange(limits.timeoutSeconds.min, limits.timeoutSeconds.max)),
  });
  return {
    url: httpsUrl,
    events: eventList,
    active: v.optional(booleanFlag),
    name: v.optional(v.string('must be a string')),
    secret: v.optional(callerSecret(8)),
    eventFilters: v.optional(v.record(v.string(), v.array(v.string('each sub type must be a string')), 'must map an event to a list of sub types')),
    delivery: v.optional(delivery),
  };
}

/**
 * The `create` input and `update` patch schemas under `limits`. The patch has every field
 * optional, each checked as on create, and must name at least one (as both adapters).
 */
export function memoryWebhookSchemas(limits: MemoryDeliveryLimits) {
  const fields = webhookFields(limits);
  return {
    input: fieldsObject(fields),
    patch: v.pipe(v.partial(fieldsObject(fields)), namesAField()),
  };
}

/** `rotateSecret` options: every call's, and the secret (checked as on create). */
export const memoryRotateOptions = callOptionsInput({ secret: v.optional(v.unknown()) });

/** `list` and `listDeliveries` parameters (the page-size ceiling is checked separately). */
export const memoryListSchema = fieldsObject({
  page: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'))),
  pageSize: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'))),
  active: v.optional(booleanFlag),
  search: v.optional(v.string('must be a string')),
});

import * as v from 'valibot';
import {
  booleanFlag as boolean, callOptionsInput, eventList, fieldsObject, httpsUrl, intInRange, namesAField, pageNumber, pageSizeUpTo,
} from '../../src/input-schemas';
import { SENTDM_CAPABILITIES } from './capabilities';
import { SENTDM_DELIVERY_LIMITS as LIMITS } from './delivery-limits';

// No event catalogue check: sent.dm's names are in flux (plural parents in the reference
// examples, `message.delivered` style from the event-types endpoint), so they pass through.

const name = v.pipe(v.string('must be a string'), v.check((s) => s.trim() !== '', 'must not be empty'));
const eventFilters = v.record(
  v.pipe(v.string(), v.nonEmpty('parent event names cannot be empty')),
  v.array(v.string('each sub type must be a string'), 'must be a list of sub types'),
  'must map parent events to lists of sub types, e.g. { message: ["delivered"] }',
);
// sent.dm's own limits (400 VALIDATION_005 otherwise), checked here so nothing is sent.
const delivery = fieldsObject({
  retryCount: v.optional(intInRange(LIMITS.retryCount.min, LIMITS.retryCount.max)),
  timeoutSeconds: v.optional(intInRange(LIMITS.timeoutSeconds.min, LIMITS.timeoutSeconds.max)),
});

// sent.dm makes the signing secret itself: a caller's secret would be silently ignored.
const noSecret = (hint: string) =>
  v.optional(v.undefined(`sent.dm generates the signing secret itself (capabilities.callerSecret is false); ${hint}`));

const fields = {
  url: httpsUrl,
  events: eventList,
  active: v.optional(boolean),
  name: v.optional(name),
  eventFilters: v.optional(eventFilters),
  delivery: v.optional(delivery),
};

/** What `create` accepts. */
export const createInput = fieldsObject({ ...fields, secret: noSecret('remove secret and read it from the created webhook') });

/** What `update` accepts: the same fields, all optional, at least one. */
export const patchInput = v.pipe(
  fieldsObject({
    ...fields,
    url: v.optional(fields.url),
    events: v.optional(fields.events),
    secret: noSecret('use rotateSecret() to replace it'),
  }),
  namesAField(),
);

const page = v.optional(pageNumber);
const pageSize = v.optional(pageSizeUpTo(SENTDM_CAPABILITIES.maxPageSize));
const search = v.optional(v.string('must be a string'));

/** `list` paging and filters. */
export const listInput = fieldsObject({ page, pageSize, active: v.optional(boolean), search });

/** `listDeliveries` paging: the events endpoint has no active filter. */
export const deliveriesInput = fieldsObject({
  page, pageSize, search,
  active: v.optional(v.undefined('delivery records have no active filter; remove it')),
});

/** The event `sendTestEvent` sends: sent.dm refuses a test without one ("Event type is required"). */
export const testEventInput = v.object({
  event: v.pipe(
    v.string('must be an event type string, e.g. "message.sent"'),
    v.check((s) => s.trim() !== '', 'must name an event type, e.g. "message.sent"'),
  ),
});

/** `rotateSecret` options: sent.dm makes the new secret. */
export const rotateInput = v.object({ secret: noSecret('remove secret; the new one is returned') });

/**
 * Per-call options: every call's, and the ones sent.dm reads. The key format is sent.dm's (400
 * VALIDATION_007 otherwise); a profile id goes into a header, so it must be header-safe.
 */
export const callInput = callOptionsInput({
  idempotencyKey: v.optional(v.pipe(
    v.string('must be a string'),
    v.regex(/^[a-zA-Z0-9_-]{1,255}$/, 'must be 1-255 letters, digits, "-" or "_" (sent.dm rejects other keys)'),
  )),
  profileId: v.optional(v.pipe(
    v.string('must be a string'),
    v.regex(/^[a-zA-Z0-9_-]+$/, 'must be a profile id (a UUID) of letters, digits, "-" or "_"'),
  )),
});

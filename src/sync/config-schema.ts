/**
 * The shape a sync config must have once its `{ env }` references are resolved, as valibot
 * schemas whose every message says what to write instead, and never repeats the value found.
 * A target's own options (`apiKey`, `profileId`...) are its provider's to check, at plan time.
 * @module
 */
import * as v from 'valibot';
import { booleanFlag, httpsUrl } from '../input-schemas';

// One message for a wrong type and another for an unknown key, which valibot reports on the same schema.
function objectMessage(what: string, keys: readonly string[], notAnObject: string) {
  return (issue: v.StrictObjectIssue) => (issue.expected === 'never' ? `unknown key; ${what} takes ${keys.join(', ')}` : notAnObject);
}

// valibot's object schemas take an array for an object (with keys "0", "1"...): refuse it first.
const notAList = (message: string) =>
  v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), message);

function strict<E extends v.ObjectEntries>(what: string, entries: E, notAnObject = `must be an object (${what})`) {
  return v.pipe(notAList(notAnObject), v.strictObject(entries, objectMessage(what, Object.keys(entries), notAnObject)));
}

function record<V extends v.GenericSchema>(value: V, message: string) {
  return v.pipe(notAList(message), v.record(v.string(), value, message));
}

const text = (what: string) => v.pipe(v.string(`must be ${what}`), v.check((s) => s.trim() !== '', 'must not be empty'));

const eventName = v.pipe(v.string('each event must be a string'), v.check((s) => s.trim() !== '', 'event names cannot be empty'));

const urlPrefix = v.pipe(
  v.string('each prefix must be a string'),
  v.check((value) => {
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute URL prefix, e.g. https://app.example.com/hooks/'),
);

// The providers' own ranges are theirs to check (at apply, before sending); here only what makes sense anywhere.
const atLeast = (min: number) => {
  const message = `must be a whole number, ${min} or more`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message));
};

const delivery = strict('delivery', {
  retryCount: v.optional(atLeast(0)),
  timeoutSeconds: v.optional(atLeast(1)),
});

/** One `webhooks[]` entry. */
export const webhookEntrySchema = strict('a webhook entry', {
  target: text('the name of one of targets'),
  url: httpsUrl,
  events: v.pipe(v.array(eventName, 'must be a list of event names'), v.minLength(1, 'must name at least one event')),
  active: v.optional(booleanFlag),
  name: v.optional(text('a string')),
  secret: v.optional(text('a string')),
  delivery: v.optional(delivery),
  eventFilters: v.optional(record(
    v.array(v.string('each sub type must be a string'), 'must be a list of sub types'),
    'must map parent events to lists of sub types, e.g. { "message": ["delivered"] }',
  )),
});

/** The whole config; `providers` are the catalogue's names. */
export function syncConfigSchema(providers: readonly string[]) {
  const target = v.pipe(notAList('must be an object: { "provider": ..., that provider\'s options, "owns"?: [...] }'), v.looseObject({
    provider: v.picklist(providers, `must be one of ${providers.join(', ')}`),
    owns: v.optional(v.array(urlPrefix, 'must be a list of URL prefixes')),
  }, 'must be an object: { "provider": ..., that provider\'s options, "owns"?: [...] }'));
  return strict('the config', {
    $schema: v.optional(v.string('must be a string')),
    targets: v.pipe(
      record(target, 'must be an object: target name -> { "provider": ..., ... }'),
      v.check((targets) => Object.keys(targets).length > 0, 'must declare at least one target'),
      v.check((targets) => !Object.hasOwn(targets, ''), 'target names cannot be empty'),
    ),
    webhooks: v.array(webhookEntrySchema, 'must be a list of webhook entries'),
    prune: v.optional(booleanFlag),
  }, 'the config must be an object: { "targets": {...}, "webhooks": [...], "prune"?: true }');
}

/** A config as `syncConfigSchema` leaves it. */
export type CheckedConfigShape = v.InferOutput<ReturnType<typeof syncConfigSchema>>;

/** One checked `webhooks[]` entry. */
export type CheckedEntry = v.InferOutput<typeof webhookEntrySchema>;

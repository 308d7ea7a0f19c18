/**
 * The shape `apply` accepts, for a plan read back from JSON (a CI artifact, a file someone
 * edited): anything else is a `ValidationError` naming the field, before any request.
 * @module
 */
import * as v from 'valibot';
import { ValidationError } from '../errors';
import { formatPath, type PathKey } from './config-path';
import type { SyncPlan } from './plan-types';

const text = v.string('must be a string');
const texts = v.array(text, 'must be a list of strings');
const count = v.pipe(v.number('must be a number'), v.integer('must be a whole number'));
const change = <T extends v.GenericSchema>(value: T) => v.object({ from: v.optional(value), to: value }, 'must be { from?, to }');
const filters = v.record(v.string(), texts, 'must map parent events to lists of sub types');
const delivery = v.object({ retryCount: v.optional(count), timeoutSeconds: v.optional(count) }, 'must be an object');

const diff = v.object({
  events: v.optional(v.object({ added: texts, removed: texts }, 'must be { added, removed }')),
  active: v.optional(change(v.boolean('must be true or false'))),
  name: v.optional(change(text)),
  delivery: v.optional(v.object({ retryCount: v.optional(change(count)), timeoutSeconds: v.optional(change(count)) }, 'must be an object')),
  eventFilters: v.optional(change(filters)),
  secret: v.optional(v.literal('rotate', 'can only be "rotate"')),
}, 'must be an object');

const state = v.object({
  url: text, events: texts, active: v.boolean('must be true or false'),
  name: v.optional(text), delivery: v.optional(delivery), eventFilters: v.optional(filters),
}, 'must be an object');

const changeSchema = v.pipe(
  v.object({
    action: v.picklist(['create', 'update', 'delete', 'noop'], 'must be create, update, delete or noop'),
    target: text,
    url: text,
    id: v.optional(text),
    diff: v.optional(diff),
    before: v.optional(state),
    reason: v.optional(v.picklist(['prune', 'duplicate'], 'must be prune or duplicate')),
  }, 'must be an object'),
  v.check((c) => c.action !== 'create' || c.diff?.events !== undefined, 'a create needs diff.events (the plan() output has it)'),
  v.check((c) => c.action === 'create' || c.action === 'noop' || (c.id !== undefined && c.before !== undefined),
    'an update or delete needs id and before (the plan() output has them)'),
);

const planSchema = v.object({
  changes: v.array(changeSchema, 'must be a list of changes'),
  summary: v.optional(v.unknown()),
  notes: v.optional(v.array(text, 'must be a list of strings'), []),
}, 'must be a plan: { changes, summary, notes }, as plan() returns it');

/** A plan checked for `apply`; only its changes matter (the summary is recomputed). */
export function checkPlan(input: unknown): Pick<SyncPlan, 'changes' | 'notes'> {
  const parsed = v.safeParse(planSchema, input);
  if (parsed.success) return parsed.output;
  const details: Record<string, string[]> = {};
  for (const issue of parsed.issues) {
    const path = formatPath((issue.path ?? []).map((item) => item.key as PathKey), '(the plan)');
    (details[path] ??= []).push(issue.message);
  }
  const summary = Object.entries(details).map(([path, messages]) => `${path}: ${messages.join('; ')}`).join('; ');
  throw new ValidationError(`apply: not a plan (${summary}). Nothing was changed.`, { operation: 'apply', details });
}

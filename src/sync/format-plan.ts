/**
 * A plan as people read it, in Terraform's manner: `+ create`, `~ update` with each field's
 * change (events added and removed), `- delete` with why, the notes, and a summary line. A pure
 * function: the caller decides on colour (a TTY, `NO_COLOR`).
 * @module
 */
import type { SyncChange, SyncDiff, SyncPlan, ValueChange } from './plan-types';

/** Options for `formatPlan`. */
export interface FormatPlanOptions {
  /** ANSI colours: green creates, yellow updates, red deletes (default false). */
  color?: boolean;
}

type Paint = (code: number, text: string) => string;

const show = (value: unknown) => (typeof value === 'string' || typeof value === 'object' ? JSON.stringify(value) : String(value));
const change = (field: string, value: ValueChange<unknown>) =>
  `~ ${field}: ${value.from === undefined ? '(none)' : show(value.from)} -> ${show(value.to)}`;

function updateLines(diff: SyncDiff, paint: Paint): string[] {
  const lines: string[] = [];
  if (diff.events) {
    lines.push('~ events:');
    for (const event of diff.events.added) lines.push(paint(32, `    + ${event}`));
    for (const event of diff.events.removed) lines.push(paint(31, `    - ${event}`));
  }
  if (diff.active) lines.push(change('active', diff.active));
  if (diff.name) lines.push(change('name', diff.name));
  if (diff.delivery?.retryCount) lines.push(change('delivery.retryCount', diff.delivery.retryCount));
  if (diff.delivery?.timeoutSeconds) lines.push(change('delivery.timeoutSeconds', diff.delivery.timeoutSeconds));
  if (diff.eventFilters) lines.push(change('eventFilters', diff.eventFilters));
  if (diff.secret === 'rotate') lines.push('~ secret: rotated (the new one is returned only in the apply result)');
  return lines;
}

function createLines(diff: SyncDiff): string[] {
  const lines = [`+ events: ${(diff.events?.added ?? []).join(', ')}`];
  if (diff.active) lines.push(`+ active: ${show(diff.active.to)}`);
  if (diff.name) lines.push(`+ name: ${show(diff.name.to)}`);
  if (diff.delivery?.retryCount) lines.push(`+ delivery.retryCount: ${show(diff.delivery.retryCount.to)}`);
  if (diff.delivery?.timeoutSeconds) lines.push(`+ delivery.timeoutSeconds: ${show(diff.delivery.timeoutSeconds.to)}`);
  if (diff.eventFilters) lines.push(`+ eventFilters: ${show(diff.eventFilters.to)}`);
  return lines;
}

const WHY_DELETED = { prune: 'no entry declares it (prune)', duplicate: 'a duplicate of the one kept' } as const;

function block(item: SyncChange, paint: Paint): string[] {
  const id = item.id ? ` (id ${item.id})` : '';
  if (item.action === 'create') {
    return [paint(32, `  + create ${item.target} ${item.url}`), ...createLines(item.diff ?? {}).map((line) => `      ${line}`)];
  }
  if (item.action === 'update') {
    return [paint(33, `  ~ update ${item.target} ${item.url}${id}`), ...updateLines(item.diff ?? {}, paint).map((line) => `      ${line}`)];
  }
  const why = item.reason ? `: ${WHY_DELETED[item.reason]}` : '';
  return [paint(31, `  - delete ${item.target} ${item.url}${id}${why}`)];
}

/**
 * The plan as text, ending with `Plan: 1 to create, 1 to update, 0 to delete, 2 unchanged.`
 * Unchanged webhooks are counted, not listed.
 *
 * @example
 * const planned = await plan(await loadConfig());
 * process.stdout.write(formatPlan(planned, { color: process.stdout.isTTY && !process.env.NO_COLOR }));
 */
export function formatPlan(plan: Pick<SyncPlan, 'changes' | 'summary'> & { notes?: readonly string[] }, options: FormatPlanOptions = {}): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const changed = plan.changes.filter((item) => item.action !== 'noop');
  const out: string[] = [];
  if (changed.length === 0) out.push('No changes: the webhooks match the configuration.');
  else {
    out.push('hookbridge will make these changes:');
    for (const item of changed) out.push('', ...block(item, paint));
  }
  const notes = plan.notes ?? [];
  if (notes.length > 0) out.push('', 'Notes:', ...notes.map((note) => `  - ${note}`));
  const { create, update, delete: deleted, unchanged } = plan.summary;
  out.push('', paint(1, `Plan: ${create} to create, ${update} to update, ${deleted} to delete, ${unchanged} unchanged.`));
  return `${out.join('\n')}\n`;
}

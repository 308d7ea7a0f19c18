import { describe, expect, it } from 'vitest';
import { formatPlan, type SyncPlan } from '../../../src/sync';

const PLAN: SyncPlan = {
  changes: [
    { action: 'create', target: 'calls', url: 'https://app.example.com/hooks/calls', diff: { events: { added: ['call.completed', 'call.failed'], removed: [] }, active: { to: true } } },
    {
      action: 'update', target: 'messages', url: 'https://app.example.com/hooks/messages', id: 'wh_1',
      diff: {
        events: { added: ['message.failed'], removed: ['message.sent'] }, active: { from: false, to: true }, name: { to: 'messages' },
        delivery: { retryCount: { from: 3, to: 5 } }, secret: 'rotate',
      },
      before: { url: 'https://app.example.com/hooks/messages', events: ['message.delivered', 'message.sent'], active: false },
    },
    { action: 'noop', target: 'calls', url: 'https://app.example.com/hooks/kept', id: 'whk_2' },
    { action: 'delete', target: 'calls', url: 'https://app.example.com/hooks/old', id: 'whk_3', reason: 'prune', before: { url: 'https://app.example.com/hooks/old', events: ['call.failed'], active: true } },
  ],
  summary: { create: 1, update: 1, delete: 1, unchanged: 1 },
  notes: ['messages: prune deletes nothing here, since the target has no owns prefixes'],
};

describe('formatPlan', () => {
  it('reads like Terraform: + create, ~ update field by field, - delete with why, notes, a summary line', () => {
    expect(formatPlan(PLAN)).toBe(`hookbridge will make these changes:

  + create calls https://app.example.com/hooks/calls
      + events: call.completed, call.failed
      + active: true

  ~ update messages https://app.example.com/hooks/messages (id wh_1)
      ~ events:
          + message.failed
          - message.sent
      ~ active: false -> true
      ~ name: (none) -> "messages"
      ~ delivery.retryCount: 3 -> 5
      ~ secret: rotated (the new one is returned only in the apply result)

  - delete calls https://app.example.com/hooks/old (id whk_3): no entry declares it (prune)

Notes:
  - messages: prune deletes nothing here, since the target has no owns prefixes

Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.
`);
  });

  it('says when there is nothing to do', () => {
    const text = formatPlan({ changes: [PLAN.changes[2]!], summary: { create: 0, update: 0, delete: 0, unchanged: 1 }, notes: [] });
    expect(text).toBe('No changes: the webhooks match the configuration.\n\nPlan: 0 to create, 0 to update, 0 to delete, 1 unchanged.\n');
  });

  it('colours only when asked: green creates, yellow updates, red deletes', () => {
    expect(formatPlan(PLAN)).not.toContain('\u001b[');
    const coloured = formatPlan(PLAN, { color: true });
    expect(coloured).toContain('\u001b[32m  + create calls');
    expect(coloured).toContain('\u001b[33m  ~ update messages');
    expect(coloured).toContain('\u001b[31m  - delete calls');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatPlan(PLAN));
  });

  it('takes a plan read back from JSON (notes may be missing)', () => {
    const { notes: _notes, ...bare } = JSON.parse(JSON.stringify(PLAN)) as SyncPlan;
    expect(formatPlan(bare)).toContain('Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.');
  });
});

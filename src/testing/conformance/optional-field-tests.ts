import assert from 'node:assert/strict';
import type { Capabilities } from '../../provider';
import type { Webhook, WebhookInput } from '../../model';
import { refusedBeforeSending } from './assertions';
import type { TestGroup } from './scope';

type FieldName = 'name' | 'eventFilters' | 'delivery';

/** A webhook field that only some providers keep, and the capability that says whether it is kept. */
interface OptionalField<K extends FieldName> {
  capability: keyof Pick<Capabilities, 'names' | 'eventFilters' | 'deliverySettings'>;
  field: K;
  /** Said in assertion messages. */
  what: string;
  /** The value create sends, given the two event names. */
  created: (events: [string, string]) => NonNullable<WebhookInput[K]>;
  /** The value a later update sends. */
  updated: (events: [string, string]) => NonNullable<WebhookInput[K]>;
  /** What the webhook shows once `updated` is applied over `created` (default: `updated`). */
  afterUpdate?: (events: [string, string]) => unknown;
  /** The part of a webhook the field lands in. */
  shown: (webhook: Webhook) => unknown;
}

const field = <K extends FieldName>(spec: OptionalField<K>) => spec;

const OPTIONAL_FIELDS = [
  field({
    capability: 'names', field: 'name', what: 'a name',
    created: () => 'Conformance first', updated: () => 'Conformance second', shown: (w) => w.name,
  }),
  field({
    capability: 'eventFilters', field: 'eventFilters', what: 'event filters',
    created: ([first]) => ({ [first]: ['first'] }),
    updated: ([, second]) => ({ [second]: ['second', 'third'] }),
    shown: (w) => w.eventFilters,
  }),
  field({
    // Within every provider's limits (sent.dm: 1-5 retries, 5-120 seconds). An update names one
    // setting: the other keeps its value.
    capability: 'deliverySettings', field: 'delivery', what: 'delivery settings',
    created: () => ({ retryCount: 2, timeoutSeconds: 15 }),
    updated: () => ({ retryCount: 4 }),
    afterUpdate: () => ({ retryCount: 4, timeoutSeconds: 15 }),
    shown: (w) => ({ retryCount: w.delivery?.retryCount, timeoutSeconds: w.delivery?.timeoutSeconds }),
  }),
];

/** Names, event filters and delivery settings: kept when declared, refused before sending when not. */
export const optionalFieldTests: TestGroup = (scope) => {
  const { it, provider, events, input } = scope;
  for (const spec of OPTIONAL_FIELDS as OptionalField<FieldName>[]) {
    it(`${spec.capability}: kept by create and get, changed by update, or refused as capabilities say`, async () => {
      const hooks = provider();
      const created = spec.created(events());
      const updated = spec.updated(events());
      if (!hooks.capabilities[spec.capability]) {
        await refusedBeforeSending(scope, () => hooks.create(input(60, { [spec.field]: created })), spec.field, `create with ${spec.what}`);
        assert.equal((await hooks.list()).items.length, 0, 'a refused create creates nothing');
        const plain = await hooks.create(input(61));
        await refusedBeforeSending(scope, () => hooks.update(plain.id, { [spec.field]: updated }), spec.field, `update with ${spec.what}`);
        return;
      }
      const webhook = await hooks.create(input(60, { [spec.field]: created }));
      assert.deepEqual(spec.shown(webhook), created, `create keeps ${spec.what}`);
      assert.deepEqual(spec.shown(await hooks.get(webhook.id)), created, `get shows ${spec.what}`);
      const changed = await hooks.update(webhook.id, { [spec.field]: updated });
      const expected = spec.afterUpdate?.(events()) ?? updated;
      assert.deepEqual(spec.shown(changed), expected, `update changes ${spec.what}`);
      assert.equal(changed.url, webhook.url, 'update keeps the fields it was not given');
      assert.deepEqual(spec.shown(await hooks.get(webhook.id)), expected, `get shows the updated ${spec.what}`);
    });
  }
};

import { randomToken } from '../../../src/testing/random-token';

/** A webhook as the DialNexa simulator stores it: the wire object plus its secret. */
export interface DialNexaWebhookRecord {
  id: string;
  url: string;
  events: string[];
  is_active: boolean;
  /** Never sent back by the API; here so tests can verify deliveries. */
  secret: string;
  created_at: string;
}

/** The fields a create or PATCH may set. */
export type DialNexaWebhookFields = Pick<DialNexaWebhookRecord, 'url' | 'events' | 'is_active' | 'secret'>;

/** The object the API returns: the record without its secret (DialNexa never echoes it). */
export function toWire(record: DialNexaWebhookRecord): Omit<DialNexaWebhookRecord, 'secret'> {
  const { secret: _secret, ...wire } = record;
  return { ...wire, events: [...wire.events] };
}

function copy(record: DialNexaWebhookRecord): DialNexaWebhookRecord {
  return { ...record, events: [...record.events] };
}

/** The simulator's webhooks, in creation order (the order lists page through). */
export class DialNexaStore {
  readonly #records = new Map<string, DialNexaWebhookRecord>();

  /** Stores a new webhook with a fresh `whk_` id. */
  create(fields: DialNexaWebhookFields): DialNexaWebhookRecord {
    // The docs show both `wh_abc123` and `whk_c9v3nz8rq4pm`; the prose (and the newer examples) use whk_.
    const record: DialNexaWebhookRecord = {
      id: `whk_${randomToken(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
      ...fields,
      events: [...fields.events],
      created_at: new Date().toISOString(),
    };
    this.#records.set(record.id, record);
    return copy(record);
  }

  /** A copy of the webhook, if it exists. */
  get(id: string): DialNexaWebhookRecord | undefined {
    const record = this.#records.get(id);
    return record && copy(record);
  }

  /** Applies only the fields given; `events` replaces the whole list. */
  update(id: string, patch: Partial<DialNexaWebhookFields>): DialNexaWebhookRecord | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    Object.assign(record, patch, patch.events ? { events: [...patch.events] } : {});
    return copy(record);
  }

  /** Removes it; false when there was nothing to remove. */
  delete(id: string): boolean {
    return this.#records.delete(id);
  }

  /** Every record (copies), optionally only active or inactive ones. */
  list(isActive?: boolean): DialNexaWebhookRecord[] {
    return [...this.#records.values()].filter((r) => isActive === undefined || r.is_active === isActive).map(copy);
  }

  /** Forgets every webhook. */
  clear(): void {
    this.#records.clear();
  }
}

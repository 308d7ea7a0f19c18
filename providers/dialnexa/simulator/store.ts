/**
 * The DialNexa simulator's webhooks: the kit's record store with DialNexa's ids and timestamps.
 * @module
 */
import { randomToken, RecordStore } from '../../../src/testing/kit';

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

/** The record as DialNexa's API returns it: without its secret (DialNexa never echoes it). */
export function toDialNexaWire(record: DialNexaWebhookRecord): Omit<DialNexaWebhookRecord, 'secret'> {
  const { secret: _secret, ...wire } = record;
  return { ...wire, events: [...wire.events] };
}

// The docs show both `wh_abc123` and `whk_c9v3nz8rq4pm`; the prose (and the newer examples) use whk_.
const newWebhookId = () => `whk_${randomToken(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

/** The simulator's webhooks, in creation order (the order lists page through). */
export class DialNexaStore extends RecordStore<DialNexaWebhookRecord> {
  constructor() {
    super(newWebhookId);
  }

  /** Stores a new webhook with a fresh `whk_` id. */
  create(fields: DialNexaWebhookFields): DialNexaWebhookRecord {
    return this.insert({ id: this.nextId(), ...fields, created_at: new Date().toISOString() });
  }
}

/** The `is_active` filter of a list: every webhook when `isActive` is undefined. */
export const activeIs = (isActive: boolean | undefined) => (record: DialNexaWebhookRecord): boolean =>
  isActive === undefined || record.is_active === isActive;

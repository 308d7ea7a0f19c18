/**
 * The sent.dm simulator's state: webhooks per customer scope (the key's own, or a profile named in
 * `x-profile-id`), and each webhook's delivery log.
 * @module
 */
import { RecordStore } from '../../../src/testing/kit';
import { sentDmTime } from './envelope';

/** The fields create and PUT set (PUT replaces all of them). */
export interface SentDmWebhookFields {
  display_name: string;
  endpoint_url: string;
  event_types: string[];
  event_filters: Record<string, string[]> | null;
  retry_count: number;
  timeout_seconds: number;
}

/** A webhook as the simulator stores it: the wire object with its real secret and owner. */
export interface SentDmWebhookRecord extends SentDmWebhookFields {
  id: string;
  /** The profile it was created under (`x-profile-id`), or null for the key's own account. */
  profile_id: string | null;
  /** The real secret (the API only shows it on create and rotate-secret). */
  signing_secret: string;
  is_active: boolean;
  last_delivery_attempt_at: string | null;
  last_successful_delivery_at: string | null;
  consecutive_failures: number;
  created_at: string;
  updated_at: string | null;
}

/** One item of `GET /v3/webhooks/{id}/events`. */
export interface SentDmEventRecord {
  id: string;
  event_type: string;
  event_data: unknown;
  delivery_status: 'delivered' | 'failed';
  http_status_code: number | null;
  response_body: string | null;
  delivery_attempts: number;
  error_message: string | null;
  created_at: string;
  processing_started_at: string;
  processing_completed_at: string;
}

/** The record as sent.dm's API returns it: `signing_secret` only where the API shows it. */
export function toSentDmWire(record: SentDmWebhookRecord, showSecret = false) {
  const { profile_id: _profile, signing_secret, ...rest } = record;
  return {
    ...rest,
    event_types: [...rest.event_types],
    event_filters: rest.event_filters && structuredClone(rest.event_filters),
    signing_secret: showSecret ? signing_secret : null,
  };
}

/**
 * Webhooks in creation order and their delivery logs. Lookups are scoped to one profile: another
 * profile's webhook is "not found".
 */
export class SentDmStore {
  readonly #webhooks = new RecordStore<SentDmWebhookRecord>(() => crypto.randomUUID());
  readonly #events = new Map<string, SentDmEventRecord[]>();

  /** A new record from validated fields, not stored yet (sandbox requests only show it). */
  newRecord(fields: SentDmWebhookFields, profileId: string | null, secret: string): SentDmWebhookRecord {
    return {
      id: this.#webhooks.nextId(), profile_id: profileId, ...structuredClone(fields), signing_secret: secret, is_active: true,
      last_delivery_attempt_at: null, last_successful_delivery_at: null, consecutive_failures: 0,
      created_at: sentDmTime(), updated_at: null,
    };
  }

  /** Stores a webhook built by `newRecord`, with an empty delivery log. */
  add(record: SentDmWebhookRecord): SentDmWebhookRecord {
    this.#events.set(record.id, []);
    return this.#webhooks.insert(record);
  }

  /** The webhook if it exists in this scope. */
  get(id: string, profileId: string | null): SentDmWebhookRecord | undefined {
    const record = this.#webhooks.get(id);
    return record && record.profile_id === profileId ? record : undefined;
  }

  /** Changes a stored webhook (in any scope: the caller looked it up first). */
  update(id: string, change: Partial<SentDmWebhookRecord>): SentDmWebhookRecord | undefined {
    return this.#webhooks.update(id, change);
  }

  /** Removes a webhook of this scope and its log; false when there was none. */
  delete(id: string, profileId: string | null): boolean {
    if (!this.get(id, profileId)) return false;
    this.#events.delete(id);
    return this.#webhooks.delete(id);
  }

  /** Webhooks of one scope, or of every scope (`'all'`, for deliveries). */
  list(profileId: string | null | 'all'): SentDmWebhookRecord[] {
    return this.#webhooks.list((record) => profileId === 'all' || record.profile_id === profileId);
  }

  /** Appends to a webhook's delivery log. */
  logEvent(id: string, event: SentDmEventRecord): void {
    this.#events.get(id)?.push(structuredClone(event));
  }

  /** A webhook's delivery log, newest first. */
  events(id: string): SentDmEventRecord[] {
    return [...(this.#events.get(id) ?? [])].reverse().map((event) => structuredClone(event));
  }

  /** Forgets every webhook and log. */
  clear(): void {
    this.#webhooks.clear();
    this.#events.clear();
  }
}

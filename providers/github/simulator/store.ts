/**
 * The GitHub simulator's state: hooks of the repository and of the organization it serves, and
 * each hook's delivery log (what `GET .../deliveries` pages through).
 * @module
 */
import { RecordStore } from '../../../src/testing/kit';

/** Which of the simulator's two scopes a hook belongs to, as GitHub's `type` field names it. */
export type GitHubHookType = 'Repository' | 'Organization';

/** A hook's `config`, with the real secret (the API only ever shows it masked). */
export interface GitHubHookConfig {
  url: string;
  /** `json` or `form` (GitHub's default when none is given). */
  content_type: string;
  /** `'0'` (verify the receiver's certificate) or `'1'`. */
  insecure_ssl: string;
  /** Absent when the hook signs nothing. */
  secret?: string;
}

/** `last_response`: the outcome of the hook's latest delivery. */
export interface GitHubLastResponse {
  code: number | null;
  status: string | null;
  message: string | null;
}

/** A hook as the simulator stores it. `id` is GitHub's integer id, as a string. */
export interface GitHubHookRecord {
  id: string;
  type: GitHubHookType;
  name: 'web';
  active: boolean;
  events: string[];
  config: GitHubHookConfig;
  created_at: string;
  updated_at: string;
  last_response: GitHubLastResponse;
}

/** One delivery as GitHub's delivery log keeps it (`hook-delivery`), under its hook. */
export interface GitHubDeliveryRecord {
  id: number;
  hookId: string;
  /** `X-GitHub-Delivery`: shared by every delivery (and redelivery) of one event. */
  guid: string;
  delivered_at: string;
  redelivery: boolean;
  /** Seconds. */
  duration: number;
  status: string;
  status_code: number;
  event: string;
  action: string | null;
  repository_id: number | null;
  url: string;
  request: { headers: Record<string, string>; payload: Record<string, unknown> };
  response: { headers: Record<string, string>; payload: string | null };
}

/** GitHub's timestamps: UTC, whole seconds (`2011-09-06T17:26:27Z`). */
export function gitHubTime(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Ids are integers at GitHub; random ones keep tests from depending on them.
const randomInt = (min: number, span: number) => min + Math.floor(Math.random() * span);

/** Hooks in creation order (the order lists page through), and their delivery logs. */
export class GitHubStore {
  readonly #hooks = new RecordStore<GitHubHookRecord>(() => String(randomInt(100_000_000, 900_000_000)));
  readonly #deliveries = new Map<string, GitHubDeliveryRecord[]>();
  #nextDeliveryId = randomInt(10_000_000_000, 1_000_000_000);

  /** Stores a new hook with a fresh id and an empty delivery log. */
  create(fields: Pick<GitHubHookRecord, 'type' | 'active' | 'events' | 'config'>): GitHubHookRecord {
    const now = gitHubTime();
    const record = this.#hooks.insert({
      id: this.#hooks.nextId(), name: 'web', ...structuredClone(fields), created_at: now, updated_at: now,
      last_response: { code: null, status: 'unused', message: null },
    });
    this.#deliveries.set(record.id, []);
    return record;
  }

  /** The hook, if it exists in scope `type`. */
  get(type: GitHubHookType, id: string): GitHubHookRecord | undefined {
    const record = this.#hooks.get(id);
    return record?.type === type ? record : undefined;
  }

  /** Sets fields of a stored hook (looked up first by the caller); `updated_at` moves unless only `last_response` changes. */
  update(id: string, change: Partial<GitHubHookRecord>): GitHubHookRecord | undefined {
    const touched = Object.keys(change).some((key) => key !== 'last_response');
    return this.#hooks.update(id, touched ? { ...change, updated_at: gitHubTime() } : change);
  }

  /** Removes a hook of scope `type` and its delivery log; false when there was none. */
  delete(type: GitHubHookType, id: string): boolean {
    if (!this.get(type, id)) return false;
    this.#deliveries.delete(id);
    return this.#hooks.delete(id);
  }

  /** Hooks of one scope, or of both. */
  list(type?: GitHubHookType): GitHubHookRecord[] {
    return this.#hooks.list((record) => type === undefined || record.type === type);
  }

  /** A fresh delivery id, larger than every earlier one (GitHub's grow too). */
  nextDeliveryId(): number {
    this.#nextDeliveryId += randomInt(1, 1000);
    return this.#nextDeliveryId;
  }

  /** Appends to a hook's log; dropped when the hook was deleted meanwhile. */
  logDelivery(delivery: GitHubDeliveryRecord): void {
    this.#deliveries.get(delivery.hookId)?.push(structuredClone(delivery));
  }

  /** A hook's deliveries, newest first. */
  deliveries(hookId: string): GitHubDeliveryRecord[] {
    return [...(this.#deliveries.get(hookId) ?? [])].reverse().map((delivery) => structuredClone(delivery));
  }

  /** Forgets every hook and delivery. */
  clear(): void {
    this.#hooks.clear();
    this.#deliveries.clear();
  }
}

/**
 * The webhooks a simulator stores: records with ids, kept in creation order (the order lists page
 * through), handed out only as copies so a test that changes one changes nothing stored.
 * @module
 */
import { slicePage, type PageSlice } from './page-slice';

/** Stored records of one kind, by id. `R` is the provider's own record shape. */
export class RecordStore<R extends { id: string }> {
  readonly #records = new Map<string, R>();
  readonly #newId: () => string;

  /** `newId` makes an id in the provider's style (`whk_c9v3nz8rq4pm`, a UUID). */
  constructor(newId: () => string) {
    this.#newId = newId;
  }

  /** A fresh id that no stored record has. */
  nextId(): string {
    let id = this.#newId();
    while (this.#records.has(id)) id = this.#newId();
    return id;
  }

  /** Stores a copy of `record` (replacing one with the same id) and returns another copy. */
  insert(record: R): R {
    this.#records.set(record.id, structuredClone(record));
    return structuredClone(record);
  }

  /** A copy of the record, if it exists. */
  get(id: string): R | undefined {
    const record = this.#records.get(id);
    return record && structuredClone(record);
  }

  /** Sets the fields in `change` (copied in); undefined when there is no such record. */
  update(id: string, change: Partial<R>): R | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    Object.assign(record, structuredClone(change));
    return structuredClone(record);
  }

  /** Removes the record; false when there was nothing to remove. */
  delete(id: string): boolean {
    return this.#records.delete(id);
  }

  /** Copies of every record `keep` accepts (default: all), in creation order. */
  list(keep: (record: R) => boolean = () => true): R[] {
    return [...this.#records.values()].filter(keep).map((record) => structuredClone(record));
  }

  /**
   * Page `page` (1-based) of `size` of the records `keep` accepts, copies of that page's records
   * only: a walk over 10,000 records then costs a page's worth of copies per request, not the store's.
   */
  page(keep: (record: R) => boolean, page: number, size: number): PageSlice<R> {
    const slice = slicePage([...this.#records.values()].filter(keep), page, size);
    return { ...slice, items: slice.items.map((record) => structuredClone(record)) };
  }

  /** Forgets every record. */
  clear(): void {
    this.#records.clear();
  }
}

/**
 * The last `capacity` ids a walk handed out, and nothing older: a set whose memory stays the same
 * however long the walk runs. A page that shifted under the walk repeats items from just before
 * it, so the recent ones are the only ones a repeat can be.
 */
export class RecentIds {
  readonly #ids = new Set<string>();
  readonly #ring: (string | undefined)[];
  #next = 0;

  constructor(readonly capacity: number) {
    this.#ring = new Array<string | undefined>(capacity);
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Remembers `id`, forgetting the oldest one once `capacity` are held. */
  add(id: string): void {
    if (this.#ids.has(id)) return;
    const oldest = this.#ring[this.#next];
    if (oldest !== undefined) this.#ids.delete(oldest);
    this.#ring[this.#next] = id;
    this.#ids.add(id);
    this.#next = (this.#next + 1) % this.capacity;
  }
}

/** Listeners told the id of each item their client removed (a delete that succeeded, or found it gone). */
export interface RemovalFeed {
  /** Starts listening; call the returned function to stop. */
  subscribe(listener: (id: string) => void): () => void;
}

/** A feed and the function that announces a removal on it: one per provider client. */
export function createRemovalFeed(): RemovalFeed & { announce(id: string): void } {
  const listeners = new Set<(id: string) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce(id) {
      for (const listener of listeners) listener(id);
    },
  };
}

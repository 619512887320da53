/** The few operations the repository needs from a key-value store; IndexedDB and memory implement them. */
export interface StorageBackend {
  readonly kind: 'indexeddb' | 'memory';
  get(key: string): Promise<unknown>;
  /** Reads and writes one key in a single transaction, so a compare-and-set cannot interleave. */
  update(key: string, updater: (current: unknown) => unknown): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  /** Writes and deletes several keys in one transaction: all of it lands, or none. */
  writeMany(puts: readonly [string, unknown][], deletes?: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  /**
   * Called when the browser closed the connection under us: the database was deleted or the site's
   * data cleared from elsewhere. The next operation reopens it.
   */
  onClosed(listener: () => void): () => void;
}

/** The few operations the repository needs from a key-value store; IndexedDB and memory implement them. */
export interface StorageBackend {
  readonly kind: 'indexeddb' | 'memory';
  get(key: string): Promise<unknown>;
  /** Reads and writes one key in a single transaction, so a compare-and-set cannot interleave. */
  update(key: string, updater: (current: unknown) => unknown): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  /** Replaces the whole store in one transaction: all entries land, or none do. */
  replaceAll(entries: readonly [string, unknown][]): Promise<void>;
  /** Writes several keys in one transaction. */
  setMany(entries: readonly [string, unknown][]): Promise<void>;
  clear(): Promise<void>;
}

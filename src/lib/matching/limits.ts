// Exact solvers are cubic and hold dense matrices; beyond these sizes the engine returns a
// clear data error instead of freezing a browser tab.
export const MAX_ASSIGNMENT_CELLS = 9_000_000;
export const MAX_POOL_SIZE = 3_000;

export class TooLargeError extends Error {
  readonly size: string;
  readonly limit: string;
  constructor(size: string, limit: string) {
    super(`matching problem too large: ${size} (limit ${limit})`);
    this.name = 'TooLargeError';
    this.size = size;
    this.limit = limit;
  }
}

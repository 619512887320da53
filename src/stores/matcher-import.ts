// The import worker for the matcher workbook: a real module file the build emits next to the
// page's scripts (no blob: URL), so the CSP (`worker-src 'self'`) allows it. Created on the
// first read; see src/lib/matcher/import/client.ts.
import { createImportClient, type ImportClient, type ImportWorkerLike } from '../lib/matcher/import/client.ts';

let client: ImportClient | undefined;

export function importClient(): ImportClient {
  client ??= createImportClient(
    () => new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module' }) as unknown as ImportWorkerLike,
  );
  return client;
}

/** Tests hand in a client with a fake worker. */
export function setImportClient(replacement: ImportClient | undefined): void {
  client = replacement;
}

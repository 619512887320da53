// The matching engine's worker for the UI. The worker is a real module file that the
// build emits next to the page's scripts (no blob: URL), so the site's CSP
// (`worker-src 'self'`) allows it. Created on first use; see src/lib/matching/worker-client.ts.
import { createMatchingClient, type MatchingClient, type WorkerLike } from '../lib/matching/worker-client.ts';

let client: MatchingClient | undefined;

export function matchingClient(): MatchingClient {
  client ??= createMatchingClient(
    () => new Worker(new URL('../workers/matching-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
  );
  return client;
}

// Workers of their own for comparing objectives and for shortlists. The shared client
// (matching-worker.ts) cancels its running job when the next one starts, so a comparison on it
// would stop the project's run, and a run would stop the comparison. Each of these clients has
// its own worker, made from the same module file the build emits (no blob: URL, as the CSP asks),
// on first use only.
import { createMatchingClient, type MatchingClient, type WorkerLike } from '../lib/matching/worker-client.ts';

const clients = new Map<'compare' | 'shortlist', MatchingClient>();

function clientFor(purpose: 'compare' | 'shortlist'): MatchingClient {
  let client = clients.get(purpose);
  if (!client) {
    client = createMatchingClient(() => new Worker(new URL('../workers/matching-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
    clients.set(purpose, client);
  }
  return client;
}

/** Runs the objectives one after another; never touches the project's own run. */
export const comparisonClient = (): MatchingClient => clientFor('compare');

export const shortlistClient = (): MatchingClient => clientFor('shortlist');

// Worker protocol. The UI sends `start` and gets `progress`* then `result` (or `error`).
// A worker runs one synchronous solve, so a `cancel` message cannot interrupt it while it
// runs; two ways to cancel are supported:
//  - immediate: the UI calls worker.terminate() and starts a new worker (recommended);
//  - cooperative: the `start` message carries a SharedArrayBuffer (needs cross-origin
//    isolation); the UI sets its first Int32 to 1 and the solver stops at its next check.
// A `cancel` that arrives before a queued start is handled also marks that job cancelled.
// `shortlist` is a job like `start` (progress, then `shortlists`): the best candidates per person.
import { runMatching } from './engine.ts';
import { runShortlist } from './shortlist.ts';
import type { MatchingInput, MatchingResult, ProgressReport, ShortlistResult } from './types.ts';

export type WorkerRequest =
  | { readonly type: 'start'; readonly jobId: string; readonly input: MatchingInput; readonly cancelFlag?: SharedArrayBuffer }
  | { readonly type: 'shortlist'; readonly jobId: string; readonly input: MatchingInput; readonly size?: number; readonly cancelFlag?: SharedArrayBuffer }
  | { readonly type: 'cancel'; readonly jobId: string };

export type WorkerResponse =
  | { readonly type: 'progress'; readonly jobId: string; readonly progress: ProgressReport }
  | { readonly type: 'result'; readonly jobId: string; readonly result: MatchingResult }
  | { readonly type: 'shortlists'; readonly jobId: string; readonly result: ShortlistResult }
  | { readonly type: 'error'; readonly jobId: string; readonly error: string };

export function createMatchingWorkerHandler(post: (response: WorkerResponse) => void): (request: WorkerRequest) => void {
  const cancelled = new Set<string>();
  return (request) => {
    if (request.type === 'cancel') {
      cancelled.add(request.jobId);
      return;
    }
    const { jobId, input, cancelFlag } = request;
    const flag = cancelFlag === undefined ? undefined : new Int32Array(cancelFlag);
    const options = {
      onProgress: (progress: ProgressReport) => post({ type: 'progress', jobId, progress }),
      isCancelled: () => cancelled.has(jobId) || (flag !== undefined && Atomics.load(flag, 0) !== 0),
    };
    try {
      if (request.type === 'shortlist') post({ type: 'shortlists', jobId, result: runShortlist(input, request.size === undefined ? options : { ...options, size: request.size }) });
      else post({ type: 'result', jobId, result: runMatching(input, options) });
    } catch (error) {
      post({ type: 'error', jobId, error: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelled.delete(jobId);
    }
  };
}

// The UI's side of the worker protocol (protocol.ts): one job at a time, progress as it
// comes, and cancellation by terminating the worker — a solve is synchronous, so a
// `cancel` message would only be read after it finished. The next run starts a fresh
// worker. The worker itself is made by the caller (src/stores/matching-worker.ts), so
// this file needs no DOM and is tested with a fake.
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import type { MatchingInput, MatchingResult, ProgressReport } from './types.ts';

/** The part of a DOM Worker the client uses. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { readonly data: WorkerResponse }) => void) | null;
  /** A script that fails to load or throws outside a job; its message is all we can report. */
  onerror: ((event: { readonly message?: string }) => void) | null;
}

/** Never a rejection: the UI shows each outcome its own way. */
export type MatchingOutcome =
  | { readonly kind: 'result'; readonly result: MatchingResult }
  | { readonly kind: 'cancelled' }
  /** `error` is technical (an exception message), for a log or a details line, not a UI text. */
  | { readonly kind: 'error'; readonly error: string };

export interface MatchingJob {
  readonly jobId: string;
  readonly outcome: Promise<MatchingOutcome>;
  /** Stops the job at once (terminates the worker); does nothing once it has finished. */
  cancel(): void;
}

export interface MatchingClient {
  /** Starting a job cancels the one still running: the UI only ever wants the latest. */
  run(input: MatchingInput, onProgress?: (progress: ProgressReport) => void): MatchingJob;
  readonly busy: boolean;
  /** Terminates the worker; a later run starts a new one. */
  dispose(): void;
}

interface Pending {
  readonly jobId: string;
  readonly settle: (outcome: MatchingOutcome) => void;
  readonly onProgress: ((progress: ProgressReport) => void) | undefined;
}

export function createMatchingClient(createWorker: () => WorkerLike): MatchingClient {
  let worker: WorkerLike | null = null;
  let pending: Pending | null = null;
  let counter = 0;

  const stopWorker = (): void => {
    if (worker === null) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    worker = null;
  };

  const finish = (outcome: MatchingOutcome): void => {
    const job = pending;
    pending = null;
    job?.settle(outcome);
  };

  const ensureWorker = (): WorkerLike => {
    if (worker !== null) return worker;
    const w = createWorker();
    w.onmessage = ({ data }) => {
      if (pending === null || data.jobId !== pending.jobId) return;
      if (data.type === 'progress') pending.onProgress?.(data.progress);
      else if (data.type === 'result') finish({ kind: 'result', result: data.result });
      else finish({ kind: 'error', error: data.error });
    };
    w.onerror = (event) => {
      // A worker that failed outside a job cannot be trusted with the next one.
      stopWorker();
      finish({ kind: 'error', error: event.message ?? 'worker error' });
    };
    worker = w;
    return w;
  };

  const cancel = (jobId: string): void => {
    if (pending?.jobId !== jobId) return;
    stopWorker();
    finish({ kind: 'cancelled' });
  };

  return {
    run(input, onProgress) {
      if (pending !== null) cancel(pending.jobId);
      const jobId = `job-${++counter}`;
      const outcome = new Promise<MatchingOutcome>((settle) => {
        pending = { jobId, settle, onProgress };
      });
      try {
        ensureWorker().postMessage({ type: 'start', jobId, input });
      } catch (error) {
        // postMessage throws when the input cannot be cloned (a function, a DOM node…).
        finish({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
      }
      return { jobId, outcome, cancel: () => cancel(jobId) };
    },
    get busy() {
      return pending !== null;
    },
    dispose() {
      if (pending !== null) cancel(pending.jobId);
      stopWorker();
    },
  };
}

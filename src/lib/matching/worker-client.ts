// The UI's side of the worker protocol (protocol.ts): one job at a time, progress as it
// comes, and cancellation by terminating the worker — a solve is synchronous, so a
// `cancel` message would only be read after it finished. The next run starts a fresh
// worker. The worker itself is made by the caller (src/stores/matching-worker.ts), so
// this file needs no DOM and is tested with a fake.
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import type { MatchingInput, MatchingResult, ProgressReport, ShortlistResult } from './types.ts';

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

/** Like MatchingOutcome, for a shortlist job. */
export type ShortlistOutcome =
  | { readonly kind: 'result'; readonly result: ShortlistResult }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly error: string };

export interface Job<Outcome> {
  readonly jobId: string;
  readonly outcome: Promise<Outcome>;
  /** Stops the job at once (terminates the worker); does nothing once it has finished. */
  cancel(): void;
}

export type MatchingJob = Job<MatchingOutcome>;
export type ShortlistJob = Job<ShortlistOutcome>;

export interface MatchingClient {
  /** Starting a job cancels the one still running: the UI only ever wants the latest. */
  run(input: MatchingInput, onProgress?: (progress: ProgressReport) => void): MatchingJob;
  /** The best `size` candidates per person (default 5); it shares the one job slot with `run`. */
  shortlist(input: MatchingInput, size?: number, onProgress?: (progress: ProgressReport) => void): ShortlistJob;
  readonly busy: boolean;
  /** Terminates the worker; a later run starts a new one. */
  dispose(): void;
}

type AnyOutcome = MatchingOutcome | ShortlistOutcome;

interface Pending {
  readonly jobId: string;
  readonly settle: (outcome: AnyOutcome) => void;
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

  const finish = (outcome: AnyOutcome): void => {
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
      else if (data.type === 'result' || data.type === 'shortlists') finish({ kind: 'result', result: data.result } as AnyOutcome);
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

  // The outcome's type follows the request's: a `start` is answered by `result`, a `shortlist` by `shortlists`.
  function start<Outcome extends AnyOutcome>(request: (jobId: string) => WorkerRequest, onProgress: ((progress: ProgressReport) => void) | undefined): Job<Outcome> {
    if (pending !== null) cancel(pending.jobId);
    const jobId = `job-${++counter}`;
    const outcome = new Promise<Outcome>((settle) => {
      pending = { jobId, settle: settle as (outcome: AnyOutcome) => void, onProgress };
    });
    try {
      ensureWorker().postMessage(request(jobId));
    } catch (error) {
      // postMessage throws when the input cannot be cloned (a function, a DOM node…).
      finish({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
    }
    return { jobId, outcome, cancel: () => cancel(jobId) };
  }

  return {
    run(input, onProgress) {
      return start<MatchingOutcome>((jobId) => ({ type: 'start', jobId, input }), onProgress);
    },
    shortlist(input, size, onProgress) {
      return start<ShortlistOutcome>((jobId) => (size === undefined ? { type: 'shortlist', jobId, input } : { type: 'shortlist', jobId, input, size }), onProgress);
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

// The UI's side of the rule counts' worker (rule-impact-protocol.ts). The latest request wins: a
// new count supersedes every older one, whose promise then settles as `superseded` at once. The
// worker gets one request at a time; a request made while it is busy waits, replacing any other
// waiting request, and goes out when the busy one answers (that answer is dropped). A count takes
// tens of milliseconds even at 2 000 people, so waiting for one is cheaper than restarting the
// worker (a fresh module load) to cut it short. Short lists are counted in place: below
// IN_PLACE_BELOW people a count takes a few milliseconds, less than copying the list to the
// worker and back, and the answer comes without a "Counting…" in between. The worker is made by
// the caller (src/stores/rule-impact-worker.ts), so this file needs no DOM and is tested with a fake.
import type { Participant } from '../matching/types.ts';
import type { RuleImpactRequest, RuleImpactResponse } from './rule-impact-protocol.ts';
import { ruleImpact, type RuleImpact, type RuleImpactSetup } from './rule-impact.ts';

/** Measured (bench, 2 000 → 50 people): under 200 people a count in place takes at most a few milliseconds. */
export const IN_PLACE_BELOW = 200;

/** The part of a DOM Worker the client uses. */
export interface RuleImpactWorkerLike {
  postMessage(message: RuleImpactRequest): void;
  terminate(): void;
  onmessage: ((event: { readonly data: RuleImpactResponse }) => void) | null;
  /** A script that fails to load or throws outside a count; its message is all we can report. */
  onerror: ((event: { readonly message?: string }) => void) | null;
}

/** Never a rejection: the UI shows each outcome its own way. */
export type RuleImpactOutcome =
  | { readonly kind: 'counted'; readonly impact: RuleImpact | null }
  /** A newer count was asked for before this one's answer: show nothing of it. */
  | { readonly kind: 'superseded' }
  /** `error` is technical (an exception message), for a log, not a UI text. */
  | { readonly kind: 'error'; readonly error: string };

export interface RuleImpactClient {
  count(setup: RuleImpactSetup, participants: readonly Participant[]): Promise<RuleImpactOutcome>;
  /** Terminates the worker and settles whatever is pending as superseded; a later count starts a new one. */
  dispose(): void;
}

export interface RuleImpactClientOptions {
  /** Lists shorter than this are counted in place. */
  readonly inPlaceBelow?: number;
}

interface Request {
  readonly message: RuleImpactRequest;
  /** Null once superseded: the answer is then dropped. */
  settle: ((outcome: RuleImpactOutcome) => void) | null;
}

export function createRuleImpactClient(createWorker: () => RuleImpactWorkerLike, options: RuleImpactClientOptions = {}): RuleImpactClient {
  const inPlaceBelow = options.inPlaceBelow ?? IN_PLACE_BELOW;
  let worker: RuleImpactWorkerLike | null = null;
  /** The request the worker is counting. */
  let sent: Request | null = null;
  /** The newest request, held until the worker is free. */
  let waiting: Request | null = null;
  let counter = 0;

  const settle = (request: Request | null, outcome: RuleImpactOutcome): void => {
    const done = request?.settle;
    if (request) request.settle = null;
    done?.(outcome);
  };

  const stopWorker = (): void => {
    if (worker === null) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    worker = null;
  };

  const answered = (outcome: RuleImpactOutcome): void => {
    const request = sent;
    sent = null;
    settle(request, outcome);
    const next = waiting;
    waiting = null;
    if (next !== null) send(next);
  };

  const ensureWorker = (): RuleImpactWorkerLike => {
    if (worker !== null) return worker;
    const w = createWorker();
    w.onmessage = ({ data }) => {
      if (sent === null || data.requestId !== sent.message.requestId) return;
      answered(data.type === 'counted' ? { kind: 'counted', impact: data.impact } : { kind: 'error', error: data.error });
    };
    w.onerror = (event) => {
      // A worker that failed outside a count cannot be trusted with the next one.
      stopWorker();
      answered({ kind: 'error', error: event.message ?? 'worker error' });
    };
    worker = w;
    return w;
  };

  function send(request: Request): void {
    sent = request;
    try {
      ensureWorker().postMessage(request.message);
    } catch (error) {
      // postMessage throws when the input cannot be cloned; creating the worker may throw too.
      sent = null;
      settle(request, { kind: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  const supersedeAll = (): void => {
    settle(waiting, { kind: 'superseded' });
    waiting = null;
    // The worker is still busy with it: its answer, when it comes, only frees the worker.
    settle(sent, { kind: 'superseded' });
  };

  return {
    count(setup, participants) {
      supersedeAll();
      if (participants.length < inPlaceBelow) {
        try {
          return Promise.resolve({ kind: 'counted', impact: ruleImpact(setup, participants) });
        } catch (error) {
          return Promise.resolve({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
        }
      }
      return new Promise<RuleImpactOutcome>((resolve) => {
        const request: Request = { message: { type: 'count', requestId: ++counter, setup, participants }, settle: resolve };
        if (sent === null) send(request);
        else waiting = request;
      });
    },
    dispose() {
      supersedeAll();
      sent = null;
      stopWorker();
    },
  };
}

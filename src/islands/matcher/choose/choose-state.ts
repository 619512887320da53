// The comparison and the shortlists of each project, kept outside the panels so they survive
// leaving the step and coming back. Both run on workers of their own (matcher-choose-worker.ts),
// so they never cancel, or get cancelled by, the project's run ($runs in matcher-run.ts).
import { atom } from 'nanostores';
import { inputFingerprint } from '../../../lib/matcher/input.ts';
import { comparisonInputs, type ComparedObjective } from '../../../lib/matcher/review/compare.ts';
import type { MatchingInput, MatchingResult, ProgressReport, ShortlistResult } from '../../../lib/matching/types.ts';
import { comparisonClient, shortlistClient } from '../../../stores/matcher-choose-worker.ts';

export interface ComparedRun {
  readonly objective: ComparedObjective;
  readonly result: MatchingResult;
}

export type ComparisonState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly token: number;
      /** 0-based index of the objective being run. */
      readonly step: number;
      readonly objectives: readonly ComparedObjective[];
      readonly progress: ProgressReport | null;
      readonly cancel: () => void;
    }
  | { readonly kind: 'done'; readonly fingerprint: string; readonly runs: readonly ComparedRun[] }
  | { readonly kind: 'cancelled' }
  /** `error` is technical, for a details line. */
  | { readonly kind: 'failed'; readonly error: string };

export type ShortlistState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly token: number; readonly progress: ProgressReport | null; readonly cancel: () => void }
  | { readonly kind: 'done'; readonly fingerprint: string; readonly result: ShortlistResult }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: string };

export const $comparisons = atom<Readonly<Record<string, ComparisonState>>>({});
export const $shortlists = atom<Readonly<Record<string, ShortlistState>>>({});

let tokens = 0;

/**
 * What the comparison depends on: the data with the objective left out and stable matching read
 * as mentoring (as comparisonInputs does), so choosing one of the compared objectives does not
 * make the comparison itself out of date.
 */
export function comparisonFingerprint(input: MatchingInput): string {
  return inputFingerprint(comparisonInputs(input)[0]!.input);
}

export const shortlistFingerprint = (input: MatchingInput): string => inputFingerprint(input);

function setComparison(projectId: string, state: ComparisonState): void {
  $comparisons.set({ ...$comparisons.get(), [projectId]: state });
}

function setShortlist(projectId: string, state: ShortlistState): void {
  $shortlists.set({ ...$shortlists.get(), [projectId]: state });
}

/** Runs each objective on offer one after another (one worker runs one job at a time). */
export async function startComparison(projectId: string, input: MatchingInput): Promise<void> {
  const planned = comparisonInputs(input);
  const fingerprint = comparisonFingerprint(input);
  const token = ++tokens;
  const client = comparisonClient();
  let stopped = false;
  let cancelJob: (() => void) | null = null;
  const cancel = () => {
    stopped = true;
    cancelJob?.();
  };
  const mine = () => {
    const state = $comparisons.get()[projectId];
    return state?.kind === 'running' && state.token === token ? state : null;
  };
  const objectives = planned.map((entry) => entry.objective);
  setComparison(projectId, { kind: 'running', token, step: 0, objectives, progress: null, cancel });
  const runs: ComparedRun[] = [];
  for (const [step, entry] of planned.entries()) {
    if (stopped || !mine()) break;
    setComparison(projectId, { ...mine()!, step, progress: null });
    const job = client.run(entry.input, (progress) => {
      const state = mine();
      if (state && state.step === step) setComparison(projectId, { ...state, progress });
    });
    cancelJob = job.cancel;
    const outcome = await job.outcome;
    // A newer comparison took over (its first run cancelled this one's job): leave its state alone.
    if (!mine()) return;
    if (outcome.kind === 'cancelled') return setComparison(projectId, { kind: 'cancelled' });
    if (outcome.kind === 'error') return setComparison(projectId, { kind: 'failed', error: outcome.error });
    runs.push({ objective: entry.objective, result: outcome.result });
  }
  if (!mine()) return;
  setComparison(projectId, stopped ? { kind: 'cancelled' } : { kind: 'done', fingerprint, runs });
}

export function cancelComparison(projectId: string): void {
  const state = $comparisons.get()[projectId];
  if (state?.kind === 'running') state.cancel();
}

export async function startShortlists(projectId: string, input: MatchingInput): Promise<void> {
  const token = ++tokens;
  const fingerprint = shortlistFingerprint(input);
  const mine = () => {
    const state = $shortlists.get()[projectId];
    return state?.kind === 'running' && state.token === token ? state : null;
  };
  const job = shortlistClient().shortlist(input, undefined, (progress) => {
    const state = mine();
    if (state) setShortlist(projectId, { ...state, progress });
  });
  setShortlist(projectId, { kind: 'running', token, progress: null, cancel: job.cancel });
  const outcome = await job.outcome;
  if (!mine()) return;
  if (outcome.kind === 'cancelled') return setShortlist(projectId, { kind: 'cancelled' });
  if (outcome.kind === 'error') return setShortlist(projectId, { kind: 'failed', error: outcome.error });
  setShortlist(projectId, { kind: 'done', fingerprint, result: outcome.result });
}

export function cancelShortlists(projectId: string): void {
  const state = $shortlists.get()[projectId];
  if (state?.kind === 'running') state.cancel();
}

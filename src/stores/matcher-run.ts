// Running a project's matching in the Web Worker, and keeping its full result in memory. The
// stored run (src/lib/matcher/model.ts, ProjectRun) is compact; its details come back by running
// the same input again (the engine is deterministic), which `restoreRun` does after a reload.
// A run still going when the page reloads dies with its worker; this tab notes it in
// sessionStorage while it runs, so the page after the reload says so and starts it again.
import { atom, onMount } from 'nanostores';
import { inputFingerprint, matchingInput } from '../lib/matcher/input.ts';
import type { MatchingProject, ProjectRun } from '../lib/matcher/model.ts';
import { withHeldPairs } from '../lib/matcher/review/adjust.ts';
import { reconcileApprovals } from '../lib/matcher/review/decisions.ts';
import { addRun as addRunTo, runRecord } from '../lib/matcher/operations.ts';
import type { IdPair, MatchingInput, MatchingResult, ProgressReport } from '../lib/matching/types.ts';
import { currentProject, editProject, matcherDocument, newId, nowIso, participantsOf } from './matcher.ts';
import { matchingClient } from './matching-worker.ts';
import { getStorageService } from './storage.ts';

export type RunState =
  | { readonly kind: 'idle' }
  /**
   * `held`: a run after a decision (a lock, a forbid, a change by hand or its undo), shown quietly. `restoring`: re-running the stored run's input to show its details again; nothing new is stored.
   * `resumed`: a run that a reload interrupted, started again on the page after it.
   */
  | { readonly kind: 'running'; readonly fingerprint: string; readonly progress: ProgressReport | null; readonly restoring: boolean; readonly held?: boolean; readonly resumed?: boolean; readonly cancel: () => void }
  | { readonly kind: 'done'; readonly fingerprint: string; readonly result: MatchingResult }
  /** `interrupted`: a reload stopped the run, and the project changed since, so it was not started again. */
  | { readonly kind: 'cancelled'; readonly interrupted?: boolean }
  /** `error` is technical, for a details line. */
  | { readonly kind: 'failed'; readonly error: string };

const IDLE: RunState = { kind: 'idle' };

/** Per project id. */
export const $runs = atom<Readonly<Record<string, RunState>>>({});

export function runStateOf(projectId: string): RunState {
  return $runs.get()[projectId] ?? IDLE;
}

function setRunState(projectId: string, state: RunState): void {
  $runs.set({ ...$runs.get(), [projectId]: state });
}

const inputs = new WeakMap<MatchingProject, { input: MatchingInput; fingerprint: string }>();

/** The engine input of the project as it is now, and its fingerprint (kept per project object). */
export function projectInput(project: MatchingProject): { input: MatchingInput; fingerprint: string } {
  const cached = inputs.get(project);
  if (cached) return cached;
  const input = matchingInput(project, participantsOf(project).participants);
  const entry = { input, fingerprint: inputFingerprint(input) };
  inputs.set(project, entry);
  return entry;
}

const heldInputs = new WeakMap<MatchingProject, { held: readonly IdPair[]; entry: { input: MatchingInput; fingerprint: string } }>();

/** The input of a run that holds `held` in place besides the project's own locks (a change by hand); kept per project object and held list. */
export function heldInput(project: MatchingProject, held: readonly IdPair[] | undefined): { input: MatchingInput; fingerprint: string } {
  const base = projectInput(project);
  if (!held || held.length === 0) return base;
  const cached = heldInputs.get(project);
  if (cached && cached.held === held) return cached.entry;
  const input = withHeldPairs(base.input, held);
  const entry = { input, fingerprint: inputFingerprint(input) };
  heldInputs.set(project, { held, entry });
  return entry;
}

const fingerprints = new WeakMap<MatchingProject, string>();

/** The fingerprint the project's latest run would have if it were made now (its held pairs included); kept per project object. */
export function currentFingerprint(project: MatchingProject): string {
  let fingerprint = fingerprints.get(project);
  if (fingerprint === undefined) {
    fingerprint = heldInput(project, project.runs.at(-1)?.held).fingerprint;
    fingerprints.set(project, fingerprint);
  }
  return fingerprint;
}

/** True when the project has a stored run made on other input than it holds now. */
export function lastRunOutdated(project: MatchingProject): boolean {
  const last = project.runs.at(-1);
  return last !== undefined && last.fingerprint !== currentFingerprint(project);
}

/** This tab's run that is going, as noted for the page after a reload: enough to make the same run again. */
interface RunningNote {
  readonly token: string;
  /** The tab's id (tab-presence.ts): a duplicated tab copies sessionStorage, but the run was not its own. Null when not known yet. */
  readonly tab: string | null;
  readonly projectId: string;
  readonly fingerprint: string;
  readonly held: readonly IdPair[] | null;
  readonly afterDecision: boolean;
  readonly startedAt: string;
}

/** One key per tab: a run cancels any other the tab had going. sessionStorage survives a reload of the tab and nothing else. */
const RUNNING_KEY = 'mentorkit:matcher:running';

/** This tab's id once the storage service knows it; it survives a reload of the tab, and a duplicate gets its own. */
let thisTab: string | null = null;
if (typeof window !== 'undefined') {
  void getStorageService().then(
    (service) => {
      thisTab = service.presence.id;
    },
    () => undefined,
  );
}

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function noteRunning(note: RunningNote): void {
  try {
    session()?.setItem(RUNNING_KEY, JSON.stringify(note));
  } catch {
    // No note (storage off or full): a reload then only loses the run, as it always did.
  }
}

function runningNote(): RunningNote | null {
  try {
    const note: unknown = JSON.parse(session()?.getItem(RUNNING_KEY) ?? 'null');
    if (typeof note !== 'object' || note === null) return null;
    const { token, tab, projectId, fingerprint, held, afterDecision, startedAt } = note as Record<string, unknown>;
    const pairs = held === null || (Array.isArray(held) && held.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((id) => typeof id === 'string')));
    if (typeof token !== 'string' || (tab !== null && typeof tab !== 'string') || typeof projectId !== 'string' || typeof fingerprint !== 'string' || typeof afterDecision !== 'boolean' || typeof startedAt !== 'string' || !pairs) return null;
    return { token, tab, projectId, fingerprint, held: held as RunningNote['held'], afterDecision, startedAt };
  } catch {
    return null;
  }
}

/** Forgets the note, but only the one `token` wrote: a newer run has put its own there. */
function forgetRunning(token?: string): void {
  try {
    if (token === undefined || runningNote()?.token === token) session()?.removeItem(RUNNING_KEY);
  } catch {
    // Nothing to forget.
  }
}

function run(projectId: string, restoring: boolean, held?: readonly IdPair[], afterDecision = false, resumed = false): void {
  const project = currentProject(projectId);
  if (!project) return;
  const { input, fingerprint } = heldInput(project, held);
  const job = matchingClient().run(input, (progress) => {
    const state = runStateOf(projectId);
    if (state.kind === 'running' && state.fingerprint === fingerprint) setRunState(projectId, { ...state, progress });
  });
  // A restore stores nothing and starts again by itself after a reload; any other run is noted until it ends.
  const token = restoring ? null : newId();
  if (token !== null) noteRunning({ token, tab: thisTab, projectId, fingerprint, held: held && held.length > 0 ? held : null, afterDecision, startedAt: nowIso() });
  setRunState(projectId, { kind: 'running', fingerprint, progress: null, restoring, held: afterDecision || (held !== undefined && held.length > 0), ...(resumed ? { resumed } : {}), cancel: job.cancel });
  void job.outcome.then((outcome) => {
    if (token !== null) forgetRunning(token);
    const state = runStateOf(projectId);
    // A newer run (or one for another project, which cancels this one in the shared worker) owns the state now.
    if (state.kind !== 'running' || state.cancel !== job.cancel) return;
    if (outcome.kind === 'cancelled') return setRunState(projectId, { kind: 'cancelled' });
    if (outcome.kind === 'error') return setRunState(projectId, { kind: 'failed', error: outcome.error });
    setRunState(projectId, { kind: 'done', fingerprint, result: outcome.result });
    if (!restoring) {
      const record = runRecord(outcome.result, fingerprint, { newId, now: nowIso() });
      if (record) storeRun(projectId, held && held.length > 0 ? { ...record, held } : record, outcome.result.matches);
    }
  });
}

/** Keeps the run, and drops the approvals of matches it no longer makes (a changed match is a new proposal). */
function storeRun(projectId: string, record: ProjectRun, matches: readonly { readonly ids: readonly string[] }[]): void {
  editProject(projectId, (project, now) => reconcileApprovals(addRunTo(project, record, now), matches, now).project);
}

/**
 * Shows the result of a change by hand: runs the project's input with every match the change
 * leaves alone held in place, so only what the change touched moves (its cost was previewed).
 * `held` are those matches' pairs (see `heldPairs`).
 */
export function runHeld(projectId: string, held: readonly IdPair[]): void {
  for (const [id, state] of Object.entries($runs.get())) {
    if (state.kind === 'running' && id !== projectId) setRunState(id, { kind: 'cancelled' });
  }
  run(projectId, false, held, true);
}

/** Runs the matching on the project as it is now; a run still going for any project is cancelled. */
export function startRun(projectId: string): void {
  for (const [id, state] of Object.entries($runs.get())) {
    if (state.kind === 'running' && id !== projectId) setRunState(id, { kind: 'cancelled' });
  }
  run(projectId, false);
}

export function cancelRun(projectId: string): void {
  const state = runStateOf(projectId);
  if (state.kind === 'running') state.cancel();
}

/**
 * After a reload the stored run has no details: when its input is still the project's, run it
 * again quietly to get them back. The same when the result in memory is another run than the
 * stored latest one (another tab made a newer run). Does nothing while another run is going or
 * when the latest run's details are here.
 */
export function restoreRun(projectId: string): void {
  if (resumeInterrupted(projectId)) return;
  const project = currentProject(projectId);
  const last = project?.runs.at(-1);
  if (!project || !last || lastRunOutdated(project)) return;
  if (Object.values($runs.get()).some((state) => state.kind === 'running')) return;
  const state = runStateOf(projectId);
  if (state.kind === 'done' && state.fingerprint === last.fingerprint) return;
  run(projectId, true, last.held);
}

/**
 * After a reload: the run this tab had going when the page went is started again, said as such
 * (`resumed`), when the project's input is still the one it ran on. When the input changed
 * meanwhile, starting it would be another run than the one asked for: the state says it was
 * interrupted, and the coordinator starts one. True when there was such a run for `projectId`
 * (or for any project, without one).
 */
function resumeInterrupted(projectId?: string): boolean {
  const note = runningNote();
  if (!note || (projectId !== undefined && note.projectId !== projectId)) return false;
  // Anything running in this page means the note is its own run's, not a run from before the reload.
  if (Object.values($runs.get()).some((state) => state.kind === 'running')) return false;
  if (matcherDocument.$state.get().phase !== 'ready') return false;
  forgetRunning();
  // A duplicate of the tab that ran it: that tab's run goes on there.
  if (note.tab !== null && thisTab !== null && note.tab !== thisTab) return false;
  const project = currentProject(note.projectId);
  if (!project) return false;
  const last = project.runs.at(-1);
  // It finished and was stored after all (the reload came as it ended).
  if (last && last.fingerprint === note.fingerprint && last.at >= note.startedAt) return false;
  if (heldInput(project, note.held ?? undefined).fingerprint !== note.fingerprint) {
    setRunState(note.projectId, { kind: 'cancelled', interrupted: true });
    return true;
  }
  run(note.projectId, false, note.held ?? undefined, note.afterDecision, true);
  return true;
}

// The page after a reload may show no step that restores (a first run has nothing stored): the
// first island to follow the runs makes the interrupted one go again, once the document is ready.
onMount($runs, () => {
  if (typeof window === 'undefined' || !runningNote()) return;
  let stop: (() => void) | undefined;
  // After this mount: the subscriber that caused it is listening by then, so it hears the new state.
  queueMicrotask(() => {
    if (matcherDocument.$state.get().phase === 'ready') {
      resumeInterrupted();
      return;
    }
    stop = matcherDocument.$state.listen((state) => {
      if (state.phase !== 'ready') return;
      stop?.();
      stop = undefined;
      resumeInterrupted();
    });
  });
  return () => stop?.();
});

/** The full result of the project's latest run when it is in memory and still belongs to the project as it is. */
export function currentResult(project: MatchingProject, state: RunState = runStateOf(project.id)): MatchingResult | null {
  const last = project.runs.at(-1);
  if (state.kind !== 'done' || !last || state.fingerprint !== last.fingerprint || lastRunOutdated(project)) return null;
  return state.result;
}

/** A result made on the main thread (a break-up's rematch): shown as the latest run and kept. */
export function setDoneResult(projectId: string, fingerprint: string, result: MatchingResult, record: ProjectRun | null): void {
  cancelRun(projectId);
  setRunState(projectId, { kind: 'done', fingerprint, result });
  if (record) storeRun(projectId, record, result.matches);
}

/** Forgets the project's result in memory (a round was closed or reopened: the runs it belonged to are gone or back). */
export function clearRun(projectId: string): void {
  cancelRun(projectId);
  if (projectId in $runs.get()) setRunState(projectId, IDLE);
}

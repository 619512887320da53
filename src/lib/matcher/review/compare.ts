// Comparing objectives on the same data: the highest total, the fairest (best lowest match) and,
// where people nominated each other, stable matching from the nominations. The runs themselves
// are the engine's (in the worker); this only says which inputs to run and reads the results.
import type { MatchingInput, MatchingResult, Mode } from '../../matching/types.ts';
import type { IsoDateTime, MatchingProject } from '../model.ts';
import { setMode } from '../operations.ts';

export type ComparedObjective = 'total' | 'fairness' | 'stable';

export interface ObjectiveComparison {
  readonly objective: ComparedObjective;
  readonly matched: number;
  readonly matches: number;
  readonly meanScore: number;
  readonly lowestScore: number;
  readonly totalScore: number;
  /** People whose partners (or group mates) differ from the current result, being matched or not included. */
  readonly changed: number;
  /** The result solved nothing (cancelled, or a data error without a mode). */
  readonly solved: boolean;
}

const hasNominations = (input: MatchingInput): boolean => input.participants.some((person) => (person.preferredPartners?.length ?? 0) > 0);

/** Stable matching needs two sides and at least one nomination. */
export function canCompareStable(input: MatchingInput): boolean {
  const kind = input.mode.kind;
  return hasNominations(input) && (kind === 'mentoring' || kind === 'reciprocal' || kind === 'stable');
}

/** The inputs to run, one per objective on offer; the current mode's sides are kept for stable matching. */
export function comparisonInputs(input: MatchingInput): { readonly objective: ComparedObjective; readonly input: MatchingInput }[] {
  const pairMode: Mode = input.mode.kind === 'stable' ? { kind: 'mentoring', ...sideOf(input.mode) } : input.mode;
  const inputs: { objective: ComparedObjective; input: MatchingInput }[] = [
    { objective: 'total', input: { ...input, mode: pairMode, objective: 'total' } },
    { objective: 'fairness', input: { ...input, mode: pairMode, objective: 'fairness' } },
  ];
  if (canCompareStable(input)) inputs.push({ objective: 'stable', input: { ...input, mode: { kind: 'stable', ...sideOf(input.mode) } } });
  return inputs;
}

function sideOf(mode: Mode): { bothRoleSide?: 'mentor' | 'mentee' } {
  return 'bothRoleSide' in mode && mode.bothRoleSide !== undefined ? { bothRoleSide: mode.bothRoleSide } : {};
}

/** Each person's partners in a result, as one sorted string ('' when unmatched). */
function partnersOf(result: MatchingResult): Map<string, string> {
  const partners = new Map<string, string[]>();
  for (const match of result.matches)
    for (const id of match.ids) {
      const list = partners.get(id) ?? [];
      list.push(...match.ids.filter((other) => other !== id));
      partners.set(id, list);
    }
  return new Map([...partners].map(([id, list]) => [id, [...list].sort().join('\u001f')]));
}

export function countChanged(current: MatchingResult, other: MatchingResult): number {
  const before = partnersOf(current);
  const after = partnersOf(other);
  const everyone = new Set([...before.keys(), ...after.keys()]);
  let changed = 0;
  for (const id of everyone) if ((before.get(id) ?? '') !== (after.get(id) ?? '')) changed++;
  return changed;
}

export function compareObjectives(current: MatchingResult, results: readonly { readonly objective: ComparedObjective; readonly result: MatchingResult }[]): ObjectiveComparison[] {
  return results.map(({ objective, result }) => ({
    objective,
    matched: result.summary.matched,
    matches: result.summary.matches,
    meanScore: result.summary.meanScore,
    lowestScore: result.summary.minScore,
    totalScore: result.summary.totalScore,
    changed: countChanged(current, result),
    solved: result.mode !== null,
  }));
}

/** The coordinator's pick: total or fairness sets the objective (leaving stable matching for mentoring); stable sets the mode. */
export function chooseObjective(project: MatchingProject, objective: ComparedObjective, now: IsoDateTime): MatchingProject {
  const { mode } = project;
  if (objective === 'stable') return mode.kind === 'stable' ? project : setMode(project, { kind: 'stable', ...sideOf(mode) }, now);
  const pairMode: Mode = mode.kind === 'stable' ? { kind: 'mentoring', ...sideOf(mode) } : mode;
  if (pairMode === mode && project.objective === objective) return project;
  return { ...project, updatedAt: now, objective, mode: pairMode };
}

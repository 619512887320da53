// Shared set-up for the review tests: a project, and the engine input with its review decisions.
import type { MatchingInput, Participant } from '../../../../src/lib/matching/types.ts';
import type { MatchingProject } from '../../../../src/lib/matcher/model.ts';
import { createProject } from '../../../../src/lib/matcher/operations.ts';

export const T0 = '2027-03-01T09:00:00.000Z';
export const T1 = '2027-03-02T09:00:00.000Z';

export function emptyProject(): MatchingProject {
  return createProject('Voorjaar 2027', 'careerMentoring', { newId: () => 'project-1', now: T0 });
}

/** The input with the project's locks and forbids as its locked and excluded pairs, as `engineRules` passes them. */
export function withReview(input: MatchingInput, project: MatchingProject): MatchingInput {
  return { ...input, rules: { ...input.rules, lockedPairs: project.review.locked, excludedPairs: project.review.forbidden } };
}

export function person(id: string, role: Participant['role'], extra: Partial<Participant> = {}): Participant {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), role, languages: ['nl'], ...extra };
}

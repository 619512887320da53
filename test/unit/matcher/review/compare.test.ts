// Comparing objectives: the inputs on offer (stable only with nominations and two sides), the
// figures per objective, and who would get another partner.
import { describe, expect, it } from 'vitest';
import { runMatching } from '../../../../src/lib/matching/engine.ts';
import type { MatchingInput } from '../../../../src/lib/matching/types.ts';
import { canCompareStable, chooseObjective, compareObjectives, comparisonInputs, countChanged } from '../../../../src/lib/matcher/review/compare.ts';
import { emptyProject, person, T1 } from './helpers.ts';

// Total prefers one excellent and one poor pair; fairness two middling ones.
const input: MatchingInput = {
  participants: [
    person('m1', 'mentor', { skillsOffered: ['excel', 'sql', 'git'] }),
    person('m2', 'mentor', { skillsOffered: ['excel'] }),
    person('a', 'mentee', { skillsWanted: ['excel', 'sql', 'git'], preferredPartners: ['m2'] }),
    person('b', 'mentee', { skillsWanted: ['sql', 'python'], preferredPartners: ['m1'] }),
  ],
  criteria: [{ kind: 'offerMeetsWant', weight: 1 }],
  mode: { kind: 'mentoring' },
};

describe('comparing objectives', () => {
  it('offers stable matching only with nominations and two sides', () => {
    expect(comparisonInputs(input).map((entry) => entry.objective)).toEqual(['total', 'fairness', 'stable']);
    expect(comparisonInputs(input)[2]!.input.mode).toEqual({ kind: 'stable' });
    const noNominations = { ...input, participants: input.participants.map(({ preferredPartners: _, ...rest }) => rest) };
    expect(canCompareStable(noNominations)).toBe(false);
    expect(canCompareStable({ ...input, mode: { kind: 'peers' } })).toBe(false);
    expect(comparisonInputs({ ...input, mode: { kind: 'stable', bothRoleSide: 'mentor' } })[0]!.input.mode).toEqual({ kind: 'mentoring', bothRoleSide: 'mentor' });
  });

  it('gives matched, mean, lowest and the people whose match changes, per objective', () => {
    const results = comparisonInputs(input).map(({ objective, input: variant }) => ({ objective, result: runMatching(variant) }));
    const current = results[0]!.result;
    const rows = compareObjectives(current, results);
    expect(rows.map((row) => row.objective)).toEqual(['total', 'fairness', 'stable']);
    const [total, fairness, stable] = rows;
    expect(total).toMatchObject({ matched: 4, meanScore: 50, lowestScore: 0, totalScore: 100, changed: 0, solved: true });
    expect(fairness).toMatchObject({ matched: 4, meanScore: 41.67, lowestScore: 33.33, changed: 4 });
    // The nominations pair a with m2 and b with m1: the fair matching.
    expect(stable).toMatchObject({ matched: 4, changed: 4 });
    expect(countChanged(results[1]!.result, results[2]!.result)).toBe(0);
  });

  it('records the pick on the project', () => {
    const project = emptyProject();
    const fair = chooseObjective(project, 'fairness', T1);
    expect(fair).toMatchObject({ objective: 'fairness', mode: project.mode, updatedAt: T1 });
    const stable = chooseObjective(fair, 'stable', T1);
    expect(stable.mode.kind).toBe('stable');
    expect(chooseObjective(stable, 'stable', T1)).toBe(stable);
    expect(chooseObjective(stable, 'total', T1)).toMatchObject({ objective: 'total', mode: { kind: 'mentoring' } });
    expect(chooseObjective(project, 'total', T1)).toBe(project);
  });
});

// Rounds end to end with the engine: a closed round keeps its approved pairs and who it left
// out; the next round repeats none of them and matches the people left out first; a break-up
// rematches one pair and a re-run then gives the same result back.
import { describe, expect, it } from 'vitest';
import { runMatching } from '../../../../src/lib/matching/engine.ts';
import type { MatchingResult, Participant } from '../../../../src/lib/matching/types.ts';
import { inputFingerprint, matchingInput } from '../../../../src/lib/matcher/input.ts';
import { matchKey, type MatchingProject } from '../../../../src/lib/matcher/model.ts';
import { addRun, runRecord, setCriteria, setMode } from '../../../../src/lib/matcher/operations.ts';
import { approveMatches, approveRun, forbidPair, lockPair } from '../../../../src/lib/matcher/review/decisions.ts';
import { breakUp, closeRound, reopenRound, roundCounts, roundToClose, withdrawBreakUp } from '../../../../src/lib/matcher/review/rounds.ts';
import { emptyProject, person, T0, T1 } from './helpers.ts';

// Each mentee learns best from one mentor and shares a hobby with the other; Xander matches no one well.
const people: Participant[] = [
  person('m1', 'mentor', { skillsOffered: ['excel'], interests: ['chess'] }),
  person('m2', 'mentor', { skillsOffered: ['python'], interests: ['jazz'] }),
  person('a', 'mentee', { skillsWanted: ['excel'], interests: ['jazz'] }),
  person('b', 'mentee', { skillsWanted: ['python'], interests: ['chess'] }),
  person('x', 'mentee', { skillsWanted: ['sales'] }),
];

function project(): MatchingProject {
  const start = setMode(emptyProject(), { kind: 'mentoring' }, T0);
  return setCriteria(
    start,
    [
      { id: 'skills', spec: { kind: 'offerMeetsWant' }, importance: 3 },
      { id: 'interests', spec: { kind: 'shared', property: 'interests' }, importance: 1 },
    ],
    T0,
  );
}

let ids = 0;
const context = { newId: () => `id-${++ids}`, now: T1 };

function run(current: MatchingProject): { project: MatchingProject; result: MatchingResult } {
  const input = matchingInput(current, people);
  const result = runMatching(input);
  return { project: addRun(current, runRecord(result, inputFingerprint(input), context)!, T1), result };
}

const keys = (result: MatchingResult): string[] => result.matches.map((m) => matchKey(m.ids)).sort();

describe('rounds', () => {
  it('keeps the approved pairs, repeats none of them and matches last round’s unmatched first', () => {
    const first = run(project());
    expect(keys(first.result)).toEqual([matchKey(['m1', 'a']), matchKey(['m2', 'b'])].sort());
    expect(first.result.unmatched.map((u) => u.id)).toEqual(['x']);
    expect(closeRound(first.project, T1).closed).toBeNull();

    const approved = approveRun(first.project, first.project.runs.at(-1)!, T1).project;
    const locked = lockPair(forbidPair(approved, ['m2', 'x'], T1).project, ['m1', 'a'], T1).project;
    const { project: next, closed } = closeRound(locked, T1);
    expect(next.rounds).toEqual([{ pairs: [['a', 'm1'], ['b', 'm2']], unmatched: ['x'], closedAt: T1 }]);
    expect(next.runs).toEqual([]);
    expect(next.review).toEqual({ locked: [], forbidden: [['m2', 'x']], approved: [] });
    expect(reopenRound(next, closed!, T1)).toEqual({ ...locked, updatedAt: T1 });

    const second = run(next).result;
    for (const [p, q] of next.rounds[0]!.pairs) expect(second.matches.some((m) => m.ids.includes(p) && m.ids.includes(q))).toBe(false);
    expect(second.matches.some((m) => m.ids.includes('x'))).toBe(true);
    // Without the priority the hobbies win and Xander is left out again: the history is what placed him.
    const withoutPriority = runMatching({ ...matchingInput(next, people), history: { rounds: [{ pairs: next.rounds[0]!.pairs, unmatched: [] }] } });
    expect(withoutPriority.unmatched.map((u) => u.id)).toEqual(['x']);
    // Allowing repeats brings the best pairs back.
    const repeats = runMatching(matchingInput({ ...next, allowRepeats: true, review: { ...next.review, forbidden: [] } }, people));
    expect(repeats.matches.some((m) => matchKey(m.ids) === matchKey(['m1', 'a']))).toBe(true);
  });

  it('rematches a pair that broke up, keeps everything else, and a re-run gives the same', () => {
    const first = run(project());
    const approved = approveRun(first.project, first.project.runs.at(-1)!, T1).project;
    const input = matchingInput(approved, people);
    const outcome = breakUp(approved, input, first.result, { pair: ['a', 'm1'], exitReason: 'mismatch' }, T1);
    expect(outcome.issues).toEqual([]);
    expect(outcome.changes.map((c) => [c.id, c.partner])).toEqual([['m1', 'x'], ['a', null]]);
    expect(keys(outcome.result)).toEqual([matchKey(['m1', 'x']), matchKey(['m2', 'b'])].sort());
    const review = outcome.project.review;
    expect(review.forbidden).toEqual([['a', 'm1']]);
    expect(review.locked).toEqual([['b', 'm2'], ['m1', 'x']]);
    expect(review.manual).toEqual([['m1', 'x']]);
    expect(review.approved).toEqual([matchKey(['m2', 'b'])]);
    expect(review.exits).toEqual([{ pair: ['a', 'm1'], reason: 'mismatch', rematched: ['m1', 'a'] }]);

    const rerun = runMatching(matchingInput(outcome.project, people));
    expect(keys(rerun)).toEqual(keys(outcome.result));

    const again = approveMatches(outcome.project, [matchKey(['m1', 'x'])], T1).project;
    expect(roundToClose({ ...again, runs: [runRecord(outcome.result, 'f', context)!] }, T1)).toEqual({
      pairs: [['a', 'm1'], ['b', 'm2'], ['m1', 'x']],
      unmatched: ['a'],
      closedAt: T1,
      exits: review.exits,
    });
    // The pair that broke up is in the history's pairs, but is not counted as an approved one.
    const closing = roundToClose(outcome.project, T1)!;
    expect(closing.pairs).toHaveLength(2);
    expect(roundCounts(closing)).toEqual({ approvedPairs: 1, brokeUp: 1, withoutApproved: 3 });
    expect(roundCounts(closeRound(outcome.project, T1).project.rounds[0]!)).toEqual(roundCounts(closing));

    expect(withdrawBreakUp(outcome.project, outcome.exit!, outcome.undo, T1).review).toEqual(approved.review);
  });

  it('refuses a break-up of a pair that is not a match, and changes nothing', () => {
    const first = run(project());
    const outcome = breakUp(first.project, matchingInput(first.project, people), first.result, { pair: ['a', 'm2'], exitReason: 'other' }, T1);
    expect(outcome.project).toBe(first.project);
    expect(outcome.issues.map((issue) => issue.message.key)).toEqual(['matching.rematch.pairNotFound']);
  });
});

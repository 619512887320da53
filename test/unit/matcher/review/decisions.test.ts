// Review decisions: each edit does what it says, keeps the rules (never locked and forbidden at
// once, `manual` only on locked pairs), returns the same project when nothing changes, and its
// undo gives back exactly the decisions before it — over random sequences of edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdPair } from '../../../../src/lib/matching/types.ts';
import { matchKey, type MatchingProject, type ProjectRun, type ReviewDecisions } from '../../../../src/lib/matcher/model.ts';
import {
  allowPair,
  applyReviewChange,
  approveMatches,
  approveRun,
  createMatchReview,
  holdsBeyondLocks,
  forbidPair,
  lockPair,
  pairKey,
  reconcileApprovals,
  unapproveMatches,
  unlockPair,
  type ReviewChange,
  type ReviewEdit,
} from '../../../../src/lib/matcher/review/decisions.ts';
import { parseProject } from '../../../../src/lib/matcher/validate.ts';
import { emptyProject, T1 } from './helpers.ts';

const run = (matches: readonly (readonly string[])[]): ProjectRun => ({
  id: 'run-1',
  at: T1,
  fingerprint: 'f',
  status: 'ok',
  mode: 'mentoring',
  objective: 'total',
  summary: { participants: 4, matched: 4, unmatched: 0, matches: matches.length, meanScore: 50, minScore: 50, maxScore: 50, distribution: [0, 0, 0, 0, 0, 2, 0, 0, 0, 0], totalScore: 100 },
  matches: matches.map((ids) => ({ ids, score: 50, locked: false })),
  unmatched: [],
});

function checkRules(review: ReviewDecisions): void {
  const locked = new Set(review.locked.map(pairKey));
  for (const pair of review.forbidden) expect(locked.has(pairKey(pair)), `${pair} locked and forbidden`).toBe(false);
  for (const pair of review.manual ?? []) expect(locked.has(pairKey(pair)), `${pair} manual but not locked`).toBe(true);
  for (const list of [review.locked, review.forbidden, review.manual ?? []]) {
    const keys = list.map(pairKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
    for (const [a, b] of list) expect(a < b).toBe(true);
  }
  expect([...review.approved].sort()).toEqual(review.approved);
}

describe('review decisions', () => {
  it('lock, forbid, allow and unlock one pair', () => {
    const start = emptyProject();
    const locked = lockPair(start, ['m1', 'e1'], T1).project;
    expect(locked.review.locked).toEqual([['e1', 'm1']]);
    expect(locked.updatedAt).toBe(T1);
    const forbidden = forbidPair(locked, ['e1', 'm1'], T1).project;
    expect(forbidden.review).toMatchObject({ locked: [], forbidden: [['e1', 'm1']] });
    const lockedAgain = lockPair(forbidden, ['m1', 'e1'], T1).project;
    expect(lockedAgain.review).toMatchObject({ locked: [['e1', 'm1']], forbidden: [] });
    expect(unlockPair(lockedAgain, ['m1', 'e1'], T1).project.review).toMatchObject({ locked: [], forbidden: [] });
    expect(allowPair(forbidden, ['m1', 'e1'], T1).project.review.forbidden).toEqual([]);
  });

  it('returns the same project, and an empty undo, when nothing changes', () => {
    const start = emptyProject();
    for (const edit of [unlockPair(start, ['a', 'b'], T1), allowPair(start, ['a', 'b'], T1), unapproveMatches(start, ['x'], T1), lockPair(start, ['a', 'a'], T1)]) {
      expect(edit.project).toBe(start);
      expect(edit.undo).toEqual({ remove: {}, add: {} });
    }
    const locked = lockPair(start, ['a', 'b'], T1).project;
    expect(lockPair(locked, ['b', 'a'], T1).project).toBe(locked);
    const approved = approveMatches(start, ['k'], T1).project;
    expect(approveMatches(approved, ['k'], T1).project).toBe(approved);
  });

  it('approves all matches of a run, and the undo takes back only the new approvals', () => {
    const start = approveMatches(emptyProject(), [matchKey(['m1', 'e1'])], T1).project;
    const all = approveRun(start, run([['m1', 'e1'], ['m2', 'e2']]), T1);
    expect(all.project.review.approved).toEqual([matchKey(['m1', 'e1']), matchKey(['m2', 'e2'])].sort());
    expect(all.undo).toEqual({ remove: { approved: [matchKey(['m2', 'e2'])] }, add: {} });
    expect(applyReviewChange(all.project, all.undo, T1).project.review).toEqual(start.review);
  });

  it('drops approvals of matches a new run no longer makes', () => {
    const start = approveRun(emptyProject(), run([['m1', 'e1'], ['m2', 'e2']]), T1).project;
    const next = reconcileApprovals(start, [{ ids: ['m1', 'e1'] }, { ids: ['m2', 'e3'] }], T1).project;
    expect(next.review.approved).toEqual([matchKey(['m1', 'e1'])]);
    expect(reconcileApprovals(next, [{ ids: ['e1', 'm1'] }], T1).project).toBe(next);
  });

  it('tells held pairs the coordinator did not lock from the locks themselves', () => {
    const review = lockPair(emptyProject(), ['m1', 'e1'], T1).project.review;
    expect(holdsBeyondLocks(review, undefined)).toBe(false);
    expect(holdsBeyondLocks(review, [['e1', 'm1']])).toBe(false);
    expect(holdsBeyondLocks(review, [['m1', 'e1'], ['m2', 'e2']])).toBe(true);
  });

  it('classifies a match as locked, made by hand and approved', () => {
    const made = applyReviewChange(emptyProject(), { remove: {}, add: { locked: [['m1', 'e1']], manual: [['m1', 'e1']], approved: [matchKey(['g1', 'g2', 'g3'])] } }, T1).project;
    const locked = lockPair(made, ['g2', 'g3'], T1).project;
    const status = createMatchReview(locked.review);
    expect(status(['m1', 'e1'])).toEqual({ approved: false, locked: false, manual: true, changedByHand: true, kept: true });
    expect(status(['g1', 'g2', 'g3'])).toEqual({ approved: true, locked: true, manual: false, changedByHand: false, kept: true });
    expect(status(['m2', 'e2'])).toEqual({ approved: false, locked: false, manual: false, changedByHand: false, kept: false });
  });

  it('reads stored records without the new lists, and keeps them once written', () => {
    const old = { ...emptyProject(), review: { locked: [['a', 'b']], forbidden: [], approved: [] } };
    expect(parseProject(JSON.parse(JSON.stringify(old)), 'p').review).toEqual({ locked: [['a', 'b']], forbidden: [], approved: [] });
    const now: MatchingProject = {
      ...emptyProject(),
      review: { locked: [['a', 'b']], forbidden: [], approved: [], manual: [['a', 'b']], exits: [{ pair: ['c', 'd'], reason: 'schedule', rematched: ['c'] }] },
      rounds: [{ pairs: [['a', 'b']], unmatched: ['e'], closedAt: T1, exits: [{ pair: ['c', 'd'], reason: 'other', rematched: [] }] }, { pairs: [], unmatched: [] }],
    };
    expect(parseProject(JSON.parse(JSON.stringify(now)), 'p')).toEqual(now);
    expect(() => parseProject({ ...JSON.parse(JSON.stringify(now)), review: { ...now.review, exits: [{ pair: ['c', 'd'], reason: 'bored', rematched: [] }] } }, 'p')).toThrow();
  });

  const ids = ['p0', 'p1', 'p2', 'p3', 'p4'];
  const pairArb = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).map(([a, b]) => [a, b] as IdPair);
  const keyArb = fc.subarray(ids, { minLength: 2, maxLength: 3 }).map((members) => matchKey(members));
  const operationArb = fc.oneof(
    fc.record({ kind: fc.constantFrom('lock', 'unlock', 'forbid', 'allow'), pair: pairArb }),
    fc.record({ kind: fc.constantFrom('approve', 'unapprove'), keys: fc.array(keyArb, { maxLength: 3 }) }),
    // A change by hand: new matches locked and marked, separated pairs unlocked.
    fc.record({ kind: fc.constant('manual'), made: fc.array(pairArb, { maxLength: 2 }), separated: fc.array(pairArb, { maxLength: 2 }) }),
  );
  type Operation = typeof operationArb extends fc.Arbitrary<infer T> ? T : never;

  function apply(project: MatchingProject, operation: Operation): ReviewEdit {
    switch (operation.kind) {
      case 'lock':
        return lockPair(project, operation.pair, T1);
      case 'unlock':
        return unlockPair(project, operation.pair, T1);
      case 'forbid':
        return forbidPair(project, operation.pair, T1);
      case 'allow':
        return allowPair(project, operation.pair, T1);
      case 'approve':
        return approveMatches(project, operation.keys, T1);
      case 'unapprove':
        return unapproveMatches(project, operation.keys, T1);
      case 'manual': {
        const change: ReviewChange = {
          remove: { locked: operation.separated, manual: operation.separated, forbidden: operation.made },
          add: { locked: operation.made, manual: operation.made },
        };
        return applyReviewChange(project, change, T1);
      }
    }
  }

  it('undoes every edit of any sequence exactly, in reverse order, and keeps the rules throughout', () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 25 }), (operations) => {
        let project = emptyProject();
        const history: { before: ReviewDecisions; edit: ReviewEdit }[] = [];
        for (const operation of operations) {
          const edit = apply(project, operation);
          checkRules(edit.project.review);
          if (edit.project === project) expect(edit.undo).toEqual({ remove: {}, add: {} });
          else expect(edit.project.review).not.toEqual(project.review);
          history.push({ before: project.review, edit });
          project = edit.project;
        }
        for (const { before, edit } of history.reverse()) {
          project = applyReviewChange(project, edit.undo, T1).project;
          expect(project.review).toEqual(before);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// For every list and every choice of approvals: once a round is closed, the project's next run
// (runMatching on matchingInput, as the workbook runs it) repeats no pair of any earlier round
// unless repeats are allowed — also across several rounds, and for the pairs inside a trio.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMatching } from '../../../../src/lib/matching/engine.ts';
import type { IdPair, MatchingResult, Mode, Participant } from '../../../../src/lib/matching/types.ts';
import { inputFingerprint, matchingInput } from '../../../../src/lib/matcher/input.ts';
import { matchKey, type MatchingProject } from '../../../../src/lib/matcher/model.ts';
import { addRun, runRecord, setCriteria, setMode } from '../../../../src/lib/matcher/operations.ts';
import { approveMatches } from '../../../../src/lib/matcher/review/decisions.ts';
import { closeRound } from '../../../../src/lib/matcher/review/rounds.ts';
import { emptyProject, person, T0, T1 } from './helpers.ts';

const SKILLS = ['excel', 'python', 'sales'];
const INTERESTS = ['chess', 'jazz', 'hiking'];

const peopleArb = fc
  .array(
    fc.record({
      role: fc.constantFrom<Participant['role']>('mentor', 'mentee', 'both'),
      skillsOffered: fc.subarray(SKILLS),
      skillsWanted: fc.subarray(SKILLS),
      interests: fc.subarray(INTERESTS),
      capacity: fc.integer({ min: 1, max: 2 }),
    }),
    { minLength: 2, maxLength: 9 },
  )
  .map((rows) => rows.map((row, index) => person(`p${index}`, row.role, { skillsOffered: row.skillsOffered, skillsWanted: row.skillsWanted, interests: row.interests, capacity: row.capacity })));

const modeArb = fc.constantFrom<Mode>({ kind: 'mentoring' }, { kind: 'reciprocal' }, { kind: 'peers', allowTrio: true }, { kind: 'peers' });

let ids = 0;
const context = { newId: () => `run-${++ids}`, now: T1 };

function project(mode: Mode): MatchingProject {
  return setCriteria(
    setMode(emptyProject(), mode, T0),
    [
      { id: 'skills', spec: { kind: 'offerMeetsWant' }, importance: 3 },
      { id: 'interests', spec: { kind: 'shared', property: 'interests' }, importance: 1 },
    ],
    T0,
  );
}

function run(current: MatchingProject, people: Participant[]): { project: MatchingProject; result: MatchingResult } {
  const input = matchingInput(current, people);
  const result = runMatching(input);
  const record = runRecord(result, inputFingerprint(input), context);
  return { project: record ? addRun(current, record, T1) : current, result };
}

function pairsIn(result: MatchingResult): IdPair[] {
  const pairs: IdPair[] = [];
  for (const { ids: members } of result.matches) for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.push([members[x]!, members[y]!]);
  return pairs;
}

const key = (pair: IdPair): string => matchKey(pair);

describe('rounds, for every list', () => {
  it('the next round repeats no pair of an earlier round while repeats are not allowed', () => {
    fc.assert(
      fc.property(peopleArb, modeArb, fc.infiniteStream(fc.boolean()), (people, mode, approvals) => {
        let current = project(mode);
        const earlier = new Set<string>();
        for (let round = 0; round < 3; round++) {
          const { project: ran, result } = run(current, people);
          for (const pair of pairsIn(result)) expect(earlier.has(key(pair)), `round ${round + 1} repeats ${key(pair)}`).toBe(false);
          const chosen = result.matches.filter(() => approvals.next().value as boolean).map((match) => matchKey(match.ids));
          const approved = approveMatches(ran, chosen, T1).project;
          const { project: closed } = closeRound(approved, T1);
          if (closed === approved) break; // nothing approved: no round to close
          for (const pair of closed.rounds.at(-1)!.pairs) earlier.add(key(pair));
          current = closed;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with repeats allowed a closed round places the same people as an untouched project would when nobody was left out', () => {
    fc.assert(
      fc.property(peopleArb, modeArb, (people, mode) => {
        const first = run(project(mode), people);
        const approved = approveMatches(first.project, first.result.matches.map((match) => matchKey(match.ids)), T1).project;
        const closed = closeRound(approved, T1).project;
        if (closed === approved || closed.rounds[0]!.unmatched.length > 0) return;
        const again = runMatching(matchingInput({ ...closed, allowRepeats: true }, people));
        expect(again.matches.map((match) => matchKey(match.ids)).sort()).toEqual(first.result.matches.map((match) => matchKey(match.ids)).sort());
      }),
      { numRuns: 200 },
    );
  });
});

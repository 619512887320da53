// Dev check (not part of the suite): runMatching of this tree vs a reference tree, JSON-equal.
import fc from 'fast-check';
import { runMatching } from '../src/lib/matching/index.ts';
import { instanceArb } from '../test/unit/matching/arbitraries.ts';
import { CRITERIA, participants } from './data.ts';
const refPath = process.argv[2]!;
const ref = (await import(`${refPath}/src/lib/matching/index.ts`)) as { runMatching: typeof runMatching };
const modes = [{ kind: 'mentoring' }, { kind: 'reciprocal' }, { kind: 'peers' }, { kind: 'peers', allowTrio: true }, { kind: 'groups', size: 3 }, { kind: 'stable' }] as const;
let n = 0;
let bad = 0;
const check = (input: unknown, label: string): void => {
  const a = JSON.stringify(runMatching(input as never));
  const b = JSON.stringify(ref.runMatching(input as never));
  n++;
  if (a !== b) {
    bad++;
    if (bad < 4) console.log('DIFF', label, JSON.stringify(input).slice(0, 3000));
  }
};
const samples = fc.sample(instanceArb({ maxPeople: 12, modes: modes as never }), { numRuns: 1500, seed: 42 });
samples.forEach((input, i) => {
  check(input, `small ${i}`);
  // top criteria on some, and many tokens (the >32-token fallback)
  const p = input.participants.map((q, j) => ({
    ...q,
    ...(j % 3 === 0 && input.criteria.length > 0 ? { topCriterion: j % input.criteria.length } : {}),
    ...(i % 2 === 0 ? { interests: [...(q.interests ?? []), ...Array.from({ length: 6 }, (_, t) => `tok${(j * 7 + t * 3) % 40}`)], skillsWanted: [...(q.skillsWanted ?? []), `w${j % 35}`], languages: [...(q.languages ?? []), `l${j % 33}`, `m${j}`, `n${j}`] } : {}),
  }));
  check({ ...input, participants: p }, `variant ${i}`);
});
for (const seed of [1, 2]) {
  check({ participants: participants(600, (i) => (i < 300 ? 'mentor' : 'mentee'), seed, 2), criteria: CRITERIA, mode: { kind: 'mentoring' }, rules: { differentDepartment: true, sharedLanguage: true, maxTimeZoneDifferenceHours: 1 } }, `big mentoring ${seed}`);
  check({ participants: participants(300, () => 'both', seed), criteria: CRITERIA, mode: { kind: 'peers' }, rules: { differentDepartment: true, noReportingLine: true } }, `big peers ${seed}`);
}
console.log(`${n} instances, ${bad} different`);

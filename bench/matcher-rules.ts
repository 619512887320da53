// npm run bench (part) — the rule counts the criteria step shows before a run, for 2 000
// participants: counted by classes of people who share department, languages and time zone
// (what the step uses), beside the engine's own pair-by-pair rule check on the same input.
import os from 'node:os';
import type { Mode, Participant } from '../src/lib/matching/index.ts';
import { ruleImpact, type RuleImpactSetup } from '../src/lib/matcher/rule-impact.ts';
import { participants } from './data.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function time(run: () => unknown, runs = 7): number {
  run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const people: Participant[] = participants(2000, (i) => (i % 3 === 0 ? 'mentor' : i % 3 === 1 ? 'mentee' : 'both'), 21).map((person, index) => ({
  ...person,
  ...(index > 0 ? { managerId: `p${String(Math.floor((index - 1) / 6)).padStart(5, '0')}` } : {}),
}));
const setup = (mode: Mode): RuleImpactSetup => ({
  mode,
  rules: { noReportingLine: true, differentDepartment: true, sharedLanguage: true, maxTimeZoneDifferenceHours: 3 },
  review: { locked: [], forbidden: [], approved: [] },
  rounds: [],
  allowRepeats: false,
});

console.log('');
console.log(`Rule counts before a run (Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}): 2 000 participants, four rules on, medians of 7`);
console.log('  mode         by class   pair by pair   ratio');
for (const mode of [{ kind: 'mentoring' }, { kind: 'peers' }, { kind: 'groups', size: 4, oneMentorPerGroup: true }, { kind: 'stable' }] as Mode[]) {
  const classes = time(() => ruleImpact(setup(mode), people, 'classes'));
  const rows = time(() => ruleImpact(setup(mode), people, 'rows'));
  console.log(`  ${mode.kind.padEnd(11)} ${classes.toFixed(0).padStart(6)} ms  ${rows.toFixed(0).padStart(9)} ms  ${(classes / rows).toFixed(2).padStart(6)}×`);
}

// npm run bench:stages — where runMatching spends its time, stage by stage (medians).
import { createContext } from '../src/lib/matching/context.ts';
import { runMatching } from '../src/lib/matching/index.ts';
import { silentControl } from '../src/lib/matching/progress.ts';
import { sanitise } from '../src/lib/matching/sanitise.ts';
import { buildFeatures } from '../src/lib/matching/features.ts';
import { buildScorer } from '../src/lib/matching/score.ts';
import { scoreMatrix } from '../src/lib/matching/score-matrix.ts';
import { solveBipartite } from '../src/lib/matching/solvers/bipartite.ts';
import { solveGeneral } from '../src/lib/matching/solvers/general.ts';
import { idHash } from '../src/lib/matching/solvers/objective.ts';
import { solvedResult } from '../src/lib/matching/result.ts';
import { runTwoSided, runPeers } from '../src/lib/matching/pair-modes.ts';
import { CRITERIA, participants } from './data.ts';

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function t<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const v = fn();
  return [performance.now() - t0, v];
}

function stagesTwoSided(n: number, seed: number, runs: number): void {
  const people = participants(2 * n, (i) => (i < n ? 'mentor' : 'mentee'), seed);
  const input = { participants: people, criteria: CRITERIA, mode: { kind: 'mentoring' } as const };
  const rec: Record<string, number[]> = {};
  const add = (k: string, ms: number): void => void (rec[k] ??= []).push(ms);
  for (let run = 0; run < runs; run++) {
    const [ms0, clean] = t(() => sanitise(input));
    add('sanitise', ms0);
    const [ms1, f] = t(() => buildFeatures(clean.participants, clean.excludedPairs));
    add('features', ms1);
    const [ms2] = t(() => buildScorer(f, clean.criteria));
    add('scorer', ms2);
    const [ms3, ctx] = t(() => createContext(input, silentControl));
    add('createContext (all of the above)', ms3);
    const mentors = Array.from({ length: n }, (_, i) => i);
    const mentees = Array.from({ length: n }, (_, i) => n + i);
    const [ms4] = t(() => scoreMatrix(ctx.features, ctx.scorer, mentors, mentees, 'directed', silentControl));
    add('score matrix alone', ms4);
    const [ms5, score] = t(() =>
      scoreMatrix(ctx.features, ctx.scorer, mentors, mentees, 'directed', silentControl, { transpose: true, rules: ctx.maskRows(mentees) }),
    );
    add('score matrix + hard rules, solver layout', ms5);
    const hash = (list: number[]): Uint32Array => Uint32Array.from(list, (i) => idHash(ctx.features.people[i]!.id));
    const problem = { left: n, right: n, capacity: new Int32Array(n).fill(1), score, leftHash: hash(mentees), rightHash: hash(mentors) };
    const [ms6] = t(() => solveBipartite(problem, 'total'));
    add('solver', ms6);
    const ctx2 = createContext(input, silentControl);
    const [ms7, outcome] = t(() => runTwoSided(ctx2, 'mentee', true));
    add('mode (matrix+rules+solver+unmatched)', ms7);
    const [ms8] = t(() => solvedResult(ctx2, 'mentoring', outcome));
    add('result (explanations)', ms8);
    const [ms9] = t(() => runMatching(input));
    add('runMatching end to end', ms9);
  }
  console.log(`mentoring ${n}+${n}`);
  for (const [k, v] of Object.entries(rec)) console.log(`  ${k.padEnd(40)} ${median(v).toFixed(1).padStart(8)} ms`);
}

function stagesPeers(n: number, seed: number, runs: number): void {
  const pool = participants(n, () => 'both', seed);
  const input = { participants: pool, criteria: CRITERIA, mode: { kind: 'peers' } as const };
  const rec: Record<string, number[]> = {};
  const add = (k: string, ms: number): void => void (rec[k] ??= []).push(ms);
  for (let run = 0; run < runs; run++) {
    const [ms3, ctx] = t(() => createContext(input, silentControl));
    add('createContext', ms3);
    const all = Array.from({ length: n }, (_, i) => i);
    const [ms4] = t(() => scoreMatrix(ctx.features, ctx.scorer, all, all, 'symmetric', silentControl));
    add('score matrix alone', ms4);
    const [ms5, score] = t(() => scoreMatrix(ctx.features, ctx.scorer, all, all, 'symmetric', silentControl, { rules: ctx.maskRows(all) }));
    add('score matrix + hard rules', ms5);
    const hash = Uint32Array.from(all, (i) => idHash(ctx.features.people[i]!.id));
    const [ms6] = t(() => solveGeneral({ size: n, score, hash }, 'total'));
    add('solver', ms6);
    const ctx2 = createContext(input, silentControl);
    const [ms7, outcome] = t(() => runPeers(ctx2));
    add('mode (matrix+rules+solver+unmatched)', ms7);
    const [ms8] = t(() => solvedResult(ctx2, 'peers', outcome));
    add('result (explanations)', ms8);
    const [ms9] = t(() => runMatching(input));
    add('runMatching end to end', ms9);
  }
  console.log(`peers ${n}`);
  for (const [k, v] of Object.entries(rec)) console.log(`  ${k.padEnd(40)} ${median(v).toFixed(1).padStart(8)} ms`);
}

const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'm1') stagesTwoSided(1000, 7, 5);
if (which === 'all' || which === 'm2') stagesTwoSided(2000, 5, 3);
if (which === 'all' || which === 'p') stagesPeers(1000, 6, 5);

// npm run bench — the engine's solvers beside the best maintained npm package for the same
// problem, in the same process, on the same data. Figures are medians of a few runs.
import { createRequire } from 'node:module';
import { munkres } from 'munkres';
import { solveBipartite } from '../src/lib/matching/bipartite.ts';
import { solveGeneral } from '../src/lib/matching/general.ts';
import { runMatching } from '../src/lib/matching/index.ts';
import { createContext } from '../src/lib/matching/context.ts';
import { silentControl } from '../src/lib/matching/progress.ts';
import { SCORE_SCALE } from '../src/lib/matching/score.ts';
import { scoreMatrix } from '../src/lib/matching/score-matrix.ts';
import { idHash } from '../src/lib/matching/tie-break.ts';
import { CRITERIA, participants, randomScores, symmetricScores } from './data.ts';
import { ownMaxWeightAssignment } from './own-hungarian.ts';

const require = createRequire(import.meta.url);
const edmondsBlossom = require('edmonds-blossom') as (edges: number[][], maxCardinality?: boolean) => number[];

interface Row {
  problem: string;
  size: string;
  ours: number;
  library: string;
  libraryMs: number | null;
  note: string;
  barMs: number | null;
}

const rows: Row[] = [];
const loadAtStart = (await import('node:os')).loadavg()[0]!;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(fn: () => T, runs: number): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

/** Ours and the library alternate, so a busy machine slows both alike; medians of `runs`. */
function timePair<A, B>(ours: () => A, library: () => B, runs: number): { ours: { ms: number; value: A }; lib: { ms: number; value: B } } {
  const a: number[] = [];
  const b: number[] = [];
  let va!: A;
  let vb!: B;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    va = ours();
    a.push(performance.now() - t0);
    t0 = performance.now();
    vb = library();
    b.push(performance.now() - t0);
  }
  return { ours: { ms: median(a), value: va }, lib: { ms: median(b), value: vb } };
}

function costRows(score: Int32Array, rowsCount: number, cols: number, expand = 1): Float64Array[] {
  // The library gets the same objective as the engine: BIG + score, negated into costs.
  const big = SCORE_SCALE * rowsCount + 1;
  return Array.from({ length: rowsCount }, (_, r) =>
    Float64Array.from({ length: cols * expand }, (_, c) => -(big + score[r * cols + Math.floor(c / expand)]!)),
  );
}

function assignmentTotal(pairs: readonly (readonly [number, number])[], score: Int32Array, cols: number, expand = 1): number {
  return pairs.reduce((s, [r, c]) => s + score[r * cols + Math.floor(c / expand)]!, 0);
}

// 1. One-on-one, 2000 mentees × 2000 mentors, dense scores.
{
  const n = 2000;
  const score = randomScores(n * n, 1);
  const capacity = new Int32Array(n).fill(1);
  const matrix = costRows(score, n, n);
  const { ours, lib } = timePair(() => solveBipartite({ left: n, right: n, capacity, score }, 'total'), () => munkres(matrix), 5);
  const own = time(() => {
    const w = new Float64Array(n * n);
    for (let k = 0; k < w.length; k++) w[k] = SCORE_SCALE * n + 1 + score[k]!;
    return ownMaxWeightAssignment(n, n, w);
  }, 3);
  const oursTotal = [...ours.value].reduce((s, r, l) => s + score[l * n + r]!, 0);
  const same = oursTotal === assignmentTotal(lib.value, score, n) ? 'same optimum' : 'DIFFERENT OPTIMUM';
  rows.push({ problem: 'assignment 1:1', size: '2000×2000', ours: ours.ms, library: 'munkres', libraryMs: lib.ms, barMs: 600,
    note: `${same}; engine uses munkres (own Hungarian: ${own.ms.toFixed(0)} ms, slower)` });
}

// 1b. The same size with realistic scores (five criteria on synthetic people: ~100 distinct
// values, so many ties). The engine adds its id-hash tie-break, the library gets plain scores.
{
  const people = participants(4000, (i) => (i < 2000 ? 'mentor' : 'mentee'), 5);
  const ctx = createContext({ participants: people, criteria: CRITERIA, mode: { kind: 'mentoring' } }, silentControl);
  const mentors = Array.from({ length: 2000 }, (_, i) => i);
  const mentees = Array.from({ length: 2000 }, (_, i) => 2000 + i);
  const byMentor = scoreMatrix(ctx.features, ctx.scorer, mentors, mentees, 'directed', silentControl);
  const n = 2000;
  const score = new Int32Array(n * n);
  for (let l = 0; l < n; l++) for (let r = 0; r < n; r++) score[l * n + r] = byMentor[r * n + l]!;
  const hash = (list: number[]): Uint32Array => Uint32Array.from(list, (i) => idHash(ctx.features.people[i]!.id));
  const problem = { left: n, right: n, capacity: new Int32Array(n).fill(1), score, leftHash: hash(mentees), rightHash: hash(mentors) };
  const matrix = costRows(score, n, n);
  const { ours, lib } = timePair(() => solveBipartite(problem, 'total'), () => munkres(matrix), 3);
  const oursTotal = [...ours.value].reduce((s, r, l) => s + score[l * n + r]!, 0);
  const same = oursTotal === assignmentTotal(lib.value, score, n) ? 'same optimum' : 'DIFFERENT OPTIMUM';
  rows.push({ problem: 'assignment 1:1, realistic scores', size: '2000×2000', ours: ours.ms, library: 'munkres', libraryMs: lib.ms, barMs: 600,
    note: `${same}; ${new Set(score).size} distinct scores; ours includes the id-hash tie-break, the library gets plain scores` });
}

// 2. 1000 mentors with capacity 2, 2000 mentees.
{
  const mentees = 2000;
  const mentors = 1000;
  const score = randomScores(mentees * mentors, 2);
  const capacity = new Int32Array(mentors).fill(2);
  const matrix = costRows(score, mentees, mentors, 2);
  const { ours, lib } = timePair(() => solveBipartite({ left: mentees, right: mentors, capacity, score }, 'total'), () => munkres(matrix), 5);
  const oursTotal = [...ours.value].reduce((s, r, l) => s + (r >= 0 ? score[l * mentors + r]! : 0), 0);
  const same = oursTotal === assignmentTotal(lib.value, score, mentors, 2) ? 'same optimum' : 'DIFFERENT OPTIMUM';
  rows.push({ problem: 'assignment, capacity 2', size: '2000 → 1000×2', ours: ours.ms, library: 'munkres (slots)', libraryMs: lib.ms, barMs: 1000, note: same });
}

// 3. Peer pairs from one pool of 1000: general maximum-weight matching.
{
  const n = 1000;
  const score = symmetricScores(n, 3);
  const ours = time(() => solveGeneral({ size: n, score }, 'total'), 3);
  const big = SCORE_SCALE * (n / 2) + 1;
  const edgesFor = (size: number): number[][] => {
    const e: number[][] = [];
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) e.push([i, j, big + score[i * n + j]!]);
    return e;
  };
  // edmonds-blossom is O(n³) on plain arrays: time it at 400 first and only run the full
  // size when that predicts well under a minute, so the bench stays short.
  const small = 400;
  const libSmall = time(() => edmondsBlossom(edgesFor(small)), 1);
  const predicted = libSmall.ms * (n / small) ** 3;
  if (predicted < 60_000) {
    const lib = time(() => edmondsBlossom(edgesFor(n)), 1);
    const total = (mate: ArrayLike<number>): number => {
      let s = 0;
      for (let i = 0; i < n; i++) if (mate[i]! > i) s += score[i * n + mate[i]!]!;
      return s;
    };
    const same = total(ours.value) === total(lib.value) ? 'same optimum' : 'DIFFERENT OPTIMUM';
    rows.push({ problem: 'peer pairs (general)', size: '1000', ours: ours.ms, library: 'edmonds-blossom', libraryMs: lib.ms, barMs: 2000,
      note: `${same}; own blossom + sparse/dual-certificate is faster, so the engine uses it` });
  } else {
    const oursSmall = time(() => {
      const sub = new Int32Array(small * small);
      for (let i = 0; i < small; i++) for (let j = 0; j < small; j++) sub[i * small + j] = i === j ? -1 : score[i * n + j]!;
      return solveGeneral({ size: small, score: sub }, 'total');
    }, 3);
    rows.push({ problem: 'peer pairs (general)', size: '1000', ours: ours.ms, library: 'edmonds-blossom', libraryMs: null, barMs: 2000,
      note: `library skipped at 1000 (predicted ${(predicted / 1000).toFixed(0)} s); at ${small}: ours ${oursSmall.ms.toFixed(0)} ms vs library ${libSmall.ms.toFixed(0)} ms (×${(oursSmall.ms / libSmall.ms).toFixed(3)})` });
  }
}

// 4. Groups of 4 from 500 people (end to end, including scoring).
{
  const people = participants(500, () => 'both', 4);
  const run = time(() => runMatching({ participants: people, criteria: CRITERIA, mode: { kind: 'groups', size: 4 } }), 3);
  const b = run.value.groupBound!;
  rows.push({ problem: 'groups of 4 (end to end)', size: '500', ours: run.ms, library: '—', libraryMs: null, barMs: 2000,
    note: `no maintained npm package solves this; ${run.value.summary.matches} groups, ${(100 * b.gap).toFixed(1)}% below the upper bound` });
}

// 5. End to end (scoring, rules, solving, explanations) for the two headline sizes — for information.
{
  const people = participants(4000, (i) => (i < 2000 ? 'mentor' : 'mentee'), 5);
  const run = time(() => runMatching({ participants: people, criteria: CRITERIA, mode: { kind: 'mentoring' } }), 3);
  rows.push({ problem: 'mentoring (end to end)', size: '2000+2000', ours: run.ms, library: '—', libraryMs: null, barMs: null,
    note: `${run.value.summary.matches} pairs, incl. 4 M pair scores and explanations` });
  const pool = participants(1000, () => 'both', 6);
  const peers = time(() => runMatching({ participants: pool, criteria: CRITERIA, mode: { kind: 'peers' } }), 3);
  rows.push({ problem: 'peers (end to end)', size: '1000', ours: peers.ms, library: '—', libraryMs: null, barMs: null, note: `${peers.value.summary.matches} pairs` });
}

const header = ['problem', 'size', 'ours ms', 'library', 'library ms', 'ours/library', 'bar', 'meets bar', 'note'];
const table = rows.map((r) => [
  r.problem,
  r.size,
  r.ours.toFixed(0),
  r.library,
  r.libraryMs === null ? '—' : r.libraryMs.toFixed(0),
  r.libraryMs === null ? '—' : (r.ours / r.libraryMs).toFixed(2),
  r.barMs === null ? '—' : `< ${r.barMs} ms`,
  r.barMs === null ? '—' : r.ours < r.barMs ? 'yes' : 'NO',
  r.note,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
const os = await import('node:os');
console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at end (other processes on the machine inflate both columns alike).`);
console.log('ours = the engine\'s solver on the same prebuilt scores as the library (BIG + score objective); "end to end" rows include scoring, rules and explanations.');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const t of table) console.log(line(t));

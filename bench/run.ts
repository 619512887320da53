// npm run bench — the engine's solvers beside the best maintained npm package for the same
// problem, in the same process, on the same data. Figures are medians of a few runs.
import { createRequire } from 'node:module';
import { munkres } from 'munkres';
import { solveBipartite } from '../src/lib/matching/solvers/bipartite.ts';
import { solveGeneral } from '../src/lib/matching/solvers/general.ts';
import { createWhatIf, runMatching, type WhatIfChange } from '../src/lib/matching/index.ts';
import { createContext } from '../src/lib/matching/context.ts';
import { silentControl } from '../src/lib/matching/progress.ts';
import { SCORE_SCALE } from '../src/lib/matching/score.ts';
import { scoreMatrix } from '../src/lib/matching/score-matrix.ts';
import { idHash } from '../src/lib/matching/solvers/objective.ts';
import { CRITERIA, participants, symmetricScores } from './data.ts';
import { ownMaxWeightAssignment } from './own-hungarian.ts';
import { assignmentShapes, type AssignmentShape } from './shapes.ts';
import { compareWithPython, type PythonProblem } from './python.ts';

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
  /** Name of the same problem in the scipy/networkx run (bench/scipy_compare.py). */
  python?: string;
}

const pythonProblems: PythonProblem[] = [];
const shapes = new Map(assignmentShapes().map((s) => [s.name, s] as const));
function shape(name: string): AssignmentShape {
  return shapes.get(name)!;
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
  const { score, name } = shape('dense 2000×2000');
  pythonProblems.push({ name, kind: 'assignment', rows: n, cols: n, expand: 1, score });
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
  rows.push({ problem: 'assignment 1:1', size: '2000×2000', ours: ours.ms, library: 'munkres', libraryMs: lib.ms, barMs: 600, python: name,
    note: `${same}; engine uses munkres (own e-maxx Hungarian: ${own.ms.toFixed(0)} ms)` });
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
  const { score, name } = shape('capacity 2, 2000 → 1000×2');
  pythonProblems.push({ name, kind: 'assignment', rows: mentees, cols: mentors, expand: 2, score });
  const capacity = new Int32Array(mentors).fill(2);
  const matrix = costRows(score, mentees, mentors, 2);
  const { ours, lib } = timePair(() => solveBipartite({ left: mentees, right: mentors, capacity, score }, 'total'), () => munkres(matrix), 5);
  const oursTotal = [...ours.value].reduce((s, r, l) => s + (r >= 0 ? score[l * mentors + r]! : 0), 0);
  const same = oursTotal === assignmentTotal(lib.value, score, mentors, 2) ? 'same optimum' : 'DIFFERENT OPTIMUM';
  rows.push({ problem: 'assignment, capacity 2', size: '2000 → 1000×2', ours: ours.ms, library: 'munkres (slots)', libraryMs: lib.ms, barMs: 1000, python: name, note: same });
}

// 2b. Everyone ranks the other side alike (score = mentor value × mentee value): the slow
// case for shortest-path solvers. munkres is left out (tens of seconds); scipy is the peer.
{
  const { score, name, left, right } = shape('low rank 2000×2000');
  pythonProblems.push({ name, kind: 'assignment', rows: left, cols: right, expand: 1, score });
  const capacity = new Int32Array(right).fill(1);
  const ours = time(() => solveBipartite({ left, right, capacity, score }, 'total'), 1);
  rows.push({ problem: 'assignment 1:1, low rank', size: '2000×2000', ours: ours.ms, library: '—', libraryMs: null, barMs: null, python: name,
    note: 'monotone product scores: every path fights over the same columns' });
}

// 3. Peer pairs from one pool of 1000: general maximum-weight matching.
{
  const n = 1000;
  const score = symmetricScores(n, 3);
  const ours = time(() => solveGeneral({ size: n, score }, 'total'), 3);
  {
    // networkx's blossom is pure Python: 300 people keep it to seconds.
    const m = 300;
    const sub = new Int32Array(m * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) sub[i * m + j] = i === j ? -1 : score[i * n + j]!;
    const small = time(() => solveGeneral({ size: m, score: sub }, 'total'), 3);
    pythonProblems.push({ name: 'peers 300', kind: 'general', rows: m, cols: m, expand: 1, score: sub });
    rows.push({ problem: 'peer pairs (general)', size: '300', ours: small.ms, library: '—', libraryMs: null, barMs: null, python: 'peers 300', note: 'networkx is the peer' });
  }
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

// 5. End to end (sanitise, features, scoring, rules, solving, explanations) beside the
// solver alone on the very problem the engine hands it, alternating so load hits both alike.
// Bars (issue 11): end to end at most 2× the solver; peers 1 000 end to end under 250 ms.
{
  const twoSided = (n: number, seed: number, runs: number): void => {
    const people = participants(2 * n, (i) => (i < n ? 'mentor' : 'mentee'), seed);
    const input = { participants: people, criteria: CRITERIA, mode: { kind: 'mentoring' } as const };
    const ctx = createContext(input, silentControl);
    const mentors = Array.from({ length: n }, (_, i) => i);
    const mentees = Array.from({ length: n }, (_, i) => n + i);
    const score = scoreMatrix(ctx.features, ctx.scorer, mentors, mentees, 'directed', silentControl, { transpose: true, rules: ctx.maskRows(mentees) });
    const hash = (list: number[]): Uint32Array => Uint32Array.from(list, (i) => idHash(ctx.features.people[i]!.id));
    const problem = { left: n, right: n, capacity: new Int32Array(n).fill(1), score, leftHash: hash(mentees), rightHash: hash(mentors) };
    const { ours: e2e, lib: solver } = timePair(() => runMatching(input), () => solveBipartite(problem, 'total'), runs);
    rows.push({ problem: 'mentoring (end to end)', size: `${n}+${n}`, ours: e2e.ms, library: 'engine solver alone', libraryMs: solver.ms, barMs: 2 * solver.ms,
      note: `end to end / solver ${(e2e.ms / solver.ms).toFixed(2)} (bar ≤ 2); ${e2e.value.summary.matches} pairs, incl. ${((n * n) / 1e6).toFixed(0)} M pair scores and explanations` });
  };
  twoSided(1000, 7, 5);
  twoSided(2000, 5, 3);
  const pool = participants(1000, () => 'both', 6);
  const input = { participants: pool, criteria: CRITERIA, mode: { kind: 'peers' } as const };
  const ctx = createContext(input, silentControl);
  const all = Array.from({ length: 1000 }, (_, i) => i);
  const score = scoreMatrix(ctx.features, ctx.scorer, all, all, 'symmetric', silentControl, { rules: ctx.maskRows(all) });
  const hash = Uint32Array.from(all, (i) => idHash(ctx.features.people[i]!.id));
  const { ours: peers, lib: solver } = timePair(() => runMatching(input), () => solveGeneral({ size: 1000, score, hash }, 'total'), 3);
  rows.push({ problem: 'peers (end to end)', size: '1000', ours: peers.ms, library: 'engine solver alone', libraryMs: solver.ms, barMs: 250,
    note: `${peers.value.summary.matches} pairs; end to end / solver ${(peers.ms / solver.ms).toFixed(2)}; the blossom solver alone is above the 250 ms bar` });
}

// 6. Live what-if for manual edits: one evaluation per hover or drag, on a result of 2 000 people.
{
  const people = participants(2000, (i) => (i < 1000 ? 'mentor' : 'mentee'), 7);
  const input = { participants: people, criteria: CRITERIA, mode: { kind: 'mentoring' } as const };
  const result = runMatching(input);
  const setup = time(() => createWhatIf(input, result), 3);
  const whatIf = setup.value;
  let seed = 11;
  const next = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % k;
  };
  const id = (i: number): string => people[i]!.id;
  const mentor = (): string => id(next(1000));
  const mentee = (): string => id(1000 + next(1000));
  const kinds = ['lock', 'forbid', 'swap', 'assign'] as const;
  const changes: WhatIfChange[] = Array.from({ length: 20_000 }, (): WhatIfChange => {
    const kind = kinds[next(4)]!;
    if (kind === 'assign') return { kind, id: mentee(), to: mentor() };
    if (kind === 'swap') return { kind, ids: [mentee(), mentee()] };
    return { kind, ids: [mentor(), mentee()] };
  });
  const times: number[] = [];
  for (const change of changes) {
    const t0 = performance.now();
    whatIf.evaluate(change);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)]!;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  rows.push({ problem: 'what-if, one evaluation (p99)', size: '1000+1000', ours: p99, library: '—', libraryMs: null, barMs: 5,
    note: `${changes.length} random lock/forbid/swap/assign: mean ${(mean * 1000).toFixed(0)} µs, p99 ${(p99 * 1000).toFixed(0)} µs, max ${times[times.length - 1]!.toFixed(2)} ms; createWhatIf once ${setup.ms.toFixed(0)} ms` });
}

const python = compareWithPython(pythonProblems);
const header = ['problem', 'size', 'ours ms', 'library', 'library ms', 'ours/library', 'scipy/nx ms', 'ours/scipy', 'bar', 'meets bar', 'note'];
const table = rows.map((r) => [
  r.problem,
  r.size,
  r.ours < 10 ? r.ours.toFixed(2) : r.ours.toFixed(0),
  r.library,
  r.libraryMs === null ? '—' : r.libraryMs.toFixed(0),
  r.libraryMs === null ? '—' : (r.ours / r.libraryMs).toFixed(2),
  r.python === undefined || python.results[r.python] === undefined ? '—' : python.results[r.python]!.ms.toFixed(0),
  r.python === undefined || python.results[r.python] === undefined ? '—' : (r.ours / python.results[r.python]!.ms).toFixed(2),
  r.barMs === null ? "—" : `< ${r.barMs.toFixed(0)} ms`,
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
console.log(python.summary);

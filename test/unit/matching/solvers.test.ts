// The exact solvers on their own, against exhaustive search: random small score
// matrices with many ties and forbidden cells, both objectives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minCostAssignment, solveBipartite } from '../../../src/lib/matching/solvers/bipartite.ts';
import { maxWeightMatching } from '../../../src/lib/matching/solvers/blossom.ts';
import { solveGeneral } from '../../../src/lib/matching/solvers/general.ts';
import { solveGeneralMatching } from '../../../src/lib/matching/solvers/general-matching.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { bruteBipartite, bruteGeneral, objectiveOf, type ObjectiveValue } from './brute-force.ts';

const objectiveArb = fc.constantFrom<'total' | 'fairness'>('total', 'fairness');
/** Scores from a tiny range (many ties) or -1 (forbidden). */
const cellArb = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 10_000 }));

function relevant(v: ObjectiveValue, kind: 'total' | 'fairness'): Partial<ObjectiveValue> {
  return kind === 'fairness' && v.pairs > 0 ? { pairs: v.pairs, min: v.min, total: v.total } : { pairs: v.pairs, total: v.total };
}

const bipartiteArb = fc
  .record({ left: fc.integer({ min: 0, max: 6 }), right: fc.integer({ min: 0, max: 4 }) })
  .chain(({ left, right }) =>
    fc.record({
      left: fc.constant(left),
      right: fc.constant(right),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: right, maxLength: right }),
      score: fc.array(cellArb, { minLength: left * right, maxLength: left * right }),
      objective: objectiveArb,
    }),
  );

function symmetricArb(maxSize: number) {
  return fc.integer({ min: 0, max: maxSize }).chain((size) =>
    fc.record({
      size: fc.constant(size),
      upper: fc.array(cellArb, { minLength: (size * (size - 1)) / 2, maxLength: (size * (size - 1)) / 2 }),
      objective: objectiveArb,
    }),
  );
}

function toMatrix(size: number, upper: readonly number[]): Int32Array {
  const m = new Int32Array(size * size).fill(-1);
  let k = 0;
  for (let i = 0; i < size; i++)
    for (let j = i + 1; j < size; j++) {
      m[i * size + j] = upper[k]!;
      m[j * size + i] = upper[k]!;
      k++;
    }
  return m;
}

describe('solvers against brute force', () => {
  it('assignment (munkres wrapper) finds the maximum weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 36, maxLength: 36 }), (n, m, cells) => {
        const w = Float64Array.from({ length: n * m }, (_, i) => cells[i]!);
        const rowToCol = minCostAssignment(n, m, w.map((x) => -x));
        const cols = [...rowToCol].filter((c) => c >= 0);
        expect(new Set(cols).size).toBe(cols.length);
        const got = [...rowToCol].reduce((s, c, r) => s + (c >= 0 ? w[r * m + c]! : 0), 0);
        const best = bruteBipartite(n, m, new Array<number>(m).fill(1), (l, r) => w[l * m + r]!, 'weight');
        expect(got).toBe(best.total);
      }),
      { numRuns: 500 },
    );
  });

  it('bipartite with capacities, both objectives', () => {
    fc.assert(
      fc.property(bipartiteArb, ({ left, right, capacity, score, objective }) => {
        const cap = Int32Array.from(capacity);
        const s = Int32Array.from(score);
        const assignment = solveBipartite({ left, right, capacity: cap, score: s }, objective, silentControl);
        const used = new Array<number>(right).fill(0);
        const chosen: number[] = [];
        assignment.forEach((r, l) => {
          if (r < 0) return;
          expect(s[l * right + r]).toBeGreaterThanOrEqual(0);
          used[r]!++;
          chosen.push(s[l * right + r]!);
        });
        used.forEach((u, r) => expect(u).toBeLessThanOrEqual(capacity[r]!));
        const best = bruteBipartite(left, right, capacity, (l, r) => s[l * right + r]!, objective);
        expect(relevant(objectiveOf(chosen), objective)).toEqual(relevant(best, objective));
      }),
      { numRuns: 1500 },
    );
  });

  it('general matching, both objectives', () => {
    fc.assert(
      fc.property(symmetricArb(9), ({ size, upper, objective }) => {
        const score = toMatrix(size, upper);
        const mate = solveGeneral({ size, score }, objective, silentControl);
        const chosen: number[] = [];
        mate.forEach((j, i) => {
          if (j < 0) return;
          expect(mate[j]).toBe(i);
          expect(score[i * size + j]).toBeGreaterThanOrEqual(0);
          if (j > i) chosen.push(score[i * size + j]!);
        });
        const best = bruteGeneral(size, (i, j) => score[i * size + j]!, objective);
        expect(relevant(objectiveOf(chosen), objective)).toEqual(relevant(best, objective));
      }),
      { numRuns: 1500 },
    );
  });

  it('sparse candidates plus dual certificate stays exact (1–3 candidates per person)', () => {
    fc.assert(
      fc.property(symmetricArb(11), fc.integer({ min: 1, max: 3 }), ({ size, upper }, k) => {
        const score = toMatrix(size, upper);
        const big = 10_000 * 6 + 1;
        const weightOf = (i: number, j: number): number => (score[i * size + j]! >= 0 ? big + score[i * size + j]! : 0);
        const mate = solveGeneralMatching(size, weightOf, silentControl, k);
        let got = 0;
        mate.forEach((j, i) => {
          if (j > i) got += weightOf(i, j);
        });
        const best = bruteGeneral(size, (i, j) => (score[i * size + j]! >= 0 ? weightOf(i, j) : -1), 'total');
        expect(got).toBe(best.total);
      }),
      { numRuns: 700 },
    );
  });

  it('blossom algorithm on arbitrary integer weights', () => {
    fc.assert(
      fc.property(symmetricArb(10), ({ size, upper }) => {
        const score = toMatrix(size, upper);
        const edges = [];
        for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) if (score[i * size + j]! > 0) edges.push({ a: i, b: j, weight: score[i * size + j]! });
        const { mate } = maxWeightMatching(size, edges);
        let got = 0;
        mate.forEach((j, i) => {
          if (j > i) got += score[i * size + j]!;
        });
        expect(got).toBe(bruteGeneral(size, (i, j) => (score[i * size + j]! > 0 ? score[i * size + j]! : -1), 'weight').total);
      }),
      { numRuns: 700 },
    );
  });
});

// The Jonker–Volgenant assignment (solvers/lapjv.ts) against the solvers it replaced:
// `munkres` and the e-maxx Hungarian (bench/own-hungarian.ts) give the same optimum on
// random instances — square, rectangular both ways, mentor slots, heavy ties — and the
// engine's solver returns the same assignment every time.
import fc from 'fast-check';
import { munkres } from 'munkres';
import { describe, expect, it } from 'vitest';
import { ownMaxWeightAssignment } from '../../../bench/own-hungarian.ts';
import { solveBipartite } from '../../../src/lib/matching/solvers/bipartite.ts';
import { solveBipartiteJv } from '../../../src/lib/matching/solvers/bipartite-jv.ts';
import { lapjv } from '../../../src/lib/matching/solvers/lapjv.ts';
import { SCORE_SCALE } from '../../../src/lib/matching/score.ts';

const cellArb = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10_000 }));

const problemArb = fc
  .record({ left: fc.integer({ min: 0, max: 14 }), right: fc.integer({ min: 0, max: 9 }) })
  .chain(({ left, right }) =>
    fc.record({
      left: fc.constant(left),
      right: fc.constant(right),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: right, maxLength: right }),
      score: fc.array(cellArb, { minLength: left * right, maxLength: left * right }),
      hashes: fc.boolean(),
      seed: fc.integer(),
    }),
  );

describe('lapjv', () => {
  it('same optimum as the old solvers (munkres, e-maxx Hungarian) with capacities and ties; deterministic', () => {
    fc.assert(
      fc.property(problemArb, ({ left, right, capacity, score, hashes, seed }) => {
        const cap = Int32Array.from(capacity);
        const s = Int32Array.from(score);
        const hash = (n: number, salt: number): Uint32Array => Uint32Array.from({ length: n }, (_, i) => Math.imul(i + salt, 2654435761) >>> 0);
        const problem = { left, right, capacity: cap, score: s, ...(hashes ? { leftHash: hash(left, seed), rightHash: hash(right, seed + 7) } : {}) };
        const assignment = solveBipartite(problem, 'total');
        expect(solveBipartite(problem, 'total')).toEqual(assignment);
        const used = new Int32Array(right);
        let pairs = 0;
        let total = 0;
        assignment.forEach((r, l) => {
          if (r < 0) return;
          expect(s[l * right + r]).toBeGreaterThanOrEqual(0);
          used[r]!++;
          pairs++;
          total += s[l * right + r]!;
        });
        used.forEach((u, r) => expect(u).toBeLessThanOrEqual(cap[r]!));
        // The old way: one column per slot, weight BIG + score, no tie-break.
        const owner: number[] = [];
        for (let r = 0; r < right; r++) for (let k = 0; k < Math.min(cap[r]!, left); k++) owner.push(r);
        const big = SCORE_SCALE * left + 1;
        const weight = new Float64Array(left * owner.length);
        for (let l = 0; l < left; l++)
          owner.forEach((r, c) => (weight[l * owner.length + c] = s[l * right + r]! >= 0 ? big + s[l * right + r]! : 0));
        const reference = ownMaxWeightAssignment(left, owner.length, weight);
        let expected = 0;
        reference.forEach((c, l) => (expected += c >= 0 ? weight[l * owner.length + c]! : 0));
        expect(pairs * big + total).toBe(expected);
        if (left > 0 && owner.length > 0) {
          const matrix = Array.from({ length: left }, (_, l) => Array.from(weight.subarray(l * owner.length, (l + 1) * owner.length), (w) => -w));
          const viaMunkres = munkres(matrix).reduce((sum, [l, c]) => sum + weight[l * owner.length + c]!, 0);
          expect(pairs * big + total).toBe(viaMunkres);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('assigns every row on arbitrary rectangular costs, at the minimum cost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 4 }), fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 77, maxLength: 77 }), (rows, more, cells) => {
        const cols = rows + more;
        const cost = Float64Array.from({ length: rows * cols }, (_, k) => cells[k % cells.length]!);
        const ids = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);
        const col4row = lapjv({ rows, cols, cost, baseCols: cols, rowOwner: ids(rows), colOwner: ids(cols) });
        expect(new Set(col4row).size).toBe(rows);
        const got = [...col4row].reduce((sum, c, r) => sum + cost[r * cols + c]!, 0);
        const best = munkres(Array.from({ length: rows }, (_, r) => Array.from(cost.subarray(r * cols, (r + 1) * cols)))).reduce((sum, [r, c]) => sum + cost[r * cols + c]!, 0);
        expect(got).toBe(best);
      }),
      { numRuns: 1000 },
    );
  });

  it('the two-phase candidate (solveBipartiteJv) returns the very assignment of the engine solver, with the tie-break, both objectives', () => {
    fc.assert(
      fc.property(problemArb, fc.constantFrom<'total' | 'fairness'>('total', 'fairness'), ({ left, right, capacity, score, seed }, objective) => {
        const hash = (n: number, salt: number): Uint32Array => Uint32Array.from({ length: n }, (_, i) => Math.imul(i + salt, 2654435761) >>> 0);
        const problem = { left, right, capacity: Int32Array.from(capacity), score: Int32Array.from(score), leftHash: hash(left, seed), rightHash: hash(right, seed + 7) };
        expect(solveBipartiteJv(problem, objective)).toEqual(solveBipartite(problem, objective));
      }),
      { numRuns: 2000 },
    );
  });

  it('the two-phase candidate reaches the same optimum without a tie-break', () => {
    fc.assert(
      fc.property(problemArb, ({ left, right, capacity, score }) => {
        const problem = { left, right, capacity: Int32Array.from(capacity), score: Int32Array.from(score) };
        const value = (a: Int32Array): [number, number] => {
          let pairs = 0;
          let total = 0;
          a.forEach((r, l) => {
            if (r >= 0) {
              pairs++;
              total += problem.score[l * right + r]!;
            }
          });
          return [pairs, total];
        };
        const ours = solveBipartiteJv(problem, 'total');
        const used = new Int32Array(right);
        ours.forEach((r, l) => {
          if (r < 0) return;
          expect(problem.score[l * right + r]).toBeGreaterThanOrEqual(0);
          used[r]!++;
        });
        used.forEach((u, r) => expect(u).toBeLessThanOrEqual(problem.capacity[r]!));
        expect(value(ours)).toEqual(value(solveBipartite(problem, 'total')));
      }),
      { numRuns: 1500 },
    );
  });
});

// Medium-sized instances, beyond exhaustive search, against independent implementations:
// general matching against the `edmonds-blossom` package on the full graph (our solver
// works on a sparse graph plus a dual certificate), assignment with capacities against our
// own Hungarian from the benchmark (the engine uses `munkres`).
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownMaxWeightAssignment } from '../../../bench/own-hungarian.ts';
import { solveBipartite } from '../../../src/lib/matching/solvers/bipartite.ts';
import { solveGeneral } from '../../../src/lib/matching/solvers/general.ts';
import { SCORE_SCALE } from '../../../src/lib/matching/score.ts';

const require = createRequire(import.meta.url);
const edmondsBlossom = require('edmonds-blossom') as (edges: number[][]) => number[];

/** Few distinct scores (many ties) and some forbidden pairs, like real programmes. */
const cellArb = fc.oneof({ weight: 1, arbitrary: fc.constant(-1) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 8 }).map((s) => s * 1250) });

describe('medium instances against independent implementations', () => {
  it('peer pairs: same optimum as edmonds-blossom on the full graph', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 150 }).chain((n) => fc.tuple(fc.constant(n), fc.array(cellArb, { minLength: n * n, maxLength: n * n }))), ([n, cells]) => {
        const score = new Int32Array(n * n).fill(-1);
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) score[i * n + j] = score[j * n + i] = cells[i * n + j]!;
        const mate = solveGeneral({ size: n, score }, 'total');
        const big = SCORE_SCALE * Math.floor(n / 2) + 1;
        const edges: number[][] = [];
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (score[i * n + j]! >= 0) edges.push([i, j, big + score[i * n + j]!]);
        const reference = edges.length === 0 ? [] : edmondsBlossom(edges);
        const total = (m: ArrayLike<number>): number => {
          let s = 0;
          for (let i = 0; i < n; i++) if ((m[i] ?? -1) > i) s += big + score[i * n + m[i]!]!;
          return s;
        };
        expect(total(mate)).toBe(total(reference));
      }),
      { numRuns: 30 },
    );
  });

  it('mentoring with capacities: same optimum as an independent Hungarian on mentor slots', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 5, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 30, maxLength: 30 }),
        fc.array(cellArb, { minLength: 60 * 30, maxLength: 60 * 30 }),
        (left, right, caps, cells) => {
          const capacity = Int32Array.from({ length: right }, (_, r) => caps[r]!);
          const score = Int32Array.from({ length: left * right }, (_, k) => cells[k]!);
          const assignment = solveBipartite({ left, right, capacity, score }, 'total');
          const owner: number[] = [];
          for (let r = 0; r < right; r++) for (let s = 0; s < Math.min(capacity[r]!, left); s++) owner.push(r);
          const big = SCORE_SCALE * left + 1;
          const w = new Float64Array(left * owner.length);
          for (let l = 0; l < left; l++) owner.forEach((r, c) => (w[l * owner.length + c] = score[l * right + r]! >= 0 ? big + score[l * right + r]! : 0));
          const reference = ownMaxWeightAssignment(left, owner.length, w);
          let expected = 0;
          reference.forEach((c, l) => (expected += c >= 0 ? w[l * owner.length + c]! : 0));
          let got = 0;
          assignment.forEach((r, l) => (got += r >= 0 ? big + score[l * right + r]! : 0));
          expect(got).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});

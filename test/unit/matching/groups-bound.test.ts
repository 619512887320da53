// The Lagrangian group bound (solvers/group-bound.ts): never below the best grouping
// (exhaustive search on small pools), with or without locked pairs, never looser than
// everyone's k best partners, and the same on every run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupUpperBound } from '../../../src/lib/matching/solvers/group-bound.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { bruteGroupings } from './brute-force.ts';

/** Best Σ over people of their mean score to mates, over partitions into groups of sizes min..max (others unplaced). */
function bestGrouping(n: number, w: Int32Array, min: number, max: number): number {
  let best = 0;
  const used = new Array<boolean>(n).fill(false);
  const rec = (value: number): void => {
    best = Math.max(best, value);
    const first = used.indexOf(false);
    if (first < 0) return;
    used[first] = true;
    rec(value);
    const group = [first];
    const grow = (start: number): void => {
      if (group.length >= min) {
        let v = 0;
        for (const p of group) {
          let s = 0;
          for (const q of group) if (q !== p) s += w[p * n + q]!;
          v += s / (group.length - 1);
        }
        for (const p of group) used[p] = true;
        rec(value + v);
      }
      if (group.length === max) return;
      for (let j = start; j < n; j++) {
        if (used[j] || group.some((q) => w[q * n + j]! < 0)) continue;
        used[j] = true;
        group.push(j);
        grow(j + 1);
        group.pop();
        used[j] = false;
      }
    };
    grow(first + 1);
    used[first] = false;
  };
  rec(0);
  return best;
}

const instanceArb = fc
  .record({ n: fc.integer({ min: 2, max: 8 }), min: fc.integer({ min: 2, max: 4 }), extra: fc.integer({ min: 0, max: 1 }) })
  .chain(({ n, min, extra }) =>
    fc.record({
      n: fc.constant(n),
      min: fc.constant(min),
      max: fc.constant(min + extra),
      upper: fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 10_000 })), {
        minLength: (n * (n - 1)) / 2,
        maxLength: (n * (n - 1)) / 2,
      }),
      achievedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );

function matrix(n: number, upper: readonly number[]): Int32Array {
  const w = new Int32Array(n * n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      w[i * n + j] = upper[k]!;
      w[j * n + i] = upper[k++]!;
    }
  return w;
}

describe('group upper bound', () => {
  it('is at least the best grouping and at most the independent bound, and repeats exactly', () => {
    fc.assert(
      fc.property(instanceArb, ({ n, min, max, upper, achievedShare }) => {
        const weight = matrix(n, upper);
        const optimum = bestGrouping(n, weight, min, max);
        // The step size aims at `achieved`; any value up to the optimum must keep the bound valid.
        const input = { n, weight, k: min - 1, achieved: optimum * achievedShare };
        const { bound, independent } = groupUpperBound(input, silentControl);
        expect(bound + 1e-6).toBeGreaterThanOrEqual(optimum);
        expect(bound).toBeLessThanOrEqual(independent + 1e-9);
        expect(groupUpperBound(input, silentControl).bound).toBe(bound);
      }),
      { numRuns: 400 },
    );
  });

  it('stays above the best grouping that keeps locked blocks whole (locks only remove groupings)', () => {
    const lockedArb = instanceArb.chain((instance) =>
      fc.record({
        instance: fc.constant(instance),
        locks: fc.array(fc.tuple(fc.nat({ max: instance.n - 1 }), fc.nat({ max: instance.n - 1 })), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(lockedArb, ({ instance: { n, min, max, upper, achievedShare }, locks }) => {
        const weight = matrix(n, upper);
        // Blocks as groups.ts forms them: a lock holds when the merged block fits one group and its members may share one.
        const blockOf = Int32Array.from({ length: n }, (_, i) => i);
        for (const [a, b] of locks) {
          const merged = [...blockOf.keys()].filter((p) => blockOf[p] === blockOf[a] || blockOf[p] === blockOf[b]);
          if (merged.length > max || merged.some((p) => merged.some((q) => p !== q && weight[p * n + q]! < 0))) continue;
          const into = Math.min(blockOf[a]!, blockOf[b]!);
          for (const p of merged) blockOf[p] = into;
        }
        const free = bestGrouping(n, weight, min, max);
        expect(bruteGroupings(n, weight, min, max, undefined, false)[1]).toBeCloseTo(free, 6);
        const optimum = bruteGroupings(n, weight, min, max, blockOf, false)[1];
        expect(optimum).toBeLessThanOrEqual(free + 1e-6);
        const { bound } = groupUpperBound({ n, weight, k: min - 1, achieved: optimum * achievedShare }, silentControl);
        expect(bound + 1e-6).toBeGreaterThanOrEqual(optimum);
      }),
      { numRuns: 400 },
    );
  });

  it('is exact when mates agree: two disjoint pairs that only like each other', () => {
    const n = 4;
    const weight = new Int32Array(n * n).fill(-1);
    weight[0 * n + 1] = weight[1 * n + 0] = 8000;
    weight[2 * n + 3] = weight[3 * n + 2] = 6000;
    weight[0 * n + 2] = weight[2 * n + 0] = 7000;
    const { bound, independent } = groupUpperBound({ n, weight, k: 1, achieved: 28_000 }, silentControl);
    // Independently 0 and 2 would both pick each other or their best: 8000+8000+7000+6000.
    expect(independent).toBe(29_000);
    expect(bound).toBeCloseTo(28_000, 3);
  });
});

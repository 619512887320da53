// Mode (d) is a heuristic, so it is measured rather than proven: on small instances it is
// compared with exhaustive search over all partitions into groups of three (with locked
// pairs: groups-locked.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import { chooseGroupCount } from '../../../src/lib/matching/groups.ts';
import { runMatching } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { instanceArb } from './arbitraries.ts';
import { bruteGroupings } from './brute-force.ts';

describe('groups', () => {
  it('chooses as many groups as the sizes allow, near the target size', () => {
    expect(chooseGroupCount(10, 3, 3, 3)).toBe(3);
    expect(chooseGroupCount(12, 4, 3, 5)).toBe(3);
    expect(chooseGroupCount(2, 3, 3, 3)).toBe(0);
    expect(chooseGroupCount(11, 4, 3, 5)).toBe(3);
  });

  it('matches exhaustive search on small instances (placed people always, score nearly always)', () => {
    const samples = fc.sample(instanceArb({ maxPeople: 9, minPeople: 5, modes: [{ kind: 'groups', size: 3 }], withLocks: false }), {
      numRuns: 250,
      seed: 20261123,
    });
    let optimal = 0;
    let ratio = 0;
    for (const input of samples) {
      const ctx = createContext(input, silentControl);
      const n = ctx.features.people.length;
      const w = new Int32Array(n * n).fill(-1);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (i !== j && ctx.mask(i, j) === 0) w[i * n + j] = ctx.scorer.score(i, j, 'symmetric');
      const [placed, value] = bruteGroupings(n, w, 3, 3);
      const result = runMatching(input);
      expect(result.matches.reduce((s, m) => s + m.ids.length, 0)).toBe(placed);
      const achieved = result.groupBound!.achieved * 100;
      if (Math.abs(achieved - value) < 1) optimal++;
      ratio += value === 0 ? 1 : achieved / value;
      expect(result.groupBound!.upperBound * 100 + 1).toBeGreaterThanOrEqual(value);
    }
    expect(optimal / samples.length).toBeGreaterThan(0.95);
    expect(ratio / samples.length).toBeGreaterThan(0.99);
  });
});

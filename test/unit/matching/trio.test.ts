// Peers with `allowTrio`: at most one trio, only where it places more people; a trio scores
// the mean of its three pair scores and every pair in it respects the hard rules. Checked
// against exhaustive search over every matching with at most one trio.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput, type Participant } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { EXACT_TRIO_POOL } from '../../../src/lib/matching/solvers/trio.ts';
import { instanceArb } from './arbitraries.ts';
import { breaksHardRule } from './independent-rules.ts';

interface Rank {
  readonly placed: number;
  readonly total3: number;
}

/** Best (placed, 3 × total) over every matching of `size` vertices with at most one trio. */
function bruteForce(size: number, score: (i: number, j: number) => number): Rank {
  const used = new Array<boolean>(size).fill(false);
  let best: Rank = { placed: 0, total3: 0 };
  const rec = (i: number, placed: number, total3: number, trioUsed: boolean): void => {
    while (i < size && used[i]) i++;
    if (i === size) {
      if (placed > best.placed || (placed === best.placed && total3 > best.total3)) best = { placed, total3 };
      return;
    }
    used[i] = true;
    rec(i + 1, placed, total3, trioUsed);
    for (let j = i + 1; j < size; j++) {
      if (used[j] || score(i, j) < 0) continue;
      used[j] = true;
      rec(i + 1, placed + 2, total3 + 3 * score(i, j), trioUsed);
      if (!trioUsed)
        for (let k = j + 1; k < size; k++) {
          if (used[k] || score(i, k) < 0 || score(j, k) < 0) continue;
          used[k] = true;
          rec(i + 1, placed + 3, total3 + score(i, j) + score(i, k) + score(j, k), true);
          used[k] = false;
        }
      used[j] = false;
    }
    used[i] = false;
  };
  rec(0, 0, 0, false);
  return best;
}

function uniqueById(input: MatchingInput): Map<string, Participant> {
  const counts = new Map<string, number>();
  for (const p of input.participants) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  return new Map(input.participants.filter((p) => counts.get(p.id) === 1).map((p) => [p.id, p]));
}

function check(input: MatchingInput): void {
  const result = runMatching(input);
  const ctx = createContext(input, silentControl);
  const byId = uniqueById(input);
  const index = (id: string): number => ctx.features.indexById.get(id)!;
  const s = (a: string, b: string): number => ctx.scorer.score(index(a), index(b), 'symmetric');
  const locked = new Set(result.matches.filter((m) => m.locked).flatMap((m) => m.ids));
  const pool = ctx.features.people.map((p) => p.id).filter((id) => !locked.has(id));
  const free = result.matches.filter((m) => !m.locked);
  const trios = free.filter((m) => m.ids.length === 3);
  expect(trios.length).toBeLessThanOrEqual(1);
  for (const m of free) {
    expect(m.ids.length === 2 || m.ids.length === 3).toBe(true);
    for (let i = 0; i < m.ids.length; i++)
      for (let j = i + 1; j < m.ids.length; j++) expect(breaksHardRule(input, byId.get(m.ids[i]!)!, byId.get(m.ids[j]!)!)).toBeNull();
  }
  for (const t of trios) {
    const [x, y, z] = t.ids as [string, string, string];
    expect(t.score).toBeCloseTo((s(x, y) + s(x, z) + s(y, z)) / 300, 2);
  }
  const got: Rank = {
    placed: free.reduce((n, m) => n + m.ids.length, 0),
    total3: free.reduce((sum, m) => {
      const [x, y, z] = m.ids as [string, string, string | undefined];
      return sum + (z === undefined ? 3 * s(x, y) : s(x, y) + s(x, z) + s(y, z));
    }, 0),
  };
  const best = bruteForce(pool.length, (i, j) =>
    breaksHardRule(input, byId.get(pool[i]!)!, byId.get(pool[j]!)!) === null ? s(pool[i]!, pool[j]!) : -1,
  );
  // Fairness ranks the lowest match before the total, so only the number placed is comparable there.
  if (ctx.input.objective === 'total') expect(got).toEqual(best);
  else expect(got.placed).toBe(best.placed);
  // A trio only where it places someone pairs alone would leave out.
  const pairsOnly = runMatching({ ...input, mode: { kind: 'peers' } });
  const placedByPairs = pairsOnly.matches.filter((m) => !m.locked).length * 2;
  if (trios.length > 0) expect(got.placed).toBeGreaterThan(placedByPairs);
  else expect(got.placed).toBe(placedByPairs);
}

describe('peers with one trio', () => {
  it('places as many people as possible, then maximises the total, against brute force', () => {
    const arb = instanceArb({ maxPeople: 9, minPeople: 3, modes: [{ kind: 'peers', allowTrio: true }] });
    fc.assert(fc.property(arb, check), { numRuns: 1500 });
  }, 60_000);

  it('leaves nobody alone in an odd pool where everyone may meet, also beyond the exhaustive size', () => {
    for (const n of [3, 5, 9, EXACT_TRIO_POOL + 1, 41]) {
      const participants: Participant[] = Array.from({ length: n }, (_, i) => ({
        id: `p${String(i).padStart(2, '0')}`,
        name: `P${i}`,
        role: 'both',
        languages: ['nl'],
        level: i % 4,
      }));
      const result = runMatching({ participants, criteria: [{ kind: 'levelGap', weight: 1, target: 0, tolerance: 0 }], mode: { kind: 'peers', allowTrio: true } });
      expect(result.unmatched).toEqual([]);
      expect(result.matches.filter((m) => m.ids.length === 3)).toHaveLength(1);
      expect(result.summary.matched).toBe(n);
    }
  });

  it('leaves the extra person alone when the rules allow no trio', () => {
    const person = (id: string, languages: string[]): Participant => ({ id, name: id, role: 'both', languages });
    const result = runMatching({
      participants: [person('a', ['nl']), person('b', ['nl', 'en']), person('c', ['en'])],
      criteria: [],
      mode: { kind: 'peers', allowTrio: true },
    });
    expect(result.matches.map((m) => m.ids.length)).toEqual([2]);
    expect(result.unmatched).toHaveLength(1);
  });
});

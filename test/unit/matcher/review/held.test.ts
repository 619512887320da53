// A decision shown at once: the run after a lock or a forbid holds every other match in place.
// Forbidding a pair moves only its two people; locking a pair that is already made changes nothing.
// In groups mode locks keep people together but cannot keep a group closed, so held groups stay whole but may be joined.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMatching } from '../../../../src/lib/matching/engine.ts';
import type { IdPair, Mode } from '../../../../src/lib/matching/types.ts';
import { matchKey } from '../../../../src/lib/matcher/model.ts';
import { heldPairs, withHeldPairs } from '../../../../src/lib/matcher/review/adjust.ts';
import { forbidPair, lockPair } from '../../../../src/lib/matcher/review/decisions.ts';
import { instanceArb } from '../../matching/arbitraries.ts';
import { emptyProject, T1, withReview } from './helpers.ts';

const keys = (matches: readonly { readonly ids: readonly string[] }[]): string[] => matches.map((m) => matchKey(m.ids)).sort();
const MODES: readonly Mode[] = [{ kind: 'mentoring' }, { kind: 'reciprocal' }, { kind: 'peers' }, { kind: 'groups', size: 3, minSize: 2, maxSize: 4 }];

describe('held pairs', () => {
  it('adds the held pairs to the locks once, and leaves an input without them as it is', () => {
    const input = { participants: [], criteria: [], rules: { lockedPairs: [['a', 'b']] as IdPair[] }, mode: { kind: 'peers' } as Mode };
    expect(withHeldPairs(input, [])).toBe(input);
    expect(withHeldPairs(input, [['b', 'a'], ['c', 'd']]).rules?.lockedPairs).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('after a forbid, moves only the two people of the forbidden match; after a lock of a made pair, nothing', () => {
    fc.assert(
      fc.property(instanceArb({ minPeople: 3, maxPeople: 10, modes: MODES, withLocks: false }), fc.nat(), (raw, pick) => {
        const project = emptyProject();
        const result = runMatching(withReview(raw, project));
        const pairs = result.matches.filter((match) => match.ids.length === 2);
        if (result.mode === null || pairs.length === 0) return;
        const target = pairs[pick % pairs.length]!;
        const pair: IdPair = [target.ids[0]!, target.ids[1]!];

        const locked = lockPair(project, pair, T1).project;
        const afterLock = runMatching(withHeldPairs(withReview(raw, locked), heldPairs(result)));
        // In groups a lock says "together", not "only these": the engine may join two held groups when that scores higher.
        if (raw.mode.kind === 'groups') for (const match of result.matches) expect(afterLock.matches.some((other) => match.ids.every((id) => other.ids.includes(id)))).toBe(true);
        else expect(keys(afterLock.matches)).toEqual(keys(result.matches));

        const forbidden = forbidPair(project, pair, T1).project;
        const afterForbid = runMatching(withHeldPairs(withReview(raw, forbidden), heldPairs(result, [], pair)));
        const made = new Set(keys(afterForbid.matches));
        expect(made.has(matchKey(pair))).toBe(false);
        for (const match of result.matches) {
          if (match.ids.some((id) => pair.includes(id))) continue;
          // Every other match is still made, possibly joined by one of the two in groups or by a mentor's free place.
          const kept = afterForbid.matches.find((other) => match.ids.every((id) => other.ids.includes(id)));
          expect(kept, matchKey(match.ids)).toBeDefined();
          if (raw.mode.kind !== 'groups') expect(kept!.ids.every((id) => match.ids.includes(id) || pair.includes(id) || !result.matches.some((m) => m.ids.includes(id)))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

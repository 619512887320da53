// The warning before a run: a list beyond the exact solvers' limit is named as such before the
// coordinator presses Run, measured the way the engine measures it, in the engine's own words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaries, formatMessage } from '../../../src/lib/i18n/all.ts';
import { runTooLarge, tooLargeMessage } from '../../../src/lib/matcher/result-view.ts';
import { runMatching } from '../../../src/lib/matching/engine.ts';
import type { Participant } from '../../../src/lib/matching/types.ts';

function list(mentors: number, mentees: number, capacity = 2): Participant[] {
  return [
    ...Array.from({ length: mentors }, (_, i): Participant => ({ id: `m${i}`, name: `Mentor ${i}`, role: 'mentor', capacity })),
    ...Array.from({ length: mentees }, (_, i): Participant => ({ id: `e${i}`, name: `Mentee ${i}`, role: 'mentee' })),
  ];
}

describe('a list too large for the engine', () => {
  it('is found before the run, as the engine finds it (1 667 mentors with capacity 2, 3 333 mentees)', () => {
    const participants = list(1667, 3333);
    const ahead = runTooLarge(participants, { kind: 'mentoring' });
    expect(ahead).toEqual({ size: 3333 * 3334, limit: 9_000_000, unit: 'combinations' });
    const result = runMatching({ participants, criteria: [], mode: { kind: 'mentoring' } });
    expect(result.mode).toBeNull();
    const error = result.dataQuality.find((issue) => issue.message.key === 'matching.data.tooLarge');
    expect(error?.message.params).toMatchObject({ size: ahead!.size, limit: ahead!.limit, unit: { key: 'matching.data.tooLargeUnit.combinations' } });
  });

  it('says so in natural words with advice, without English in the Dutch text', () => {
    const message = tooLargeMessage({ size: 3333 * 3334, limit: 9_000_000, unit: 'combinations' });
    const nl = formatMessage(dictionaries.nl, 'nl', message);
    expect(nl).toBe(
      'Deze lijst is te groot om in de browser precies door te rekenen: 11.112.222 mogelijke combinaties, terwijl de grens bij 9.000.000 ligt. Splits de lijst in kleinere groepen, bijvoorbeeld per afdeling of locatie, en koppel elke groep apart.',
    );
    expect(nl).not.toMatch(/cells/);
    expect(formatMessage(dictionaries.en, 'en', message)).toMatch(/^This list is too large .*11,112,222 possible combinations.*Split the list into smaller groups/);
  });

  it('counts the people of one pool in peers and groups, and has no limit in stable matching', () => {
    const big = list(1500, 1501, 1);
    expect(runTooLarge(big, { kind: 'peers' })).toEqual({ size: 3001, limit: 3000, unit: 'participants' });
    expect(runTooLarge(big, { kind: 'groups', size: 4 })).toEqual({ size: 3001, limit: 3000, unit: 'participants' });
    expect(runTooLarge(list(1500, 1500, 1), { kind: 'peers' })).toBeNull();
    expect(runTooLarge(big, { kind: 'stable' })).toBeNull();
    expect(runTooLarge(big, null)).toBeNull();
  });

  it('reads “both” on the side the mode puts them, and capacity only in mentoring', () => {
    const both = Array.from({ length: 3001 }, (_, i): Participant => ({ id: `b${i}`, name: `B ${i}`, role: 'both' }));
    const mentors = list(1, 0, 5000);
    // Everyone a mentee: one mentor with room for all of them.
    expect(runTooLarge([...mentors, ...both], { kind: 'mentoring' })).toEqual({ size: 3001 * 3001, limit: 9_000_000, unit: 'combinations' });
    // In reciprocal duos capacity is 1, so the one mentor is one slot.
    expect(runTooLarge([...mentors, ...both], { kind: 'reciprocal' })).toBeNull();
    // Everyone a mentor: there are no mentees to place.
    expect(runTooLarge([...mentors, ...both], { kind: 'mentoring', bothRoleSide: 'mentor' })).toBeNull();
  });

  it('never warns about a list the engine solves in mentoring mode (small lists, any capacities)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 8 }), fc.integer({ min: 0, max: 8 }), (capacities, mentees) => {
        const participants = [
          ...capacities.map((capacity, i): Participant => ({ id: `m${i}`, name: `M ${i}`, role: 'mentor', capacity })),
          ...Array.from({ length: mentees }, (_, i): Participant => ({ id: `e${i}`, name: `E ${i}`, role: 'mentee' })),
        ];
        expect(runTooLarge(participants, { kind: 'mentoring' })).toBeNull();
        expect(runMatching({ participants, criteria: [], mode: { kind: 'mentoring' } }).dataQuality.some((issue) => issue.message.key === 'matching.data.tooLarge')).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});

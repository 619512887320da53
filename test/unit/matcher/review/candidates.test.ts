// What the change-by-hand panel offers: every candidate previewed, flagged when it needs a
// decision — a lock the coordinator set that it would end, a group it makes too big or small
// (counted as the engine counts them) — and sorted after those that need none.
import { describe, expect, it } from 'vitest';
import { runMatching } from '../../../../src/lib/matching/engine.ts';
import type { MatchingInput } from '../../../../src/lib/matching/types.ts';
import { PRESETS } from '../../../../src/lib/matcher/presets.ts';
import { nameLookup } from '../../../../src/lib/matcher/result-view.ts';
import { createAdjuster } from '../../../../src/lib/matcher/review/adjust.ts';
import { candidatesFor, offSizeGroups, placement } from '../../../../src/lib/matcher/review/candidates.ts';
import { lockPair } from '../../../../src/lib/matcher/review/decisions.ts';
import { previewNotes } from '../../../../src/lib/matcher/review/describe.ts';
import { emptyProject, person, T1, withReview } from './helpers.ts';

const mentoring: MatchingInput = {
  participants: [
    person('anna', 'mentor', { skillsOffered: ['excel'], interests: ['jazz'] }),
    person('bart', 'mentor', { skillsOffered: ['python'], interests: ['chess'] }),
    person('cees', 'mentor', { skillsOffered: ['sales'], interests: ['hiking'] }),
    person('dirk', 'mentee', { skillsWanted: ['excel'], interests: ['chess'] }),
    person('eva', 'mentee', { skillsWanted: ['python'], interests: ['jazz', 'hiking'] }),
    person('fien', 'mentee', { skillsWanted: ['sales'], interests: ['hiking'] }),
  ],
  criteria: [
    { kind: 'offerMeetsWant', weight: 3 },
    { kind: 'shared', weight: 1, property: 'interests' },
  ],
  rules: { sharedLanguage: true },
  mode: { kind: 'mentoring' },
};

describe('a candidate that ends a lock', () => {
  const project = lockPair(emptyProject(), ['anna', 'dirk'], T1).project;
  const input = withReview(mentoring, project);
  const result = runMatching(input);
  const place = placement(input, result);
  const adjuster = createAdjuster(input, result);
  const names = nameLookup(input.participants);

  it('is flagged with the lock it ends, sorted after those that end none, and the preview names the pair', () => {
    const candidates = candidatesFor(place, adjuster, result, 'swapMentee', 'eva', names, 'en', project.review.locked);
    const dirk = candidates.find((candidate) => candidate.id === 'dirk')!;
    const fien = candidates.find((candidate) => candidate.id === 'fien')!;
    expect(dirk.endsLocks).toEqual([['anna', 'dirk']]);
    expect(dirk.flagged).toBe(true);
    expect(fien.endsLocks).toEqual([]);
    expect(candidates.indexOf(fien)).toBeLessThan(candidates.indexOf(dirk));
    // Still a change that can be made: the coordinator decides.
    expect(dirk.preview.recordable).toBe(true);
    expect(previewNotes(dirk.preview, names, dirk.endsLocks)).toContainEqual({ key: 'matcher.review.preview.endsLock', params: { a: 'Anna', b: 'Dirk' } });
  });

  it('is not flagged for a pair the run only held in place', () => {
    // The engine's match.locked is true for held pairs too; only the coordinator's locks count.
    const candidates = candidatesFor(place, adjuster, result, 'swapMentee', 'eva', names, 'en', []);
    expect(candidates.every((candidate) => candidate.endsLocks.length === 0)).toBe(true);
  });

  it('is flagged when the locked mentee is matched with another mentor, not when their mentor only takes one more', () => {
    const moved = candidatesFor(place, adjuster, result, 'assignMentor', 'dirk', names, 'en', project.review.locked);
    expect(moved.map((candidate) => candidate.endsLocks)).toEqual(moved.map(() => [['anna', 'dirk']]));
    // A mentor with capacity keeps her other mentees: Anna and Dirk stay together.
    const more = candidatesFor(place, adjuster, result, 'assignMentee', 'anna', names, 'en', project.review.locked);
    expect(more.find((candidate) => candidate.id === 'eva')?.endsLocks).toEqual([]);
  });
});

describe('group sizes in group mentoring', () => {
  // Preset "groupMentoring": groups of 4 to 6 members, each with one mentor on top.
  const mode = PRESETS.groupMentoring.mode;
  const members = Array.from({ length: 10 }, (_, index) => person(`m${index}`, 'mentee', { interests: [index < 5 ? 'jazz' : 'chess'] }));
  const input: MatchingInput = {
    participants: [person('x1', 'mentor', { interests: ['jazz'] }), person('x2', 'mentor', { interests: ['chess'] }), ...members],
    criteria: [{ kind: 'shared', weight: 1, property: 'interests' }],
    mode,
  };
  const result = runMatching(input);
  const place = placement(input, result);

  it('counts a group without its mentor, as the engine does', () => {
    expect(result.matches.map((match) => match.ids.length)).toEqual([6, 6]);
    expect(result.matches.map((match) => place.groupSize(match.ids))).toEqual([5, 5]);
    const adjuster = createAdjuster(input, result);
    const mover = result.matches[0]!.ids.find((id) => id.startsWith('m'))!;
    const candidates = candidatesFor(place, adjuster, result, 'move', mover, nameLookup(input.participants), 'en');
    expect(candidates).toHaveLength(1);
    // 4 and 6 members besides the mentors: within 4 to 6.
    expect(candidates[0]!.offSize).toEqual([]);
    expect(candidates[0]!.flagged).toBe(false);
  });

  it('still flags a group that ends up too small', () => {
    const adjuster = createAdjuster(input, result);
    const [first, second] = result.matches.map((match) => match.ids.filter((id) => id.startsWith('m')));
    const once = adjuster.preview({ kind: 'move', id: first![0]!, to: second![0]! });
    expect(offSizeGroups(place, once)).toEqual([]);
    const smaller = { ...once, matches: once.matches.map((match) => (match.ids.includes(first![1]!) ? { ...match, ids: match.ids.filter((id) => id !== first![1]) } : match)) };
    expect(offSizeGroups(place, smaller).map((group) => group.size)).toEqual([3]);
  });
});

describe('a swap between two mentees of one mentor', () => {
  it('is not offered: trading places with someone who has the same mentor changes nothing', () => {
    const input: MatchingInput = {
      ...mentoring,
      participants: mentoring.participants.map((p) => (p.id === 'anna' ? { ...p, capacity: 2, skillsOffered: ['excel', 'python'] } : p)).filter((p) => p.id !== 'bart'),
    };
    const result = runMatching(input);
    const place = placement(input, result);
    const mentees = result.matches.filter((match) => match.ids.includes('anna')).flatMap((match) => match.ids.filter((id) => id !== 'anna'));
    expect(mentees).toHaveLength(2);
    const offered = candidatesFor(place, createAdjuster(input, result), result, 'swapMentee', mentees[0]!, nameLookup(input.participants), 'nl').map((candidate) => candidate.id);
    expect(offered).not.toContain(mentees[1]);
    expect(offered.length).toBeGreaterThan(0);
  });
});

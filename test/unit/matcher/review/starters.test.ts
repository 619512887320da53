// Conversation starters: three per match, from the mentee's goals (those the mentor offers
// first) and shared interests, topped up with general ones; the same match always gets the
// same three, every one fills its placeholders in both languages, and the checklist is there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaries, formatMessage } from '../../../../src/lib/i18n/all.ts';
import type { Participant } from '../../../../src/lib/matching/types.ts';
import { conversationStarters, FIRST_MEETING_CHECKLIST, STARTER_COUNT } from '../../../../src/lib/matcher/review/starters.ts';
import { person } from './helpers.ts';

const mentor = person('m1', 'mentor', { skillsOffered: ['Excel', 'Presenteren'], interests: ['Jazz', 'Hardlopen'] });
const mentee = person('e1', 'mentee', { skillsWanted: ['Feedback geven', 'presenteren '], interests: ['hardlopen', 'Koken'] });

function texts(members: readonly Participant[], mentorId?: string): string[] {
  return conversationStarters(members, mentorId).map((starter) => formatMessage(dictionaries.nl, 'nl', starter));
}

describe('conversation starters', () => {
  it('start with a goal the mentor can help with, then a shared interest, then another goal', () => {
    const starters = conversationStarters([mentor, mentee], 'm1');
    expect(starters.map((starter) => starter.key.split('.')[2])).toEqual(['offered', 'interest', 'goal']);
    expect(starters.map((starter) => starter.params)).toEqual([{ goal: 'presenteren' }, { interest: 'hardlopen' }, { goal: 'feedback geven' }]);
  });

  it('fall back to general icebreakers, all different', () => {
    const starters = conversationStarters([person('a', 'both'), person('b', 'both')]);
    expect(starters).toHaveLength(STARTER_COUNT);
    expect(starters.every((starter) => starter.key.startsWith('matcher.starters.general.'))).toBe(true);
    expect(new Set(starters.map((starter) => starter.key)).size).toBe(STARTER_COUNT);
  });

  it('count everyone’s goals in a pair of peers, and interests shared by two in a group', () => {
    const peers = [person('p1', 'both', { skillsWanted: ['Python'], interests: ['schaken'] }), person('p2', 'both', { skillsOffered: ['python'], interests: ['Schaken'] }), person('p3', 'both')];
    expect(conversationStarters(peers).slice(0, 2).map((starter) => starter.params)).toEqual([{ goal: 'Python' }, { interest: 'schaken' }]);
  });

  const listArb = fc.array(fc.constantFrom('Excel', 'excel', 'Jazz', 'Koken', 'Python', 'Leiderschap', ' '), { maxLength: 4 });
  const memberArb = fc.record({ offered: listArb, wanted: listArb, interests: listArb });

  it('always give three different starters, the same for the same match in any order, with every placeholder filled in both languages', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 2, maxLength: 4 }), fc.boolean(), (raw, withMentor) => {
        const members = raw.map((m, index) => person(`p${index}`, index === 0 && withMentor ? 'mentor' : 'mentee', { skillsOffered: m.offered, skillsWanted: m.wanted, interests: m.interests }));
        const mentorId = withMentor ? 'p0' : undefined;
        const starters = conversationStarters(members, mentorId);
        expect(starters).toHaveLength(STARTER_COUNT);
        expect(new Set(starters.map((starter) => starter.key)).size).toBe(STARTER_COUNT);
        expect(conversationStarters([...members].reverse(), mentorId)).toEqual(starters);
        for (const locale of ['nl', 'en'] as const)
          for (const starter of starters) {
            const text = formatMessage(dictionaries[locale], locale, starter);
            expect(text).not.toMatch(/[{}]|matcher\.starters/);
            for (const value of Object.values(starter.params ?? {})) expect(text).toContain(String(value));
          }
      }),
      { numRuns: 300 },
    );
  });

  it('read naturally in Dutch with the subject filled in', () => {
    expect(texts([mentor, mentee], 'm1')[1]).toContain('hardlopen');
  });

  it('list the first-meeting checklist in both languages', () => {
    expect(FIRST_MEETING_CHECKLIST.length).toBeGreaterThanOrEqual(6);
    for (const locale of ['nl', 'en'] as const)
      for (const item of FIRST_MEETING_CHECKLIST) expect(formatMessage(dictionaries[locale], locale, item)).not.toBe(item.key);
  });
});

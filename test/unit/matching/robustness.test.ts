// Awkward inputs give a clear result or a clear data error — never a crash or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMatching, type MatchingInput, type Participant } from '../../../src/lib/matching/index.ts';
import { looseCriterionArb as criterionArb, looseParticipantArb as participantArb } from './arbitraries.ts';

const person = (id: string, role: Participant['role'], extra: Partial<Participant> = {}): Participant => ({
  id,
  name: id.toUpperCase(),
  role,
  languages: ['nl'],
  ...extra,
});

const keys = (r: { dataQuality: readonly { message: { key: string } }[] }): string[] => r.dataQuality.map((d) => d.message.key);

describe('robustness', () => {
  it('handles an empty list', () => {
    const r = runMatching({ participants: [], criteria: [], mode: { kind: 'mentoring' } });
    expect(r.status).toBe('ok');
    expect(r.matches).toEqual([]);
    expect(r.summary.participants).toBe(0);
    expect(keys(r)).toContain('matching.data.noParticipants');
  });

  it('handles one participant in every mode', () => {
    for (const mode of [{ kind: 'mentoring' }, { kind: 'reciprocal' }, { kind: 'peers' }, { kind: 'groups', size: 3 }, { kind: 'stable' }] as const) {
      const r = runMatching({ participants: [person('a', 'mentee')], criteria: [], mode });
      expect(r.matches).toEqual([]);
      expect(r.unmatched.map((u) => u.id)).toEqual(['a']);
    }
    const r = runMatching({ participants: [person('a', 'mentee')], criteria: [], mode: { kind: 'mentoring' } });
    expect(r.unmatched[0]!.message.key).toBe('matching.unmatched.noCandidates');
  });

  it('explains who was left out when every pair is forbidden, naming the rule that removed most', () => {
    const r = runMatching({
      participants: [person('m1', 'mentor', { languages: ['de'] }), person('m2', 'mentor', { languages: ['fr'] }), person('e1', 'mentee', { excludedPartners: ['m2'] })],
      criteria: [],
      mode: { kind: 'mentoring' },
    });
    expect(r.matches).toEqual([]);
    const e1 = r.unmatched.find((u) => u.id === 'e1')!;
    expect(e1.reason).toBe('noEligiblePartner');
    expect(e1.topRule).toBe('noSharedLanguage');
    expect(e1.topRuleRemoved).toBe(2);
  });

  it('reports capacity 0 and capacity used up', () => {
    const r = runMatching({
      participants: [person('m0', 'mentor', { capacity: 0 }), person('m1', 'mentor'), person('e1', 'mentee'), person('e2', 'mentee')],
      criteria: [],
      mode: { kind: 'mentoring' },
    });
    expect(r.matches).toHaveLength(1);
    expect(r.unmatched.find((u) => u.id === 'm0')!.reason).toBe('zeroCapacity');
    expect(r.unmatched.find((u) => u.id.startsWith('e'))!.reason).toBe('capacityUsedUp');
    expect(keys(r)).toContain('matching.data.zeroCapacity');
  });

  it('leaves out duplicate ids with a data error and still matches the rest', () => {
    const r = runMatching({
      participants: [person('x', 'mentor'), person('x', 'mentee'), person('m', 'mentor'), person('e', 'mentee')],
      criteria: [],
      mode: { kind: 'mentoring' },
    });
    expect(r.status).toBe('dataError');
    expect(r.matches.map((m) => m.ids)).toEqual([['m', 'e']]);
    expect(r.unmatched.find((u) => u.id === 'x')!.reason).toBe('duplicateId');
    expect(keys(r)).toContain('matching.data.duplicateId');
  });

  it('reports data problems: unknown manager, reporting cycle, self-nomination, bad numbers', () => {
    const r = runMatching({
      participants: [
        person('a', 'mentor', { managerId: 'b', preferredPartners: ['a', 'zz'], capacity: -2 }),
        person('b', 'mentor', { managerId: 'a', level: Number.NaN }),
        person('c', 'mentee', { managerId: 'nobody', languages: [] }),
      ],
      criteria: [{ kind: 'offerMeetsWant', weight: Number.POSITIVE_INFINITY }],
      mode: { kind: 'mentoring' },
    });
    expect(keys(r)).toEqual(
      expect.arrayContaining([
        'matching.data.unknownManager',
        'matching.data.reportingCycle',
        'matching.data.selfNomination',
        'matching.data.unknownNomination',
        'matching.data.invalidCapacity',
        'matching.data.invalidNumber',
        'matching.data.invalidWeight',
        'matching.data.noLanguages',
      ]),
    );
  });

  it('keeps unicode names and compares text after normalisation', () => {
    const r = runMatching({
      participants: [
        person('ø-1', 'mentor', { name: 'Zoë Ångström 🌷', languages: ['Nederlands'], skillsOffered: ['Café-beheer'] }),
        person('李', 'mentee', { name: '李雷', languages: [' nederlands '], skillsWanted: ['cafe\u0301-beheer'] }),
      ],
      criteria: [{ kind: 'offerMeetsWant', weight: 1 }],
      mode: { kind: 'mentoring' },
    });
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.score).toBe(100);
  });

  it('rejects invalid group sizes with a data error', () => {
    const r = runMatching({ participants: [person('a', 'both')], criteria: [], mode: { kind: 'groups', size: 1 } });
    expect(r.status).toBe('dataError');
    expect(keys(r)).toContain('matching.data.invalidGroupSize');
  });

  it('keeps locked pairs (even when they break a rule) and plans around them', () => {
    const input: MatchingInput = {
      participants: [person('m1', 'mentor', { capacity: 2 }), person('m2', 'mentor'), person('e1', 'mentee', { languages: ['de'] }), person('e2', 'mentee'), person('e3', 'mentee')],
      criteria: [],
      rules: { lockedPairs: [['e1', 'm1'], ['m2', 'e1'], ['m1', 'ghost']] },
      mode: { kind: 'mentoring' },
    };
    const r = runMatching(input);
    const locked = r.matches.filter((m) => m.locked);
    expect(locked.map((m) => m.ids)).toEqual([['m1', 'e1']]);
    expect(locked[0]!.brokenRules).toEqual(['noSharedLanguage']);
    expect(r.matches.filter((m) => !m.locked)).toHaveLength(2);
    expect(keys(r)).toEqual(expect.arrayContaining(['matching.data.lockedPairBreaksRule', 'matching.data.lockedPairConflict', 'matching.data.unknownLockedParticipant']));
  });

  it('never throws on loosely typed input (as read from a spreadsheet)', () => {
    fc.assert(
      fc.property(
        fc.array(participantArb, { maxLength: 6 }),
        fc.array(criterionArb, { maxLength: 3 }),
        fc.constantFrom('mentoring', 'reciprocal', 'peers', 'groups', 'stable', 'x'),
        fc.anything(),
        (participants, criteria, kind, rules) => {
          const input = { participants, criteria, mode: { kind, size: 2 }, rules } as unknown as MatchingInput;
          const r = runMatching(input);
          expect(['ok', 'dataError']).toContain(r.status);
          for (const m of r.matches) expect(Number.isFinite(m.score)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles 10 000 participants: a result for mentoring, a clear size error for one big pool', () => {
    const participants = Array.from({ length: 10_000 }, (_, i) =>
      person(`p${i}`, i < 1000 ? 'mentor' : 'mentee', { interests: [`i${i % 7}`], department: `d${i % 13}` }),
    );
    const criteria = [
      { kind: 'shared', weight: 1, property: 'interests' },
      { kind: 'different', weight: 1, property: 'department' },
    ] as const;
    const started = Date.now();
    const mentoring = runMatching({ participants, criteria, mode: { kind: 'mentoring' } });
    expect(mentoring.status).toBe('ok');
    expect(mentoring.matches).toHaveLength(1000);
    expect(mentoring.unmatched).toHaveLength(8000);
    const peers = runMatching({ participants, criteria, mode: { kind: 'peers' } });
    expect(peers.status).toBe('dataError');
    expect(keys(peers)).toContain('matching.data.tooLarge');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('reports progress and can be cancelled', () => {
    const participants = Array.from({ length: 400 }, (_, i) => person(`p${i}`, 'both', { interests: [`i${i % 5}`] }));
    const phases: string[] = [];
    const done = runMatching({ participants, criteria: [{ kind: 'shared', weight: 1, property: 'interests' }], mode: { kind: 'peers' } }, { onProgress: (p) => phases.push(p.phase) });
    expect(done.status).toBe('ok');
    expect(phases).toContain('solve');
    let calls = 0;
    const cancelled = runMatching({ participants, criteria: [], mode: { kind: 'peers' } }, { isCancelled: () => ++calls > 3 });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.matches).toEqual([]);
  });
});

describe('objectives end to end', () => {
  // Nominations give readable scores: first choice 100, second 50, third 33.33.
  // C has no room, so it only shapes the ranks.
  const input = (objective: 'total' | 'fairness'): MatchingInput => ({
    participants: [
      person('A', 'mentor'),
      person('B', 'mentor'),
      person('C', 'mentor', { capacity: 0 }),
      person('x', 'mentee', { preferredPartners: ['A', 'C', 'B'] }),
      person('y', 'mentee', { preferredPartners: ['C', 'A'] }),
    ],
    criteria: [{ kind: 'nomination', weight: 1 }],
    mode: { kind: 'mentoring' },
    objective,
  });

  it('total: the highest sum, even with one weak pair', () => {
    // A–x 100 + B–y 0 = 100 beats A–y 50 + B–x 33.33 = 83.33.
    const r = runMatching(input('total'));
    expect(r.matches.map((m) => [...m.ids, m.score])).toEqual([['A', 'x', 100], ['B', 'y', 0]]);
  });

  it('fairness: lifts the worst pair first, matching as many people', () => {
    const r = runMatching(input('fairness'));
    expect(r.matches.map((m) => [...m.ids, m.score])).toEqual([['A', 'y', 50], ['B', 'x', 33.33]]);
  });
});

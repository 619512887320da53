// Awkward inputs give a clear result or a clear data error — never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { runMatching, type MatchingInput, type Participant } from '../../../src/lib/matching/index.ts';

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
    expect(keys(r)).toContain('data.noParticipants');
  });

  it('handles one participant in every mode', () => {
    for (const mode of [{ kind: 'mentoring' }, { kind: 'reciprocal' }, { kind: 'peers' }, { kind: 'groups', size: 3 }, { kind: 'stable' }] as const) {
      const r = runMatching({ participants: [person('a', 'mentee')], criteria: [], mode });
      expect(r.matches).toEqual([]);
      expect(r.unmatched.map((u) => u.id)).toEqual(['a']);
    }
    const r = runMatching({ participants: [person('a', 'mentee')], criteria: [], mode: { kind: 'mentoring' } });
    expect(r.unmatched[0]!.message.key).toBe('unmatched.noCandidates');
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
    expect(keys(r)).toContain('data.zeroCapacity');
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
    expect(keys(r)).toContain('data.duplicateId');
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
        'data.unknownManager',
        'data.reportingCycle',
        'data.selfNomination',
        'data.unknownNomination',
        'data.invalidCapacity',
        'data.invalidNumber',
        'data.invalidWeight',
        'data.noLanguages',
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
    expect(keys(r)).toContain('data.invalidGroupSize');
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
    expect(keys(r)).toEqual(expect.arrayContaining(['data.lockedPairBreaksRule', 'data.lockedPairConflict', 'data.unknownLockedParticipant']));
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
    expect(keys(peers)).toContain('data.tooLarge');
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

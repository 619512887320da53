// Criterion values, reporting lines and explanations on hand-made examples.
import { describe, expect, it } from 'vitest';
import { canonicalise } from '../../../src/lib/matching/canonical.ts';
import { buildFeatures } from '../../../src/lib/matching/features.ts';
import {
  runMatching,
  type Participant,
} from '../../../src/lib/matching/index.ts';
import { levelGapValue, timeZoneValue } from '../../../src/lib/matching/score.ts';
import { formatIn } from './format.ts';

const p = (id: string, extra: Partial<Participant> = {}): Participant => ({ id, name: id, role: 'both', languages: ['nl'], ...extra });

describe('reporting lines', () => {
  const people = [
    p('ceo'),
    p('vp', { managerId: 'ceo' }),
    p('dev', { managerId: 'vp' }),
    p('other', { managerId: 'ceo' }),
    p('x', { managerId: 'y' }),
    p('y', { managerId: 'x' }),
    p('under-x', { managerId: 'x' }),
    p('z', { managerId: 'missing' }),
  ];
  const canon = canonicalise(people);
  const f = buildFeatures(canon, []);
  const i = (id: string): number => canon.indexById.get(id)!;
  it('finds direct and indirect lines, not siblings', () => {
    expect(f.lines.related(i('ceo'), i('dev'))).toBe(true);
    expect(f.lines.related(i('dev'), i('vp'))).toBe(true);
    expect(f.lines.related(i('dev'), i('other'))).toBe(false);
  });
  it('treats a cycle as one line and reports it and unknown managers', () => {
    expect(f.lines.related(i('x'), i('y'))).toBe(true);
    expect(f.lines.related(i('under-x'), i('y'))).toBe(true);
    expect(f.lines.related(i('z'), i('ceo'))).toBe(false);
    expect(f.issues.map((d) => d.message.key).sort()).toEqual(['matching.data.reportingCycle', 'matching.data.unknownManager']);
  });
  it('handles a 10 000-long chain without deep recursion', () => {
    const chain = Array.from({ length: 10_000 }, (_, k) => p(`c${k}`, k > 0 ? { managerId: `c${k - 1}` } : {}));
    const c = canonicalise(chain);
    const fc = buildFeatures(c, []);
    expect(fc.lines.related(c.indexById.get('c0')!, c.indexById.get('c9999')!)).toBe(true);
  });
});

describe('criterion values', () => {
  it('level gap: full within tolerance, then linear to zero', () => {
    expect(levelGapValue(2, 2, 0)).toBe(1);
    expect(levelGapValue(3, 2, 1)).toBe(1);
    expect(levelGapValue(4, 2, 1)).toBe(0.5);
    expect(levelGapValue(-2, 2, 0)).toBe(0);
  });
  it('time zone: full within, zero at', () => {
    expect(timeZoneValue(1, 1, 5)).toBe(1);
    expect(timeZoneValue(3, 1, 5)).toBe(0.5);
    expect(timeZoneValue(6, 1, 5)).toBe(0);
  });
});

describe('explanations', () => {
  it('says why a pair was made, in Dutch and English, and adds up to the score', () => {
    const r = runMatching({
      participants: [
        p('anna', { name: 'Anna', role: 'mentor', languages: ['Nederlands'], skillsOffered: ['Excel', 'SQL'], department: 'Finance', level: 5 }),
        p('bram', { name: 'Bram', role: 'mentee', languages: ['Nederlands'], skillsWanted: ['Excel'], department: 'IT', level: 3, preferredPartners: ['anna'] }),
      ],
      criteria: [
        { kind: 'offerMeetsWant', weight: 2 },
        { kind: 'shared', weight: 1, property: 'languages' },
        { kind: 'different', weight: 1, property: 'department' },
        { kind: 'levelGap', weight: 1, target: 2, tolerance: 0 },
        { kind: 'nomination', weight: 1 },
      ],
      mode: { kind: 'mentoring' },
    });
    const m = r.matches[0]!;
    expect(m.score).toBe(100);
    expect(m.breakdown.reduce((s, b) => s + b.points, 0)).toBeCloseTo(100, 1);
    const nl = m.breakdown.flatMap((b) => b.reasons.map((x) => formatIn('nl', x)));
    expect(nl).toEqual([
      'Anna biedt Excel aan, wat Bram wil leren',
      'Beiden spreken Nederlands',
      'Andere afdeling: Anna (Finance), Bram (IT)',
      'Niveau van Anna ten opzichte van Bram: 2 (gewenst: 2)',
      'Bram heeft Anna als keuze nr. 1 genoemd',
    ]);
    const en = m.breakdown.flatMap((b) => b.reasons.map((x) => formatIn('en', x)));
    expect(en[0]).toBe('Anna offers Excel, which Bram wants to learn');
    expect(en[1]).toBe('Both speak Nederlands');
  });
});

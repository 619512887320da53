import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../src/lib/agreements/compare.ts';
import { fingerprint } from '../../../src/lib/agreements/fingerprint.ts';
import { emptyCalendar, type Agreement, type CalendarSettings } from '../../../src/lib/agreements/model.ts';
import { setCalendar, setSignature } from '../../../src/lib/agreements/operations/agreement.ts';
import { duplicateAgreement } from '../../../src/lib/agreements/operations/document.ts';
import { agreementsRecord } from '../../../src/lib/agreements/record.ts';
import { salvageAgreementsDocument } from '../../../src/lib/agreements/salvage.ts';
import { decodeDraft, draftToFile, encodeDraft, parseDraftFile } from '../../../src/lib/agreements/share.ts';
import { createFromTemplate } from '../../../src/lib/agreements/templates.ts';
import { parseAgreementsDocument, parseOneAgreement } from '../../../src/lib/agreements/validate.ts';
import { context, ids, LATER, NOW, ready } from './fixtures.ts';

const PLANNING: CalendarSettings = {
  time: '19:00',
  skipDates: ['2026-05-14', '2026-04-27'],
  skipRanges: [{ from: '2026-10-17', to: '2026-10-25', label: 'Herfstvakantie' }],
};

function withoutCalendar(agreement: Agreement): Record<string, unknown> {
  const { calendar: _dropped, ...rest } = agreement;
  return rest;
}

describe('the calendar planning on an agreement', () => {
  it('starts empty on every template', () => {
    expect(createFromTemplate('group', context()).calendar).toEqual({ time: null, skipDates: [], skipRanges: [] });
  });

  it('reads records written before it existed as the empty planning, without a repair', () => {
    const old = withoutCalendar(ready());
    const parsed = parseAgreementsDocument({ agreements: [old] });
    expect(parsed.ok && parsed.value.agreements[0]!.calendar).toEqual(emptyCalendar());
    expect(agreementsRecord.validate({ agreements: [old] }).ok).toBe(true);
    expect(salvageAgreementsDocument({ agreements: [{ ...old, title: 7 }] }).repairs.map((repair) => repair.key)).toEqual(['agreements.repair.fieldReset']);
  });

  it('is checked strictly when present', () => {
    const a = setCalendar(ready(), PLANNING, LATER);
    expect(parseOneAgreement(a)).toEqual({ ok: true, value: a });
    const broken: unknown[] = [
      { ...PLANNING, time: '7:00' },
      { ...PLANNING, time: undefined },
      { ...PLANNING, skipDates: ['2026-02-30'] },
      { ...PLANNING, skipDates: Array.from({ length: 41 }, () => '2026-05-14') },
      { ...PLANNING, skipRanges: [{ from: '2026-10-25', to: '2026-10-17', label: '' }] },
      { ...PLANNING, skipRanges: [{ from: '2026-10-17', to: '2026-10-25', label: 'x'.repeat(101) }] },
      { ...PLANNING, skipRanges: [{ from: '2026-10-17', to: '2026-10-25' }] },
      'tomorrow',
    ];
    for (const calendar of broken) expect(parseOneAgreement({ ...a, calendar }).ok, JSON.stringify(calendar)).toBe(false);
  });

  it('keeps what reads of a damaged planning and says so', () => {
    const a = ready();
    const damaged = {
      ...a,
      calendar: { time: '25:00', skipDates: ['2026-05-14', 'soon'], skipRanges: [{ from: '2026-10-17', to: '2026-10-25', label: 'y'.repeat(150) }, { from: 'x' }] },
    };
    const { value, repairs } = salvageAgreementsDocument({ agreements: [damaged] });
    expect(value.agreements[0]!.calendar).toEqual({
      time: null,
      skipDates: ['2026-05-14'],
      skipRanges: [{ from: '2026-10-17', to: '2026-10-25', label: 'y'.repeat(100) }],
    });
    expect(repairs).toEqual([{ key: 'agreements.repair.fieldReset', params: { agreement: a.title, field: { key: 'agreements.field.calendar' } } }]);
    expect(agreementsRecord.validate(value).ok).toBe(true);
  });
});

describe('setCalendar', () => {
  it('sets the planning, skipped days sorted without duplicates, and stamps the change', () => {
    const a = ready();
    const next = setCalendar(a, { ...PLANNING, skipDates: ['2026-05-14', '2026-04-27', '2026-05-14'] }, LATER);
    expect(next.calendar).toEqual({ ...PLANNING, skipDates: ['2026-04-27', '2026-05-14'] });
    expect(next.updatedAt).toBe(LATER);
    expect(a.calendar).toEqual(emptyCalendar());
    expect(setCalendar(next, next.calendar, NOW)).toBe(next);
    expect(setCalendar(next, { ...next.calendar, time: null }, NOW).calendar.time).toBeNull();
  });

  it('refuses a time that is not HH:MM, an impossible date and a break that ends before it starts', () => {
    const a = ready();
    for (const calendar of [
      { ...PLANNING, time: '19.00' },
      { ...PLANNING, time: '24:00' },
      { ...PLANNING, skipDates: ['2026-13-01'] },
      { ...PLANNING, skipRanges: [{ from: '2026-10-25', to: '2026-10-17', label: '' }] },
      { ...PLANNING, skipRanges: [{ from: '', to: '2026-10-17', label: '' }] },
    ]) {
      expect(setCalendar(a, calendar, LATER), JSON.stringify(calendar)).toBe(a);
    }
  });

  it('clamps labels to 100 characters and the lists to 40 days and 20 breaks', () => {
    const days = Array.from({ length: 45 }, (_, index) => `2026-01-${String((index % 28) + 1).padStart(2, '0')}`).concat(
      Array.from({ length: 30 }, (_, index) => `2026-02-${String((index % 28) + 1).padStart(2, '0')}`),
    );
    const breaks = Array.from({ length: 25 }, (_, index) => ({ from: '2026-07-01', to: '2026-07-02', label: `${index}`.padEnd(140, '.') }));
    const next = setCalendar(ready(), { time: null, skipDates: days, skipRanges: breaks }, LATER);
    expect(next.calendar.skipDates).toHaveLength(40);
    expect(next.calendar.skipDates[0]).toBe('2026-01-01');
    expect(next.calendar.skipRanges).toHaveLength(20);
    for (const range of next.calendar.skipRanges) expect(range.label).toHaveLength(100);
    expect(parseOneAgreement(next).ok).toBe(true);
  });

  it('is planning, not agreed content: no unsigning, the same fingerprint, no difference between drafts', async () => {
    let signed = ready();
    for (const party of signed.parties) signed = await setSignature(signed, { partyId: party.id, name: party.name, date: '2026-03-05' }, NOW);
    const planned = setCalendar(signed, PLANNING, LATER);
    expect(planned.signatures).toEqual(signed.signatures);
    expect(planned.history).toEqual([]);
    expect(await fingerprint(planned)).toBe(await fingerprint(signed));
    expect(compareDrafts(planned, signed).differences).toEqual([]);
  });
});

describe('the planning travels along', () => {
  it('is copied by duplicate, as a copy of its own', () => {
    const a = setCalendar(ready(), PLANNING, LATER);
    const { agreement: copy } = duplicateAgreement({ agreements: [a] }, a.id, { newId: ids('copy'), now: LATER, titleSuffix: ' (kopie)' });
    expect(copy!.calendar).toEqual(a.calendar);
    expect(copy!.calendar).not.toBe(a.calendar);
    expect(copy!.calendar.skipRanges).not.toBe(a.calendar.skipRanges);
  });

  it('is in a shared draft as it is, in the link and in the file', async () => {
    const a = setCalendar(ready(), PLANNING, LATER);
    const encoded = await encodeDraft(a);
    if (!encoded.ok) throw new Error('too long');
    const decoded = await decodeDraft(encoded.fragment);
    expect(decoded.ok && decoded.agreement.calendar).toEqual(PLANNING_SORTED);
    const fromFile = parseDraftFile(draftToFile(a));
    expect(fromFile.ok && fromFile.agreement.calendar).toEqual(PLANNING_SORTED);
  });
});

const PLANNING_SORTED: CalendarSettings = { ...PLANNING, skipDates: ['2026-04-27', '2026-05-14'] };

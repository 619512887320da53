import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementsRecord, mergeAgreements } from '../../../src/lib/agreements/record.ts';
import { salvageAgreementsDocument } from '../../../src/lib/agreements/salvage.ts';
import { setSignature, setTitle } from '../../../src/lib/agreements/operations/agreement.ts';
import { dictionaries } from '../../../src/lib/i18n/all.ts';
import type { Message } from '../../../src/lib/i18n/message.ts';
import { LATER, NOW, ready } from './fixtures.ts';

function keysOf(message: Message): string[] {
  return [message.key, ...Object.values(message.params ?? {}).flatMap((param) => (typeof param === 'object' && !Array.isArray(param) ? keysOf(param as Message) : []))];
}

describe('the agreements record', () => {
  const a = ready();
  const b = { ...ready('group'), id: 'b' };

  it('validates strictly and describes its contents', () => {
    expect(agreementsRecord.kind).toBe('agreements');
    expect(agreementsRecord.validate(agreementsRecord.empty()).ok).toBe(true);
    expect(agreementsRecord.validate({ agreements: [a, b] }).ok).toBe(true);
    expect(agreementsRecord.validate({ agreements: [{}] })).toMatchObject({ ok: false, error: { key: 'storage.validation.recordDamaged' } });
    expect(agreementsRecord.describeContents({ agreements: [a, b] })).toEqual({ key: 'agreements.contents', params: { count: 2 } });
    expect(agreementsRecord.isEmpty({ agreements: [] })).toBe(true);
    expect(agreementsRecord.isEmpty({ agreements: [a] })).toBe(false);
  });

  it('merges two backups by agreement id, the later edit winning', () => {
    const mineNewer = setTitle(a, 'mijn versie', LATER);
    const merged = mergeAgreements({ agreements: [mineNewer] }, { agreements: [a, b] });
    expect(merged.agreements.map((agreement) => agreement.title)).toEqual(['mijn versie', b.title]);
    const theirsNewer = mergeAgreements({ agreements: [a] }, { agreements: [mineNewer] });
    expect(theirsNewer.agreements[0]!.title).toBe('mijn versie');
    expect(agreementsRecord.describeMerge!({ agreements: [mineNewer] }, { agreements: [a, b] }, merged).map((line) => line.key)).toEqual([
      'agreements.merge.added', 'agreements.merge.keptNewer',
    ]);
    expect(agreementsRecord.describeMerge!({ agreements: [a] }, { agreements: [a] }, { agreements: [a] })).toEqual([{ key: 'agreements.merge.unchanged' }]);
  });

  it('settles timestamps itself and names conflicting fields', () => {
    const later = agreementsRecord.mergeRules!.autoResolve!(['agreements', { id: a.id }, 'updatedAt'], NOW, LATER);
    expect(later).toBe(LATER);
    expect(agreementsRecord.mergeRules!.autoResolve!(['agreements', { id: a.id }, 'title'], 'x', 'y')).toBeUndefined();
    const data = { agreements: [a] };
    const described = [
      agreementsRecord.describeField!(['agreements', { id: a.id }, 'sections', 'meetings', 'minutes'], data),
      agreementsRecord.describeField!(['agreements', { id: a.id }, 'parties', { id: a.parties[0]!.id }, 'name'], data),
      agreementsRecord.describeField!(['agreements', { id: a.id }, 'title'], data),
      agreementsRecord.describeField!(['agreements', { id: 'gone' }], data),
    ];
    expect(described[0]).toEqual({ key: 'agreements.conflict.in', params: { agreement: a.title, field: { key: 'agreements.field.meetings.minutes' } } });
    for (const message of described) for (const key of keysOf(message)) expect(dictionaries.nl, key).toHaveProperty([key]);
  });
});

describe('salvage', () => {
  it('keeps valid agreements as they are and repairs broken fields with messages', async () => {
    const a = ready();
    let signed = a;
    for (const party of a.parties) signed = await setSignature(signed, { partyId: party.id, name: party.name, date: '2026-03-05' }, NOW);
    const broken = {
      ...a,
      id: 'broken',
      title: 'x'.repeat(500),
      language: 'fr',
      parties: [a.parties[0], 'nope'],
      sections: { ...a.sections, duration: { start: '2026-02-30', end: '2026-09-01', review: null }, meetings: { ...a.sections.meetings, minutes: 9000, format: 'flying' }, feedback: 7 },
      signatures: [{ partyId: 'nobody' }],
    };
    const { value, repairs } = salvageAgreementsDocument({ agreements: [signed, broken, 42] });
    expect(agreementsRecord.validate(value).ok).toBe(true);
    expect(value.agreements[0]).toEqual(signed);
    const fixed = value.agreements[1]!;
    expect(fixed).toMatchObject({ title: 'x'.repeat(200), language: 'nl', signatures: [] });
    expect(fixed.parties).toHaveLength(1);
    expect(fixed.sections.duration).toEqual({ start: null, end: '2026-09-01', review: null });
    expect(fixed.sections.meetings).toMatchObject({ minutes: 480, format: 'onSite' });
    expect(fixed.sections.feedback).toBeUndefined();
    expect(repairs.map((repair) => repair.key)).toEqual(expect.arrayContaining([
      'agreements.repair.textShortened', 'agreements.repair.fieldReset', 'agreements.repair.partyDropped', 'agreements.repair.dateCleared',
      'agreements.repair.sectionDropped', 'agreements.repair.signaturesDropped', 'agreements.repair.agreementDropped',
    ]));
    for (const repair of repairs) for (const key of keysOf(repair)) expect(dictionaries.en, key).toHaveProperty([key]);
  });

  it('never throws on junk and always gives what validate accepts (property)', () => {
    const a = ready();
    const junkish = fc.oneof(
      fc.anything(),
      fc.record({ agreements: fc.array(fc.anything(), { maxLength: 5 }) }),
      fc.record({ agreements: fc.array(fc.record({ ...Object.fromEntries(Object.keys(a).map((key) => [key, fc.anything()])) }, { requiredKeys: [] }), { maxLength: 3 }) }),
      fc.constant(a).chain((agreement) => fc.record({ agreements: fc.constant([{ ...agreement, sections: { meetings: { minutes: 'x' }, purpose: { goals: [{ id: 'g' }, { id: 'g' }, 1, 2, 3] } } }]) })),
    );
    fc.assert(
      fc.property(junkish, (junk) => {
        const { value } = salvageAgreementsDocument(junk);
        expect(agreementsRecord.validate(value).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('message keys', () => {
  it('name every section, field and choice in both languages', async () => {
    const model = await import('../../../src/lib/agreements/model.ts');
    const keys = [
      ...model.SECTION_IDS.map((section) => `agreements.section.${section}`),
      ...model.SECTION_IDS.flatMap((section) => Object.keys(model.SECTION_SPECS[section]).map((field) => `agreements.field.${section}.${field}`)),
      ...Object.keys(model.PARTY_SPEC).map((field) => `agreements.field.party.${field}`),
      ...model.TEMPLATE_IDS.flatMap((template) => [`agreements.template.${template}`, `agreements.template.${template}.description`]),
      ...model.PARTY_ROLES.map((role) => `agreements.role.${role}`),
      ...model.STANDARD_RESPONSIBILITIES.map((id) => `agreements.responsibility.${id}`),
      ...model.WHO.map((id) => `agreements.choice.who.${id}`),
      ...model.FREQUENCIES.map((id) => `agreements.choice.frequency.${id}`),
      ...model.MEETING_FORMATS.map((id) => `agreements.choice.format.${id}`),
      ...model.CHANNELS.map((id) => `agreements.choice.channel.${id}`),
      ...model.LAPSE_ACTIONS.map((id) => `agreements.choice.lapse.${id}`),
      ...model.CONFIDENTIALITY_EXCEPTIONS.map((id) => `agreements.choice.exception.${id}`),
      ...model.FEEDBACK_STYLES.map((id) => `agreements.choice.feedback.${id}`),
      ...model.MEDIATORS.map((id) => `agreements.choice.mediator.${id}`),
      ...model.COORDINATOR_VIEWS.map((id) => `agreements.choice.coordinator.${id}`),
    ];
    for (const key of keys) {
      expect(dictionaries.nl, key).toHaveProperty([key]);
      expect(dictionaries.en, key).toHaveProperty([key]);
    }
  });

  it('never say “mentorschap” in Dutch', async () => {
    const { agreements } = await import('../../../src/lib/i18n/nl/agreements.ts');
    expect(JSON.stringify(agreements).toLowerCase()).not.toContain('mentorschap');
  });
});

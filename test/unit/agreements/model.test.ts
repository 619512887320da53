import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addGoal, addParty, changeContent, excludeSection, removeGoal, removeSignature, restoreGoal, restoreSection, setLanguage,
  setSignature, setTitle, signatureStatus, updateParty, updateSectionField,
} from '../../../src/lib/agreements/operations/agreement.ts';
import {
  addAgreement, archiveAgreement, deleteAgreement, duplicateAgreement, emptyAgreementsDocument, restoreAgreement, updateAgreement,
} from '../../../src/lib/agreements/operations/document.ts';
import { checkAgreement, checkReadyToSign, countMeetings } from '../../../src/lib/agreements/rules.ts';
import { TEMPLATES, createFromTemplate } from '../../../src/lib/agreements/templates.ts';
import { LIMITS, SECTION_IDS, TEMPLATE_IDS } from '../../../src/lib/agreements/model.ts';
import { parseAgreementsDocument } from '../../../src/lib/agreements/validate.ts';
import { fingerprint } from '../../../src/lib/agreements/fingerprint.ts';
import { context, ids, LATER, NOW, ready } from './fixtures.ts';

const doc = (...agreements: ReturnType<typeof ready>[]) => ({ agreements });

describe('templates', () => {
  it.each(TEMPLATE_IDS)('%s creates a valid agreement with only the sections that apply', (template) => {
    const agreement = createFromTemplate(template, context());
    expect(parseAgreementsDocument(doc(agreement)).ok).toBe(true);
    expect(Object.keys(agreement.sections)).toEqual(TEMPLATES[template].sections);
    expect(checkAgreement(agreement)).toEqual([]);
    expect(agreement.sections.duration?.start).toBe('2026-03-02');
  });

  it('gives the group one mentor and several mentees, and peers two peers', () => {
    expect(createFromTemplate('group', context({ mentees: 4 })).parties.map((party) => party.role)).toEqual(['mentor', 'mentee', 'mentee', 'mentee', 'mentee']);
    expect(createFromTemplate('peerDuo', context()).parties.map((party) => party.role)).toEqual(['peer', 'peer']);
    expect(createFromTemplate('peerDuo', context()).sections.network).toBeUndefined();
  });
});

describe('validation', () => {
  it('refuses wrong shapes with a path', () => {
    const agreement = ready();
    const bad = { ...agreement, sections: { ...agreement.sections, meetings: { ...agreement.sections.meetings!, minutes: 5 } } };
    const result = parseAgreementsDocument(doc(bad));
    expect(result).toMatchObject({ ok: false, error: { key: 'agreements.validation.wrongType', params: { path: 'agreements[0].sections.meetings.minutes' } } });
    expect(parseAgreementsDocument({})).toMatchObject({ ok: false, error: { key: 'agreements.validation.notADocument' } });
    expect(parseAgreementsDocument(doc(agreement, agreement))).toMatchObject({ ok: false, error: { key: 'agreements.validation.duplicateId' } });
    const fourGoals = { ...agreement, sections: { ...agreement.sections, purpose: { purpose: '', goals: [1, 2, 3, 4].map((n) => ({ id: `g${n}`, text: '', smartGoalId: null })) } } };
    expect(parseAgreementsDocument(doc(fourGoals))).toMatchObject({ ok: false, error: { key: 'agreements.validation.tooMany' } });
    const unknownSection = { ...agreement, sections: { ...agreement.sections, extra: {} } };
    expect(parseAgreementsDocument(doc(unknownSection)).ok).toBe(false);
  });

  it('drops unknown properties', () => {
    const agreement = { ...ready(), extra: 1 };
    const result = parseAgreementsDocument(doc(agreement as never));
    expect(result.ok && 'extra' in result.value.agreements[0]!).toBe(false);
  });
});

describe('rules next to fields', () => {
  it('end after start, review inside, a frequency that fits, goal and names before signing', () => {
    const agreement = ready();
    const ended = updateSectionField(agreement, 'duration', 'end', '2026-03-01', NOW);
    expect(checkAgreement(ended).map((issue) => issue.message.key)).toContain('agreements.rule.endBeforeStart');
    const short = updateSectionField(updateSectionField(agreement, 'duration', 'end', '2026-03-20', NOW), 'duration', 'review', '2026-03-10', NOW);
    expect(checkAgreement(short).map((issue) => `${issue.section}.${issue.field}`)).toEqual(['meetings.frequency']);
    expect(checkAgreement(updateSectionField(short, 'meetings', 'frequency', 'weekly', NOW))).toEqual([]);
    expect(countMeetings('2026-01-31', '2026-03-31', 'monthly')).toBe(3);
    const fresh = createFromTemplate('oneOnOne', context());
    expect(checkReadyToSign(fresh).map((issue) => issue.message.key)).toEqual([
      'agreements.rule.goalBeforeSigning', 'agreements.rule.nameBeforeSigning', 'agreements.rule.nameBeforeSigning',
    ]);
    expect(checkReadyToSign(ready())).toEqual([]);
  });
});

describe('writes', () => {
  it('clamp texts and numbers, refuse impossible dates and choices', () => {
    const agreement = ready();
    expect(updateSectionField(agreement, 'meetings', 'minutes', 9999, NOW).sections.meetings?.minutes).toBe(LIMITS.minutes.max);
    expect(updateSectionField(agreement, 'duration', 'end', '20000-01-01', NOW)).toBe(agreement);
    expect(updateSectionField(agreement, 'meetings', 'format', 'flying' as never, NOW)).toBe(agreement);
    expect(updateSectionField(agreement, 'meetings', 'place', 'x'.repeat(9999), NOW).sections.meetings?.place).toHaveLength(LIMITS.shortText);
    expect(updateSectionField(agreement, 'contact', 'channels', ['video', 'email', 'video'], NOW).sections.contact?.channels).toEqual(['email', 'video']);
    expect(setTitle(agreement, agreement.title, NOW)).toBe(agreement);
  });

  it('allow at most three goals, and restore a removed one in place', () => {
    let agreement = ready();
    const newId = ids('goal');
    for (let n = 0; n < 4; n += 1) agreement = addGoal(agreement, { text: `goal ${n}` }, { newId, now: NOW }).agreement;
    const goals = agreement.sections.purpose!.goals;
    expect(goals).toHaveLength(3);
    const { agreement: fewer, removed } = removeGoal(agreement, goals[1]!.id, NOW);
    expect(fewer.sections.purpose!.goals).toHaveLength(2);
    expect(restoreGoal(fewer, removed!, NOW).sections.purpose!.goals).toEqual(goals);
  });

  it('hide and restore a section', () => {
    const agreement = ready();
    const { agreement: hidden, removed } = excludeSection(agreement, 'network', NOW);
    expect(hidden.sections.network).toBeUndefined();
    const back = restoreSection(hidden, removed!, { newId: ids(), now: NOW });
    expect(Object.keys(back.sections)).toEqual(Object.keys(agreement.sections));
    expect(back.sections.network).toEqual(agreement.sections.network);
  });
});

describe('signing', () => {
  it('signs with the fingerprint and refuses while not ready', async () => {
    const agreement = ready();
    const [a, b] = agreement.parties;
    const once = await setSignature(agreement, { partyId: a!.id, name: 'Sam', date: '2026-03-05' }, NOW);
    expect(once.signatures[0]!.fingerprint).toBe(await fingerprint(agreement));
    expect(signatureStatus(once)).toBe('partly');
    const twice = await setSignature(once, { partyId: b!.id, name: 'Noor', date: '2026-03-06' }, NOW);
    expect(signatureStatus(twice)).toBe('signed');
    const notReady = createFromTemplate('oneOnOne', context());
    expect(await setSignature(notReady, { partyId: notReady.parties[0]!.id, name: 'Sam', date: '2026-03-05' }, NOW)).toBe(notReady);
    expect(await setSignature(agreement, { partyId: 'nobody', name: 'Sam', date: '2026-03-05' }, NOW)).toBe(agreement);
    expect(signatureStatus(removeSignature(twice, a!.id, NOW))).toBe('partly');
  });

  it('any change to the agreed content unsigns and keeps the signed version in history', async () => {
    const agreement = ready();
    let signed = agreement;
    for (const party of agreement.parties) signed = await setSignature(signed, { partyId: party.id, name: party.name, date: '2026-03-05' }, NOW);
    const print = signed.signatures[0]!.fingerprint;
    const edits = [
      (a: typeof signed) => setTitle(a, 'Nieuw', LATER),
      (a: typeof signed) => setLanguage(a, 'en', LATER),
      (a: typeof signed) => updateSectionField(a, 'meetings', 'minutes', 45, LATER),
      (a: typeof signed) => updateParty(a, a.parties[0]!.id, 'contact', 'sam@example.org', LATER),
      (a: typeof signed) => addParty(a, 'mentee', { newId: ids('p'), now: LATER }).agreement,
      (a: typeof signed) => excludeSection(a, 'feedback', LATER).agreement,
    ];
    for (const edit of edits) {
      const changed = edit(signed);
      expect(changed.signatures).toEqual([]);
      expect(changed.history).toHaveLength(1);
      expect(changed.history[0]).toMatchObject({ fingerprint: print, signedOn: '2026-03-05', unsignedAt: LATER, signatures: signed.signatures });
      expect(changed.history[0]!.content.title).toBe(signed.title);
      expect(parseAgreementsDocument(doc(changed)).ok).toBe(true);
    }
    // Archiving and refused writes are not changes to what was agreed.
    expect(updateSectionField(signed, 'duration', 'end', 'nope', LATER)).toBe(signed);
    const archived = archiveAgreement(doc(signed), signed.id, true, LATER).agreements[0]!;
    expect(archived.signatures).toEqual(signed.signatures);
  });

  it('unsigns on every random change (property)', async () => {
    const agreement = ready();
    let signed = agreement;
    for (const party of agreement.parties) signed = await setSignature(signed, { partyId: party.id, name: party.name, date: '2026-03-05' }, NOW);
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.integer({ min: 15, max: 480 }), (text, minutes) => {
        const changed = updateSectionField(updateSectionField(signed, 'boundaries', 'offLimits', text, LATER), 'meetings', 'minutes', minutes, LATER);
        const same = changed === signed;
        expect(same ? signed.signatures.length : changed.signatures.length).toBe(same ? 2 : 0);
        if (!same) expect(changed.history).toHaveLength(1);
      }),
    );
  });
});

describe('the list of agreements', () => {
  it('adds, duplicates with fresh ids, archives, deletes and restores', async () => {
    const agreement = ready();
    let signed = agreement;
    for (const party of agreement.parties) signed = await setSignature(signed, { partyId: party.id, name: party.name, date: '2026-03-05' }, NOW);
    let list = addAgreement(emptyAgreementsDocument(), signed);
    expect(addAgreement(list, signed)).toBe(list);
    const { doc: two, agreement: copy } = duplicateAgreement(list, signed.id, { newId: ids('copy'), now: LATER, titleSuffix: ' (kopie)' });
    expect(copy!.title).toBe('Sam en Noor (kopie)');
    expect(copy!.signatures).toEqual([]);
    expect(copy!.parties.map((party) => party.id)).not.toEqual(signed.parties.map((party) => party.id));
    expect(parseAgreementsDocument(two).ok).toBe(true);
    list = archiveAgreement(two, copy!.id, true, LATER);
    expect(list.agreements[1]!.archived).toBe(true);
    const { doc: one, removed } = deleteAgreement(list, signed.id);
    expect(one.agreements).toHaveLength(1);
    expect(restoreAgreement(one, removed!)).toEqual(list);
    expect(updateAgreement(list, 'missing', (a) => setTitle(a, 'x', NOW))).toBe(list);
  });

  it('changeContent returns the same object when nothing changed', () => {
    const agreement = ready();
    expect(changeContent(agreement, { ...agreement }, LATER)).toBe(agreement);
    expect(SECTION_IDS.length).toBe(13);
  });
});

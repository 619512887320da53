import { describe, expect, it } from 'vitest';
import { buildAgreementDocument, localizeDates, type AgreementDocumentModel, type DocumentBlock } from '../../../src/lib/agreements/document.ts';
import { agreementToMarkdown } from '../../../src/lib/agreements/markdown.ts';
import { TEMPLATE_IDS, type Agreement, type DocumentLanguage } from '../../../src/lib/agreements/model.ts';
import { createFromTemplate } from '../../../src/lib/agreements/templates.ts';
import { formatDate } from '../../../src/lib/goals/dates.ts';
import { translate, type Message } from '../../../src/lib/i18n/all.ts';
import { context, ready } from './fixtures.ts';

const say = (language: DocumentLanguage) => (message: Message) => {
  const localized = localizeDates(message, (iso) => formatDate(iso, language));
  return translate(language, localized.key, localized.params);
};

function blockTexts(block: DocumentBlock, text: (message: Message) => string): string[] {
  switch (block.kind) {
    case 'paragraph': return [block.sentences.map(text).join(' ')];
    case 'text': return [block.text];
    case 'list': return [...(block.intro === null ? [] : [text(block.intro)]), ...block.items.map(text)];
  }
}

/** Every line the document shows, translated, in order. */
function allTexts(model: AgreementDocumentModel): string[] {
  const text = say(model.language);
  return [
    text(model.title),
    text(model.kind),
    text(model.parties.heading),
    text(model.parties.intro),
    ...model.parties.items.flatMap((party) => [text(party.role), text(party.name)]),
    ...model.sections.flatMap((section) => [text(section.heading), ...section.blocks.flatMap((block) => blockTexts(block, text))]),
    text(model.signatures.heading),
    text(model.signatures.intro),
    ...Object.values(model.signatures.labels).map(text),
    ...model.signatures.lines.flatMap((line) => [text(line.role), ...(line.signed ? [text(line.signed.statement)] : [])]),
    ...(model.fingerprint ? [text(model.fingerprint.code), text(model.fingerprint.explained)] : []),
    text(model.notLegal),
  ];
}

const markdown = (model: AgreementDocumentModel) =>
  agreementToMarkdown(model, say(model.language), (iso) => formatDate(iso, model.language));

function signedBy(agreement: Agreement, ...names: string[]): Agreement {
  return {
    ...agreement,
    signatures: names.map((name, index) => ({ partyId: agreement.parties[index]!.id, name, date: `2026-03-0${index + 3}`, fingerprint: 'f'.repeat(64) })),
  };
}

describe('the agreement document', () => {
  it('numbers the sections present continuously, in document order', () => {
    const agreement = ready();
    const { network, feedback, ...rest } = agreement.sections;
    expect(network && feedback).toBeTruthy();
    const model = buildAgreementDocument({ ...agreement, sections: rest }, { fingerprint: null });
    expect(model.sections.map((section) => section.number)).toEqual(model.sections.map((_, index) => index + 1));
    expect(model.sections.map((section) => section.id)).toEqual([
      'purpose', 'duration', 'meetings', 'contact', 'confidentiality', 'boundaries', 'responsibilities', 'difficulties', 'exit', 'closure', 'coordinator',
    ]);
    const headings = model.sections.map((section) => say('en')(section.heading));
    expect(headings[6]).toBe('7. Responsibilities');
    expect(headings[7]).toBe(`8. ${translate('en', 'agreements.section.difficulties')}`);
    expect(markdown(model)).toContain('## 8. ');
    expect(markdown(model)).not.toContain('## 12. ');
  });

  for (const template of TEMPLATE_IDS) {
    for (const language of ['nl', 'en'] as const) {
      it(`renders the ${template} template in ${language} without a raw key or an unfilled placeholder`, () => {
        const agreement = createFromTemplate(template, context({ language }));
        const model = buildAgreementDocument(signedBy(agreement, 'Sam'), { fingerprint: 'A1B2-C3D4-E5F6' });
        const texts = allTexts(model);
        for (const text of [...texts, markdown(model)]) {
          expect(text, text).not.toMatch(/agreements\.[a-z]/);
          expect(text, text).not.toMatch(/\{\w+\}/);
          expect(text.trim(), 'no empty line of text').not.toBe('');
        }
        expect(model.sections).toHaveLength(Object.keys(agreement.sections).length);
      });
    }
  }

  it('reads like an agreement: meetings in full sentences, with the place', () => {
    const agreement = ready();
    const meetings = { ...agreement.sections.meetings!, place: 'Utrecht office, room 3.12' };
    const model = buildAgreementDocument({ ...agreement, language: 'en', sections: { ...agreement.sections, meetings } }, { fingerprint: null });
    const section = model.sections.find((item) => item.id === 'meetings')!;
    expect(blockTexts(section.blocks[0]!, say('en'))).toEqual([
      'We meet every month for 60 minutes, on site, at Utrecht office, room 3.12. The mentee schedules the meetings and sets the agenda. '
        + 'Whoever needs to cancel or move a meeting lets the other know at least 24 hours in advance.',
    ]);
    const nl = buildAgreementDocument({ ...agreement, sections: { ...agreement.sections, meetings: { ...meetings, place: 'Teams', format: 'online', scheduler: 'both', noticeHours: 1 } } }, { fingerprint: null });
    expect(blockTexts(nl.sections.find((item) => item.id === 'meetings')!.blocks[0]!, say('nl'))[0]).toBe(
      'We spreken elke maand af, telkens 60 minuten, online, via Teams. We plannen de bijeenkomsten samen in en de mentee bepaalt de agenda. '
        + 'Wie een bijeenkomst moet afzeggen of verzetten, laat dat de ander minstens 1 uur van tevoren weten.',
    );
  });

  it('in a group, tells all the others about a cancellation, and says one sentence when one person schedules and sets the agenda', () => {
    const group = createFromTemplate('group', context({ mentees: 3 }));
    const model = buildAgreementDocument({ ...group, sections: { ...group.sections, meetings: { ...group.sections.meetings!, scheduler: 'mentor', agenda: 'mentor' } } }, { fingerprint: null });
    expect(blockTexts(model.sections.find((item) => item.id === 'meetings')!.blocks[0]!, say('nl'))[0]).toContain(
      'De mentor plant de bijeenkomsten in en bepaalt de agenda. Wie een bijeenkomst moet afzeggen of verzetten, laat dat de anderen minstens 24 uur van tevoren weten.',
    );
  });

  it('lists the limits of confidentiality, the named other exception included, and drops an unnamed one', () => {
    const agreement = ready();
    const confidentiality = { confidential: true, exceptions: ['safety', 'law', 'other'] as const, otherException: 'fraud' };
    const withOther = buildAgreementDocument({ ...agreement, language: 'en', sections: { ...agreement.sections, confidentiality: { ...confidentiality, exceptions: [...confidentiality.exceptions] } } }, { fingerprint: null });
    const texts = withOther.sections.find((item) => item.id === 'confidentiality')!.blocks.flatMap((block) => blockTexts(block, say('en')));
    expect(texts).toEqual([
      'What we discuss in our conversations stays between us.',
      'We only make an exception when:',
      'someone’s safety is at risk',
      'the law requires us to report something',
      'fraud',
    ]);
    const unnamed = buildAgreementDocument({ ...agreement, language: 'en', sections: { ...agreement.sections, confidentiality: { ...confidentiality, exceptions: ['other'], otherException: '  ' } } }, { fingerprint: null });
    expect(unnamed.sections.find((item) => item.id === 'confidentiality')!.blocks).toHaveLength(1);
  });

  it('states the boundaries for a mentor and a mentee, for a group and for peers', () => {
    const texts = (agreement: Agreement) =>
      buildAgreementDocument({ ...agreement, language: 'en' }, { fingerprint: null }).sections.find((item) => item.id === 'boundaries')!.blocks.flatMap((block) => blockTexts(block, say('en')));
    expect(texts(ready('oneOnOne'))).toEqual(['The mentor is not the mentee’s line manager. The mentor plays no part in the mentee’s appraisal or promotion.']);
    expect(texts(ready('group'))[0]).toContain('any of the mentees');
    expect(texts(ready('peerDuo'))).toEqual(['Neither of us plays any part in the other’s appraisal or promotion.']);
  });

  it('groups the responsibilities per person and keeps what the parties added', () => {
    const agreement = ready();
    const items = [
      { id: 'r1', who: 'both' as const, standard: 'beHonest' as const, text: '' },
      { id: 'r2', who: 'mentor' as const, standard: null, text: 'Introduces the mentee to the design guild' },
      { id: 'r3', who: 'mentee' as const, standard: 'prepare' as const, text: 'sends questions a day ahead' },
      { id: 'r4', who: 'mentor' as const, standard: null, text: '   ' },
    ];
    const model = buildAgreementDocument({ ...agreement, language: 'en', sections: { ...agreement.sections, responsibilities: { items } } }, { fingerprint: null });
    const blocks = model.sections.find((item) => item.id === 'responsibilities')!.blocks;
    expect(blocks.map((block) => blockTexts(block, say('en')))).toEqual([
      ['The mentor:', 'Introduces the mentee to the design guild'],
      ['The mentee:', 'prepares every meeting: sends questions a day ahead'],
      ['Each of us:', 'is honest, also when something isn’t going well'],
    ]);
  });

  it('leaves empty text out and says so when a section has nothing to say', () => {
    const agreement = ready();
    const model = buildAgreementDocument({
      ...agreement,
      language: 'en',
      sections: { purpose: { purpose: '  ', goals: [] }, duration: { start: null, end: null, review: null }, exit: { noFault: true, closingConversation: false, note: '' } },
    }, { fingerprint: null });
    const text = model.sections.map((section) => section.blocks.flatMap((block) => blockTexts(block, say('en'))));
    expect(text).toEqual([
      ['This section is still to be completed.'],
      ['This section is still to be completed.'],
      ['Each of us may end the mentoring at any time, without giving a reason and without blame.'],
    ]);
  });

  it('shows linked SMART goals by title, and formats dates in the document language', () => {
    const agreement = ready();
    const goals = [
      { id: 'g1', text: '', smartGoalId: 'smart-1' },
      { id: 'g2', text: 'Lead a retrospective', smartGoalId: 'smart-2' },
      { id: 'g3', text: '', smartGoalId: 'gone' },
    ];
    const model = buildAgreementDocument({
      ...agreement,
      sections: { ...agreement.sections, purpose: { purpose: 'Grow as a facilitator', goals }, duration: { start: '2026-03-02', end: '2026-09-02', review: null } },
    }, { fingerprint: null, smartGoalTitles: new Map([['smart-1', 'Give feedback monthly'], ['smart-2', 'Facilitate by June']]) });
    const [purpose, duration] = model.sections;
    expect(purpose!.blocks.flatMap((block) => blockTexts(block, say('nl')))).toEqual([
      'Doel van de mentoring: Grow as a facilitator',
      'We werken aan deze 2 doelen:',
      'Give feedback monthly',
      'Lead a retrospective (uitgewerkt als SMART-doel “Facilitate by June”)',
    ]);
    expect(blockTexts(duration!.blocks[0]!, say('nl'))).toEqual(['De mentoring loopt van 2 maart 2026 tot en met 2 september 2026.']);
  });

  it('gives every party a signature line: the name and date when signed, lines to sign on paper otherwise', () => {
    const agreement = ready();
    const model = buildAgreementDocument({ ...signedBy(agreement, 'Sam de Vries'), language: 'en' }, { fingerprint: 'A1B2-C3D4-E5F6' });
    const [mentor, mentee] = model.signatures.lines;
    expect(say('en')(mentor!.signed!.statement)).toBe('Signed by Sam de Vries on 3 March 2026');
    expect(mentee!.signed).toBeNull();
    expect(mentee!.name).toBe('Party 2');
    const text = markdown(model);
    expect(text).toContain('**Mentor**  \nSigned by Sam de Vries on 3 March 2026');
    expect(text).toMatch(/\*\*Mentee\*\* {2}\nName: Party 2 {2}\nDate: _+ {2}\nSignature: _+/);
  });

  it('ends with the fingerprint and the plain statement that this is not a legal signature', () => {
    const model = buildAgreementDocument({ ...ready(), language: 'en' }, { fingerprint: 'A1B2-C3D4-E5F6' });
    const text = markdown(model);
    expect(text).toContain('Fingerprint of this text: A1B2-C3D4-E5F6');
    expect(text.trimEnd().endsWith('*Signing records that we agree on these arrangements. It is not a legal signature, and this document is not a legally binding contract.*')).toBe(true);
    expect(markdown(buildAgreementDocument(ready(), { fingerprint: null }))).not.toContain('Vingerafdruk');
    expect(markdown(buildAgreementDocument(ready(), { fingerprint: 'A1B2-C3D4-E5F6' }))).toContain('Vingerafdruk van deze tekst: A1B2-C3D4-E5F6');
  });

  it('writes Markdown with the title, the parties, numbered section headings and lists', () => {
    const agreement = ready();
    const model = buildAgreementDocument({ ...agreement, title: 'Sam and Noor', language: 'en', parties: agreement.parties.map((party, index) => ({ ...party, contact: index === 0 ? 'sam@example.org' : '' })) }, { fingerprint: null });
    const text = markdown(model);
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 4)).toEqual(['# Sam and Noor', '## The parties', '## 1. Purpose and goals', '## 2. Duration']);
    expect(headings.at(-1)).toBe('## Signatures');
    expect(text).toContain('- **Mentor:** Party 1 (sam@example.org)\n- **Mentee:** Party 2\n');
    expect(text).toContain('We are working on this goal:\n\n- Feedback geven\n');
    expect(text).not.toMatch(/\n{3}/);
  });

  it('keeps what people type from turning into Markdown structure', () => {
    const agreement = ready();
    const model = buildAgreementDocument({ ...agreement, sections: { network: { offered: true, note: '# not a heading\n- not a list' } } }, { fingerprint: null });
    expect(markdown(model)).toContain('\\# not a heading  \n\\- not a list');
  });

  it('uses a default title per template when none is written', () => {
    const titles = TEMPLATE_IDS.map((template) => say('nl')(buildAgreementDocument(createFromTemplate(template, context()), { fingerprint: null }).title));
    expect(new Set(titles).size).toBe(TEMPLATE_IDS.length);
    expect(titles[0]).toBe('Mentoringovereenkomst');
  });
});

// Introduction messages: the default templates in both languages filled for real matches with
// no placeholder left, edited templates with unknown placeholders reported, and the links.
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../../../src/lib/i18n/all.ts';
import type { Locale } from '../../../../src/lib/i18n/locales.ts';
import { matchKey } from '../../../../src/lib/matcher/model.ts';
import { nameLookup, type MatchView } from '../../../../src/lib/matcher/result-view.ts';
import {
  defaultTemplate,
  fillTemplate,
  introduction,
  introductionKind,
  LINK_PATHS,
  PLACEHOLDERS,
  placeholderValues,
  siteLink,
  type IntroductionContext,
  type IntroductionKind,
} from '../../../../src/lib/matcher/tell/introduction.ts';
import { topReasons } from '../../../../src/lib/matcher/tell/reasons.ts';
import { en, nl, runProject } from './project.ts';

const run = runProject();
const names = nameLookup(run.participants);
const context = (locale: Locale): IntroductionContext => ({ locale, t: locale === 'nl' ? nl : en, names, origin: 'https://mentorkit.example', coordinator: 'Sanne Visser' });
const mentoring = run.matches.find((match) => match.ids.includes('1'))!;
const pair: MatchView = { ...mentoring, mentorId: null };
const group: MatchView = { ...mentoring, ids: ['1', '2', '5'], key: matchKey(['1', '2', '5']), mentorId: null };
const MATCHES: Readonly<Record<IntroductionKind, MatchView>> = { mentoring, pair, group };

describe('the default templates', () => {
  it('suit the match: a mentor and mentee, a peer pair, a group', () => {
    expect((Object.keys(MATCHES) as IntroductionKind[]).map((kind) => introductionKind(MATCHES[kind]))).toEqual(['mentoring', 'pair', 'group']);
  });

  it('use only known placeholders, and all that apply to them', () => {
    for (const t of [nl, en]) {
      for (const kind of ['mentoring', 'pair', 'group'] as const) {
        const { subject, body } = defaultTemplate(kind, t);
        const used = new Set(placeholdersOf(subject + body));
        for (const name of used) expect(PLACEHOLDERS, name).toContain(name);
        expect([...used].sort()).toEqual(
          (kind === 'mentoring' ? ['mentor', 'mentee'] : ['names']).concat(['reasons', 'firstSteps', 'agreementLink', 'smartLink', 'coordinator']).sort(),
        );
      }
    }
  });

  it('fill every placeholder in both languages, nothing empty, no {word} left', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const kind of ['mentoring', 'pair', 'group'] as const) {
        const message = introduction(defaultTemplate(kind, context(locale).t), MATCHES[kind], context(locale));
        expect(message.unknown, `${locale} ${kind}`).toEqual([]);
        expect(message.empty, `${locale} ${kind}`).toEqual([]);
        expect(message.subject.text + message.body.text).not.toMatch(/\{\w+\}/);
        expect(message.body.text).toContain('Sanne Visser');
        expect(message.body.text).toContain(`https://mentorkit.example${LINK_PATHS[locale].agreement}`);
        expect(message.body.text).toContain(`https://mentorkit.example${LINK_PATHS[locale].smart}`);
      }
    }
  });

  it('read as a Dutch and an English message for a mentor and mentee', () => {
    const dutch = introduction(defaultTemplate('mentoring', nl), mentoring, context('nl'));
    expect(dutch.subject.text).toBe('Kennismaking in het mentorprogramma: Renée Jansen en Joël de Vries');
    expect(dutch.body.text).toMatch(/^Beste Renée Jansen en Joël de Vries,\n\n/);
    expect(dutch.body.text).toContain('• Renée Jansen biedt Excel aan, wat Joël de Vries wil leren\n• Niveau van Renée Jansen');
    expect(dutch.body.text).toContain('https://mentorkit.example/nl/mentoringafspraken/');
    const english = introduction(defaultTemplate('group', en), group, context('en'));
    expect(english.subject.text).toBe('Your mentoring group: Renée Jansen, Joël de Vries and Anaïs "Ana" Çelik');
    expect(english.body.text).toContain('https://mentorkit.example/en/smart-goals/');
  });
});

describe('reasons', () => {
  it('are the main reason of the three strongest criteria that earned points', () => {
    const reasons = topReasons(mentoring.breakdown!);
    expect(reasons.map((reason) => reason.key)).toEqual(['matching.criterion.offerMeetsWant.covers', 'matching.criterion.levelGap.directed', 'matching.criterion.different.yes']);
    expect(topReasons(mentoring.breakdown!, 1)).toHaveLength(1);
  });

  it('are reported empty for a stored match without details', () => {
    const message = introduction(defaultTemplate('mentoring', nl), { ...mentoring, breakdown: null }, context('nl'));
    expect(message.empty).toEqual(['reasons']);
  });
});

describe('fillTemplate', () => {
  const values = placeholderValues(mentoring, context('nl'));

  it('leaves unknown placeholders visible and reports each once', () => {
    const filled = fillTemplate('Hoi {mentor}, {naam} en {Mentee} en {naam}', values);
    expect(filled.text).toBe('Hoi Renée Jansen, {naam} en {Mentee} en {naam}');
    expect(filled.unknown).toEqual(['naam', 'Mentee']);
  });

  it('fills in one pass: a value that looks like a placeholder stays as it is', () => {
    const filled = fillTemplate('{coordinator} / {mentor}', { ...values, coordinator: '{mentor}' });
    expect(filled.text).toBe('{mentor} / Renée Jansen');
    expect(filled.unknown).toEqual([]);
  });

  it('reports what does not apply: no mentor in a peer pair, no signature given', () => {
    const message = introduction(defaultTemplate('mentoring', nl), pair, { ...context('nl'), coordinator: '  ' });
    expect([...message.empty].sort()).toEqual(['coordinator', 'mentee', 'mentor']);
  });

  it('keeps text without placeholders, braces and all', () => {
    expect(fillTemplate('{ mentor } {} {1a-b}', values)).toEqual({ text: '{ mentor } {} {1a-b}', unknown: [], empty: [] });
  });
});

describe('siteLink', () => {
  it('makes a page absolute from an origin with or without a slash, or under a base path', () => {
    expect(siteLink('https://mentorkit.example', '/nl/smart-doelen/')).toBe('https://mentorkit.example/nl/smart-doelen/');
    expect(siteLink('https://mentorkit.example/', '/en/smart-goals/')).toBe('https://mentorkit.example/en/smart-goals/');
  });
});

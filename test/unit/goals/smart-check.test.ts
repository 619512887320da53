import { describe, expect, it } from 'vitest';
import type { SmartHintKey } from '../../../src/lib/goals/message-keys.ts';
import type { Locale, SmartAnswers, SmartLetter } from '../../../src/lib/goals/model.ts';
import { emptySmartAnswers, SMART_LETTERS } from '../../../src/lib/goals/model.ts';
import { checkSmart, summariseSmart } from '../../../src/lib/goals/smart/check.ts';
import type { SmartStatus } from '../../../src/lib/goals/smart/check.ts';
import { TODAY } from './fixtures.ts';

interface Row {
  name: string;
  statement: string;
  smart?: Partial<SmartAnswers>;
  targetDate?: string | null;
  locale?: Locale;
  today?: string;
  expect: Partial<Record<SmartLetter, SmartStatus>>;
  hints?: Partial<Record<SmartLetter, SmartHintKey>>;
  deadline?: string;
}

// The vague goals people really write: none of them may pass S, whether it is typed as the
// goal sentence (with the S field empty) or into the S field itself.
const VAGUE_NL: readonly string[] = [
  'Ik wil beter worden in feedback geven.',
  'Ik wil beter communiceren',
  'Meer overzicht krijgen',
  'Beter leren plannen',
  'Ik wil groeien als leidinggevende',
  'Ik wil mijn timemanagement verbeteren',
  'Meer rust in mijn hoofd',
  'Ik wil me verder ontwikkelen als projectleider',
  'Ik wil meer zichtbaar zijn in de organisatie',
  'Beter worden in presenteren voor grote groepen',
  'Werken aan mijn zelfvertrouwen in overleggen',
  'Ik wil beter leren delegeren aan mijn team',
  'Ik probeer vaker feedback te vragen aan collega\'s',
  'Meer leren over data-analyse',
  'Ik wil sterker worden in onderhandelen met leveranciers',
  'Ik ga me focussen op mijn persoonlijke ontwikkeling',
  'Ik wil meer initiatief nemen in het team',
];
const VAGUE_EN: readonly string[] = [
  'Improve my presentation skills',
  'Get better at giving feedback',
  'Be more confident in meetings',
  'I want to communicate better with my team',
  'Grow as a leader',
  'Develop my leadership skills',
  'Work on my time management',
  'Become a better listener',
  'Try to speak up more in meetings',
  'Learn more about data analysis',
  'Take more initiative in the team',
  'Improve communication with stakeholders',
  'Get better at planning my week',
  'Be more proactive at work',
  'Focus on my personal development',
  'I want to get better at delegating tasks to my team',
  'Network more within the company',
];
// Concrete goals, some starting from a vague phrase: they must still pass S.
const CONCRETE_NL: readonly string[] = [
  'Vóór 1 juni geef ik in elk teamoverleg één keer feedback aan een collega met het SBI-model',
  'Ik wil beter worden in feedback geven: na elk teamoverleg geef ik één collega feedback met het SBI-model',
  'Om beter te plannen blok ik elke maandag twee uur in mijn agenda voor de weekplanning',
  'Ik wil meer overzicht: elke vrijdag schrijf ik een lijst met mijn drie belangrijkste taken',
];
const CONCRETE_EN: readonly string[] = [
  'By 1 June I give one colleague feedback with the SBI model in every team meeting',
  'Get better at giving feedback: after each team meeting I give one colleague feedback using the SBI model',
  'Improve my presentation skills by giving three talks at the team meeting',
  'To be more confident in meetings I speak up at least twice in every team meeting',
];

const GOOD_ACHIEVABLE_NL = 'Ik heb elke week twee uur en steun van mijn teamleider.';
const GOOD_RELEVANT_NL = 'Dit helpt mij om volgend jaar teamleider te worden.';
const GOOD_ACHIEVABLE_EN = 'I have two hours a week and my manager supports it.';
const GOOD_RELEVANT_EN = 'This helps me become a team lead next year.';
const LONG_NL = 'Ik geef drie presentaties over ons klantproces vóór 1 maart 2027. '.repeat(150);
const LONG_EN = 'I give three presentations about our customer process by 1 March 2027. '.repeat(150);

const dutch: Row[] = [
  { name: 'vague: beter worden', statement: 'Beter worden in Excel',
    expect: { specific: 'weak', measurable: 'missing', timeBound: 'missing' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague: werken aan', statement: 'Werken aan mijn presentatievaardigheden',
    expect: { specific: 'weak', measurable: 'missing', timeBound: 'missing' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague: beter communiceren', statement: 'Ik ga beter communiceren met mijn team',
    expect: { specific: 'weak' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague topic that looks like a verb', statement: 'Ik word beter in plannen en organiseren',
    expect: { specific: 'weak' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'meer + verb, but nothing concrete', statement: 'Ik wil meer netwerken',
    expect: { specific: 'weak', measurable: 'missing' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague start rescued by concrete action', statement: 'Ik wil verbeteren hoe ik feedback geef: binnen twee maanden vraag ik vier collega\'s om feedback.',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
  { name: 'fully SMART statement', statement: 'Ik geef vóór 1 maart drie presentaties in het teamoverleg.',
    smart: { achievable: GOOD_ACHIEVABLE_NL, relevant: GOOD_RELEVANT_NL },
    expect: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'met', timeBound: 'met' }, deadline: '2027-03-01' },
  { name: 'digits as measure, day-month without year', statement: 'Ik geef voor 1 maart 3 presentaties aan nieuwe collega\'s',
    expect: { measurable: 'met', timeBound: 'met' }, hints: { timeBound: 'goals.smart.timeBound.metSuggestTargetDateFromStatement' }, deadline: '2027-03-01' },
  { name: 'number inside the deadline is not a measure', statement: 'Ik rond binnen drie maanden de cursus projectmanagement af',
    expect: { specific: 'met', measurable: 'missing', timeBound: 'met' } },
  { name: 'measure and relative deadline', statement: 'Binnen 6 weken schrijf ik twee blogs voor het intranet',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-01-04' },
  { name: 'observable result and quarter', statement: 'Ik haal mijn certificaat Scrum Master voor eind Q2',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-06-30' },
  { name: 'past year', statement: 'Ik behaal het certificaat vóór eind 2025',
    expect: { measurable: 'met', timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.pastDateFromStatement' } },
  { name: 'past numeric date', statement: 'Ik lever het rapport op vóór 1-3-2025 aan de directie',
    expect: { timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.pastDateFromStatement' } },
  { name: '1 maart after 1 maart this year → next year', statement: 'Voor 1 maart presenteer ik mijn plan aan het team',
    today: '2027-03-15', expect: { timeBound: 'met' }, deadline: '2028-03-01' },
  { name: 'einde van het jaar', statement: 'Ik voer twaalf gesprekken met klanten voor het einde van het jaar',
    expect: { measurable: 'met', timeBound: 'met' }, deadline: '2026-12-31' },
  { name: 'percentage', statement: 'Ik verhoog de klanttevredenheid van mijn team naar 80% binnen een half jaar',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
  { name: 'over twee weken + number word', statement: 'Over twee weken bel ik vijf oud-collega\'s voor advies',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2026-12-07' },
  { name: 'emojis', statement: '🎯 Ik geef 3 presentaties 🚀 vóór 1 april 2027 💪',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-04-01' },
  { name: 'empty goal', statement: '',
    expect: { specific: 'missing', measurable: 'missing', achievable: 'missing', relevant: 'missing', timeBound: 'missing' } },
  { name: 'date only in the target field', statement: 'Ik schrijf vier artikelen voor het intranet', targetDate: '2027-02-01',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, hints: { timeBound: 'goals.smart.timeBound.met' }, deadline: '2027-02-01' },
  { name: 'target date in the past', statement: 'Ik schrijf vier artikelen voor het intranet', targetDate: '2026-01-01',
    expect: { timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.pastTargetDate' } },
  { name: 'deadline in the T answer', statement: 'Ik schrijf vier artikelen voor het intranet', smart: { timeBound: 'Binnen zes weken' },
    expect: { timeBound: 'met' }, deadline: '2027-01-04' },
  { name: 'T answer without a date', statement: 'Ik schrijf vier artikelen voor het intranet', smart: { timeBound: 'Zo snel mogelijk' },
    expect: { timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.noDate' } },
  { name: 'in 2027', statement: 'Ik lees vijf vakboeken over leiderschap in 2027',
    expect: { measurable: 'met', timeBound: 'met' }, deadline: '2027-12-31' },
  { name: 'dd/mm/yyyy is day-first in Dutch', statement: 'Ik lever de handleiding op voor 01/03/2027',
    expect: { timeBound: 'met' }, deadline: '2027-03-01' },
  { name: 'ordinal quarter with year', statement: 'In het tweede kwartaal 2027 leid ik twee teamoverleggen',
    expect: { measurable: 'met', timeBound: 'met' }, deadline: '2027-06-30' },
  { name: 'frequency is measurable', statement: 'Ik spreek maandelijks af met mijn mentor om mijn voortgang te bespreken',
    expect: { specific: 'met', measurable: 'met', timeBound: 'missing' } },
  { name: 'measure from the M answer', statement: 'Ik organiseer kennissessies voor mijn afdeling', smart: { measurable: 'Zes sessies met elk minstens tien deelnemers' },
    expect: { measurable: 'met' } },
  { name: 'M answer without a measure', statement: 'Ik organiseer kennissessies voor mijn afdeling', smart: { measurable: 'Als het goed voelt' },
    expect: { measurable: 'weak' }, hints: { measurable: 'goals.smart.measurable.noMeasure' } },
  { name: 'month and year', statement: 'Ik plan in mei 2027 drie kennissessies voor nieuwe collega\'s',
    expect: { measurable: 'met', timeBound: 'met' }, deadline: '2027-05-31' },
  { name: 'no action verb, portfolio as result', statement: 'Eind maart heb ik mijn portfolio helemaal af',
    expect: { specific: 'weak', measurable: 'met', timeBound: 'met' }, hints: { specific: 'goals.smart.specific.noActionVerbFromStatement' }, deadline: '2027-03-31' },
  { name: 'being, not doing', statement: 'Ik wil binnen een jaar teamleider zijn',
    expect: { specific: 'weak', measurable: 'missing', timeBound: 'met' }, hints: { specific: 'goals.smart.specific.noActionVerbFromStatement' } },
  { name: 'before Christmas (Dutch)', statement: 'Vóór de kerst organiseer ik een lunch voor tien nieuwe collega\'s',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2026-12-25' },
  { name: 'stressed één is a count', statement: 'Ik geef elke maand één presentatie aan het managementteam',
    expect: { measurable: 'met' } },
  { name: 'one-word A and R answers', statement: 'Ik geef drie presentaties', smart: { achievable: 'Ja', relevant: 'Belangrijk' },
    expect: { specific: 'weak', achievable: 'weak', relevant: 'weak' }, hints: { achievable: 'goals.smart.achievable.tooShort', relevant: 'goals.smart.relevant.tooShort' } },
  { name: 'full A and R answers', statement: 'Ik geef drie presentaties', smart: { achievable: GOOD_ACHIEVABLE_NL, relevant: GOOD_RELEVANT_NL },
    expect: { achievable: 'met', relevant: 'met' } },
  { name: 'Dutch goal with English locale', statement: 'Ik geef twee workshops voor nieuwe collega\'s binnen 6 weken', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
  { name: 'written as the finished result (participle)', statement: 'Vóór 1 juni 2027 heb ik 5 klanten gesproken over hun ervaringen',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-06-01' },
  { name: 'noun that is also an English verb', statement: 'Ik wil een goede mentor zijn voor mijn mentee',
    expect: { specific: 'weak' }, hints: { specific: 'goals.smart.specific.noActionVerbFromStatement' } },
  { name: 'very long Dutch text', statement: LONG_NL.slice(0, 2000),
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
];

const english: Row[] = [
  { name: 'vague: improve skills', statement: 'Improve my presentation skills', locale: 'en',
    expect: { specific: 'weak', measurable: 'missing', timeBound: 'missing' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague: get better at', statement: 'Get better at Excel', locale: 'en',
    expect: { specific: 'weak', measurable: 'missing' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague: work on', statement: 'Work on my network', locale: 'en',
    expect: { specific: 'weak' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague: be more', statement: 'Be more confident', locale: 'en',
    expect: { specific: 'weak', measurable: 'missing' }, hints: { specific: 'goals.smart.specific.vagueFromStatement' } },
  { name: 'vague start rescued by concrete action', statement: 'Improve my presentation skills by giving three talks within 8 weeks', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
  { name: 'fully SMART statement', statement: 'Give three presentations to my team by 1 March.', locale: 'en',
    smart: { achievable: GOOD_ACHIEVABLE_EN, relevant: GOOD_RELEVANT_EN },
    expect: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'met', timeBound: 'met' }, deadline: '2027-03-01' },
  { name: 'before March 1st', statement: 'Give 3 presentations to new colleagues before March 1st', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-03-01' },
  { name: 'within 3 months is a deadline, not a measure', statement: 'Complete the project management course within 3 months', locale: 'en',
    expect: { specific: 'met', measurable: 'missing', timeBound: 'met' } },
  { name: '3 presentations is a measure', statement: 'Give 3 presentations to the board within 3 months', locale: 'en',
    expect: { measurable: 'met', timeBound: 'met' }, deadline: '2027-02-23' },
  { name: 'number word and in three months', statement: 'Publish five blog posts on the intranet in three months', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
  { name: 'certification by end of Q2', statement: 'Pass the Scrum Master certification exam by the end of Q2', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-06-30' },
  { name: 'past year', statement: 'Earn my project management certificate by the end of 2025', locale: 'en',
    expect: { measurable: 'met', timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.pastDateFromStatement' } },
  { name: 'past ISO date', statement: 'Deliver the onboarding report before 2025-06-01', locale: 'en',
    expect: { timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.pastDateFromStatement' } },
  { name: 'percentage', statement: 'Raise customer satisfaction in my team to 80% within half a year', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-05-23' },
  { name: 'end of the year', statement: 'Hold ten customer interviews by the end of the year', locale: 'en',
    expect: { measurable: 'met', timeBound: 'met' }, deadline: '2026-12-31' },
  { name: 'in 2027', statement: 'Read four books about leadership in 2027', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-12-31' },
  { name: 'English goal with Dutch locale', statement: 'Give two workshops for new colleagues within 6 weeks', locale: 'nl',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-01-04' },
  { name: 'emojis', statement: '📊 Build 2 dashboards for sales 📈 by March 31, 2027 ✅', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-03-31' },
  { name: 'whitespace only', statement: '   \n\t ', locale: 'en',
    expect: { specific: 'missing', measurable: 'missing', achievable: 'missing', relevant: 'missing', timeBound: 'missing' } },
  { name: 'date only in the target field', statement: 'Write four articles for the intranet newsletter', targetDate: '2027-02-01', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-02-01' },
  { name: 'target date in the past', statement: 'Write four articles for the intranet newsletter', targetDate: '2026-11-22', locale: 'en',
    expect: { timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.pastTargetDate' } },
  { name: 'target date today is fine', statement: 'Write four articles for the intranet newsletter', targetDate: TODAY, locale: 'en',
    expect: { timeBound: 'met' } },
  { name: 'T answer without a date', statement: 'Write four articles for the intranet newsletter', smart: { timeBound: 'As soon as possible' }, locale: 'en',
    expect: { timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.noDate' } },
  { name: 'frequency is measurable', statement: 'Meet my mentor monthly to review my progress', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'missing' } },
  { name: 'too short', statement: 'Learn Spanish', locale: 'en',
    expect: { specific: 'weak' }, hints: { specific: 'goals.smart.specific.tooShortFromStatement' } },
  { name: 'being, not doing', statement: 'I want to be a team lead within a year', locale: 'en',
    expect: { specific: 'weak', timeBound: 'met' }, hints: { specific: 'goals.smart.specific.noActionVerbFromStatement' } },
  { name: 'quarter with year', statement: 'Run two workshops for the sales team in Q1 2027', locale: 'en',
    expect: { measurable: 'met', timeBound: 'met' }, deadline: '2027-03-31' },
  { name: 'quarter in a past year', statement: 'Run two workshops for the sales team in Q1 2025', locale: 'en',
    expect: { timeBound: 'weak' }, hints: { timeBound: 'goals.smart.timeBound.pastDateFromStatement' } },
  { name: '1 March after 1 March this year → next year', statement: 'Present my plan to the board by 1 March', locale: 'en', today: '2027-03-15',
    expect: { timeBound: 'met' }, deadline: '2028-03-01' },
  { name: 'over the next two months', statement: 'Shadow three senior colleagues over the next two months', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2027-01-23' },
  { name: 'before Christmas', statement: 'Organise a lunch for ten new colleagues before Christmas', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' }, deadline: '2026-12-25' },
  { name: 'day-first numeric date in (British) English', statement: 'Submit the budget proposal by 01/03/2027', locale: 'en',
    expect: { timeBound: 'met' }, deadline: '2027-03-01' },
  { name: 'one-word A and R answers', statement: 'Give three talks', smart: { achievable: 'Yes', relevant: 'Important' }, locale: 'en',
    expect: { achievable: 'weak', relevant: 'weak' } },
  { name: 'empty A, full R', statement: 'Give three talks', smart: { achievable: '', relevant: GOOD_RELEVANT_EN }, locale: 'en',
    expect: { achievable: 'missing', relevant: 'met' }, hints: { achievable: 'goals.smart.achievable.missing' } },
  { name: 'observable result without number', statement: 'Get my promotion proposal approved by the end of March', locale: 'en',
    expect: { measurable: 'met', timeBound: 'met' } },
  { name: 'mentor as a verb', statement: 'Mentor two junior colleagues within six months', locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
  { name: 'very long English text', statement: LONG_EN.slice(0, 2000), locale: 'en',
    expect: { specific: 'met', measurable: 'met', timeBound: 'met' } },
];

function run(row: Row) {
  return checkSmart(
    { statement: row.statement, smart: { ...emptySmartAnswers(), ...row.smart }, targetDate: row.targetDate ?? null },
    { locale: row.locale ?? 'nl', today: row.today ?? TODAY },
  );
}

describe('checkSmart table', () => {
  it('has at least 60 rows, about half in each language', () => {
    expect(dutch.length + english.length).toBeGreaterThanOrEqual(60);
    expect(Math.abs(dutch.length - english.length)).toBeLessThanOrEqual(6);
  });

  it.each([...dutch.map((row) => ({ language: 'nl', ...row })), ...english.map((row) => ({ language: 'en', ...row }))])(
    '[$language] $name',
    (row) => {
      const result = run(row);
      for (const [letter, status] of Object.entries(row.expect) as [SmartLetter, SmartStatus][]) {
        expect({ letter, status: result[letter].status, hint: result[letter].hint.key }).toMatchObject({ letter, status });
      }
      for (const [letter, key] of Object.entries(row.hints ?? {}) as [SmartLetter, SmartHintKey][]) {
        expect({ letter, hint: result[letter].hint.key }).toEqual({ letter, hint: key });
      }
      if (row.deadline !== undefined) expect(result.timeBound.hint.params['isoDate']).toBe(row.deadline);
    },
  );
});

describe('vague goals need something concrete', () => {
  const withLocale = (texts: readonly string[], locale: Locale) => texts.map((text) => ({ text, locale }));
  const vague = [...withLocale(VAGUE_NL, 'nl'), ...withLocale(VAGUE_EN, 'en')];
  const concrete = [...withLocale(CONCRETE_NL, 'nl'), ...withLocale(CONCRETE_EN, 'en')];

  it('has at least 15 vague goals per language', () => {
    expect(VAGUE_NL.length).toBeGreaterThanOrEqual(15);
    expect(VAGUE_EN.length).toBeGreaterThanOrEqual(15);
  });

  it.each(vague)('[$locale] as the goal sentence, S is not met: $text', ({ text, locale }) => {
    const result = run({ name: '', statement: text, locale, expect: {} });
    expect(result.specific.status).toBe('weak');
    expect(result.specific.source).toBe('statement');
    expect(result.specific.hint.key).toMatch(/FromStatement$/);
  });

  it.each(vague)('[$locale] in the S field, S is not met: $text', ({ text, locale }) => {
    const result = run({ name: '', statement: '', smart: { specific: text }, locale, expect: {} });
    expect(result.specific.status).toBe('weak');
    expect(result.specific.source).toBe('answer');
    expect(result.specific.hint.key).not.toMatch(/FromStatement$/);
  });

  it.each(concrete)('[$locale] a concrete goal passes S, in the sentence and in the field: $text', ({ text, locale }) => {
    expect(run({ name: '', statement: text, locale, expect: {} }).specific.status).toBe('met');
    expect(run({ name: '', statement: '', smart: { specific: text }, locale, expect: {} }).specific.status).toBe('met');
  });

  it('quotes the vague phrase with its topic', () => {
    const result = run({ name: '', statement: 'Ik wil beter worden in feedback geven.', expect: {} });
    expect(result.specific.hint).toEqual({ key: 'goals.smart.specific.vagueFromStatement', params: { phrase: 'beter worden in feedback geven' } });
  });
});

describe('where a verdict comes from', () => {
  const concrete = 'Ik geef vóór 1 maart 2027 drie presentaties in het teamoverleg.';

  it('a verdict drawn from the goal sentence, with the field empty, says so', () => {
    const result = run({ name: '', statement: concrete, expect: {} });
    expect(result.specific).toMatchObject({ status: 'met', source: 'statement', hint: { key: 'goals.smart.specific.metFromStatement' } });
    expect(result.measurable).toMatchObject({ status: 'met', source: 'statement', hint: { key: 'goals.smart.measurable.metFromStatement' } });
    expect(result.timeBound).toMatchObject({ status: 'met', source: 'statement' });
  });

  it('a field with an answer is judged as the answer', () => {
    const result = run({ name: '', statement: concrete, smart: { specific: 'Over ons klantproces', measurable: 'Drie keer', timeBound: 'Vóór 1 maart 2027' }, expect: {} });
    expect(result.specific).toMatchObject({ status: 'met', source: 'answer', hint: { key: 'goals.smart.specific.met' } });
    expect(result.measurable).toMatchObject({ status: 'met', source: 'answer', hint: { key: 'goals.smart.measurable.met' } });
    expect(result.timeBound.source).toBe('answer');
  });

  it('the target date is its own source; an empty goal is missing from the answer', () => {
    const dated = run({ name: '', statement: 'Ik schrijf vier artikelen', targetDate: '2027-02-01', expect: {} });
    expect(dated.timeBound).toMatchObject({ status: 'met', source: 'targetDate' });
    const empty = run({ name: '', statement: '', expect: {} });
    for (const letter of SMART_LETTERS) expect(empty[letter].source).toBe('answer');
  });
});

describe('checkSmart details', () => {
  it('puts the vague phrase and the found evidence in the hint params', () => {
    const result = run({ name: '', statement: 'Beter worden in Excel', expect: {} });
    expect(result.specific.hint.params).toEqual({ phrase: 'Beter worden in Excel' });
    expect(result.specific.hint.key).toBe('goals.smart.specific.vagueFromStatement');
    const stressed = run({ name: '', statement: 'Ik geef één presentatie per maand', expect: {} });
    expect(stressed.measurable.hint.params).toEqual({ evidence: 'één' });
    const measured = run({ name: '', statement: 'Give 3 presentations within 3 months', locale: 'en', expect: {} });
    expect(measured.measurable.hint.params).toEqual({ evidence: '3' });
  });

  it('formats the deadline for the locale and keeps the ISO date', () => {
    const nl = run({ name: '', statement: 'Ik geef drie presentaties vóór 1 maart', expect: {} });
    expect(nl.timeBound.hint.params).toEqual({ date: '1 maart 2027', isoDate: '2027-03-01' });
    const en = run({ name: '', statement: 'Ik geef drie presentaties vóór 1 maart', locale: 'en', expect: {} });
    expect(en.timeBound.hint.params).toEqual({ date: '1 March 2027', isoDate: '2027-03-01' });
  });

  it('ignores a target date that is not a real date', () => {
    const result = run({ name: '', statement: 'Ik schrijf vier artikelen', targetDate: 'soon', expect: {} });
    expect(result.timeBound.status).toBe('missing');
  });

  it('summarises the five verdicts', () => {
    const result = run({ name: '', statement: 'Ik geef vóór 1 maart drie presentaties in het teamoverleg.', expect: {} });
    expect(summariseSmart(result)).toEqual({ met: 3, weak: 0, missing: 2 });
    expect(Object.keys(result)).toEqual([...SMART_LETTERS]);
  });

  it('stays fast on a 2000-character statement', () => {
    const start = performance.now();
    for (let i = 0; i < 20; i += 1) run({ name: '', statement: LONG_NL.slice(0, 2000), expect: {} });
    // Generous bound: only guards against catastrophic regex backtracking.
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

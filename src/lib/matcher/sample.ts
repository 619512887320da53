// The sample participant list behind "try the sample data": a fictional organisation of 36
// people (Dutch and English names), a director, six managers and their teams (three levels of
// reporting lines), departments, languages, what each offers and wants to learn, capacities
// and a few nominations — enough for every criterion and rule to have something to do. The
// people are the same in both languages; departments, skills and languages are in the page's.
// Tuned for the default programme (career mentoring): every mentee has a mentor outside their
// reporting line, two or three levels up, who offers what they want to learn, and the mentor
// places are one short. So a first run shows good matches and three people left over, each for
// another reason: the director (everyone is in her line), a colleague who only speaks Polish,
// and a junior whose one fitting mentor is full. test/unit/matcher/sample.test.ts holds it to that.
import type { Translate } from '../i18n/message.ts';
import type { Locale } from '../i18n/locales.ts';
import { templateHeaders } from './import/templates.ts';

type Words = Readonly<Record<Locale, string>>;

const DEPARTMENTS = {
  board: { nl: 'Directie', en: 'Management' },
  finance: { nl: 'Financiën', en: 'Finance' },
  hr: { nl: 'HR', en: 'HR' },
  it: { nl: 'ICT', en: 'IT' },
  service: { nl: 'Klantenservice', en: 'Customer service' },
  marketing: { nl: 'Marketing', en: 'Marketing' },
  legal: { nl: 'Juridische zaken', en: 'Legal' },
} as const satisfies Record<string, Words>;

const LANGUAGES = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  de: { nl: 'Duits', en: 'German' },
  fr: { nl: 'Frans', en: 'French' },
  tr: { nl: 'Turks', en: 'Turkish' },
  ar: { nl: 'Arabisch', en: 'Arabic' },
  pl: { nl: 'Pools', en: 'Polish' },
} as const satisfies Record<string, Words>;

const SKILLS = {
  strategy: { nl: 'Strategie', en: 'Strategy' },
  leadership: { nl: 'Leidinggeven', en: 'Leadership' },
  budgeting: { nl: 'Begroten', en: 'Budgeting' },
  excel: { nl: 'Excel', en: 'Excel' },
  coaching: { nl: 'Coaching', en: 'Coaching' },
  feedback: { nl: 'Feedback geven', en: 'Giving feedback' },
  python: { nl: 'Python', en: 'Python' },
  architecture: { nl: 'Architectuur', en: 'Architecture' },
  presenting: { nl: 'Presenteren', en: 'Presenting' },
  recruiting: { nl: 'Werving', en: 'Recruiting' },
  customers: { nl: 'Klantgesprekken', en: 'Customer conversations' },
  complaints: { nl: 'Omgaan met klachten', en: 'Handling complaints' },
  writing: { nl: 'Schrijven', en: 'Writing' },
  campaigns: { nl: 'Campagnes', en: 'Campaigns' },
  contracts: { nl: 'Contracten', en: 'Contracts' },
  negotiating: { nl: 'Onderhandelen', en: 'Negotiating' },
  planning: { nl: 'Plannen', en: 'Planning' },
  testing: { nl: 'Testautomatisering', en: 'Test automation' },
} as const satisfies Record<string, Words>;

type Department = keyof typeof DEPARTMENTS;
type Language = keyof typeof LANGUAGES;
type Skill = keyof typeof SKILLS;
type Role = 'mentor' | 'mentee' | 'both';

const ROLES: Readonly<Record<Role, Words>> = {
  mentor: { nl: 'mentor', en: 'mentor' },
  mentee: { nl: 'mentee', en: 'mentee' },
  both: { nl: 'beide', en: 'both' },
};

interface SamplePerson {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly department: Department;
  readonly manager: string | null;
  readonly languages: readonly Language[];
  readonly offers: readonly Skill[];
  readonly wants: readonly Skill[];
  readonly level: number;
  readonly capacity: number | null;
  readonly prefers: readonly string[];
  readonly timeZone: string;
}

const p = (
  id: string, name: string, role: Role, department: Department, manager: string | null, languages: readonly Language[],
  offers: readonly Skill[], wants: readonly Skill[], level: number, capacity: number | null = null, prefers: readonly string[] = [], timeZone = '+1',
): SamplePerson => ({ id, name, role, department, manager, languages, offers, wants, level, capacity, prefers, timeZone });

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  // The director: everyone else is in her reporting line, so she is left without a mentee.
  p('S01', 'Renée Jansen', 'mentor', 'board', null, ['nl', 'en'], ['strategy', 'leadership'], [], 9, 1),
  p('S02', 'Joël de Vries', 'mentor', 'finance', 'S01', ['nl', 'en'], ['budgeting', 'excel', 'strategy'], ['leadership'], 7, 1),
  p('S03', 'Zoë Bakker', 'mentor', 'hr', 'S01', ['nl', 'en', 'de'], ['coaching', 'feedback', 'leadership'], [], 7, 3),
  p('S04', 'Daniel Hughes', 'mentor', 'it', 'S01', ['en', 'nl'], ['architecture', 'python', 'leadership'], ['presenting'], 7, 2, [], '0'),
  p('S05', 'Mehmet Demir', 'mentor', 'service', 'S01', ['nl', 'tr', 'en'], ['customers', 'complaints', 'leadership'], [], 6, 2),
  p('S06', 'Inès Dubois', 'mentor', 'marketing', 'S01', ['fr', 'en', 'nl'], ['campaigns', 'writing', 'presenting'], [], 6, 2),
  p('S07', 'Ruud Vermeulen', 'mentor', 'legal', 'S01', ['nl', 'en'], ['contracts', 'negotiating'], [], 6, 2),
  p('S08', 'Jürgen Müller', 'mentor', 'finance', 'S02', ['de', 'en'], ['budgeting', 'excel'], ['presenting'], 5, 1),
  p('S09', 'Fenna van den Berg', 'mentee', 'finance', 'S02', ['nl', 'en'], [], ['excel', 'budgeting'], 2, null, ['S08']),
  p('S10', 'Chloé Martin', 'mentee', 'finance', 'S02', ['fr', 'en'], [], ['python'], 2),
  p('S11', 'Sophie Clarke', 'both', 'finance', 'S02', ['en', 'nl'], ['planning'], ['leadership', 'coaching'], 4, 1, [], '0'),
  p('S12', 'Anaïs Çelik', 'both', 'hr', 'S03', ['nl', 'fr', 'tr'], ['recruiting'], ['leadership'], 4, 1, ['S05']),
  p('S13', 'Lotte Hendriks', 'mentee', 'hr', 'S03', ['nl', 'en'], [], ['negotiating', 'contracts'], 3, null, ['S07']),
  p('S14', 'Fleur Jacobs', 'mentee', 'hr', 'S12', ['nl', 'fr'], [], ['writing'], 2),
  p('S15', 'Oliver Bennett', 'mentee', 'hr', 'S03', ['en'], [], ['complaints', 'customers'], 3, null, [], '0'),
  p('S16', 'Søren Visser', 'mentor', 'it', 'S04', ['nl', 'en'], ['python', 'testing'], ['leadership'], 5, 2),
  p('S17', 'Bram de Jong', 'both', 'it', 'S04', ['nl', 'en'], ['testing'], ['architecture'], 3, 1),
  p('S18', 'Daan Smit', 'mentee', 'it', 'S16', ['nl', 'en'], [], ['architecture', 'testing'], 2, null, ['S21']),
  p('S19', 'Eliška Nováková', 'mentee', 'it', 'S16', ['en'], [], ['presenting', 'python'], 3),
  p('S20', 'Wouter Bos', 'mentee', 'it', 'S17', ['nl'], [], ['testing', 'python'], 2, null, ['S16']),
  p('S21', 'Emma Thompson', 'mentor', 'it', 'S04', ['en', 'de'], ['architecture', 'testing'], [], 5, 2, [], '0'),
  p('S22', 'Sanne Mulder', 'mentee', 'service', 'S05', ['nl'], [], ['planning'], 2),
  p('S23', 'Thijs Peters', 'both', 'service', 'S05', ['nl', 'en'], ['complaints'], ['leadership', 'feedback'], 4, 1, ['S03']),
  p('S24', 'Hüseyin Kaya', 'mentee', 'service', 'S23', ['nl', 'tr'], [], ['planning'], 1),
  // Only Polish, which no mentor speaks: the shared-language rule leaves her no one.
  p('S25', 'Agnieszka Kowalska', 'mentee', 'service', 'S05', ['pl'], [], ['customers', 'presenting'], 2),
  p('S26', 'Noor El Amrani', 'mentee', 'marketing', 'S06', ['nl', 'ar', 'en'], [], ['writing', 'presenting'], 2),
  p('S27', 'Koen van Dijk', 'both', 'marketing', 'S06', ['nl'], ['presenting'], ['leadership', 'feedback'], 4, 1),
  p('S28', 'Amélie Laurent', 'mentor', 'marketing', 'S06', ['fr', 'en'], ['writing', 'presenting'], [], 4, 3),
  // Nominates her manager's manager, whom the reporting-line rule keeps from her.
  p('S29', 'Hannah Wright', 'mentee', 'marketing', 'S27', ['en'], [], ['campaigns', 'writing'], 1, null, ['S06'], '0'),
  p('S30', 'Iris Kok', 'mentee', 'legal', 'S07', ['nl', 'en'], [], ['presenting', 'writing'], 3),
  p('S31', 'Pieter Willems', 'mentee', 'legal', 'S07', ['nl'], [], ['leadership'], 4),
  p('S32', 'James O\'Connor', 'mentee', 'legal', 'S07', ['en'], [], ['leadership'], 4, null, [], '0'),
  p('S33', 'Yasmin Bouzid', 'mentee', 'finance', 'S08', ['nl', 'ar', 'fr'], [], ['writing'], 1),
  p('S34', 'Lars Hoekstra', 'mentor', 'it', 'S16', ['nl', 'de'], ['planning', 'python'], [], 4, 2),
  p('S35', 'Grace Miller', 'mentee', 'service', 'S23', ['en'], [], ['negotiating', 'complaints'], 3, null, [], '-5'),
  p('S36', 'Marloes de Boer', 'both', 'board', 'S01', ['nl', 'en'], ['planning', 'feedback'], ['strategy', 'budgeting'], 5, 1),
];

/** The sample as an imported table: the template's headers in the page's language and one row per person. */
export function sampleTable(locale: Locale, t: Translate): { headers: string[]; rows: string[][] } {
  const list = <K extends string>(words: Readonly<Record<K, Words>>, keys: readonly K[]) => keys.map((key) => words[key][locale]).join(', ');
  const nameOf = new Map(SAMPLE_PEOPLE.map((person) => [person.id, person.name]));
  const rows = SAMPLE_PEOPLE.map((person) => [
    person.id,
    person.name,
    ROLES[person.role][locale],
    DEPARTMENTS[person.department][locale],
    person.manager ?? '',
    list(LANGUAGES, person.languages),
    list(SKILLS, person.offers),
    list(SKILLS, person.wants),
    String(person.level),
    person.capacity === null ? '' : String(person.capacity),
    // Nominations by name, as a coordinator collects them from a questionnaire.
    person.prefers.map((id) => nameOf.get(id) ?? id).join(', '),
    person.timeZone,
  ]);
  return { headers: templateHeaders(t), rows };
}

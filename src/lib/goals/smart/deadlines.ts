import { addDays, addMonths, endOfMonth, endOfQuarter, isBefore, isoWeekday, toIsoDate, yearOf } from '../dates.ts';
import type { IsoDate, Locale } from '../model.ts';
import { alternation, normaliseText, wholeWords } from './text.ts';
import { MONTH_NUMBERS, NUMBER_WORD_SOURCE, numberWordValue } from './words.ts';

// Finds deadlines written in Dutch or English and resolves each to a calendar date.
// Both languages are always tried. Numeric dates such as 01/03/2027 are read day-first in
// both locales (the site writes Dutch and British English); month-first only when that is
// the sole real date (03/13/2027).

export interface DeadlineOptions {
  locale: Locale;
  today: IsoDate;
}

export interface DeadlineMatch {
  /** Offsets into the normalised text (see normaliseText). */
  start: number;
  end: number;
  date: IsoDate;
  /** Only a date with a written year can lie in the past; "1 maart" means the next 1 March. */
  explicitYear: boolean;
}

type Resolved = { date: IsoDate; explicitYear: boolean } | null;
type Groups = readonly (string | undefined)[];
interface Pattern {
  regex: RegExp;
  resolve: (groups: Groups, options: DeadlineOptions) => Resolved;
}

const MONTH = `(${alternation(Object.keys(MONTH_NUMBERS))})\\.?`;
const DAY = '(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const STARTING = ['voor', 'before', 'begin', 'start of', 'early', 'vanaf'];
const MIDDLE = ['medio', 'mid', 'halverwege'];
const UNIT = '(dagen|dag|days|day|weken|week|weeks|maanden|maand|months|month|jaren|jaar|years|year|kwartalen|kwartaal|quarters|quarter)';
// Also ordinary words or names: "may", "Jan", "mar".
const AMBIGUOUS_MONTHS = new Set(['may', 'jan', 'mar']);
const NEXT_WORDS = new Set(['volgend', 'volgende', 'next', 'komend', 'komende', 'coming']);
const ORDINAL_QUARTERS: Readonly<Record<string, number>> = {
  eerste: 1, '1e': 1, '1ste': 1, first: 1, '1st': 1,
  tweede: 2, '2e': 2, '2de': 2, second: 2, '2nd': 2,
  derde: 3, '3e': 3, '3de': 3, third: 3, '3rd': 3,
  vierde: 4, '4e': 4, '4de': 4, fourth: 4, '4th': 4,
};

function month(name: string | undefined): number {
  return MONTH_NUMBERS[name ?? ''] ?? 0;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** The first date on or after today built by `build(year)`; handles 29 February. */
function nextOccurrence(today: IsoDate, build: (year: number) => IsoDate | null): IsoDate | null {
  const thisYear = yearOf(today);
  for (let year = thisYear; year <= thisYear + 8; year += 1) {
    const date = build(year);
    if (date !== null && !isBefore(date, today)) return date;
  }
  return null;
}

function explicit(date: IsoDate | null): Resolved {
  return date === null ? null : { date, explicitYear: true };
}

function upcoming(date: IsoDate | null): Resolved {
  return date === null ? null : { date, explicitYear: false };
}

function dayMonth(day: number, monthNumber: number, yearText: string | undefined, today: IsoDate): Resolved {
  if (yearText !== undefined) return explicit(toIsoDate(fullYear(yearText), monthNumber, day));
  return upcoming(nextOccurrence(today, (year) => toIsoDate(year, monthNumber, day)));
}

function monthBoundary(monthNumber: number, prefix: string | undefined, year: number): IsoDate | null {
  const normalisedPrefix = prefix?.replace(/\s+/g, ' ');
  if (normalisedPrefix !== undefined && STARTING.includes(normalisedPrefix)) return toIsoDate(year, monthNumber, 1);
  if (normalisedPrefix !== undefined && MIDDLE.includes(normalisedPrefix)) return toIsoDate(year, monthNumber, 15);
  return endOfMonth(year, monthNumber);
}

function quarterEnd(quarter: number, yearText: string | undefined, today: IsoDate): Resolved {
  if (yearText !== undefined) return explicit(endOfQuarter(Number(yearText), quarter));
  return upcoming(nextOccurrence(today, (year) => endOfQuarter(year, quarter)));
}

function endOfPeriod(unit: string, today: IsoDate, periodsAhead: number): IsoDate {
  const year = yearOf(today);
  const monthNumber = Number(today.slice(5, 7));
  if (/^(jaar|year)$/.test(unit)) return `${year + periodsAhead}-12-31`;
  if (/^(kwartaal|quarter)$/.test(unit)) {
    const quarterIndex = Math.floor((monthNumber - 1) / 3) + periodsAhead;
    return endOfQuarter(year + Math.floor(quarterIndex / 4), (quarterIndex % 4) + 1);
  }
  if (/^(maand|month)$/.test(unit)) {
    const shifted = addMonths(`${year}-${String(monthNumber).padStart(2, '0')}-01`, periodsAhead);
    return endOfMonth(yearOf(shifted), Number(shifted.slice(5, 7)));
  }
  return addDays(today, 7 - isoWeekday(today) + 7 * periodsAhead);
}

function addUnits(today: IsoDate, amount: number, unit: string): IsoDate {
  if (unit.startsWith('da')) return addDays(today, amount);
  if (unit.startsWith('we')) return addDays(today, amount * 7);
  if (unit.startsWith('maand') || unit.startsWith('month')) return addMonths(today, amount);
  if (unit.startsWith('kwarta') || unit.startsWith('quarter')) return addMonths(today, amount * 3);
  return addMonths(today, amount * 12);
}

function amountOf(digits: string | undefined, word: string | undefined, article: string | undefined): number | null {
  if (digits !== undefined) return Number(digits);
  if (word !== undefined) return numberWordValue(word.replace(/\s+/g, ''));
  return article === undefined ? null : 1;
}

const PATTERNS: readonly Pattern[] = [
  {
    // 2027-03-01
    regex: wholeWords('(\\d{4})-(\\d{1,2})-(\\d{1,2})'),
    resolve: ([, y, m, d]) => explicit(toIsoDate(Number(y), Number(m), Number(d))),
  },
  {
    // 1-3-2027, 01/03/2027, 1.3.27 — day first in both locales, month first only when that is the sole real date.
    regex: wholeWords('(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})'),
    resolve: ([, a, , b, y]) => {
      const year = fullYear(y ?? '');
      const dayFirst = toIsoDate(year, Number(b), Number(a));
      const monthFirst = toIsoDate(year, Number(a), Number(b));
      return explicit(dayFirst ?? monthFirst);
    },
  },
  {
    // eind Q2, end of Q2 2027, einde van het jaar, by the end of next year, eind maart, eind 2027
    regex: wholeWords(
      `(?:eind|einde|end|ultimo)(?:\\s+(?:of|van))?(?:\\s+(?:the|het|dit|this|de|deze|(volgend|volgende|next|komend|komende)))?\\s+(?:(q[1-4])|${MONTH}|(jaar|year|kwartaal|quarter|maand|month|week)|(\\d{4}))(?:\\s+${YEAR})?`,
    ),
    resolve: ([, next, quarter, monthName, unit, year, trailingYear], { today }) => {
      if (quarter !== undefined) return quarterEnd(Number(quarter.slice(1)), trailingYear, today);
      if (monthName !== undefined) {
        const monthNumber = month(monthName);
        if (trailingYear !== undefined) return explicit(endOfMonth(Number(trailingYear), monthNumber));
        return upcoming(nextOccurrence(today, (y) => endOfMonth(y, monthNumber)));
      }
      if (unit !== undefined) return upcoming(endOfPeriod(unit, today, next === undefined ? 0 : 1));
      return explicit(`${year ?? ''}-12-31`);
    },
  },
  {
    // 1 maart, vóór 1 maart 2027, 1st of March, 3 May 2027
    regex: wholeWords(`${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`),
    resolve: ([, d, m, y], { today }) => dayMonth(Number(d), month(m), y, today),
  },
  {
    // March 1st, March 1, 2027 — but not "I may 3" or "Jan 2 keer"
    regex: wholeWords(`${MONTH}\\s+(\\d{1,2})(st|nd|rd|th|e|ste|de)?(?:,?\\s+${YEAR})?`),
    resolve: ([, m, d, ordinal, y], { today }) => {
      if (AMBIGUOUS_MONTHS.has(m ?? '') && ordinal === undefined && y === undefined) return null;
      return dayMonth(Number(d), month(m), y, today);
    },
  },
  {
    // Q2, Q2 2027, tweede kwartaal (van) 2027, second quarter of 2027
    regex: wholeWords(
      `(?:(q[1-4])|(${alternation(Object.keys(ORDINAL_QUARTERS))})\\s+(?:kwartaal|quarter))(?:\\s+(?:van\\s+|of\\s+)?${YEAR})?`,
    ),
    resolve: ([, q, ordinal, y], { today }) =>
      quarterEnd(q !== undefined ? Number(q.slice(1)) : (ORDINAL_QUARTERS[ordinal ?? ''] ?? 4), y, today),
  },
  {
    // 2027 Q2, 2027-Q2
    regex: wholeWords('(\\d{4})[\\s-]?(q[1-4])'),
    resolve: ([, y, q]) => explicit(endOfQuarter(Number(y), Number(q?.slice(1)))),
  },
  {
    // maart 2027, voor maart 2027, medio juni 2027
    regex: wholeWords(`(?:(${alternation([...STARTING, ...MIDDLE])})\\s+)?${MONTH}\\s+${YEAR}`),
    resolve: ([, prefix, m, y]) => explicit(monthBoundary(month(m), prefix, Number(y))),
  },
  {
    // in maart, voor juni, by May — month without day or year
    regex: wholeWords(`(in|voor|by|before|tegen|uiterlijk|begin|start\\s+of|medio|mid|halverwege)\\s+${MONTH}`),
    resolve: ([, prefix, m], { today }) =>
      upcoming(nextOccurrence(today, (year) => monthBoundary(month(m), prefix, year))),
  },
  {
    // in 2027, voor 2027, medio 2027, by 2027
    regex: wholeWords(`(in|voor|by|before|tegen|uiterlijk|begin|start\\s+of|medio|mid|halverwege|during|tijdens)\\s+(20\\d{2})`),
    resolve: ([, prefix, y]) => {
      const normalisedPrefix = (prefix ?? '').replace(/\s+/g, ' ');
      if (STARTING.includes(normalisedPrefix)) return explicit(`${y ?? ''}-01-01`);
      if (MIDDLE.includes(normalisedPrefix)) return explicit(`${y ?? ''}-06-30`);
      return explicit(`${y ?? ''}-12-31`);
    },
  },
  {
    // binnen 6 weken, over twee weken, in de komende drie maanden, within a year, binnen een half jaar
    regex: wholeWords(
      `(?:binnen|over|in|within|na|after|(?:in\\s+)?(?:de|the)\\s+(?:komende|volgende|next|coming)|komende)\\s+(?:(\\d{1,3})|(${NUMBER_WORD_SOURCE})|(een|a|an|one))\\s+(?:(half)\\s+)?${UNIT}`,
    ),
    resolve: ([, digits, word, article, half, unit], { today }) => {
      const amount = amountOf(digits, word, article);
      if (amount === null || unit === undefined) return null;
      if (half !== undefined) return upcoming(addMonths(today, 6));
      return upcoming(addUnits(today, amount, unit));
    },
  },
  {
    // binnen een halfjaar, within half a year
    regex: wholeWords('(?:binnen|over|within|in)\\s+(?:(?:een|a)\\s+)?(?:halfjaar|half\\s+jaar|half\\s+a\\s+year|half\\s+year)'),
    resolve: (_groups, { today }) => upcoming(addMonths(today, 6)),
  },
  {
    // deze week, volgende maand, this quarter, next year
    regex: wholeWords('(deze|dit|this|volgende|volgend|next|komende|komend|coming)\\s+(week|maand|month|jaar|year|kwartaal|quarter)'),
    resolve: ([, which, unit], { today }) =>
      upcoming(endOfPeriod(unit ?? 'week', today, NEXT_WORDS.has(which ?? '') ? 1 : 0)),
  },
  {
    regex: wholeWords('jaareinde|jaarwisseling|year[-\\s]end|end[-\\s]of[-\\s]year'),
    resolve: (_groups, { today }) => upcoming(`${yearOf(today)}-12-31`),
  },
  {
    regex: wholeWords('kerst|kerstmis|christmas'),
    resolve: (_groups, { today }) => upcoming(nextOccurrence(today, (year) => `${year}-12-25`)),
  },
];

function overlaps(match: { start: number; end: number }, taken: readonly DeadlineMatch[]): boolean {
  return taken.some((other) => match.start < other.end && other.start < match.end);
}

/** Deadlines in already-normalised text, in reading order. Earlier, more specific patterns win overlaps. */
export function findDeadlinesInNormalised(normalised: string, options: DeadlineOptions): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  for (const { regex, resolve } of PATTERNS) {
    for (const match of normalised.matchAll(regex)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (overlaps(span, found)) continue;
      const resolved = resolve(match, options);
      if (resolved !== null) found.push({ ...span, ...resolved });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findDeadlines(text: string, options: DeadlineOptions): DeadlineMatch[] {
  return findDeadlinesInNormalised(normaliseText(text), options);
}

/** The latest deadline written in the text, e.g. to offer it as the goal's target date. */
export function detectDeadline(text: string, options: DeadlineOptions): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const { date } of findDeadlines(text, options)) {
    if (latest === null || isBefore(latest, date)) latest = date;
  }
  return latest;
}

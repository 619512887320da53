// Shortlists as people read them and as a sheet: who comes first (mentees, in the modes with two
// sides, since they are the ones who choose), the search by name, and the rows of the CSV export —
// one row per candidate, a person without candidates on a row of their own that says so.
// Text cells are not neutralised here; csvText does that for every cell (cells.ts, OWASP's rule).
import type { Locale } from '../../i18n/locales.ts';
import type { Message, Translate } from '../../i18n/message.ts';
import type { ModeKind, Participant, Shortlist } from '../../matching/types.ts';
import { nameOf, type NameLookup } from '../result-view.ts';
import { csvText, type CsvSeparator, type SheetCell } from './cells.ts';
import { defaultSeparator, numberWriter } from './csv.ts';
import { allReasons } from './reasons.ts';

export interface ShortlistTable {
  readonly header: readonly string[];
  /** Score and rank cells are numbers; text is raw (the CSV writer neutralises it). */
  readonly rows: readonly (readonly SheetCell[])[];
}

/** The modes with a mentor side and a mentee side: there the mentees choose, so they come first. */
const TWO_SIDED: readonly ModeKind[] = ['mentoring', 'reciprocal', 'stable'];

const collator = (locale: Locale) => new Intl.Collator(locale === 'nl' ? 'nl-NL' : 'en-GB', { sensitivity: 'base', numeric: true });

/** By name; in a two-sided mode mentees first, then people with both roles, then mentors. */
export function orderShortlists(
  shortlists: readonly Shortlist[],
  participants: readonly Pick<Participant, 'id' | 'role'>[],
  mode: ModeKind | null,
  names: NameLookup,
  locale: Locale,
): Shortlist[] {
  const roles = new Map(participants.map((person) => [person.id, person.role] as const));
  const sideRank = (id: string): number => {
    if (mode === null || !TWO_SIDED.includes(mode)) return 0;
    const role = roles.get(id);
    return role === 'mentee' ? 0 : role === 'both' ? 1 : 2;
  };
  const compare = collator(locale).compare;
  return [...shortlists].sort((a, b) => sideRank(a.id) - sideRank(b.id) || compare(nameOf(names, a.id), nameOf(names, b.id)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** People whose name holds the query, ignoring case and accents; an empty query keeps everyone. */
export function searchShortlists(shortlists: readonly Shortlist[], names: NameLookup, query: string): readonly Shortlist[] {
  const wanted = fold(query.trim());
  if (wanted === '') return shortlists;
  return shortlists.filter((list) => fold(nameOf(names, list.id)).includes(wanted));
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Reasons in one cell, one per line, as the match export writes them. */
const LINE = '\n';

export function shortlistTable(shortlists: readonly Shortlist[], names: NameLookup, t: Translate): ShortlistTable {
  const say = (message: Message) => t(message.key, message.params);
  const header = [
    t('matcher.choose.shortlist.column.person'),
    t('matcher.choose.shortlist.column.personId'),
    t('matcher.choose.shortlist.column.rank'),
    t('matcher.choose.shortlist.column.candidate'),
    t('matcher.choose.shortlist.column.candidateId'),
    t('matcher.choose.shortlist.column.score'),
    t('matcher.choose.shortlist.column.reasons'),
  ];
  const rows: SheetCell[][] = [];
  for (const list of shortlists) {
    const person = [nameOf(names, list.id), list.id];
    if (list.candidates.length === 0) {
      rows.push([...person, '', t(list.freePlaces === 0 ? 'matcher.choose.shortlist.noPlaces' : 'matcher.choose.shortlist.noCandidates'), '', '', '']);
      continue;
    }
    list.candidates.forEach((candidate, index) => {
      rows.push([...person, index + 1, nameOf(names, candidate.id), candidate.id, candidate.score, allReasons(candidate.breakdown).map(say).join(LINE)]);
    });
  }
  return { header, rows };
}

/** The file's text (UTF-8 with its byte order mark, CRLF, every cell safe against formula injection). */
export function shortlistCsv(table: ShortlistTable, locale: Locale, separator: CsvSeparator = defaultSeparator(locale)): string {
  return csvText([table.header, ...table.rows], separator, numberWriter(separator));
}

/** The project's title without accents or characters file systems refuse, then the file's own name. */
export function shortlistFileName(title: string, t: Translate): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '');
  const suffix = slug(t('matcher.choose.shortlist.fileName'));
  const base = slug(title);
  return `${base ? `${base}-` : ''}${suffix}.csv`;
}

// The rows of the match export, shared by the CSV and the .xlsx writer: one header row in the
// chosen language, one row per match, then one per person left unmatched.
//
// Decisions:
// - Scope: approved matches only unless `scope: 'all'`. The export says which in the header of
//   its first column ("Status (alleen goedgekeurde koppelingen)") rather than in a line above
//   the header, so the file still has one header row and reads back into any spreadsheet or
//   parser as a plain table; every row's status cell says approved, proposed or not matched.
// - People: a column pair (name, id) per place in a match. In the mentor modes the first pair is
//   headed "Mentor" and the others "Mentee" (numbered when a match has several); otherwise
//   "Deelnemer 1", "Deelnemer 2", … as wide as the largest group.
// - An unmatched person sits in the mentor columns when they would have been a mentor, in the
//   first mentee (or participant) columns otherwise, with the engine's explanation.
import type { Message, Translate } from '../../i18n/message.ts';
import type { Mode, Participant } from '../../matching/types.ts';
import type { ReviewDecisions } from '../model.ts';
import type { MatchView, UnmatchedView } from '../result-view.ts';
import { nameLookup, nameOf } from '../result-view.ts';
import type { SheetCell } from './cells.ts';
import { createMatchReview } from '../review/decisions.ts';
import { allReasons } from './reasons.ts';

export type ExportScope = 'approved' | 'all';

export interface ExportSource {
  readonly mode: Mode;
  readonly matches: readonly MatchView[];
  readonly unmatched: readonly UnmatchedView[];
  /** The project's participants (projectParticipants): names and, for unmatched people, their role. */
  readonly participants: readonly Pick<Participant, 'id' | 'name' | 'role'>[];
  /**
   * The coordinator's decisions, `project.review`: what is approved and what they locked or
   * changed by hand. The engine's `match.locked` cannot say that, as it is also true for pairs a
   * run after a change merely held in place (ProjectRun.held).
   */
  readonly review: Pick<ReviewDecisions, 'approved' | 'locked' | 'manual'>;
}

export interface ExportOptions {
  /** Default `approved`. */
  readonly scope?: ExportScope;
  /** Default true. */
  readonly includeUnmatched?: boolean;
}

export interface ExportTable {
  readonly scope: ExportScope;
  readonly header: readonly string[];
  /** Score cells are numbers; everything else is text, not yet neutralised (the writers do that). */
  readonly rows: readonly (readonly SheetCell[])[];
  readonly matchCount: number;
  readonly unmatchedCount: number;
}

/** The modes whose matches have a mentor (the engine's `mentorId`). */
export function modeHasMentors(mode: Mode): boolean {
  return mode.kind === 'mentoring' || mode.kind === 'reciprocal' || mode.kind === 'stable' || (mode.kind === 'groups' && mode.oneMentorPerGroup === true);
}

/** Reasons in one cell, one per line: Excel shows a cell with line breaks on several lines. */
const LINE = '\n';

export function exportTable(source: ExportSource, t: Translate, options: ExportOptions = {}): ExportTable {
  const scope = options.scope ?? 'approved';
  const includeUnmatched = options.includeUnmatched ?? true;
  const approved = new Set(source.review.approved);
  const reviewOf = createMatchReview({ ...source.review, forbidden: [] });
  const matches = source.matches.filter((match) => scope === 'all' || approved.has(match.key));
  const unmatched = includeUnmatched ? source.unmatched : [];
  const names = nameLookup(source.participants);
  const roles = new Map(source.participants.map((person) => [person.id, person.role] as const));
  const withMentor = modeHasMentors(source.mode) || source.matches.some((match) => match.mentorId !== null);
  const places = Math.max(2, ...source.matches.map((match) => match.ids.length));

  const header: string[] = [t(scope === 'approved' ? 'matcher.tell.export.column.status.approvedOnly' : 'matcher.tell.export.column.status.all')];
  for (let place = 0; place < places; place++) {
    const number = place + (withMentor ? 0 : 1);
    if (withMentor && place === 0) header.push(t('matcher.tell.export.column.mentor'), t('matcher.tell.export.column.mentorId'));
    else if (withMentor && places === 2) header.push(t('matcher.tell.export.column.mentee'), t('matcher.tell.export.column.menteeId'));
    else if (withMentor) header.push(t('matcher.tell.export.column.menteeNumbered', { number }), t('matcher.tell.export.column.menteeIdNumbered', { number }));
    else header.push(t('matcher.tell.export.column.person', { number }), t('matcher.tell.export.column.personId', { number }));
  }
  header.push(t('matcher.tell.export.column.score'), t('matcher.tell.export.column.locked'), t('matcher.tell.export.column.explanation'));

  const say = (message: Message) => t(message.key, message.params);
  const peopleCells = (ids: readonly (string | null)[]): string[] => {
    const cells: string[] = [];
    for (let place = 0; place < places; place++) {
      const id = ids[place] ?? null;
      cells.push(id === null ? '' : nameOf(names, id), id ?? '');
    }
    return cells;
  };

  const rows: SheetCell[][] = matches.map((match) => {
    const ordered = match.mentorId === null ? [...match.ids] : [match.mentorId, ...match.ids.filter((id) => id !== match.mentorId)];
    // A mentor-less match in a sheet with mentor columns (should not happen) keeps its people in the mentee places.
    const placed = withMentor && match.mentorId === null ? [null, ...ordered] : ordered;
    const status = approved.has(match.key) ? 'matcher.tell.export.status.approved' : 'matcher.tell.export.status.proposed';
    const locked = !reviewOf(match.ids).kept
      ? t('matcher.tell.export.no')
      : match.brokenRules.length === 0
        ? t('matcher.tell.export.yes')
        : t('matcher.tell.export.lockedBreaking', { rules: match.brokenRules.map((rule) => t(`matching.rule.${rule}`)).join(', ') });
    const explanation = match.breakdown === null ? t('matcher.tell.export.noDetails') : allReasons(match.breakdown).map(say).join(LINE);
    return [t(status), ...peopleCells(placed), match.score, locked, explanation];
  });

  const sideOfBoth = 'bothRoleSide' in source.mode ? source.mode.bothRoleSide : undefined;
  for (const person of unmatched) {
    const role = roles.get(person.id);
    const asMentor = withMentor && (role === 'mentor' || (role === 'both' && sideOfBoth === 'mentor'));
    const placed = withMentor && !asMentor ? [null, person.id] : [person.id];
    const explanation = person.message === null ? t(`matcher.result.unmatched.reason.${person.reason}`) : say(person.message);
    rows.push([t('matcher.tell.export.status.unmatched'), ...peopleCells(placed), '', '', explanation]);
  }
  return { scope, header, rows, matchCount: matches.length, unmatchedCount: unmatched.length };
}

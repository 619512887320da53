// A small real project for the tell tests: a table as a coordinator imports it (with an e-mail
// column beside the id), run through the engine, so matches carry real breakdowns and reasons.
import { translator } from '../../../../src/lib/i18n/all.ts';
import { suggestMapping } from '../../../../src/lib/matcher/import/headers.ts';
import { matchingInput, projectParticipants } from '../../../../src/lib/matcher/input.ts';
import type { MatchingProject } from '../../../../src/lib/matcher/model.ts';
import { createProject, importTable, tableFrom } from '../../../../src/lib/matcher/operations.ts';
import { matchViews, unmatchedViews, type MatchView, type UnmatchedView } from '../../../../src/lib/matcher/result-view.ts';
import { runMatching } from '../../../../src/lib/matching/index.ts';
import type { Participant } from '../../../../src/lib/matching/types.ts';

export const nl = translator('nl');
export const en = translator('en');

export const HEADERS = ['Personeelsnummer', 'Naam', 'E-mail', 'Rol', 'Afdeling', 'Talen', 'Kan helpen met', 'Leerdoelen', 'Niveau', 'Capaciteit'];
export const ROWS: string[][] = [
  ['1', 'Renée Jansen', 'renee.jansen@example.nl', 'Mentor', 'Financiën', 'Nederlands, Engels', 'Excel, Begroten', '', '5', '1'],
  ['2', 'Joël de Vries', 'joel@example.nl', 'Mentee', 'HR', 'Nederlands', '', 'Excel, Presenteren', '2', ''],
  ['3', 'Zoë Bakker', '', 'Mentor', 'ICT', 'Nederlands', 'Python', '', '4', '1'],
  ['4', '=SUM(A1)', 'sum@example.nl', 'Mentee', 'Marketing', 'Nederlands', '', 'Python', '1', ''],
  ['5', 'Anaïs "Ana" Çelik', 'ana@example.nl', 'Mentee', 'ICT', 'Engels', '', 'Leidinggeven', '1', ''],
];

let ids = 0;
export function sampleProject(rows: readonly (readonly string[])[] = ROWS, headers: readonly string[] = HEADERS): MatchingProject {
  const context = { newId: () => `id-${++ids}`, now: '2025-03-03T10:00:00.000Z' };
  const project = createProject('Najaar 2025', 'careerMentoring', context);
  const table = tableFrom(headers, rows, undefined, context.newId);
  return importTable(project, table, suggestMapping(headers, rows), { kind: 'csv', fileName: 'deelnemers.csv', encoding: 'utf-8', separator: ';', sheet: null }, context.now);
}

export interface RunFixture {
  readonly project: MatchingProject;
  readonly participants: Participant[];
  readonly matches: MatchView[];
  readonly unmatched: UnmatchedView[];
}

export function runProject(project: MatchingProject = sampleProject()): RunFixture {
  const { participants } = projectParticipants(project);
  const result = runMatching(matchingInput(project, participants));
  return { project, participants, matches: matchViews(result), unmatched: unmatchedViews(result) };
}

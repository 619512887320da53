// Every change to the matcher document, as pure functions: ids and the time are passed in, and
// each refuses or clamps what the record could not hold (a title too long, a sixth run), so the
// store never writes data that would not read back. An operation that changes nothing returns
// the same object, and the store then saves nothing.
import { locales } from '../i18n/locales.ts';
import type { IdPair, MatchingResult, Mode, Objective, PastRound } from '../matching/types.ts';
import type { ColumnMapping } from './import/headers.ts';
import {
  EMPTY_REVIEW,
  INTRODUCTION_KINDS,
  INTRODUCTION_LIMITS,
  LIMITS,
  type CriterionSetting,
  type ImportSource,
  type IntroductionSettings,
  type IsoDateTime,
  type MatcherDocument,
  type MatchingProject,
  type ParticipantTable,
  type PresetId,
  type ProjectRun,
  type ReviewDecisions,
  type RuleSettings,
  type TableRow,
} from './model.ts';
import { presetSettings } from './presets.ts';

export type IdFactory = () => string;

export interface EditContext {
  readonly newId: IdFactory;
  readonly now: IsoDateTime;
}

export interface RemovedItem<T> {
  readonly item: T;
  readonly index: number;
}

const clamp = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

const touch = (project: MatchingProject, now: IsoDateTime): MatchingProject => ({ ...project, updatedAt: now });

export function createProject(title: string, preset: PresetId, context: EditContext): MatchingProject {
  const settings = presetSettings(preset);
  return {
    id: context.newId(),
    title: clamp(title, LIMITS.title),
    createdAt: context.now,
    updatedAt: context.now,
    archived: false,
    source: null,
    table: { headers: [], rows: [] },
    mapping: null,
    preset,
    mode: settings.mode,
    objective: 'total',
    criteria: settings.criteria,
    rules: settings.rules,
    review: EMPTY_REVIEW,
    rounds: [],
    allowRepeats: false,
    runs: [],
  };
}

/** Null when the document already holds as many projects as it may. */
export function addProject(doc: MatcherDocument, project: MatchingProject): MatcherDocument | null {
  if (doc.projects.length >= LIMITS.projects) return null;
  return { projects: [...doc.projects, project] };
}

export function updateProject(doc: MatcherDocument, id: string, operation: (project: MatchingProject) => MatchingProject): MatcherDocument {
  const index = doc.projects.findIndex((project) => project.id === id);
  if (index < 0) return doc;
  const current = doc.projects[index]!;
  const next = operation(current);
  if (next === current) return doc;
  const projects = [...doc.projects];
  projects[index] = next;
  return { projects };
}

/** A copy with its own id and title; its runs and review decisions stay with the original. */
export function duplicateProject(doc: MatcherDocument, id: string, title: string, context: EditContext): { doc: MatcherDocument; project: MatchingProject } | null {
  const original = doc.projects.find((project) => project.id === id);
  if (!original || doc.projects.length >= LIMITS.projects) return null;
  const project: MatchingProject = {
    ...original,
    id: context.newId(),
    title: clamp(title, LIMITS.title),
    createdAt: context.now,
    updatedAt: context.now,
    review: EMPTY_REVIEW,
    runs: [],
  };
  const index = doc.projects.indexOf(original);
  return { doc: { projects: [...doc.projects.slice(0, index + 1), project, ...doc.projects.slice(index + 1)] }, project };
}

export function removeProject(doc: MatcherDocument, id: string): { doc: MatcherDocument; removed: RemovedItem<MatchingProject> | null } {
  const index = doc.projects.findIndex((project) => project.id === id);
  if (index < 0) return { doc, removed: null };
  return { doc: { projects: doc.projects.filter((project) => project.id !== id) }, removed: { item: doc.projects[index]!, index } };
}

/** Puts a removed project back where it was; a project with its id that came back meanwhile stays as it is. */
export function restoreProject(doc: MatcherDocument, removed: RemovedItem<MatchingProject>): MatcherDocument {
  if (doc.projects.some((project) => project.id === removed.item.id) || doc.projects.length >= LIMITS.projects) return doc;
  const index = Math.min(removed.index, doc.projects.length);
  return { projects: [...doc.projects.slice(0, index), removed.item, ...doc.projects.slice(index)] };
}

export function renameProject(project: MatchingProject, title: string, now: IsoDateTime): MatchingProject {
  const next = clamp(title, LIMITS.title);
  return next === project.title ? project : { ...touch(project, now), title: next };
}

export function archiveProject(project: MatchingProject, archived: boolean, now: IsoDateTime): MatchingProject {
  return project.archived === archived ? project : { ...touch(project, now), archived };
}

/** Rows as the import produced them, each with a stable key; cells clamped, headers padded to one per column. */
export function tableFrom(headers: readonly string[], rows: readonly (readonly string[])[], rowNumbers: readonly number[] | undefined, newId: IdFactory): ParticipantTable {
  const width = headers.length;
  return {
    headers: headers.map((header) => clamp(header, LIMITS.header)),
    rows: rows.map((cells, index) => ({
      id: newId(),
      row: rowNumbers?.[index] ?? index + 2,
      cells: Array.from({ length: width }, (_, column) => clamp(cells[column] ?? '', LIMITS.cell)),
    })),
  };
}

/**
 * Replaces the participant list. The review decisions and earlier results refer to people who
 * may no longer be there, so locks and forbids stay (they are ids, harmless when unknown) and the
 * runs stay as history; the run's fingerprint then marks the last result out of date.
 */
export function importTable(project: MatchingProject, table: ParticipantTable, mapping: ColumnMapping, source: Omit<ImportSource, 'importedAt'>, now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), table, mapping, source: { ...source, importedAt: now } };
}

export function setMapping(project: MatchingProject, mapping: ColumnMapping, now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), mapping };
}

export function setCell(project: MatchingProject, rowId: string, column: number, value: string, now: IsoDateTime): MatchingProject {
  const index = project.table.rows.findIndex((row) => row.id === rowId);
  const row = project.table.rows[index];
  if (!row || !Number.isInteger(column) || column < 0 || column >= project.table.headers.length) return project;
  const next = clamp(value, LIMITS.cell);
  if (row.cells[column] === next) return project;
  const cells = [...row.cells];
  cells[column] = next;
  const rows = [...project.table.rows];
  rows[index] = { ...row, cells };
  return { ...touch(project, now), table: { ...project.table, rows } };
}

/** A row typed by hand, numbered after the last one; refused (null) past the import's row limit. */
export function addRow(project: MatchingProject, cells: readonly string[], newId: IdFactory, now: IsoDateTime, maxRows: number): { project: MatchingProject; row: TableRow } | null {
  if (project.table.rows.length >= maxRows || project.table.headers.length === 0) return null;
  const row: TableRow = {
    id: newId(),
    row: project.table.rows.reduce((max, candidate) => Math.max(max, candidate.row), 1) + 1,
    cells: project.table.headers.map((_, column) => clamp(cells[column] ?? '', LIMITS.cell)),
  };
  return { project: { ...touch(project, now), table: { ...project.table, rows: [...project.table.rows, row] } }, row };
}

export function removeRow(project: MatchingProject, rowId: string, now: IsoDateTime): { project: MatchingProject; removed: RemovedItem<TableRow> | null } {
  const index = project.table.rows.findIndex((row) => row.id === rowId);
  if (index < 0) return { project, removed: null };
  return {
    project: { ...touch(project, now), table: { ...project.table, rows: project.table.rows.filter((row) => row.id !== rowId) } },
    removed: { item: project.table.rows[index]!, index },
  };
}

export function restoreRow(project: MatchingProject, removed: RemovedItem<TableRow>, now: IsoDateTime): MatchingProject {
  const { rows, headers } = project.table;
  if (rows.some((row) => row.id === removed.item.id) || removed.item.cells.length !== headers.length) return project;
  const index = Math.min(removed.index, rows.length);
  return { ...touch(project, now), table: { headers, rows: [...rows.slice(0, index), removed.item, ...rows.slice(index)] } };
}

/** Applying a preset replaces mode, criteria and rules; what was imported stays. */
export function applyPreset(project: MatchingProject, preset: PresetId, now: IsoDateTime): MatchingProject {
  const settings = presetSettings(preset);
  return { ...touch(project, now), preset, mode: settings.mode, criteria: settings.criteria, rules: settings.rules };
}

export function setMode(project: MatchingProject, mode: Mode, now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), mode };
}

export function setObjective(project: MatchingProject, objective: Objective, now: IsoDateTime): MatchingProject {
  return project.objective === objective ? project : { ...touch(project, now), objective };
}

export function setCriteria(project: MatchingProject, criteria: readonly CriterionSetting[], now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), criteria: criteria.slice(0, LIMITS.criteria) };
}

export function setRules(project: MatchingProject, rules: RuleSettings, now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), rules };
}

export function setReview(project: MatchingProject, review: ReviewDecisions, now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), review };
}

export function setRounds(project: MatchingProject, rounds: readonly PastRound[], allowRepeats: boolean, now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), rounds: rounds.slice(-LIMITS.rounds), allowRepeats };
}

/** The compact record of a solved run; null for a run that solved nothing (cancelled, or no valid mode). */
export function runRecord(result: MatchingResult, fingerprint: string, context: EditContext): ProjectRun | null {
  if (result.mode === null) return null;
  return {
    id: context.newId(),
    at: context.now,
    fingerprint,
    status: result.status,
    mode: result.mode,
    objective: result.objective,
    summary: result.summary,
    matches: result.matches.map((match) => ({ ids: [...match.ids], score: match.score, locked: match.locked })),
    unmatched: result.unmatched.map((person) => ({ id: person.id, reason: person.reason })),
  };
}

/** Keeps the newest `LIMITS.runs` runs. */
export function addRun(project: MatchingProject, run: ProjectRun, now: IsoDateTime): MatchingProject {
  return { ...touch(project, now), runs: [...project.runs, run].slice(-LIMITS.runs) };
}

export const samePair = (a: IdPair, b: IdPair): boolean => (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

/**
 * The coordinator's introduction texts and signature, clamped to what the record holds and one
 * template per language and kind (the last given wins). Equal settings change nothing.
 */
export function setIntroductions(project: MatchingProject, settings: IntroductionSettings, now: IsoDateTime): MatchingProject {
  const byKey = new Map<string, IntroductionSettings['templates'][number]>();
  for (const template of settings.templates) {
    if (!(INTRODUCTION_KINDS as readonly string[]).includes(template.kind)) continue;
    byKey.set(`${template.locale}:${template.kind}`, {
      locale: template.locale,
      kind: template.kind,
      subject: clamp(template.subject, INTRODUCTION_LIMITS.subject),
      body: clamp(template.body, INTRODUCTION_LIMITS.body),
    });
  }
  const language = settings.language !== undefined && (locales as readonly string[]).includes(settings.language) ? settings.language : undefined;
  const next: IntroductionSettings = {
    signature: clamp(settings.signature, INTRODUCTION_LIMITS.signature),
    templates: [...byKey.values()],
    ...(language === undefined ? {} : { language }),
  };
  if (project.introductions && JSON.stringify(project.introductions) === JSON.stringify(next)) return project;
  return { ...touch(project, now), introductions: next };
}

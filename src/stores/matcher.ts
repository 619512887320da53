import type { CheckResult } from '../lib/matcher/import/check.ts';
import type { ColumnMapping } from '../lib/matcher/import/headers.ts';
import { IMPORT_LIMITS } from '../lib/matcher/import/types.ts';
import { projectParticipants } from '../lib/matcher/input.ts';
import { findProject, type CriterionSetting, type ImportSource, type IntroductionSettings, type MatcherDocument, type MatchingProject, type PresetId, type ProjectRun, type ReviewDecisions, type RuleSettings, type TableRow } from '../lib/matcher/model.ts';
import * as operations from '../lib/matcher/operations.ts';
import type { EditContext, RemovedItem } from '../lib/matcher/operations.ts';
import { matcherRecord } from '../lib/matcher/record.ts';
import type { Mode, Objective } from '../lib/matching/types.ts';
import { createSyncedDocument } from '../lib/storage/synced-document.ts';
import { newId, nowIso } from './ids.ts';
import { bindToPage } from './lifecycle.ts';
import { getStorageService } from './storage.ts';

export { newId, nowIso };
export type { RemovedItem };

/** The matcher workbook's document: every project, loaded on the first subscriber, autosaved, shared across tabs. */
export const matcherDocument = createSyncedDocument(matcherRecord, { service: getStorageService });
bindToPage(matcherDocument);

// The only place the matcher workbook writes: each action applies a pure operation from
// src/lib/matcher to the synced document. Module-level functions, so their identity never changes.

const context = (): EditContext => ({ newId, now: nowIso() });

export function change(operation: (doc: MatcherDocument) => MatcherDocument): void {
  const state = matcherDocument.$state.get();
  if (state.phase !== 'ready') return;
  const next = operation(state.data);
  if (next !== state.data) matcherDocument.update(() => next);
}

export function editProject(id: string, operation: (project: MatchingProject, now: string) => MatchingProject): void {
  const now = nowIso();
  change((doc) => operations.updateProject(doc, id, (project) => operation(project, now)));
}

export function currentProjects(): readonly MatchingProject[] {
  return matcherDocument.$state.get().data.projects;
}

/** The project as stored right now (a handler may run before the latest edit has re-rendered). */
export function currentProject(id: string): MatchingProject | undefined {
  return findProject(matcherDocument.$state.get().data, id);
}

/** A new project from a programme type; null when the list is full. */
export function createProject(title: string, preset: PresetId): MatchingProject | null {
  const project = operations.createProject(title, preset, context());
  let added = false;
  change((doc) => {
    const next = operations.addProject(doc, project);
    added = next !== null;
    return next ?? doc;
  });
  return added ? project : null;
}

export function duplicateProject(id: string, title: string): MatchingProject | null {
  let copy: MatchingProject | null = null;
  change((doc) => {
    const result = operations.duplicateProject(doc, id, title, context());
    if (!result) return doc;
    copy = result.project;
    return result.doc;
  });
  return copy;
}

export function removeProject(id: string): RemovedItem<MatchingProject> | null {
  let removed: RemovedItem<MatchingProject> | null = null;
  change((doc) => {
    const result = operations.removeProject(doc, id);
    removed = result.removed;
    return result.doc;
  });
  return removed;
}

export function undoProjectRemoval(removed: RemovedItem<MatchingProject>): void {
  change((doc) => operations.restoreProject(doc, removed));
}

export const renameProject = (id: string, title: string) => editProject(id, (project, now) => operations.renameProject(project, title, now));
export const archiveProject = (id: string, archived: boolean) => editProject(id, (project, now) => operations.archiveProject(project, archived, now));

/** What an import hands over: the parsed table (as the worker sent it), the mapping chosen, and where it came from. */
export interface ImportedTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly rowNumbers?: readonly number[];
  readonly mapping: ColumnMapping;
  readonly source: Omit<ImportSource, 'importedAt'>;
}

export function importIntoProject(id: string, imported: ImportedTable): void {
  editProject(id, (project, now) =>
    operations.importTable(project, operations.tableFrom(imported.headers, imported.rows, imported.rowNumbers, newId), imported.mapping, imported.source, now),
  );
}

export const setMapping = (id: string, mapping: ColumnMapping) => editProject(id, (project, now) => operations.setMapping(project, mapping, now));
export const setCell = (id: string, rowId: string, column: number, value: string) => editProject(id, (project, now) => operations.setCell(project, rowId, column, value, now));

/** Adds a row typed by hand; null when the list is full or has no columns yet. */
export function addRow(id: string, cells: readonly string[]): TableRow | null {
  let added: TableRow | null = null;
  editProject(id, (project, now) => {
    const result = operations.addRow(project, cells, newId, now, IMPORT_LIMITS.maxRows);
    if (!result) return project;
    added = result.row;
    return result.project;
  });
  return added;
}

export function removeRow(id: string, rowId: string): RemovedItem<TableRow> | null {
  let removed: RemovedItem<TableRow> | null = null;
  editProject(id, (project, now) => {
    const result = operations.removeRow(project, rowId, now);
    removed = result.removed;
    return result.project;
  });
  return removed;
}

export const restoreRow = (id: string, removed: RemovedItem<TableRow>) => editProject(id, (project, now) => operations.restoreRow(project, removed, now));
export const applyPreset = (id: string, preset: PresetId) => editProject(id, (project, now) => operations.applyPreset(project, preset, now));
export const setMode = (id: string, mode: Mode) => editProject(id, (project, now) => operations.setMode(project, mode, now));
export const setObjective = (id: string, objective: Objective) => editProject(id, (project, now) => operations.setObjective(project, objective, now));
export const setCriteria = (id: string, criteria: readonly CriterionSetting[]) => editProject(id, (project, now) => operations.setCriteria(project, criteria, now));
export const setRules = (id: string, rules: RuleSettings) => editProject(id, (project, now) => operations.setRules(project, rules, now));
export const setReview = (id: string, review: ReviewDecisions) => editProject(id, (project, now) => operations.setReview(project, review, now));
export const setIntroductions = (id: string, settings: IntroductionSettings) => editProject(id, (project, now) => operations.setIntroductions(project, settings, now));
/** Whether a later round may pair people who were paired in an earlier one. */
export const setAllowRepeats = (id: string, allowRepeats: boolean) => editProject(id, (project, now) => operations.setRounds(project, project.rounds, allowRepeats, now));
export const addRun = (id: string, run: ProjectRun) => editProject(id, (project, now) => operations.addRun(project, run, now));

// Deriving the participants re-checks every row; the table and mapping objects only change on an
// edit, so one result per pair of them is kept (a render, the rule counts and a run share it).
const derived = new WeakMap<object, { mapping: ColumnMapping | null; result: CheckResult }>();

export function participantsOf(project: MatchingProject): CheckResult {
  const cached = derived.get(project.table);
  if (cached && cached.mapping === project.mapping) return cached.result;
  const result = projectParticipants(project);
  derived.set(project.table, { mapping: project.mapping, result });
  return result;
}

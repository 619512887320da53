import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/lib/matcher/import/headers.ts';
import { inputFingerprint, matchingInput, projectParticipants } from '../../../src/lib/matcher/input.ts';
import { LIMITS, type MatcherDocument, type MatchingProject } from '../../../src/lib/matcher/model.ts';
import * as operations from '../../../src/lib/matcher/operations.ts';
import { PRESETS } from '../../../src/lib/matcher/presets.ts';
import { matcherRecord } from '../../../src/lib/matcher/record.ts';
import { runMatching } from '../../../src/lib/matching/engine.ts';
import { PRESET_IDS } from '../../../src/lib/matcher/model.ts';

const NOW = '2027-03-01T09:00:00.000Z';
const LATER = '2027-03-02T09:00:00.000Z';

function counter(prefix = 'id') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const HEADERS = ['Nr', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Talen', 'Biedt', 'Wil leren', 'Capaciteit'];
const ROWS = [
  ['1', 'Anna de Vries', 'mentor', 'Financiën', '', 'Nederlands; Engels', 'Excel; presenteren', '', '2'],
  ['2', 'Bram Jansen', 'mentee', 'ICT', '1', 'Nederlands', '', 'Excel', ''],
  ['3', 'Chloé Bakker', 'mentee', 'HR', '', 'Engels', '', 'presenteren', ''],
  ['4', 'Daan Smit', 'mentor', 'ICT', '', 'Nederlands', 'plannen', '', '1'],
];

function projectWithList(preset: (typeof PRESET_IDS)[number] = 'careerMentoring'): MatchingProject {
  const newId = counter();
  const project = operations.createProject('Voorjaar 2027', preset, { newId, now: NOW });
  const table = operations.tableFrom(HEADERS, ROWS, undefined, newId);
  return operations.importTable(project, table, suggestMapping(HEADERS, ROWS), { kind: 'csv', fileName: 'lijst.csv', encoding: 'windows-1252', separator: ';', sheet: null }, NOW);
}

const validated = (doc: unknown) => matcherRecord.validate(doc);

describe('matching projects', () => {
  it('start from a programme type with its mode, criteria and rules', () => {
    for (const preset of PRESET_IDS) {
      const project = operations.createProject('x', preset, { newId: counter(), now: NOW });
      expect(project.mode).toEqual(PRESETS[preset].mode);
      expect(project.criteria.map((setting) => setting.id)).toEqual(PRESETS[preset].criteria.map((setting) => setting.id));
      // A copy: changing the project never changes the preset.
      expect(project.criteria).not.toBe(PRESETS[preset].criteria);
      expect(validated({ projects: [project] }).ok).toBe(true);
    }
  });

  it('derive the participants from the table and the mapping, row numbers as the spreadsheet shows them', () => {
    const project = projectWithList();
    const { participants, issues } = projectParticipants(project);
    expect(participants.map((person) => person.name)).toEqual(['Anna de Vries', 'Bram Jansen', 'Chloé Bakker', 'Daan Smit']);
    expect(participants[1]!.managerId).toBe('1');
    expect(issues.filter((issue) => issue.level === 'error')).toEqual([]);
    expect(project.table.rows.map((row) => row.row)).toEqual([2, 3, 4, 5]);
  });

  it('fix a cell in place: the row is checked again, and an added row gets the next row number', () => {
    let project = projectWithList();
    const bram = project.table.rows[1]!;
    project = operations.setCell(project, bram.id, 0, '1', LATER);
    expect(projectParticipants(project).issues.some((issue) => issue.level === 'error' && issue.row === 3)).toBe(true);
    project = operations.setCell(project, bram.id, 0, '2', LATER);
    expect(projectParticipants(project).issues.some((issue) => issue.level === 'error')).toBe(false);
    const added = operations.addRow(project, ['5', 'Eva Visser', 'mentee'], counter('row'), LATER, 10)!;
    expect(added.row.row).toBe(6);
    expect(added.row.cells).toHaveLength(HEADERS.length);
    expect(operations.addRow(added.project, [], counter('row'), LATER, 5)).toBeNull();
  });

  it('drop a row and put it back where it was', () => {
    const project = projectWithList();
    const { project: without, removed } = operations.removeRow(project, project.table.rows[2]!.id, LATER);
    expect(without.table.rows).toHaveLength(3);
    const back = operations.restoreRow(without, removed!, LATER);
    expect(back.table.rows.map((row) => row.id)).toEqual(project.table.rows.map((row) => row.id));
    expect(operations.restoreRow(back, removed!, LATER)).toBe(back);
  });

  it('an operation that changes nothing returns the same project, so nothing is saved', () => {
    const project = projectWithList();
    expect(operations.renameProject(project, project.title, LATER)).toBe(project);
    expect(operations.setCell(project, project.table.rows[0]!.id, 1, 'Anna de Vries', LATER)).toBe(project);
    expect(operations.setCell(project, 'nobody', 1, 'x', LATER)).toBe(project);
    expect(operations.setCell(project, project.table.rows[0]!.id, 99, 'x', LATER)).toBe(project);
    expect(operations.setObjective(project, 'total', LATER)).toBe(project);
  });

  it('duplicate without the runs and decisions; delete and restore in place; never more than the limit', () => {
    const newId = counter('p');
    let doc: MatcherDocument = { projects: [projectWithList()] };
    doc = operations.addProject(doc, operations.createProject('B', 'peerProgramme', { newId, now: NOW }))!;
    const run = operations.runRecord(runMatching(matchingInput(doc.projects[0]!, projectParticipants(doc.projects[0]!).participants)), 'fp', { newId, now: NOW })!;
    doc = operations.updateProject(doc, doc.projects[0]!.id, (project) => operations.setReview(operations.addRun(project, run, NOW), { locked: [['1', '2']], forbidden: [], approved: ['x'] }, NOW));
    const copy = operations.duplicateProject(doc, doc.projects[0]!.id, 'Kopie', { newId, now: LATER })!;
    expect(copy.doc.projects.map((project) => project.title)).toEqual(['Voorjaar 2027', 'Kopie', 'B']);
    expect(copy.project.runs).toEqual([]);
    expect(copy.project.review.locked).toEqual([]);
    expect(copy.project.table).toEqual(doc.projects[0]!.table);
    const { doc: without, removed } = operations.removeProject(copy.doc, copy.project.id);
    expect(operations.restoreProject(without, removed!)).toEqual(copy.doc);
    let full: MatcherDocument = { projects: [] };
    for (let index = 0; index < LIMITS.projects; index++) full = operations.addProject(full, operations.createProject(`P${index}`, 'peerProgramme', { newId, now: NOW }))!;
    expect(operations.addProject(full, operations.createProject('one too many', 'peerProgramme', { newId, now: NOW }))).toBeNull();
  });

  it('keep at most five runs, newest last', () => {
    const newId = counter('r');
    let project = projectWithList();
    const result = runMatching(matchingInput(project, projectParticipants(project).participants));
    for (let index = 0; index < 7; index++) project = operations.addRun(project, operations.runRecord(result, `fp${index}`, { newId, now: NOW })!, NOW);
    expect(project.runs.map((run) => run.fingerprint)).toEqual(['fp2', 'fp3', 'fp4', 'fp5', 'fp6']);
    expect(validated({ projects: [project] }).ok).toBe(true);
  });
});

describe('the engine input of a project', () => {
  it('weighs each criterion by its importance and leaves out what is not important', () => {
    const project = operations.setCriteria(projectWithList(), [
      { id: 'skills', spec: { kind: 'offerMeetsWant' }, importance: 4 },
      { id: 'languages', spec: { kind: 'shared', property: 'languages' }, importance: 1 },
      { id: 'interests', spec: { kind: 'shared', property: 'interests' }, importance: 0 },
    ], NOW);
    const input = matchingInput(project, projectParticipants(project).participants);
    expect(input.criteria).toEqual([
      { kind: 'offerMeetsWant', weight: 8 },
      { kind: 'shared', property: 'languages', weight: 1 },
    ]);
    expect(input.rules).toMatchObject({ noReportingLine: true, sharedLanguage: true, excludedPairs: [], lockedPairs: [] });
    expect(input.rules).not.toHaveProperty('maxTimeZoneDifferenceHours');
  });

  it('gives the engine’s optimum for the list: the reporting line and the shared language hold', () => {
    const project = projectWithList();
    const result = runMatching(matchingInput(project, projectParticipants(project).participants));
    expect(result.status).toBe('ok');
    const pairs = result.matches.map((match) => match.ids.join('-')).sort();
    // Anna manages Bram, so Bram goes to Daan; Chloé speaks only English, which Anna speaks.
    expect(pairs).toEqual(['1-3', '4-2']);
  });

  it('leaves out a criterion whose column is not in the list, so a perfect pair can score 100', () => {
    const newId = counter();
    const rows = [
      ['1', 'Anna de Vries', 'mentor', 'Financiën', '', 'Nederlands', 'Excel', '', '1'],
      ['2', 'Bram Jansen', 'mentee', 'ICT', '', 'Nederlands', '', 'Excel', ''],
    ];
    const listed = operations.importTable(
      operations.createProject('x', 'careerMentoring', { newId, now: NOW }),
      operations.tableFrom(HEADERS, rows, undefined, newId),
      suggestMapping(HEADERS, rows),
      { kind: 'csv', fileName: 'lijst.csv', encoding: 'utf-8', separator: ';', sheet: null },
      NOW,
    );
    // The list has no column for interests: the criterion counts for nobody.
    const project = operations.setCriteria(listed, [
      { id: 'skills', spec: { kind: 'offerMeetsWant' }, importance: 4 },
      { id: 'interests', spec: { kind: 'shared', property: 'interests' }, importance: 3 },
    ], NOW);
    const input = matchingInput(project, projectParticipants(project).participants);
    expect(input.criteria).toEqual([{ kind: 'offerMeetsWant', weight: 8 }]);
    const result = runMatching(input);
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]!.score).toBe(100);
    expect(result.matches[0]!.breakdown.map((part) => part.kind)).toEqual(['offerMeetsWant']);
  });

  it('has a fingerprint that changes with any cell and stays with equal input', () => {
    const project = projectWithList();
    const print = inputFingerprint(matchingInput(project, projectParticipants(project).participants));
    expect(inputFingerprint(matchingInput(projectWithList(), projectParticipants(projectWithList()).participants))).toBe(print);
    const edited = operations.setCell(project, project.table.rows[1]!.id, 7, 'Excel; plannen', LATER);
    expect(inputFingerprint(matchingInput(edited, projectParticipants(edited).participants))).not.toBe(print);
    const stricter = operations.setRules(project, { ...project.rules, differentDepartment: true }, LATER);
    expect(inputFingerprint(matchingInput(stricter, projectParticipants(stricter).participants))).not.toBe(print);
  });
});

describe('the matcher record', () => {
  it('reads back exactly what it writes, and drops unknown properties', () => {
    const project = projectWithList();
    const read = validated(JSON.parse(JSON.stringify({ projects: [{ ...project, extra: 1 }] })));
    expect(read.ok && read.value).toEqual({ projects: [project] });
  });

  it('refuses what it would not write: a cell count that does not match the headers, a bad date, a duplicate id, an unknown mode', () => {
    const project = projectWithList();
    const broken = [
      { ...project, table: { ...project.table, rows: [{ ...project.table.rows[0]!, cells: ['x'] }] } },
      { ...project, updatedAt: 'gisteren' },
      { ...project, mode: { kind: 'lottery' } },
      { ...project, mode: { kind: 'groups', size: 4, minSize: 5 } },
      { ...project, criteria: [{ id: 'a', spec: { kind: 'offerMeetsWant' }, importance: 7 }] },
      { ...project, mapping: { columns: [] } },
      { ...project, table: { ...project.table, rows: [project.table.rows[0], project.table.rows[0]] } },
    ];
    for (const item of broken) expect(validated({ projects: [item] }).ok).toBe(false);
    expect(validated({ projects: [project, project] }).ok).toBe(false);
    expect(validated({ projects: 'none' }).ok).toBe(false);
  });

  it('salvages every project that reads and names the one that does not', async () => {
    const project = projectWithList();
    const salvaged = await matcherRecord.salvage!({ projects: [project, { id: 'broken' }, project] });
    expect(salvaged.value.projects).toEqual([project]);
    expect(salvaged.repairs.map((repair) => repair.key)).toEqual(['matcher.repair.projectDropped', 'matcher.repair.projectDropped']);
    expect((await matcherRecord.salvage!(42)).value).toEqual({ projects: [] });
  });

  it('merges a backup project by project, the later edit winning', () => {
    const mine = projectWithList();
    const theirs = operations.renameProject(mine, 'Najaar', LATER);
    const other = { ...operations.createProject('Ander', 'peerProgramme', { newId: counter('q'), now: NOW }) };
    const merged = matcherRecord.merge!({ projects: [mine] }, { projects: [theirs, other] });
    expect(merged.projects.map((project) => project.title)).toEqual(['Najaar', 'Ander']);
    expect(matcherRecord.describeMerge!({ projects: [mine] }, { projects: [theirs, other] }, merged).map((line) => line.key)).toEqual(['matcher.merge.added', 'matcher.merge.updated']);
  });

  it('any sequence of edits leaves a document that validates', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('cell' as const), row: fc.nat(5), column: fc.nat(10), value: fc.string({ maxLength: 30 }) }),
      fc.record({ kind: fc.constant('add' as const), cells: fc.array(fc.string({ maxLength: 10 }), { maxLength: 12 }) }),
      fc.record({ kind: fc.constant('remove' as const), row: fc.nat(5) }),
      fc.record({ kind: fc.constant('rename' as const), title: fc.string({ maxLength: 200 }) }),
      fc.record({ kind: fc.constant('preset' as const), preset: fc.constantFrom(...PRESET_IDS) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const newId = counter('e');
        let project = projectWithList();
        for (const step of edits) {
          const rowId = project.table.rows[('row' in step ? step.row : 0) % Math.max(1, project.table.rows.length)]?.id ?? 'none';
          if (step.kind === 'cell') project = operations.setCell(project, rowId, step.column, step.value, LATER);
          if (step.kind === 'add') project = operations.addRow(project, step.cells, newId, LATER, 20)?.project ?? project;
          if (step.kind === 'remove') project = operations.removeRow(project, rowId, LATER).project;
          if (step.kind === 'rename') project = operations.renameProject(project, step.title, LATER);
          if (step.kind === 'preset') project = operations.applyPreset(project, step.preset, LATER);
        }
        const read = validated(JSON.parse(JSON.stringify({ projects: [project] })));
        expect(read.ok).toBe(true);
        // Deriving the participants never throws, whatever was typed.
        projectParticipants(project);
      }),
      { numRuns: 300 },
    );
  });
});

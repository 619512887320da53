// From a project to what the engine reads: the participants derived from the table with the
// column mapping (the import's checks, so a cell fixed in place is checked the same way as a
// file), and the criteria and rules in the engine's terms. `fingerprint` tells whether a stored
// run was made on the input as it is now.
import type { Criterion, HardRules, MatchingInput } from '../matching/types.ts';
import { checkTable, type CheckResult } from './import/check.ts';
import { criteriaThatCount } from './criteria.ts';
import { IMPORTANCE_WEIGHTS, type MatchingProject } from './model.ts';

/** The participants and the row issues of a project's table; nothing before a mapping exists. */
export function projectParticipants(project: MatchingProject): CheckResult {
  if (project.mapping === null || project.table.rows.length === 0) return { participants: [], issues: [] };
  const { headers, rows } = project.table;
  return checkTable({ headers, rows: rows.map((row) => row.cells), rowNumbers: rows.map((row) => row.row) }, project.mapping);
}

/** The criteria that count (criteriaThatCount: importance above 0, columns present), weighted by their importance. */
export function engineCriteria(project: Pick<MatchingProject, 'criteria' | 'mapping'>): Criterion[] {
  return criteriaThatCount(project.criteria, project.mapping)
    .map((setting) => ({ ...setting.spec, weight: IMPORTANCE_WEIGHTS[setting.importance] }) as Criterion);
}

export function engineRules(project: Pick<MatchingProject, 'rules' | 'review'>): HardRules {
  const { rules, review } = project;
  return {
    noReportingLine: rules.noReportingLine,
    differentDepartment: rules.differentDepartment,
    sharedLanguage: rules.sharedLanguage,
    ...(rules.maxTimeZoneDifferenceHours === null ? {} : { maxTimeZoneDifferenceHours: rules.maxTimeZoneDifferenceHours }),
    excludedPairs: review.forbidden,
    lockedPairs: review.locked,
  };
}

export function matchingInput(project: MatchingProject, participants: CheckResult['participants']): MatchingInput {
  return {
    participants,
    criteria: engineCriteria(project),
    rules: engineRules(project),
    mode: project.mode,
    objective: project.objective,
    ...(project.rounds.length > 0 ? { history: { rounds: project.rounds, allowRepeats: project.allowRepeats } } : {}),
  };
}

/** FNV-1a (53 bits, two 32-bit halves) of the input's JSON: equal inputs, equal prints; a changed cell changes it. */
export function inputFingerprint(input: MatchingInput): string {
  const text = JSON.stringify(input);
  let low = 0x811c9dc5;
  let high = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ (code + index), 0x01000193) >>> 0;
  }
  return `${high.toString(36)}-${low.toString(36)}-${text.length.toString(36)}`;
}

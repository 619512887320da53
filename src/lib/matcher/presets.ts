// Starting points per programme type: the mode, the criteria with how much each counts, and the
// hard rules. The coordinator can change everything afterwards; the choices follow the guide
// (forms of mentoring, matching): an onboarding buddy is a peer from another team, career
// mentoring looks for a seniority gap and what the mentee wants to learn, reverse mentoring
// turns the gap round, and so on.
import type { Mode } from '../matching/types.ts';
import type { CriterionSetting, Importance, PresetId, RuleSettings } from './model.ts';
import { DEFAULT_RULES } from './model.ts';

export interface ProjectSettings {
  readonly mode: Mode;
  readonly criteria: readonly CriterionSetting[];
  readonly rules: RuleSettings;
}

/** Every criterion the workbook offers for the standard columns, by a fixed id. */
export const STANDARD_CRITERIA = {
  skills: { kind: 'offerMeetsWant' },
  languages: { kind: 'shared', property: 'languages' },
  interests: { kind: 'shared', property: 'interests' },
  sameDepartment: { kind: 'same', property: 'department' },
  otherDepartment: { kind: 'different', property: 'department' },
  sameLocation: { kind: 'same', property: 'location' },
  seniority: { kind: 'levelGap', target: 2, tolerance: 1 },
  reverseSeniority: { kind: 'levelGap', target: -2, tolerance: 1 },
  similarLevel: { kind: 'levelGap', target: 0, tolerance: 1 },
  timeZone: { kind: 'timeZone', fullWithinHours: 2, zeroAtHours: 8 },
  nominations: { kind: 'nomination' },
} as const satisfies Record<string, CriterionSetting['spec']>;

export type StandardCriterionId = keyof typeof STANDARD_CRITERIA;

const criteria = (levels: Partial<Record<StandardCriterionId, Importance>>): CriterionSetting[] =>
  (Object.entries(levels) as [StandardCriterionId, Importance][]).map(([id, importance]) => ({ id, spec: STANDARD_CRITERIA[id], importance }));

export const PRESETS: Readonly<Record<PresetId, ProjectSettings>> = {
  onboardingBuddy: {
    mode: { kind: 'mentoring', bothRoleSide: 'mentor' },
    criteria: criteria({ sameLocation: 3, otherDepartment: 2, interests: 2, languages: 1, similarLevel: 1 }),
    rules: { ...DEFAULT_RULES },
  },
  careerMentoring: {
    mode: { kind: 'mentoring' },
    criteria: criteria({ skills: 4, seniority: 3, otherDepartment: 2, nominations: 2, interests: 1 }),
    rules: { ...DEFAULT_RULES },
  },
  peerProgramme: {
    mode: { kind: 'peers', allowTrio: true },
    criteria: criteria({ skills: 3, similarLevel: 2, otherDepartment: 2, interests: 1 }),
    rules: { ...DEFAULT_RULES },
  },
  reverseMentoring: {
    mode: { kind: 'mentoring' },
    criteria: criteria({ skills: 4, reverseSeniority: 3, otherDepartment: 1 }),
    rules: { ...DEFAULT_RULES },
  },
  reciprocalDuos: {
    mode: { kind: 'reciprocal' },
    criteria: criteria({ skills: 4, otherDepartment: 2, interests: 1, timeZone: 1 }),
    rules: { ...DEFAULT_RULES },
  },
  groupMentoring: {
    mode: { kind: 'groups', size: 5, minSize: 4, maxSize: 6, oneMentorPerGroup: true },
    criteria: criteria({ skills: 3, interests: 2, otherDepartment: 1 }),
    rules: { ...DEFAULT_RULES },
  },
};

/** A fresh copy of a preset's settings, to store in a project. */
export function presetSettings(preset: PresetId): ProjectSettings {
  const settings = PRESETS[preset];
  return { mode: { ...settings.mode }, criteria: settings.criteria.map((setting) => ({ ...setting })), rules: { ...settings.rules } };
}

/** Whether the project's mode, criteria or rules differ from its preset's, so choosing another preset would lose them. */
export function changedFromPreset(project: { readonly preset: PresetId | null } & ProjectSettings): boolean {
  if (project.preset === null) return true;
  const preset = PRESETS[project.preset];
  return canonicalJson([project.mode, project.criteria, project.rules]) !== canonicalJson([preset.mode, preset.criteria, preset.rules]);
}

/** JSON with every object's keys sorted: a stored copy may list them in another order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

/** Group sizes the stored mode accepts: whole numbers from 2 to 50 with smallest ≤ usual ≤ largest. */
export const GROUP_SIZE_LIMITS = { min: 2, max: 50 } as const;

/**
 * A groups mode from sizes as typed: each clamped to the limits, and the one just changed
 * (`keep`) wins, the others move to make room, so the mode is always valid.
 */
export function groupsMode(sizes: { size: number; minSize: number; maxSize: number }, oneMentorPerGroup: boolean, keep: 'size' | 'minSize' | 'maxSize' = 'size'): Extract<Mode, { kind: 'groups' }> {
  const clamp = (value: number): number => Math.min(GROUP_SIZE_LIMITS.max, Math.max(GROUP_SIZE_LIMITS.min, Math.round(Number.isFinite(value) ? value : GROUP_SIZE_LIMITS.min)));
  let size = clamp(sizes.size);
  let minSize = clamp(sizes.minSize);
  let maxSize = clamp(sizes.maxSize);
  if (keep === 'minSize') {
    size = Math.max(size, minSize);
    maxSize = Math.max(maxSize, size);
  } else if (keep === 'maxSize') {
    size = Math.min(size, maxSize);
    minSize = Math.min(minSize, size);
  } else {
    minSize = Math.min(minSize, size);
    maxSize = Math.max(maxSize, size);
  }
  return { kind: 'groups', size, minSize, maxSize, oneMentorPerGroup };
}

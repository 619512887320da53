import type { SmartLetter } from './model.ts';

// Every piece of UI-facing text this library produces is one of these keys; the UI
// turns them into words with formatMessage and messages.nl.ts / messages.en.ts.

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Message<K extends string = GoalsMessageKey> {
  key: K;
  params: MessageParams;
}

export type SmartHintKey =
  | 'smart.specific.missing'
  | 'smart.specific.vague'
  | 'smart.specific.tooShort'
  | 'smart.specific.noActionVerb'
  | 'smart.specific.met'
  | 'smart.measurable.missing'
  | 'smart.measurable.noMeasure'
  | 'smart.measurable.met'
  | 'smart.achievable.missing'
  | 'smart.achievable.tooShort'
  | 'smart.achievable.met'
  | 'smart.relevant.missing'
  | 'smart.relevant.tooShort'
  | 'smart.relevant.met'
  | 'smart.timeBound.missing'
  | 'smart.timeBound.noDate'
  | 'smart.timeBound.pastDate'
  | 'smart.timeBound.pastTargetDate'
  | 'smart.timeBound.met'
  | 'smart.timeBound.metSuggestTargetDate';

export type SmartStatusKey = 'smart.status.met' | 'smart.status.weak' | 'smart.status.missing';

/** The letter, its name, the guiding prompt and an example answer, for each of S, M, A, R, T. */
export type SmartGuideKey = `smart.${SmartLetter}.${'letter' | 'name' | 'prompt' | 'example'}`;

export type ValidationErrorKey =
  | 'validation.notADocument'
  | 'validation.tooManyGoals'
  | 'validation.tooManySteps'
  | 'validation.tooManyCheckIns'
  | 'validation.wrongType'
  | 'validation.textTooLong'
  | 'validation.invalidDate'
  | 'validation.duplicateId';

export type GoalStatusKey = 'status.active' | 'status.completed' | 'status.overdue' | 'status.archived';

export type GoalLabelKey =
  | 'role.mentee'
  | 'role.mentor'
  | 'goal.copySuffix'
  | 'goal.untitled'
  | 'progress.summary'
  | 'example.category.workCulture'
  | 'example.category.skill'
  | 'example.category.network'
  | 'example.category.career'
  | 'example.category.leadership'
  | 'example.category.adviser'
  | 'example.category.communication'
  | 'example.category.perspective'
  | 'example.category.talent';

export type ExportKey =
  | 'export.ics.calendarName'
  | 'export.ics.goalSummary'
  | 'export.ics.stepSummary'
  | 'export.ics.stepDescription'
  | 'export.md.smartHeading'
  | 'export.md.targetDate'
  | 'export.md.noTargetDate'
  | 'export.md.role'
  | 'export.md.relationship'
  | 'export.md.archived'
  | 'export.md.stepsHeading'
  | 'export.md.noSteps'
  | 'export.md.due'
  | 'export.md.overdue'
  | 'export.md.checkInsHeading'
  | 'export.md.noCheckIns'
  | 'export.md.checkInHappened'
  | 'export.md.checkInNextStep'
  | 'export.md.exportedOn';

export type GoalsMessageKey =
  | SmartHintKey
  | SmartStatusKey
  | SmartGuideKey
  | ValidationErrorKey
  | GoalStatusKey
  | GoalLabelKey
  | ExportKey;

export type GoalsMessages = Readonly<Record<GoalsMessageKey, string>>;

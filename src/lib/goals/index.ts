// The goal workbook's domain layer, for the islands: import from here, not from the files
// behind it. Not here: record.ts (the stores import it) and the example galleries (each
// page's entry imports its own language's, so the other stays out of its bundle), and export/
// (the export menu imports it when it is used; a re-export here would bundle it with the page).
export * from './model.ts';
export { addDays, addMonths, formatDate, isIsoDate } from './dates.ts';
export * from './message-keys.ts';
export * from './operations/document.ts';
export * from './operations/goal.ts';
export * from './operations/step.ts';
export { addCheckIn, removeCheckIn, restoreCheckIn, updateCheckIn } from './operations/check-in.ts';
export type { CheckInPatch, NewCheckInInput } from './operations/check-in.ts';
export * from './progress.ts';
export { parseGoalsDocument, parseGoalsJson } from './validate.ts';
export type { ParseResult, ValidationError } from './validate.ts';
export { checkSmart, summariseSmart, MIN_ANSWER_WORDS, MIN_SPECIFIC_WORDS } from './smart/check.ts';
export type { SmartCheck, SmartCheckInput, SmartCheckOptions, SmartStatus, SmartVerdict } from './smart/check.ts';
export { detectDeadline, findDeadlines } from './smart/deadlines.ts';
export type { DeadlineMatch, DeadlineOptions } from './smart/deadlines.ts';
export { applyOffset, goalFromExample } from './examples/goal-example.ts';
export type { ExampleCategory, GoalExample, RelativeOffset } from './examples/goal-example.ts';
export { calendarFileName, goalsForCalendar, groupGoals, localIsoDate, selectionAfterRemoval } from './workbook-view.ts';
export type { GoalGroups } from './workbook-view.ts';

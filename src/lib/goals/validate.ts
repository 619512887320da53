import { isAllowedDate, isIsoDateTime } from './dates.ts';
import type { Message, ValidationErrorKey } from './message-keys.ts';
import type { CheckIn, Goal, GoalsDocument, SmartAnswers, Step } from './model.ts';
import { LIMITS, SMART_LETTERS, sortCheckInsNewestFirst } from './model.ts';

// Data from storage or a backup file is untrusted: it may be from an older version,
// hand-edited, or not ours at all. We rebuild every object field by field, so unknown
// properties are dropped and the UI only ever sees the shapes in model.ts.

export type ValidationError = Message<ValidationErrorKey>;
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

class Invalid extends Error {
  readonly error: ValidationError;
  constructor(key: ValidationErrorKey, params: ValidationError['params']) {
    super(key);
    this.error = { key, params };
  }
}

type Fields = Record<string, unknown>;

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid('goals.validation.wrongType', { path });
  return value as Fields;
}

function text(fields: Fields, key: string, path: string, max: number): string {
  const value = fields[key];
  const at = `${path}.${key}`;
  if (typeof value !== 'string') throw new Invalid('goals.validation.wrongType', { path: at });
  if (value.length > max) throw new Invalid('goals.validation.textTooLong', { path: at, max });
  return value;
}

function id(fields: Fields, path: string, seen: Set<string>): string {
  const value = text(fields, 'id', path, LIMITS.idLength);
  if (value.trim() === '') throw new Invalid('goals.validation.wrongType', { path: `${path}.id` });
  if (seen.has(value)) throw new Invalid('goals.validation.duplicateId', { path: `${path}.id`, id: value });
  seen.add(value);
  return value;
}

function bool(fields: Fields, key: string, path: string): boolean {
  const value = fields[key];
  if (typeof value !== 'boolean') throw new Invalid('goals.validation.wrongType', { path: `${path}.${key}` });
  return value;
}

function date(fields: Fields, key: string, path: string): string {
  const value = fields[key];
  if (!isAllowedDate(value)) throw new Invalid('goals.validation.invalidDate', { path: `${path}.${key}` });
  return value;
}

function nullableDate(fields: Fields, key: string, path: string): string | null {
  return fields[key] === null ? null : date(fields, key, path);
}

function dateTime(fields: Fields, key: string, path: string): string {
  const value = fields[key];
  if (!isIsoDateTime(value) || value.length > LIMITS.timestamp) throw new Invalid('goals.validation.invalidDate', { path: `${path}.${key}` });
  return value;
}

function list(fields: Fields, key: string, path: string, max: number, tooMany: ValidationErrorKey): unknown[] {
  const value = fields[key];
  if (!Array.isArray(value)) throw new Invalid('goals.validation.wrongType', { path: `${path}.${key}` });
  if (value.length > max) throw new Invalid(tooMany, { path: `${path}.${key}`, max, count: value.length });
  return value;
}

export function parseStep(value: unknown, path: string, seen: Set<string>): Step {
  const fields = record(value, path);
  const step: Step = {
    id: id(fields, path, seen),
    text: text(fields, 'text', path, LIMITS.stepText),
    dueDate: nullableDate(fields, 'dueDate', path),
    done: bool(fields, 'done', path),
  };
  // doneAt only means something while the step is done; a stale one is dropped, not an error.
  if (step.done && fields['doneAt'] !== undefined) step.doneAt = dateTime(fields, 'doneAt', path);
  return step;
}

export function parseCheckIn(value: unknown, path: string, seen: Set<string>): CheckIn {
  const fields = record(value, path);
  return {
    id: id(fields, path, seen),
    date: date(fields, 'date', path),
    happened: text(fields, 'happened', path, LIMITS.checkInText),
    nextStep: text(fields, 'nextStep', path, LIMITS.checkInText),
  };
}

function parseSmart(value: unknown, path: string): SmartAnswers {
  const fields = record(value, path);
  const answers: Partial<SmartAnswers> = {};
  for (const letter of SMART_LETTERS) answers[letter] = text(fields, letter, path, LIMITS.smartAnswer);
  return answers as SmartAnswers;
}

function parseOwnerRole(fields: Fields, path: string): Goal['ownerRole'] {
  const value = fields['ownerRole'];
  if (value !== 'mentee' && value !== 'mentor') throw new Invalid('goals.validation.wrongType', { path: `${path}.ownerRole` });
  return value;
}

export function parseGoal(value: unknown, path: string, seen: Set<string>): Goal {
  const fields = record(value, path);
  const stepIds = new Set<string>();
  const checkInIds = new Set<string>();
  const steps = list(fields, 'steps', path, LIMITS.stepsPerGoal, 'goals.validation.tooManySteps');
  const checkIns = list(fields, 'checkIns', path, LIMITS.checkInsPerGoal, 'goals.validation.tooManyCheckIns');
  return {
    id: id(fields, path, seen),
    title: text(fields, 'title', path, LIMITS.title),
    ownerRole: parseOwnerRole(fields, path),
    statement: text(fields, 'statement', path, LIMITS.statement),
    smart: parseSmart(fields['smart'], `${path}.smart`),
    targetDate: nullableDate(fields, 'targetDate', path),
    relationship: text(fields, 'relationship', path, LIMITS.relationship),
    archived: bool(fields, 'archived', path),
    steps: steps.map((step, index) => parseStep(step, `${path}.steps[${index}]`, stepIds)),
    checkIns: sortCheckInsNewestFirst(
      checkIns.map((checkIn, index) => parseCheckIn(checkIn, `${path}.checkIns[${index}]`, checkInIds)),
    ),
    createdAt: dateTime(fields, 'createdAt', path),
    updatedAt: dateTime(fields, 'updatedAt', path),
  };
}

export function parseGoalsDocument(input: unknown): ParseResult<GoalsDocument> {
  if (typeof input !== 'object' || input === null || !Array.isArray((input as Fields)['goals'])) {
    return { ok: false, error: { key: 'goals.validation.notADocument', params: {} } };
  }
  const goals = (input as { goals: unknown[] }).goals;
  if (goals.length > LIMITS.goals) {
    return { ok: false, error: { key: 'goals.validation.tooManyGoals', params: { max: LIMITS.goals, count: goals.length } } };
  }
  try {
    const seen = new Set<string>();
    return { ok: true, value: { goals: goals.map((goal, index) => parseGoal(goal, `goals[${index}]`, seen)) } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.error };
    throw error;
  }
}

/** For a backup file: broken JSON gets the same friendly error as a wrong shape. */
export function parseGoalsJson(json: string): ParseResult<GoalsDocument> {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    return { ok: false, error: { key: 'goals.validation.notADocument', params: {} } };
  }
  return parseGoalsDocument(input);
}

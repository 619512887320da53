import type { Message } from '../i18n/index.ts';
import { isAllowedDate, isIsoDateTime } from './dates.ts';
import type { CheckIn, Goal, GoalsDocument, SmartAnswers, Step } from './model.ts';
import { clampText, LIMITS, SMART_LETTERS, sortCheckInsNewestFirst } from './model.ts';
import { parseCheckIn, parseGoal, parseStep } from './validate.ts';

// Reading damaged goals (an old file, a bug, a hand edit): every goal, step and check-in that is
// valid comes through as it is; a broken field gets a safe value and a line in the repair list,
// and only what has no shape at all is left out. The original stays set aside by the storage
// module, so nothing here is lost for good.

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Context {
  repairs: Message[];
  goal: string;
}

function note(context: Context, key: Message['key'], params: Record<string, string | number | Message> = {}): void {
  context.repairs.push({ key, params: { goal: context.goal, ...params } });
}

function uniqueId(value: unknown, seen: Set<string>, fallback: string): string {
  let id = typeof value === 'string' && value.trim() !== '' && value.length <= LIMITS.idLength ? value : fallback;
  for (let suffix = 2; seen.has(id); suffix += 1) id = `${fallback}-${suffix}`;
  seen.add(id);
  return id;
}

function textField(context: Context, fields: Fields, key: string, max: number, field: Message): string {
  const value = fields[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    note(context, 'goals.repair.fieldReset', { field });
    return '';
  }
  if (value.length > max) {
    note(context, 'goals.repair.textShortened', { field, max });
    return clampText(value, max);
  }
  return value;
}

function dateField(context: Context, value: unknown, field: Message): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (isAllowedDate(value)) return value;
  note(context, 'goals.repair.dateCleared', { field, value: String(value).slice(0, 40) });
  return null;
}

function stamp(value: unknown, fallback: string): string {
  return isIsoDateTime(value) && value.length <= LIMITS.timestamp ? value : fallback;
}

/** The item as the strict reader takes it, when it passes; null sends it to the field-by-field reading. */
function intact<T extends { id: string }>(parse: (value: unknown, path: string, seen: Set<string>) => T, value: unknown, seen: Set<string>): T | null {
  try {
    const item = parse(value, 'item', new Set(seen));
    seen.add(item.id);
    return item;
  } catch {
    return null;
  }
}

function salvageStep(context: Context, value: unknown, index: number, seen: Set<string>, goalId: string): Step | null {
  const n = index + 1;
  if (!isFields(value)) {
    note(context, 'goals.repair.stepDropped', { n });
    return null;
  }
  const step: Step = {
    id: uniqueId(value['id'], seen, `${goalId}-step-${n}`),
    text: textField(context, value, 'text', LIMITS.stepText, { key: 'goals.repair.field.step', params: { n } }),
    dueDate: dateField(context, value['dueDate'], { key: 'goals.repair.field.stepDue', params: { n } }),
    done: value['done'] === true,
  };
  if (step.done && isIsoDateTime(value['doneAt'])) step.doneAt = value['doneAt'];
  return step;
}

function salvageCheckIn(context: Context, value: unknown, index: number, seen: Set<string>, goalId: string, fallbackDate: string): CheckIn | null {
  const n = index + 1;
  if (!isFields(value)) {
    note(context, 'goals.repair.checkInDropped', { n });
    return null;
  }
  let date = value['date'];
  if (!isAllowedDate(date)) {
    note(context, 'goals.repair.checkInDateReplaced', { n, value: String(date).slice(0, 40), date: fallbackDate });
    date = fallbackDate;
  }
  const field = { key: 'goals.repair.field.checkIn', params: { n } } as const;
  return {
    id: uniqueId(value['id'], seen, `${goalId}-check-in-${n}`),
    date: date as string,
    happened: textField(context, value, 'happened', LIMITS.checkInText, field),
    nextStep: textField(context, value, 'nextStep', LIMITS.checkInText, field),
  };
}

function list(context: Context, value: unknown, max: number, what: Message): unknown[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) note(context, 'goals.repair.fieldReset', { field: what });
    return [];
  }
  if (value.length > max) {
    note(context, 'goals.repair.tooManyItems', { field: what, max, count: value.length });
    return value.slice(0, max);
  }
  return value;
}

function salvageGoal(value: unknown, index: number, seen: Set<string>, repairs: Message[]): Goal | null {
  const n = index + 1;
  const goalAsStored = intact(parseGoal, value, seen);
  if (goalAsStored) return goalAsStored;
  if (!isFields(value)) {
    repairs.push({ key: 'goals.repair.goalDropped', params: { n } });
    return null;
  }
  const rawTitle = typeof value['title'] === 'string' ? value['title'] : '';
  const context: Context = { repairs, goal: clampText(rawTitle, 80).trim() || `#${n}` };
  const id = uniqueId(value['id'], seen, `recovered-goal-${n}`);
  const createdAt = stamp(value['createdAt'], stamp(value['updatedAt'], '2000-01-01T00:00:00.000Z'));
  const updatedAt = stamp(value['updatedAt'], createdAt);
  const smartFields = isFields(value['smart']) ? value['smart'] : {};
  const smart = Object.fromEntries(
    SMART_LETTERS.map((letter) => [
      letter,
      textField(context, smartFields, letter, LIMITS.smartAnswer, { key: 'goals.repair.field.smart', params: { letter: letter[0]!.toUpperCase() } }),
    ]),
  ) as SmartAnswers;
  const stepIds = new Set<string>();
  const checkInIds = new Set<string>();
  const fallbackDate = updatedAt.slice(0, 10);
  const ownerRole = value['ownerRole'] === 'mentor' ? 'mentor' : 'mentee';
  if (value['ownerRole'] !== 'mentor' && value['ownerRole'] !== 'mentee') note(context, 'goals.repair.fieldReset', { field: { key: 'goals.field.role' } });
  const steps = list(context, value['steps'], LIMITS.stepsPerGoal, { key: 'goals.field.steps' })
    .map((step, position) => intact(parseStep, step, stepIds) ?? salvageStep(context, step, position, stepIds, id))
    .filter((step): step is Step => step !== null);
  const checkIns = list(context, value['checkIns'], LIMITS.checkInsPerGoal, { key: 'goals.field.checkIns' })
    .map((checkIn, position) => intact(parseCheckIn, checkIn, checkInIds) ?? salvageCheckIn(context, checkIn, position, checkInIds, id, isAllowedDate(fallbackDate) ? fallbackDate : LIMITS.earliestDate))
    .filter((checkIn): checkIn is CheckIn => checkIn !== null);
  return {
    id,
    title: textField(context, value, 'title', LIMITS.title, { key: 'goals.field.title' }),
    ownerRole,
    statement: textField(context, value, 'statement', LIMITS.statement, { key: 'goals.field.statement' }),
    smart,
    targetDate: dateField(context, value['targetDate'], { key: 'goals.field.targetDate' }),
    relationship: textField(context, value, 'relationship', LIMITS.relationship, { key: 'goals.repair.field.relationship' }),
    archived: value['archived'] === true,
    steps,
    checkIns: sortCheckInsNewestFirst(checkIns),
    createdAt,
    updatedAt,
  };
}

export function salvageGoalsDocument(input: unknown): { value: GoalsDocument; repairs: Message[] } {
  const repairs: Message[] = [];
  const goals = isFields(input) && Array.isArray(input['goals']) ? input['goals'] : null;
  if (goals === null) return { value: { goals: [] }, repairs: [{ key: 'storage.repair.unreadable' }] };
  if (goals.length > LIMITS.goals) repairs.push({ key: 'goals.repair.tooManyGoals', params: { max: LIMITS.goals, count: goals.length } });
  const seen = new Set<string>();
  const value = goals
    .slice(0, LIMITS.goals)
    .map((goal, index) => salvageGoal(goal, index, seen, repairs))
    .filter((goal): goal is Goal => goal !== null);
  return { value: { goals: value }, repairs };
}

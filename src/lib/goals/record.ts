import type { Message } from '../i18n/index.ts';
import { countLatestById, mergeLatestById, type Path } from '../storage/merge.ts';
import type { RecordType } from '../storage/record-type.ts';
import { invalid, valid } from '../storage/validation.ts';
import type { GoalsDocument } from './model.ts';
import { parseGoalsDocument } from './validate.ts';

/** Merging a backup keeps every goal from both sides; where both have one, the later edit wins. */
export function mergeGoals(local: GoalsDocument, incoming: GoalsDocument): GoalsDocument {
  return { goals: mergeLatestById(local.goals, incoming.goals) };
}

function describeMerge(local: GoalsDocument, incoming: GoalsDocument, merged: GoalsDocument): Message[] {
  const { added, updated, keptNewer } = countLatestById(local.goals, incoming.goals, merged.goals);
  const lines: Message[] = [];
  if (added > 0) lines.push({ key: 'goals.merge.added', params: { count: added } });
  if (updated > 0) lines.push({ key: 'goals.merge.updated', params: { count: updated } });
  if (keptNewer > 0) lines.push({ key: 'goals.merge.keptNewer', params: { count: keptNewer } });
  return lines.length > 0 ? lines : [{ key: 'goals.merge.unchanged' }];
}

const FIELD_NAMES: Readonly<Record<string, Message['key']>> = {
  title: 'goals.field.title',
  statement: 'goals.field.statement',
  targetDate: 'goals.field.targetDate',
  relationship: 'goals.repair.field.relationship',
  ownerRole: 'goals.field.role',
  archived: 'goals.conflict.field.archived',
};

/** "the statement of “Feedback geven”", "step 2 of …": where a conflict is, in the reader's words. */
function describeField(path: Path, data: GoalsDocument): Message {
  const [, goalStep, field, item, itemField] = path;
  const goal = typeof goalStep === 'object' ? data.goals.find((candidate) => candidate.id === goalStep.id) : undefined;
  const title = goal?.title.trim() || '…';
  if (field === 'smart' && typeof item === 'string') {
    return { key: 'goals.conflict.in', params: { goal: title, field: { key: 'goals.repair.field.smart', params: { letter: item[0]!.toUpperCase() } } } };
  }
  if ((field === 'steps' || field === 'checkIns') && typeof item === 'object' && goal) {
    const list: readonly { id: string }[] = field === 'steps' ? goal.steps : goal.checkIns;
    const n = list.findIndex((entry) => entry.id === item.id) + 1;
    const key = field === 'steps' ? (itemField === 'dueDate' ? 'goals.repair.field.stepDue' : 'goals.repair.field.step') : 'goals.repair.field.checkIn';
    return { key: 'goals.conflict.in', params: { goal: title, field: { key, params: { n } } } };
  }
  const name = typeof field === 'string' ? FIELD_NAMES[field] : undefined;
  return name ? { key: 'goals.conflict.in', params: { goal: title, field: { key: name } } } : { key: 'goals.conflict.goal', params: { goal: title } };
}

const later = (a: unknown, b: unknown) => (String(a) > String(b) ? a : b);

export const goalsRecord: RecordType<GoalsDocument> = {
  kind: 'goals',
  version: 1,
  migrations: {},
  empty: () => ({ goals: [] }),
  validate: (data) => {
    const parsed = parseGoalsDocument(data);
    return parsed.ok ? valid(parsed.value) : invalid({ key: 'storage.validation.recordDamaged', params: { detail: parsed.error } });
  },
  // Damaged goals are rare; the code that reads them loads only then.
  salvage: async (data) => (await import('./salvage.ts')).salvageGoalsDocument(data),
  merge: mergeGoals,
  describeMerge,
  mergeRules: {
    // Timestamps are bookkeeping, not something a person typed: the later edit's stamp stands.
    autoResolve: (path, mine, theirs) => {
      const last = path.at(-1);
      return last === 'updatedAt' || last === 'doneAt' ? later(mine, theirs) : undefined;
    },
  },
  describeField,
  describeContents: (data) => ({ key: 'goals.contents', params: { count: data.goals.length } }),
  isEmpty: (data) => data.goals.length === 0,
};

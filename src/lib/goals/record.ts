import type { RecordType } from '../storage/record-type.ts';
import { invalid, valid } from '../storage/validation.ts';
import type { Goal, GoalsDocument } from './model.ts';
import { parseGoalsDocument } from './validate.ts';

/** Merging a backup keeps every goal from both sides; where both have a goal, the later edit wins. */
export function mergeGoals(local: GoalsDocument, incoming: GoalsDocument): GoalsDocument {
  const byId = new Map<string, Goal>(local.goals.map((goal) => [goal.id, goal]));
  for (const goal of incoming.goals) {
    const existing = byId.get(goal.id);
    if (!existing || goal.updatedAt > existing.updatedAt) byId.set(goal.id, goal);
  }
  const order = [...local.goals.map((goal) => goal.id), ...incoming.goals.map((goal) => goal.id)];
  return { goals: [...new Set(order)].map((id) => byId.get(id)!) };
}

export const goalsRecord: RecordType<GoalsDocument> = {
  kind: 'goals',
  version: 1,
  migrations: {},
  empty: () => ({ goals: [] }),
  validate: (data) => {
    const parsed = parseGoalsDocument(data);
    return parsed.ok ? valid(parsed.value) : invalid({ key: 'validation.recordDamaged', params: { detail: parsed.error.key } });
  },
  merge: mergeGoals,
};

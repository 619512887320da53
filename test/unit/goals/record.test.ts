import { describe, expect, it } from 'vitest';
import { goalsRecord, mergeGoals } from '../../../src/lib/goals/record.ts';
import { createGoal } from '../../../src/lib/goals/index.ts';
import type { Goal } from '../../../src/lib/goals/model.ts';

let counter = 0;
const goal = (title: string, updatedAt: string): Goal => ({
  ...createGoal({ title, ownerRole: 'mentee' }, { newId: () => `g${(counter += 1)}`, now: '2026-01-01T00:00:00.000Z' }),
  updatedAt,
});

describe('goals record', () => {
  it('validates a stored document and refuses a damaged one', () => {
    expect(goalsRecord.validate({ goals: [goal('A', '2026-01-01T00:00:00.000Z')] }).ok).toBe(true);
    const damaged = goalsRecord.validate({ goals: [{ id: 5 }] });
    expect(damaged.ok).toBe(false);
    expect(!damaged.ok && damaged.error.key).toBe('storage.validation.recordDamaged');
  });

  it('merges a backup: keeps both sides, the later edit of the same goal wins', () => {
    const shared = goal('Shared', '2026-01-01T00:00:00.000Z');
    const localOnly = goal('Local only', '2026-01-01T00:00:00.000Z');
    const incomingOnly = goal('Incoming only', '2026-01-01T00:00:00.000Z');
    const newerShared = { ...shared, title: 'Shared, edited later', updatedAt: '2026-02-01T00:00:00.000Z' };
    const merged = mergeGoals({ goals: [shared, localOnly] }, { goals: [newerShared, incomingOnly] });
    expect(merged.goals.map((g) => g.title)).toEqual(['Shared, edited later', 'Local only', 'Incoming only']);
    const olderIncoming = mergeGoals({ goals: [newerShared] }, { goals: [shared] });
    expect(olderIncoming.goals[0]!.title).toBe('Shared, edited later');
  });
});

// Locked pairs are fixed by the coordinator: they are kept as given (rule breaks are
// reported, not undone) and the engine plans the rest around them.
import { compareIds } from './canonical.ts';
import { validPairs, type RunContext } from './context.ts';
import { ruleNames } from './hard-rules.ts';
import { labelParam, message } from './messages.ts';

export interface LockedPair {
  /** Mentor in the two-sided modes. */
  readonly a: number;
  readonly b: number;
}

export interface LockedPlan {
  readonly pairs: readonly LockedPair[];
  /** Participants that are taken by a locked pair (mentors only when they have no room left is decided by the mode). */
  readonly taken: Uint8Array;
  /** Locked mentees per mentor. */
  readonly lockedCount: Int32Array;
}

/**
 * isMentor: side of each participant in the two-sided modes, or null for one pool.
 * With `mentorsTakeSeveral` a mentor may appear in several locked pairs (capacity is
 * checked by the mode); everyone else appears once.
 */
export function planLocked(
  ctx: RunContext,
  isMentor: ((i: number) => boolean) | null,
  mentorsTakeSeveral = true,
): LockedPlan {
  const n = ctx.features.people.length;
  const taken = new Uint8Array(n);
  const lockedCount = new Int32Array(n);
  const pairs: LockedPair[] = [];
  const { indexById, people } = ctx.features;
  const input = validPairs(ctx.input.rules?.lockedPairs)
    .sort((p, q) => compareIds(p[0], q[0]) || compareIds(p[1], q[1]));
  for (const [x, y] of input) {
    const i = indexById.get(x);
    const j = indexById.get(y);
    if (i === undefined || j === undefined) {
      ctx.issues.push({
        severity: 'warning',
        ids: [x, y],
        message: message('data.unknownLockedParticipant', { id: i === undefined ? x : y }),
      });
      continue;
    }
    let a = i;
    let b = j;
    if (isMentor !== null && !isMentor(a) && isMentor(b)) {
      a = j;
      b = i;
    }
    const conflict =
      a === b ||
      (isMentor !== null
        ? !isMentor(a) || isMentor(b) || taken[b] === 1 || (!mentorsTakeSeveral && taken[a] === 1)
        : taken[a] === 1 || taken[b] === 1);
    if (conflict) {
      ctx.issues.push({
        severity: 'warning',
        ids: [x, y],
        message: message('data.lockedPairConflict', { a: people[i]!.name, b: people[j]!.name }),
      });
      continue;
    }
    pairs.push({ a, b });
    taken[b] = 1;
    if (isMentor === null || !mentorsTakeSeveral) taken[a] = 1;
    lockedCount[a]!++;
    const broken = ruleNames(ctx.mask(a, b));
    if (broken.length > 0) {
      ctx.issues.push({
        severity: 'warning',
        ids: [people[a]!.id, people[b]!.id],
        message: message('data.lockedPairBreaksRule', {
          a: people[a]!.name,
          b: people[b]!.name,
          rule: labelParam(`rule.${broken[0]!}`),
        }),
      });
    }
  }
  return { pairs, taken, lockedCount };
}

// Locked pairs are fixed by the coordinator: in the pair modes they are kept as given (rule
// breaks are reported, not undone) and the engine plans the rest around them; in groups
// mode they join people into blocks that share a group (planLockBlocks).
import { compareIds } from './canonical.ts';
import type { RunContext } from './context.ts';
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
  for (const [x, y] of ctx.input.lockedPairs) {
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

export interface LockBlocks {
  /** Everyone's block: people locked together (transitively), singletons for the rest; ordered by first member. */
  readonly blocks: readonly (readonly number[])[];
  readonly blockOf: Int32Array;
}

/**
 * Groups mode: locks are transitive, so they join people into blocks that must share a
 * group. Locks are taken in canonical order (smaller id first, then sorted); one is dropped and
 * reported when its merged block would need more room than a group has (`room(block)`),
 * or when two of the merged members may not share a group (`together`: hard rules, two
 * mentors). Unlike a locked pair in the pair modes, a lock never overrides a hard rule
 * here: it would drag everyone else in the group along, and the locks a chain implies
 * were never fixed by hand.
 */
export function planLockBlocks(
  ctx: RunContext,
  together: (i: number, j: number) => boolean,
  room: (members: readonly number[]) => number,
  twoMentors: (i: number, j: number) => boolean,
): LockBlocks {
  const n = ctx.features.people.length;
  const { indexById, people } = ctx.features;
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const root = Int32Array.from({ length: n }, (_, i) => i);
  const names = (i: number, j: number) => ({ a: people[i]!.name, b: people[j]!.name });
  // A group has no sides, so which of a pair's ids comes first must not decide which lock wins.
  const canonical = ctx.input.lockedPairs
    .map(([x, y]): readonly [string, string] => (compareIds(x, y) <= 0 ? [x, y] : [y, x]))
    .sort((p, q) => compareIds(p[0], q[0]) || compareIds(p[1], q[1]));
  for (const [x, y] of canonical) {
    const i = indexById.get(x);
    const j = indexById.get(y);
    if (i === undefined || j === undefined) {
      ctx.issues.push({ severity: 'warning', ids: [x, y], message: message('data.unknownLockedParticipant', { id: i === undefined ? x : y }) });
      continue;
    }
    if (i === j) {
      ctx.issues.push({ severity: 'warning', ids: [x, y], message: message('data.lockedPairConflict', names(i, j)) });
      continue;
    }
    const ri = root[i]!;
    const rj = root[j]!;
    if (ri === rj) continue;
    const merged = [...members[ri]!, ...members[rj]!].sort((p, q) => p - q);
    if (merged.length > room(merged)) {
      ctx.issues.push({
        severity: 'warning',
        ids: [x, y],
        message: message('data.lockedGroupTooLarge', { ...names(i, j), size: merged.length, max: room(merged) }),
      });
      continue;
    }
    const clash = firstClash(members[ri]!, members[rj]!, together);
    if (clash !== null) {
      const [p, q] = clash;
      const broken = ruleNames(ctx.mask(p, q));
      ctx.issues.push({
        severity: 'warning',
        ids: [x, y],
        message:
          broken.length === 0 && twoMentors(p, q)
            ? message('data.lockedGroupTwoMentors', { ...names(i, j), x: people[p]!.name, y: people[q]!.name })
            : message('data.lockedGroupBreaksRule', {
                ...names(i, j),
                x: people[p]!.name,
                y: people[q]!.name,
                rule: labelParam(`rule.${broken[0] ?? 'excluded'}`),
              }),
      });
      continue;
    }
    const into = Math.min(ri, rj);
    const from = Math.max(ri, rj);
    for (const p of members[from]!) root[p] = into;
    members[into] = merged;
    members[from] = [];
  }
  const blocks = members.filter((m) => m.length > 0);
  const blockOf = new Int32Array(n);
  blocks.forEach((b, bi) => b.forEach((p) => (blockOf[p] = bi)));
  return { blocks, blockOf };
}

function firstClash(
  left: readonly number[],
  right: readonly number[],
  together: (i: number, j: number) => boolean,
): [number, number] | null {
  for (const p of left) for (const q of right) if (!together(p, q)) return p < q ? [p, q] : [q, p];
  return null;
}

// Mode (d)'s lock rule written out again for the tests: locks in canonical order, each kept
// when the merged set fits one group and any two in it may share one.
import { compareIds } from '../../../src/lib/matching/canonical.ts';
import type { RunContext } from '../../../src/lib/matching/context.ts';

export interface Expected {
  readonly blockOf: Int32Array;
  readonly blocks: readonly (readonly number[])[];
  readonly dropped: number;
}

/** Locks in canonical order: smaller id first, pairs sorted. */
export function expectedBlocks(ctx: RunContext): Expected {
  const mode = ctx.input.mode;
  if (mode?.kind !== 'groups') throw new Error('groups only');
  const people = ctx.features.people;
  const n = people.length;
  const isMentor = (i: number): boolean => mode.oneMentorPerGroup && people[i]!.role === 'mentor';
  const blockOf = Int32Array.from({ length: n }, (_, i) => i);
  const membersOf = (b: number): number[] => [...blockOf.keys()].filter((p) => blockOf[p] === b);
  let dropped = 0;
  const locks = ctx.input.lockedPairs
    .map(([x, y]) => (compareIds(x, y) <= 0 ? [x, y] : [y, x]))
    .sort((p, q) => compareIds(p[0]!, q[0]!) || compareIds(p[1]!, q[1]!));
  for (const [x, y] of locks) {
    const i = ctx.features.indexById.get(x!);
    const j = ctx.features.indexById.get(y!);
    if (i === undefined || j === undefined || i === j) {
      dropped++;
      continue;
    }
    if (blockOf[i] === blockOf[j]) continue;
    const merged = [...membersOf(blockOf[i]!), ...membersOf(blockOf[j]!)];
    const room = mode.maxSize + (merged.some(isMentor) ? 1 : 0);
    const clash = merged.some((p) => merged.some((q) => p !== q && (ctx.mask(p, q) !== 0 || (isMentor(p) && isMentor(q)))));
    if (merged.length > room || clash) {
      dropped++;
      continue;
    }
    const into = Math.min(blockOf[i]!, blockOf[j]!);
    for (const p of merged) blockOf[p] = into;
  }
  const blocks = [...new Set(blockOf)].map(membersOf);
  return { blockOf, blocks, dropped };
}


// Local search for groups. Objective: Σ over groups of 2·(sum of pair scores)/(size − 1),
// i.e. Σ over people of their mean score to group mates. Moves keep every group within
// the size bounds and never put two incompatible people together.
import type { Control } from '../progress.ts';

export interface GroupState {
  readonly n: number;
  /** Pair score, or -1 when the pair may not share a group. */
  readonly weight: Int32Array;
  members: number[][];
  readonly minSize: number;
  readonly maxSize: number;
  readonly isMentor: (i: number) => boolean;
  /** People locked together move as one (see GroupPlan). */
  readonly blocks: readonly (readonly number[])[];
  readonly blockOf: Int32Array;
}

const MAX_PASSES = 60;

function value(sum: number, size: number): number {
  return size <= 1 ? 0 : (2 * sum) / (size - 1);
}

/** Improves `state` in place; may place people from `unplaced` (which it updates). */
export function improveGroups(state: GroupState, unplaced: number[], control: Control): void {
  const { n, weight } = state;
  const groupOf = new Int32Array(n).fill(-1);
  state.members.forEach((g, gi) => g.forEach((p) => (groupOf[p] = gi)));
  const G = state.members.length;
  // toGroup[p*G+g]: sum of p's scores to members of g; conflicts: members of g p may not join.
  const toGroup = new Float64Array(n * G);
  const conflicts = new Int32Array(n * G);
  const sums = new Float64Array(G);
  const join = (p: number, g: number, sign: 1 | -1): void => {
    for (let q = 0; q < n; q++) {
      if (q === p) continue;
      const w = weight[q * n + p]!;
      if (w < 0) conflicts[q * G + g]! += sign;
      else toGroup[q * G + g]! += sign * w;
    }
  };
  state.members.forEach((g, gi) => {
    for (const p of g) join(p, gi, 1);
    for (const p of g) sums[gi] = sums[gi]! + toGroup[p * G + gi]! / 2;
  });
  const { blocks } = state;
  const B = blocks.length;
  const w = (a: number, b: number): number => Math.max(0, weight[a * n + b]!);
  // The swap loop runs over all pairs of blocks, so the common one-person block is read directly.
  const single = Int32Array.from(blocks, (m) => (m.length === 1 ? m[0]! : -1));
  const blockTo = (b: number, g: number): number => {
    const p = single[b]!;
    if (p >= 0) return toGroup[p * G + g]!;
    let s = 0;
    for (const q of blocks[b]!) s += toGroup[q * G + g]!;
    return s;
  };
  const blockConflicts = (b: number, g: number): number => {
    const p = single[b]!;
    if (p >= 0) return conflicts[p * G + g]!;
    let s = 0;
    for (const q of blocks[b]!) s += conflicts[q * G + g]!;
    return s;
  };
  const between = (b: number, c: number, f: (p: number, q: number) => number): number => {
    if (single[b]! >= 0 && single[c]! >= 0) return f(single[b]!, single[c]!);
    let s = 0;
    for (const p of blocks[b]!) for (const q of blocks[c]!) s += f(p, q);
    return s;
  };
  const incompatible = (a: number, b: number): number => (weight[a * n + b]! < 0 ? 1 : 0);
  // Pairs inside a block: counted twice in its members' toGroup, once in the group's sum.
  const internal = Float64Array.from(blocks, (m) => {
    let s = 0;
    for (let x = 0; x < m.length; x++) for (let y = x + 1; y < m.length; y++) s += w(m[x]!, m[y]!);
    return s;
  });
  const hasMentor = Uint8Array.from(blocks, (m) => (m.some(state.isMentor) ? 1 : 0));
  const move = (p: number, from: number, to: number): void => {
    if (from >= 0) {
      sums[from] = sums[from]! - toGroup[p * G + from]!;
      state.members[from] = state.members[from]!.filter((q) => q !== p);
      join(p, from, -1);
    }
    if (to >= 0) {
      sums[to] = sums[to]! + toGroup[p * G + to]!;
      state.members[to]!.push(p);
      join(p, to, 1);
    }
    groupOf[p] = to;
  };
  const moveBlock = (b: number, from: number, to: number): void => {
    for (const p of blocks[b]!) move(p, from, to);
  };
  const firstOf = Int32Array.from(blocks, (m) => m[0]!);
  const groupOfBlock = (b: number): number => groupOf[firstOf[b]!]!;
  const mentorsIn = (g: number): number => state.members[g]!.filter(state.isMentor).length;
  const out = [...new Set(unplaced.map((p) => state.blockOf[p]!))];

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    control.tick('solve', pass / MAX_PASSES);
    let improved = false;
    // 1. Place anyone still out where they fit (more people placed comes first).
    for (let k = 0; k < out.length; k++) {
      const b = out[k]!;
      const s = blocks[b]!.length;
      let best = -1;
      for (let g = 0; g < G; g++) {
        const size = state.members[g]!.length;
        if (size === 0 || size + s > state.maxSize || blockConflicts(b, g) !== 0) continue;
        if (hasMentor[b] === 1 && mentorsIn(g) > 0) continue;
        if (best < 0 || blockTo(b, g) / size > blockTo(b, best) / state.members[best]!.length) best = g;
      }
      if (best >= 0) {
        moveBlock(b, -1, best);
        out.splice(k--, 1);
        improved = true;
      }
    }
    // 2. Moves between groups that stay within the size bounds.
    for (let b = 0; b < B; b++) {
      const from = groupOfBlock(b);
      if (from < 0 || hasMentor[b] === 1) continue;
      const s = blocks[b]!.length;
      const sf = state.members[from]!.length;
      if (sf - s < state.minSize) continue;
      const leaves = blockTo(b, from) - internal[b]!;
      const lossFrom = value(sums[from]! - leaves, sf - s) - value(sums[from]!, sf);
      for (let to = 0; to < G; to++) {
        const st = state.members[to]!.length;
        if (to === from || st === 0 || st + s > state.maxSize || blockConflicts(b, to) !== 0) continue;
        const gain = value(sums[to]! + blockTo(b, to) + internal[b]!, st + s) - value(sums[to]!, st);
        if (gain + lossFrom > 1e-9) {
          moveBlock(b, from, to);
          improved = true;
          break;
        }
      }
    }
    // 3. Swaps of two blocks (a mentor's with a mentor's, peers with peers).
    for (let b = 0; b < B; b++) {
      for (let c = b + 1; c < B; c++) {
        // Read again each time: a swap just made moved b.
        const gb = groupOfBlock(b);
        if (gb < 0) break;
        const gc = groupOfBlock(c);
        if (gc < 0 || gb === gc || hasMentor[b] !== hasMentor[c]) continue;
        const sb = blocks[b]!.length;
        const sc = blocks[c]!.length;
        const nb = state.members[gb]!.length - sb + sc;
        const nc = state.members[gc]!.length - sc + sb;
        if (nb < state.minSize || nb > state.maxSize || nc < state.minSize || nc > state.maxSize) continue;
        const bad = between(b, c, incompatible);
        if (blockConflicts(b, gc) - bad !== 0 || blockConflicts(c, gb) - bad !== 0) continue;
        const cross = between(b, c, w);
        const newB = sums[gb]! - blockTo(b, gb) + internal[b]! + blockTo(c, gb) - cross + internal[c]!;
        const newC = sums[gc]! - blockTo(c, gc) + internal[c]! + blockTo(b, gc) - cross + internal[b]!;
        const sp = state.members[gb]!.length;
        const sq = state.members[gc]!.length;
        const delta = value(newB, nb) + value(newC, nc) - value(sums[gb]!, sp) - value(sums[gc]!, sq);
        if (delta > 1e-9) {
          moveBlock(b, gb, -1);
          moveBlock(c, gc, gb);
          moveBlock(b, -1, gc);
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  unplaced.length = 0;
  for (const b of out) unplaced.push(...blocks[b]!);
  // Groups that ended below the minimum size are dissolved.
  state.members.forEach((g, gi) => {
    if (g.length > 0 && g.length < state.minSize) {
      for (const p of [...g]) {
        move(p, gi, -1);
        unplaced.push(p);
      }
    }
  });
  unplaced.sort((a, b) => a - b);
  state.members = state.members.filter((g) => g.length > 0).map((g) => [...g].sort((a, b) => a - b));
}

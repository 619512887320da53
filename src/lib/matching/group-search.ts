// Local search for groups. Objective: Σ over groups of 2·(sum of pair scores)/(size − 1),
// i.e. Σ over people of their mean score to group mates. Moves keep every group within
// the size bounds and never put two incompatible people together.
import type { Control } from './progress.ts';

export interface GroupState {
  readonly n: number;
  /** Pair score, or -1 when the pair may not share a group. */
  readonly weight: Int32Array;
  members: number[][];
  readonly minSize: number;
  readonly maxSize: number;
  readonly isMentor: (i: number) => boolean;
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
  const w = (a: number, b: number): number => Math.max(0, weight[a * n + b]!);
  const incompatible = (a: number, b: number): number => (weight[a * n + b]! < 0 ? 1 : 0);
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
  const mentorsIn = (g: number): number => state.members[g]!.filter(state.isMentor).length;

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    control.tick('solve', pass / MAX_PASSES);
    let improved = false;
    // 1. Place anyone still out where they fit (more people placed comes first).
    for (let k = 0; k < unplaced.length; k++) {
      const p = unplaced[k]!;
      let best = -1;
      for (let g = 0; g < G; g++) {
        const size = state.members[g]!.length;
        if (size === 0 || size >= state.maxSize || conflicts[p * G + g] !== 0) continue;
        if (state.isMentor(p) && mentorsIn(g) > 0) continue;
        if (best < 0 || toGroup[p * G + g]! / size > toGroup[p * G + best]! / state.members[best]!.length) best = g;
      }
      if (best >= 0) {
        move(p, -1, best);
        unplaced.splice(k--, 1);
        improved = true;
      }
    }
    // 2. Moves between groups that stay within the size bounds.
    for (let p = 0; p < n; p++) {
      const from = groupOf[p]!;
      if (from < 0 || state.isMentor(p)) continue;
      const sf = state.members[from]!.length;
      if (sf <= state.minSize) continue;
      const lossFrom = value(sums[from]! - toGroup[p * G + from]!, sf - 1) - value(sums[from]!, sf);
      for (let to = 0; to < G; to++) {
        const st = state.members[to]!.length;
        if (to === from || st === 0 || st >= state.maxSize || conflicts[p * G + to] !== 0) continue;
        const gain = value(sums[to]! + toGroup[p * G + to]!, st + 1) - value(sums[to]!, st);
        if (gain + lossFrom > 1e-9) {
          move(p, from, to);
          improved = true;
          break;
        }
      }
    }
    // 3. Swaps of two people (mentor with mentor, peer with peer).
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const gp = groupOf[p]!;
        const gq = groupOf[q]!;
        if (gp < 0 || gq < 0 || gp === gq || state.isMentor(p) !== state.isMentor(q)) continue;
        const bad = incompatible(p, q);
        if (conflicts[p * G + gq]! - bad !== 0 || conflicts[q * G + gp]! - bad !== 0) continue;
        const newP = sums[gp]! - toGroup[p * G + gp]! + toGroup[q * G + gp]! - w(p, q);
        const newQ = sums[gq]! - toGroup[q * G + gq]! + toGroup[p * G + gq]! - w(p, q);
        const sp = state.members[gp]!.length;
        const sq = state.members[gq]!.length;
        const delta = value(newP, sp) + value(newQ, sq) - value(sums[gp]!, sp) - value(sums[gq]!, sq);
        if (delta > 1e-9) {
          move(p, gp, -1);
          move(q, gq, gp);
          move(p, -1, gq);
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
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

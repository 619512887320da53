// Exhaustive search over all matchings of tiny instances: the reference the engine's
// optimality is checked against.
export interface ObjectiveValue {
  readonly pairs: number;
  readonly min: number;
  readonly total: number;
  /** Sum of the tie-break values: only decides between otherwise equal matchings. */
  readonly tie: number;
}

/** `weight`: plain maximum weight, without putting the number of pairs first. */
export type ObjectiveKind = 'total' | 'fairness' | 'weight';

export function objectiveOf(scores: readonly number[], ties: readonly number[] = []): ObjectiveValue {
  return {
    pairs: scores.length,
    min: scores.length === 0 ? Infinity : Math.min(...scores),
    total: scores.reduce((a, b) => a + b, 0),
    tie: ties.reduce((a, b) => a + b, 0),
  };
}

/** Positive when a is better than b. */
export function compareObjective(a: ObjectiveValue, b: ObjectiveValue, kind: ObjectiveKind): number {
  if (kind === 'weight') return a.total - b.total;
  if (a.pairs !== b.pairs) return a.pairs - b.pairs;
  if (kind === 'fairness' && a.pairs > 0 && a.min !== b.min) return a.min - b.min;
  if (a.total !== b.total) return a.total - b.total;
  return a.tie - b.tie;
}

/** score(l, r) >= 0 when allowed, -1 when not. */
export function bruteBipartite(
  left: number,
  right: number,
  capacity: readonly number[],
  score: (l: number, r: number) => number,
  kind: ObjectiveKind,
  tie: (l: number, r: number) => number = () => 0,
): ObjectiveValue {
  let best = objectiveOf([]);
  const used = capacity.map(() => 0);
  const chosen: number[] = [];
  const ties: number[] = [];
  const rec = (l: number): void => {
    if (l === left) {
      const value = objectiveOf(chosen, ties);
      if (compareObjective(value, best, kind) > 0) best = value;
      return;
    }
    rec(l + 1);
    for (let r = 0; r < right; r++) {
      const s = score(l, r);
      if (s < 0 || used[r]! >= capacity[r]!) continue;
      used[r]!++;
      chosen.push(s);
      ties.push(tie(l, r));
      rec(l + 1);
      ties.pop();
      chosen.pop();
      used[r]!--;
    }
  };
  rec(0);
  return best;
}

export function bruteGeneral(
  size: number,
  score: (i: number, j: number) => number,
  kind: ObjectiveKind,
  tie: (i: number, j: number) => number = () => 0,
): ObjectiveValue {
  let best = objectiveOf([]);
  const used = new Array<boolean>(size).fill(false);
  const chosen: number[] = [];
  const ties: number[] = [];
  const rec = (i: number): void => {
    while (i < size && used[i]) i++;
    if (i >= size) {
      const value = objectiveOf(chosen, ties);
      if (compareObjective(value, best, kind) > 0) best = value;
      return;
    }
    used[i] = true;
    rec(i + 1);
    for (let j = i + 1; j < size; j++) {
      const s = score(i, j);
      if (used[j] || s < 0) continue;
      used[j] = true;
      chosen.push(s);
      ties.push(tie(i, j));
      rec(i + 1);
      ties.pop();
      chosen.pop();
      used[j] = false;
    }
    used[i] = false;
  };
  rec(0);
  return best;
}

/**
 * Exhaustive search over groupings: groups of `min..max` people (w ≥ 0 for every two
 * members), everyone else unplaced, and every block of `blockOf` (people locked together)
 * wholly in one group or wholly unplaced. Returns the best [placed, Σ mean score to mates]:
 * by people placed first, then value, or (`placedFirst` false) by value alone.
 */
export function bruteGroupings(
  n: number,
  w: Int32Array,
  min: number,
  max: number,
  blockOf: Int32Array = Int32Array.from({ length: n }, (_, i) => i),
  placedFirst = true,
): [number, number] {
  const blocks = new Map<number, number[]>();
  for (let p = 0; p < n; p++) blocks.set(blockOf[p]!, [...(blocks.get(blockOf[p]!) ?? []), p]);
  // Blocks in order of their first member, so a group is always started by the first person left.
  const order = [...blocks.values()].sort((a, b) => a[0]! - b[0]!);
  let best: [number, number] = [0, 0];
  const used = new Array<boolean>(order.length).fill(false);
  const better = (placed: number, value: number): boolean =>
    placedFirst ? placed > best[0] || (placed === best[0] && value > best[1] + 1e-9) : value > best[1] + 1e-9;
  const valueOf = (group: readonly number[]): number => {
    let v = 0;
    for (const p of group) {
      let s = 0;
      for (const q of group) if (q !== p) s += w[p * n + q]!;
      v += s / (group.length - 1);
    }
    return v;
  };
  const fits = (group: readonly number[], block: readonly number[]): boolean =>
    block.every((p) => group.every((q) => w[p * n + q]! >= 0));
  const rec = (placed: number, value: number): void => {
    if (better(placed, value)) best = [placed, value];
    const first = used.indexOf(false);
    if (first < 0) return;
    used[first] = true;
    rec(placed, value);
    const start = order[first]!;
    if (start.length <= max && start.every((p, x) => start.slice(x + 1).every((q) => w[p * n + q]! >= 0))) {
      const group = [...start];
      const grow = (next: number): void => {
        if (group.length >= min) rec(placed + group.length, value + valueOf(group));
        for (let b = next; b < order.length; b++) {
          const block = order[b]!;
          if (used[b] || group.length + block.length > max || !fits(group, block)) continue;
          used[b] = true;
          group.push(...block);
          grow(b + 1);
          group.length -= block.length;
          used[b] = false;
        }
      };
      grow(first + 1);
    }
    used[first] = false;
  };
  rec(0, 0);
  return best;
}

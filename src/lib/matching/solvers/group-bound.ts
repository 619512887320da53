// Upper bound for mode (d). In groups of at least k + 1 people, person p's mean score to
// their mates is Σ_q y_pq·w_pq with Σ_q y_pq = 1, 0 ≤ y_pq ≤ 1/k, and y_pq = y_qp (mates are
// mates both ways). Dropping y_pq = y_qp gives the old bound: everyone's k best partners.
// Lagrangian relaxation keeps it with prices λ_pq = −λ_qp:
//   L(λ) = Σ_p max(0, (1/k) · sum of the k largest w_pq + λ_pq over eligible q),
// an upper bound for every antisymmetric λ (in a real grouping the prices cancel). A
// subgradient method lowers it: when q is among p's best but p is not among q's, λ_pq falls
// and λ_qp rises. The best L seen is reported; every step is deterministic.
import type { Control } from '../progress.ts';

export interface GroupBoundInput {
  readonly n: number;
  /** Pair score, or -1 when the two may not share a group. */
  readonly weight: Int32Array;
  /** Smallest group size − 1: the most mates anyone's mean is taken over at least. */
  readonly k: number;
  /** The value of a grouping found (Σ mean score to mates), aimed at by the step size. */
  readonly achieved: number;
}

/** Subgradient rounds: each costs about n² steps, so fewer for large pools. */
export function boundRounds(n: number): number {
  return Math.max(5, Math.min(150, Math.floor(15_000_000 / Math.max(1, n * n))));
}

export function groupUpperBound(p: GroupBoundInput, control: Control): { bound: number; independent: number } {
  const { n, weight, k } = p;
  // Nobody can have k mates when the smallest group is larger than the pool: no group, no score.
  if (n === 0 || k > n - 1) return { bound: 0, independent: 0 };
  const price = new Float64Array(n * n);
  const chosen = new Int32Array(n * k).fill(-1);
  const top = new Float64Array(k);
  const rounds = boundRounds(n);
  let best = Infinity;
  let independent = 0;
  let theta = 1;
  let sinceBest = 0;
  for (let round = 0; round < rounds; round++) {
    control.tick('explain', round / rounds);
    let value = 0;
    for (let a = 0; a < n; a++) {
      const base = a * n;
      let count = 0;
      // Insertion into a sorted buffer of the k best: k is small (a group size).
      for (let b = 0; b < n; b++) {
        const w = weight[base + b]!;
        if (w < 0) continue;
        const x = w + price[base + b]!;
        if (count === k && x <= top[k - 1]!) continue;
        let pos = count < k ? count++ : k - 1;
        while (pos > 0 && top[pos - 1]! < x) {
          top[pos] = top[pos - 1]!;
          chosen[a * k + pos] = chosen[a * k + pos - 1]!;
          pos--;
        }
        top[pos] = x;
        chosen[a * k + pos] = b;
      }
      let sum = 0;
      for (let s = 0; s < count; s++) sum += top[s]!;
      // Staying unplaced is worth 0, so a person whose best is negative at these prices
      // counts 0 and picks no one; so does one with too few eligible partners.
      if (count < k || sum < 0) {
        for (let s = 0; s < k; s++) chosen[a * k + s] = -1;
        continue;
      }
      value += sum / k;
    }
    if (round === 0) independent = value;
    if (value < best - 1e-9) {
      best = value;
      sinceBest = 0;
    } else if (++sinceBest >= 5) {
      theta /= 2;
      sinceBest = 0;
    }
    // Subgradient of L along μ_ab (λ_ab = μ, λ_ba = −μ): ([b ∈ S_a] − [a ∈ S_b]) / k.
    let mismatched = 0;
    for (let a = 0; a < n; a++)
      for (let s = 0; s < k; s++) {
        const b = chosen[a * k + s]!;
        if (b >= 0 && !picks(chosen, k, b, a)) mismatched++;
      }
    if (mismatched === 0 || theta < 1e-4) break;
    // Polyak's step towards the value of a grouping actually found.
    const gap = Math.max(value - p.achieved, 1e-6 * Math.max(1, value));
    const step = (theta * gap * k) / mismatched;
    for (let a = 0; a < n; a++)
      for (let s = 0; s < k; s++) {
        const b = chosen[a * k + s]!;
        if (b < 0 || picks(chosen, k, b, a)) continue;
        price[a * n + b] = price[a * n + b]! - step;
        price[b * n + a] = price[b * n + a]! + step;
      }
  }
  return { bound: Math.min(best, independent), independent };
}

function picks(chosen: Int32Array, k: number, a: number, b: number): boolean {
  for (let s = 0; s < k; s++) if (chosen[a * k + s] === b) return true;
  return false;
}

// The assignment shapes the bench times, shared by our runs and the scipy comparison.
import { randomScores, rng } from './data.ts';

export interface AssignmentShape {
  readonly name: string;
  /** Mentees (rows of `score`). */
  readonly left: number;
  /** Mentors (columns of `score`). */
  readonly right: number;
  readonly capacity: number;
  readonly score: Int32Array;
}

/**
 * score = a·b for a mentor value and a mentee value: everyone agrees on who is best, so
 * every augmenting path fights over the same columns — the slow case for path solvers.
 */
export function lowRankScores(left: number, right: number, seed: number): Int32Array {
  const r = rng(seed);
  const a = Float64Array.from({ length: left }, () => r());
  const b = Float64Array.from({ length: right }, () => r());
  const out = new Int32Array(left * right);
  for (let l = 0; l < left; l++) for (let m = 0; m < right; m++) out[l * right + m] = Math.floor(a[l]! * b[m]! * 10_000);
  return out;
}

export function assignmentShapes(): AssignmentShape[] {
  return [
    { name: 'dense 2000×2000', left: 2000, right: 2000, capacity: 1, score: randomScores(2000 * 2000, 1) },
    { name: 'capacity 2, 2000 → 1000×2', left: 2000, right: 1000, capacity: 2, score: randomScores(2000 * 1000, 2) },
    { name: 'low rank 2000×2000', left: 2000, right: 2000, capacity: 1, score: lowRankScores(2000, 2000, 7) },
  ];
}

// Exact maximum-weight matching on a dense general graph, fast: solve the blossom
// algorithm on a sparse candidate graph (each person's best few edges), then check every
// other edge against the final dual solution. An edge with negative reduced cost is added
// and the sparse problem re-solved; when none is left, LP duality certifies the matching
// optimal for the full graph. The result is therefore exact, not a heuristic.
import { maxWeightMatching, type WeightedEdge } from './blossom.ts';
import { silentControl, type Control } from '../progress.ts';

/** weightOf(i, j) > 0 for an edge, 0 for none; symmetric; integers. */
export type EdgeWeight = (i: number, j: number) => number;

const CANDIDATES_PER_VERTEX = 5;
const MAX_ROUNDS = 30;

export function solveGeneralMatching(
  n: number,
  weightOf: EdgeWeight,
  control: Control = silentControl,
  candidatesPerVertex = CANDIDATES_PER_VERTEX,
): Int32Array {
  // chosen[a * n + b] = 1 (a < b): the edge is in the sparse problem. A byte per pair, not a Set: the certificate reads it n²/2 times a round.
  const chosen = new Uint8Array(n * n);
  const edges: WeightedEdge[] = [];
  const add = (i: number, j: number, weight: number): void => {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const key = a * n + b;
    if (chosen[key] === 1) return;
    chosen[key] = 1;
    edges.push({ a, b, weight });
  };
  for (let i = 0; i < n; i++) for (const [j, w] of bestNeighbours(n, i, weightOf, candidatesPerVertex)) add(i, j, w);

  for (let round = 0; ; round++) {
    // Edges are kept in (a, b) order so the sparse solve is deterministic however they were found.
    edges.sort((x, y) => x.a - y.a || x.b - y.b);
    const result = maxWeightMatching(n, edges, control);
    const violated: [number, number, number][] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const w = weightOf(i, j);
        if (chosen[i * n + j] === 0 && w > 0 && result.slackOf(i, j, w) < 0) violated.push([i, j, w]);
      }
    }
    if (violated.length === 0) return result.mate;
    if (round >= MAX_ROUNDS) {
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const w = weightOf(i, j);
          if (w > 0) add(i, j, w);
        }
    } else {
      for (const [i, j, w] of violated) add(i, j, w);
    }
  }
}

/** The heaviest `k` edges of i; ties go to the lower index. */
function bestNeighbours(n: number, i: number, weightOf: EdgeWeight, k: number): [number, number][] {
  const top: [number, number][] = [];
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    const w = weightOf(i, j);
    if (w <= 0) continue;
    if (top.length === k && w <= top[top.length - 1]![1]) continue;
    let pos = top.length;
    while (pos > 0 && top[pos - 1]![1] < w) pos--;
    top.splice(pos, 0, [j, w]);
    if (top.length > k) top.pop();
  }
  return top;
}

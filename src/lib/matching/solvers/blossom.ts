// Maximum-weight matching in a general graph: a TypeScript port of Joris van Rijn's
// O(n³) implementation of Edmonds' blossom algorithm with Galil's dual updates
// (mwmatching.py, the reference also behind NetworkX and the `edmonds-blossom` package).
// Weights must be integers so the dual variables stay exact: all slacks are computed
// on doubled weights, as in the original.
import { silentControl, type Control } from '../progress.ts';

export interface WeightedEdge {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

export interface GeneralMatching {
  /** mate[v] is the vertex matched to v, or -1. */
  readonly mate: Int32Array;
  /**
   * Reduced cost (doubled) of a possible edge under the final dual solution. If every edge
   * of a larger graph has slack >= 0, this matching is optimal in that graph too: that is
   * the certificate the sparse-then-verify driver relies on.
   */
  slackOf(a: number, b: number, weight: number): number;
}

export function maxWeightMatching(
  vertexCount: number,
  edges: readonly WeightedEdge[],
  control: Control = silentControl,
): GeneralMatching {
  const nvertex = vertexCount;
  const nedge = edges.length;
  const mateOut = new Int32Array(nvertex).fill(-1);
  if (nedge === 0 || nvertex === 0) return { mate: mateOut, slackOf: (_a, _b, w) => -2 * w };

  const edgeA = new Int32Array(nedge);
  const edgeB = new Int32Array(nedge);
  const edgeW = new Float64Array(nedge);
  let maxweight = 0;
  const degree = new Int32Array(nvertex + 1);
  for (let k = 0; k < nedge; k++) {
    const e = edges[k]!;
    edgeA[k] = e.a;
    edgeB[k] = e.b;
    edgeW[k] = e.weight;
    if (e.weight > maxweight) maxweight = e.weight;
    degree[e.a + 1]!++;
    degree[e.b + 1]!++;
  }
  // endpoint[p] for p = 2k, 2k+1 are the two ends of edge k.
  const endpoint = new Int32Array(2 * nedge);
  for (let k = 0; k < nedge; k++) {
    endpoint[2 * k] = edgeA[k]!;
    endpoint[2 * k + 1] = edgeB[k]!;
  }
  // neighbend (CSR): for vertex v, the remote endpoints p of its edges.
  for (let v = 0; v < nvertex; v++) degree[v + 1] = degree[v + 1]! + degree[v]!;
  const neighStart = degree.slice();
  const fill = degree.slice(0, nvertex);
  const neighbend = new Int32Array(2 * nedge);
  for (let k = 0; k < nedge; k++) {
    neighbend[fill[edgeA[k]!]!++] = 2 * k + 1;
    neighbend[fill[edgeB[k]!]!++] = 2 * k;
  }

  const n2 = 2 * nvertex;
  const mate = new Int32Array(nvertex).fill(-1); // remote endpoint p, or -1
  const label = new Int32Array(n2);
  const labelend = new Int32Array(n2).fill(-1);
  const inblossom = new Int32Array(nvertex);
  for (let v = 0; v < nvertex; v++) inblossom[v] = v;
  const blossomparent = new Int32Array(n2).fill(-1);
  const blossomchilds: (number[] | null)[] = new Array<number[] | null>(n2).fill(null);
  const blossombase = new Int32Array(n2).fill(-1);
  for (let v = 0; v < nvertex; v++) blossombase[v] = v;
  const blossomendps: (number[] | null)[] = new Array<number[] | null>(n2).fill(null);
  const bestedge = new Int32Array(n2).fill(-1);
  const blossombestedges: (number[] | null)[] = new Array<number[] | null>(n2).fill(null);
  const unusedblossoms: number[] = [];
  for (let b = n2 - 1; b >= nvertex; b--) unusedblossoms.push(b);
  const dualvar = new Float64Array(n2);
  for (let v = 0; v < nvertex; v++) dualvar[v] = maxweight;
  const allowedge = new Uint8Array(nedge);
  const queue: number[] = [];

  const slack = (k: number): number => dualvar[edgeA[k]!]! + dualvar[edgeB[k]!]! - 2 * edgeW[k]!;

  const blossomLeaves = (b: number, out: number[]): number[] => {
    if (b < nvertex) out.push(b);
    else for (const t of blossomchilds[b]!) blossomLeaves(t, out);
    return out;
  };

  const assignLabel = (w0: number, t0: number, p0: number): void => {
    let w = w0;
    let t = t0;
    let p = p0;
    for (;;) {
      const b = inblossom[w]!;
      label[w] = t;
      label[b] = t;
      labelend[w] = p;
      labelend[b] = p;
      bestedge[w] = -1;
      bestedge[b] = -1;
      if (t === 1) {
        blossomLeaves(b, queue);
        return;
      }
      // t === 2: the mate of the base becomes an S-vertex.
      const base = blossombase[b]!;
      const mb = mate[base]!;
      w = endpoint[mb]!;
      t = 1;
      p = mb ^ 1;
    }
  };

  const scanBlossom = (v0: number, w0: number): number => {
    const path: number[] = [];
    let base = -1;
    let v = v0;
    let w = w0;
    while (v !== -1 || w !== -1) {
      let b = inblossom[v]!;
      if ((label[b]! & 4) !== 0) {
        base = blossombase[b]!;
        break;
      }
      path.push(b);
      label[b] = 5;
      if (labelend[b] === -1) {
        v = -1;
      } else {
        v = endpoint[labelend[b]!]!;
        b = inblossom[v]!;
        v = endpoint[labelend[b]!]!;
      }
      if (w !== -1) {
        const tmp = v;
        v = w;
        w = tmp;
      }
    }
    for (const b of path) label[b] = 1;
    return base;
  };

  const addBlossom = (base: number, k: number): void => {
    let v = edgeA[k]!;
    let w = edgeB[k]!;
    const bb = inblossom[base]!;
    let bv = inblossom[v]!;
    let bw = inblossom[w]!;
    const b = unusedblossoms.pop()!;
    blossombase[b] = base;
    blossomparent[b] = -1;
    blossomparent[bb] = b;
    const path: number[] = [];
    const endps: number[] = [];
    while (bv !== bb) {
      blossomparent[bv] = b;
      path.push(bv);
      endps.push(labelend[bv]!);
      v = endpoint[labelend[bv]!]!;
      bv = inblossom[v]!;
    }
    path.push(bb);
    path.reverse();
    endps.reverse();
    endps.push(2 * k);
    while (bw !== bb) {
      blossomparent[bw] = b;
      path.push(bw);
      endps.push(labelend[bw]! ^ 1);
      w = endpoint[labelend[bw]!]!;
      bw = inblossom[w]!;
    }
    blossomchilds[b] = path;
    blossomendps[b] = endps;
    label[b] = 1;
    labelend[b] = labelend[bb]!;
    dualvar[b] = 0;
    for (const leaf of blossomLeaves(b, [])) {
      if (label[inblossom[leaf]!] === 2) queue.push(leaf);
      inblossom[leaf] = b;
    }
    const bestedgeto = new Int32Array(n2).fill(-1);
    for (const sub of path) {
      const lists: number[][] = [];
      const own = blossombestedges[sub];
      if (own === null || own === undefined) {
        for (const leaf of blossomLeaves(sub, [])) {
          const list: number[] = [];
          for (let q = neighStart[leaf]!; q < neighStart[leaf + 1]!; q++) list.push(neighbend[q]! >> 1);
          lists.push(list);
        }
      } else {
        lists.push(own);
      }
      for (const list of lists) {
        for (const kk of list) {
          let i = edgeA[kk]!;
          let j = edgeB[kk]!;
          if (inblossom[j] === b) {
            const tmp = i;
            i = j;
            j = tmp;
          }
          const bj = inblossom[j]!;
          if (bj !== b && label[bj] === 1 && (bestedgeto[bj] === -1 || slack(kk) < slack(bestedgeto[bj]!))) {
            bestedgeto[bj] = kk;
          }
        }
      }
      blossombestedges[sub] = null;
      bestedge[sub] = -1;
    }
    const best: number[] = [];
    for (let q = 0; q < n2; q++) if (bestedgeto[q] !== -1) best.push(bestedgeto[q]!);
    blossombestedges[b] = best;
    bestedge[b] = -1;
    for (const kk of best) if (bestedge[b] === -1 || slack(kk) < slack(bestedge[b]!)) bestedge[b] = kk;
  };

  const expandBlossom = (b: number, endstage: boolean): void => {
    const childs = blossomchilds[b]!;
    for (const s of childs) {
      blossomparent[s] = -1;
      if (s < nvertex) inblossom[s] = s;
      else if (endstage && dualvar[s] === 0) expandBlossom(s, endstage);
      else for (const leaf of blossomLeaves(s, [])) inblossom[leaf] = s;
    }
    if (!endstage && label[b] === 2) {
      const endps = blossomendps[b]!;
      const entrychild = inblossom[endpoint[labelend[b]! ^ 1]!]!;
      const walk = cycleWalk(childs.indexOf(entrychild), childs.length);
      const { jstep, endptrick } = walk;
      let j = walk.j;
      let p = labelend[b]!;
      while (j !== 0) {
        label[endpoint[p ^ 1]!] = 0;
        label[endpoint[at(endps, j - endptrick) ^ endptrick ^ 1]!] = 0;
        assignLabel(endpoint[p ^ 1]!, 2, p);
        allowedge[at(endps, j - endptrick) >> 1] = 1;
        j += jstep;
        p = at(endps, j - endptrick) ^ endptrick;
        allowedge[p >> 1] = 1;
        j += jstep;
      }
      let bv = at(childs, j);
      label[endpoint[p ^ 1]!] = 2;
      label[bv] = 2;
      labelend[endpoint[p ^ 1]!] = p;
      labelend[bv] = p;
      bestedge[bv] = -1;
      j += jstep;
      while (at(childs, j) !== entrychild) {
        bv = at(childs, j);
        if (label[bv] === 1) {
          j += jstep;
          continue;
        }
        let found = -1;
        for (const leaf of blossomLeaves(bv, [])) {
          if (label[leaf] !== 0) {
            found = leaf;
            break;
          }
        }
        if (found !== -1) {
          label[found] = 0;
          label[endpoint[mate[blossombase[bv]!]!]!] = 0;
          assignLabel(found, 2, labelend[found]!);
        }
        j += jstep;
      }
    }
    label[b] = -1;
    labelend[b] = -1;
    blossomchilds[b] = null;
    blossomendps[b] = null;
    blossombase[b] = -1;
    blossombestedges[b] = null;
    bestedge[b] = -1;
    unusedblossoms.push(b);
  };

  const augmentBlossom = (b: number, v: number): void => {
    let t = v;
    while (blossomparent[t] !== b) t = blossomparent[t]!;
    if (t >= nvertex) augmentBlossom(t, v);
    const childs = blossomchilds[b]!;
    const endps = blossomendps[b]!;
    const i = childs.indexOf(t);
    const walk = cycleWalk(i, childs.length);
    const { jstep, endptrick } = walk;
    let j = walk.j;
    while (j !== 0) {
      j += jstep;
      t = at(childs, j);
      const p = at(endps, j - endptrick) ^ endptrick;
      if (t >= nvertex) augmentBlossom(t, endpoint[p]!);
      j += jstep;
      t = at(childs, j);
      if (t >= nvertex) augmentBlossom(t, endpoint[p ^ 1]!);
      mate[endpoint[p]!] = p ^ 1;
      mate[endpoint[p ^ 1]!] = p;
    }
    blossomchilds[b] = [...childs.slice(i), ...childs.slice(0, i)];
    blossomendps[b] = [...endps.slice(i), ...endps.slice(0, i)];
    blossombase[b] = blossombase[blossomchilds[b]![0]!]!;
  };

  const augmentMatching = (k: number): void => {
    const starts: readonly (readonly [number, number])[] = [
      [edgeA[k]!, 2 * k + 1],
      [edgeB[k]!, 2 * k],
    ];
    for (const [s0, p0] of starts) {
      let s = s0;
      let p = p0;
      for (;;) {
        const bs = inblossom[s]!;
        if (bs >= nvertex) augmentBlossom(bs, s);
        mate[s] = p;
        if (labelend[bs] === -1) break;
        const t = endpoint[labelend[bs]!]!;
        const bt = inblossom[t]!;
        s = endpoint[labelend[bt]!]!;
        const j = endpoint[labelend[bt]! ^ 1]!;
        if (bt >= nvertex) augmentBlossom(bt, j);
        mate[j] = labelend[bt]!;
        p = labelend[bt]! ^ 1;
      }
    }
  };

  for (let stage = 0; stage < nvertex; stage++) {
    control.tick('solve', stage / nvertex);
    label.fill(0);
    bestedge.fill(-1);
    for (let b = nvertex; b < n2; b++) blossombestedges[b] = null;
    allowedge.fill(0);
    queue.length = 0;
    for (let v = 0; v < nvertex; v++) {
      if (mate[v] === -1 && label[inblossom[v]!] === 0) assignLabel(v, 1, -1);
    }
    let augmented = false;
    for (;;) {
      while (queue.length > 0 && !augmented) {
        const v = queue.pop()!;
        const end = neighStart[v + 1]!;
        for (let q = neighStart[v]!; q < end; q++) {
          const p = neighbend[q]!;
          const k = p >> 1;
          const w = endpoint[p]!;
          const bw = inblossom[w]!;
          // Re-read inblossom[v]: a blossom formed earlier in this loop may now contain v.
          if (inblossom[v] === bw) continue;
          let kslack = 0;
          if (allowedge[k] === 0) {
            kslack = dualvar[v]! + dualvar[w]! - 2 * edgeW[k]!;
            if (kslack <= 0) allowedge[k] = 1;
          }
          if (allowedge[k] !== 0) {
            const lw = label[bw]!;
            if (lw === 0) {
              assignLabel(w, 2, p ^ 1);
            } else if (lw === 1) {
              const base = scanBlossom(v, w);
              if (base >= 0) {
                addBlossom(base, k);
              } else {
                augmentMatching(k);
                augmented = true;
                break;
              }
            } else if (label[w] === 0) {
              label[w] = 2;
              labelend[w] = p ^ 1;
            }
          } else if (label[bw] === 1) {
            const b = inblossom[v]!;
            if (bestedge[b] === -1 || kslack < slack(bestedge[b]!)) bestedge[b] = k;
          } else if (label[w] === 0) {
            if (bestedge[w] === -1 || kslack < slack(bestedge[w]!)) bestedge[w] = k;
          }
        }
      }
      if (augmented) break;

      // No augmenting path on tight edges: change the duals.
      let deltatype = 1;
      let delta = Infinity;
      let deltaedge = -1;
      let deltablossom = -1;
      for (let v = 0; v < nvertex; v++) if (dualvar[v]! < delta) delta = dualvar[v]!;
      for (let v = 0; v < nvertex; v++) {
        if (label[inblossom[v]!] === 0 && bestedge[v] !== -1) {
          const d = slack(bestedge[v]!);
          if (d < delta) {
            delta = d;
            deltatype = 2;
            deltaedge = bestedge[v]!;
          }
        }
      }
      for (let b = 0; b < n2; b++) {
        if (blossomparent[b] === -1 && label[b] === 1 && bestedge[b] !== -1) {
          const d = slack(bestedge[b]!) / 2;
          if (d < delta) {
            delta = d;
            deltatype = 3;
            deltaedge = bestedge[b]!;
          }
        }
      }
      for (let b = nvertex; b < n2; b++) {
        if (blossombase[b]! >= 0 && blossomparent[b] === -1 && label[b] === 2 && dualvar[b]! < delta) {
          delta = dualvar[b]!;
          deltatype = 4;
          deltablossom = b;
        }
      }
      for (let v = 0; v < nvertex; v++) {
        const l = label[inblossom[v]!];
        if (l === 1) dualvar[v] = dualvar[v]! - delta;
        else if (l === 2) dualvar[v] = dualvar[v]! + delta;
      }
      for (let b = nvertex; b < n2; b++) {
        if (blossombase[b]! >= 0 && blossomparent[b] === -1) {
          if (label[b] === 1) dualvar[b] = dualvar[b]! + delta;
          else if (label[b] === 2) dualvar[b] = dualvar[b]! - delta;
        }
      }
      if (deltatype === 1) break;
      if (deltatype === 2) {
        allowedge[deltaedge] = 1;
        let i = edgeA[deltaedge]!;
        if (label[inblossom[i]!] === 0) i = edgeB[deltaedge]!;
        queue.push(i);
      } else if (deltatype === 3) {
        allowedge[deltaedge] = 1;
        queue.push(edgeA[deltaedge]!);
      } else {
        expandBlossom(deltablossom, false);
      }
    }
    if (!augmented) break;
    for (let b = nvertex; b < n2; b++) {
      if (blossomparent[b] === -1 && blossombase[b]! >= 0 && label[b] === 1 && dualvar[b] === 0) expandBlossom(b, true);
    }
  }
  for (let v = 0; v < nvertex; v++) if (mate[v]! >= 0) mateOut[v] = endpoint[mate[v]!]!;
  const topDown = (v: number): number[] => {
    const chain: number[] = [];
    for (let b = blossomparent[v]!; b !== -1; b = blossomparent[b]!) chain.push(b);
    return chain.reverse();
  };
  const slackOf = (a: number, b: number, weight: number): number => {
    let s = dualvar[a]! + dualvar[b]! - 2 * weight;
    if (inblossom[a] !== inblossom[b]) return s;
    const ca = topDown(a);
    const cb = topDown(b);
    for (let i = 0; i < ca.length && i < cb.length && ca[i] === cb[i]; i++) s += 2 * dualvar[ca[i]!]!;
    return s;
  };
  return { mate: mateOut, slackOf };
}

/** Python-style index, as in the reference: a negative one counts from the end. */
function at<T>(arr: readonly T[], idx: number): T {
  return arr[idx < 0 ? idx + arr.length : idx]!;
}

/**
 * Going round a blossom from child i to its base, the reference takes the direction with
 * an even number of steps, so the path alternates properly; `endptrick` picks which end
 * of each edge to read in that direction.
 */
function cycleWalk(i: number, length: number): { j: number; jstep: number; endptrick: number } {
  return (i & 1) !== 0 ? { j: i - length, jstep: 1, endptrick: 0 } : { j: i, jstep: -1, endptrick: 1 };
}

// Scores for many pairs at once, one criterion at a time: the per-pair switch in
// Scorer.score costs more than the arithmetic at 4 million pairs. Each cell receives the
// same additions in the same order as Scorer.score, so the integers are identical.
import { clockDistance, countCommon, type Features } from './features.ts';
import { clampValue, levelGapValue, SCORE_SCALE, timeZoneValue, type Orientation, type Scorer } from './score.ts';
import type { Control } from './progress.ts';

/** score[r * cols.length + c] for the pair (rows[r], cols[c]); rows are the mentors when directed. */
export function scoreMatrix(
  f: Features,
  scorer: Scorer,
  rows: readonly number[],
  cols: readonly number[],
  orientation: Orientation,
  control: Control,
): Int32Array {
  const R = rows.length;
  const C = cols.length;
  const sum = new Float64Array(R * C);
  const directed = orientation === 'directed';
  scorer.criteria.forEach((d, index) => {
    control.tick('prepare', index / Math.max(1, scorer.criteria.length));
    const w = d.weight;
    if (w === 0) return;
    const c = d.criterion;
    for (let r = 0; r < R; r++) {
      const a = rows[r]!;
      const base = r * C;
      switch (c.kind) {
        case 'offerMeetsWant': {
          const offerA = f.offered[a]!;
          const wantA = f.wanted[a]!;
          for (let k = 0; k < C; k++) {
            const b = cols[k]!;
            const wantB = f.wanted[b]!;
            const ab = wantB.length === 0 ? 0 : countCommon(offerA, wantB) / wantB.length;
            if (directed) sum[base + k]! += w * ab;
            else {
              const ba = wantA.length === 0 ? 0 : countCommon(f.offered[b]!, wantA) / wantA.length;
              sum[base + k]! += w * ((ab + ba) / 2);
            }
          }
          break;
        }
        case 'shared': {
          const lists = d.lists!;
          const x = lists[a]!;
          for (let k = 0; k < C; k++) {
            const y = lists[cols[k]!]!;
            const common = countCommon(x, y);
            const union = x.length + y.length - common;
            sum[base + k]! += w * (union === 0 ? 0 : common / union);
          }
          break;
        }
        case 'same':
        case 'different': {
          const cats = d.categories!;
          const x = cats[a]!;
          if (x < 0) break;
          const wantEqual = c.kind === 'same';
          for (let k = 0; k < C; k++) {
            const y = cats[cols[k]!]!;
            sum[base + k]! += w * (y >= 0 && (x === y) === wantEqual ? 1 : 0);
          }
          break;
        }
        case 'levelGap': {
          const la = f.level[a]!;
          if (Number.isNaN(la)) break;
          for (let k = 0; k < C; k++) {
            const lb = f.level[cols[k]!]!;
            if (Number.isNaN(lb)) continue;
            const v = directed
              ? levelGapValue(la - lb, c.target, c.tolerance)
              : levelGapValue(Math.abs(la - lb), Math.abs(c.target), c.tolerance);
            sum[base + k]! += w * clampValue(v);
          }
          break;
        }
        case 'timeZone': {
          const ta = f.timeZone[a]!;
          if (Number.isNaN(ta)) break;
          for (let k = 0; k < C; k++) {
            const tb = f.timeZone[cols[k]!]!;
            if (Number.isNaN(tb)) continue;
            sum[base + k]! += w * clampValue(timeZoneValue(clockDistance(ta, tb), c.fullWithinHours, c.zeroAtHours));
          }
          break;
        }
        default:
          for (let k = 0; k < C; k++) sum[base + k]! += w * scorer.value(index, a, cols[k]!, orientation);
      }
    }
  });
  const out = new Int32Array(R * C);
  const total = scorer.totalWeight;
  if (total === 0) return out;
  for (let k = 0; k < out.length; k++) out[k] = Math.min(SCORE_SCALE, Math.max(0, Math.round((SCORE_SCALE * sum[k]!) / total)));
  return out;
}

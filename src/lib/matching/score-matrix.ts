// Scores for many pairs at once, one row at a time and one criterion at a time within the
// row: the per-pair switch in Scorer.score costs more than the arithmetic at 4 million
// pairs. What a criterion reads of each column is gathered once into typed arrays (token
// lists as 32-bit sets when they fit), and a row's sums stay in one small buffer. Each cell
// receives the same additions in the same order as Scorer.score, so the integers are
// identical. Cells of people who name a top criterion (top-criterion.ts) are computed pair
// by pair with Scorer.score, as before.
import { classes, clockDistance, countCommon, popcount, tokenBitsets, type Features } from './features.ts';
import { clampValue, levelGapValue, SCORE_SCALE, timeZoneValue, type CriterionData, type Orientation, type Scorer } from './score.ts';
import type { Control } from './progress.ts';

export interface MatrixOptions {
  /** Lay the matrix out as score[c * rows.length + r] (the solvers want mentees as rows). */
  readonly transpose?: boolean;
  /** Hard-rule masks of row a against the columns (hard-rules.ts `ruleRows`): a cell with a non-zero mask becomes -1. */
  readonly rules?: (a: number, out: Int32Array) => void;
  /** closedRows[r] = 1: the whole row becomes -1 (a mentor without places). */
  readonly closedRows?: Uint8Array;
}

/** What one criterion reads of the row person and of every column, prepared once per matrix. */
type Kernel = (a: number, sum: Float64Array) => void;

/** score[r * cols.length + c] for the pair (rows[r], cols[c]); rows are the mentors when directed. */
export function scoreMatrix(
  f: Features,
  scorer: Scorer,
  rows: readonly number[],
  cols: readonly number[],
  orientation: Orientation,
  control: Control,
  options: MatrixOptions = {},
): Int32Array {
  const R = rows.length;
  const C = cols.length;
  const out = new Int32Array(R * C);
  const total = scorer.totalWeight;
  const { transpose = false, rules, closedRows } = options;
  const rowStride = transpose ? 1 : C;
  const colStride = transpose ? R : 1;
  const directed = orientation === 'directed';
  const kernels = total === 0 ? [] : scorer.criteria.flatMap((d, index) => (d.weight === 0 ? [] : [kernel(f, scorer, d, index, cols, directed, orientation)]));
  const top = scorer.topCriterion;
  const colHasTop = Uint8Array.from(cols, (b) => (top[b]! >= 0 ? 1 : 0));
  const anyTop = total !== 0 && (colHasTop.includes(1) || rows.some((a) => top[a]! >= 0));
  const sum = new Float64Array(C);
  const masks = new Int32Array(C);
  for (let r = 0; r < R; r++) {
    if ((r & 63) === 0) control.tick('prepare', r / R);
    const a = rows[r]!;
    const base = r * rowStride;
    if (closedRows !== undefined && closedRows[r] !== 0) {
      for (let k = 0; k < C; k++) out[base + k * colStride] = -1;
      continue;
    }
    sum.fill(0);
    for (const run of kernels) run(a, sum);
    if (rules !== undefined) rules(a, masks);
    const rowHasTop = anyTop && top[a]! >= 0;
    if (total === 0 || anyTop) {
      for (let k = 0; k < C; k++) {
        let v: number;
        if (rules !== undefined && masks[k] !== 0) v = -1;
        else if (total === 0) v = 0;
        else if (rowHasTop || colHasTop[k] === 1) v = scorer.score(a, cols[k]!, orientation);
        else v = Math.min(SCORE_SCALE, Math.max(0, Math.round((SCORE_SCALE * sum[k]!) / total)));
        out[base + k * colStride] = v;
      }
    } else if (rules !== undefined) {
      for (let k = 0; k < C; k++)
        out[base + k * colStride] = masks[k] !== 0 ? -1 : Math.min(SCORE_SCALE, Math.max(0, Math.round((SCORE_SCALE * sum[k]!) / total)));
    } else {
      for (let k = 0; k < C; k++) out[base + k * colStride] = Math.min(SCORE_SCALE, Math.max(0, Math.round((SCORE_SCALE * sum[k]!) / total)));
    }
  }
  return out;
}

function kernel(
  f: Features,
  scorer: Scorer,
  d: CriterionData,
  index: number,
  cols: readonly number[],
  directed: boolean,
  orientation: Orientation,
): Kernel {
  const C = cols.length;
  const w = d.weight;
  const c = d.criterion;
  switch (c.kind) {
    case 'offerMeetsWant': {
      const wantLength = Int32Array.from(f.wanted, (list) => list.length);
      const sets = tokenBitsets([f.offered, f.wanted]);
      if (sets !== null) {
        const [offered, wanted] = sets as [Uint32Array, Uint32Array];
        // The value depends on the column's wanted (and, symmetric, offered) set alone: one table per row over those.
        const wants = classes(cols, (b) => wanted[b]!);
        const offers = classes(cols, (b) => (directed ? 0 : offered[b]!));
        const O = offers.values.length;
        const { classOf, values } = classes(cols, (_, k) => wants.classOf[k]! * O + offers.classOf[k]!);
        const classWant = Uint32Array.from(values, (key) => wants.values[Math.floor(key / O)]!);
        const classOffer = Uint32Array.from(values, (key) => offers.values[key % O]!);
        const classWantLength = Int32Array.from(classWant, (m) => popcount(m));
        const table = new Float64Array(values.length);
        return (a, sum) => {
          const offerA = offered[a]!;
          const wantA = wanted[a]!;
          const wantALength = wantLength[a]!;
          for (let v = 0; v < table.length; v++) {
            const wl = classWantLength[v]!;
            const ab = wl === 0 ? 0 : popcount(offerA & classWant[v]!) / wl;
            if (directed) table[v] = w * ab;
            else {
              const ba = wantALength === 0 ? 0 : popcount(classOffer[v]! & wantA) / wantALength;
              table[v] = w * ((ab + ba) / 2);
            }
          }
          for (let k = 0; k < C; k++) sum[k]! += table[classOf[k]!]!;
        };
      }
      return (a, sum) => {
        const offerA = f.offered[a]!;
        const wantA = f.wanted[a]!;
        for (let k = 0; k < C; k++) {
          const b = cols[k]!;
          const wantB = f.wanted[b]!;
          const ab = wantB.length === 0 ? 0 : countCommon(offerA, wantB) / wantB.length;
          if (directed) sum[k]! += w * ab;
          else {
            const ba = wantA.length === 0 ? 0 : countCommon(f.offered[b]!, wantA) / wantA.length;
            sum[k]! += w * ((ab + ba) / 2);
          }
        }
      };
    }
    case 'shared': {
      const lists = d.lists!;
      const length = Int32Array.from(lists, (list) => list.length);
      const sets = tokenBitsets([lists]);
      if (sets !== null) {
        const bits = sets[0]!;
        const { classOf, values } = classes(cols, (b) => bits[b]!);
        const classBits = Uint32Array.from(values);
        const classLength = Int32Array.from(classBits, (m) => popcount(m));
        const table = new Float64Array(values.length);
        return (a, sum) => {
          const x = bits[a]!;
          const xl = length[a]!;
          for (let v = 0; v < table.length; v++) {
            const common = popcount(x & classBits[v]!);
            const union = xl + classLength[v]! - common;
            table[v] = w * (union === 0 ? 0 : common / union);
          }
          for (let k = 0; k < C; k++) sum[k]! += table[classOf[k]!]!;
        };
      }
      return (a, sum) => {
        const x = lists[a]!;
        for (let k = 0; k < C; k++) {
          const y = lists[cols[k]!]!;
          const common = countCommon(x, y);
          const union = x.length + y.length - common;
          sum[k]! += w * (union === 0 ? 0 : common / union);
        }
      };
    }
    case 'same':
    case 'different': {
      const cats = d.categories!;
      const colCat = Int32Array.from(cols, (b) => cats[b]!);
      const wantEqual = c.kind === 'same';
      return (a, sum) => {
        const x = cats[a]!;
        if (x < 0) return;
        for (let k = 0; k < C; k++) {
          const y = colCat[k]!;
          sum[k]! += w * (y >= 0 && (x === y) === wantEqual ? 1 : 0);
        }
      };
    }
    case 'levelGap': {
      // Values depend on the two levels only: one table per row over the columns' distinct levels.
      const { classOf, values } = classes(cols, (b) => f.level[b]!);
      const table = new Float64Array(values.length);
      const { target, tolerance } = c;
      const absTarget = Math.abs(target);
      return (a, sum) => {
        const la = f.level[a]!;
        if (Number.isNaN(la)) return;
        for (let v = 0; v < values.length; v++) {
          const lb = values[v]!;
          // A missing level adds nothing; adding +0 leaves a sum of non-negative terms unchanged.
          table[v] = Number.isNaN(lb)
            ? 0
            : w * clampValue(directed ? levelGapValue(la - lb, target, tolerance) : levelGapValue(Math.abs(la - lb), absTarget, tolerance));
        }
        for (let k = 0; k < C; k++) sum[k]! += table[classOf[k]!]!;
      };
    }
    case 'timeZone': {
      const { classOf, values } = classes(cols, (b) => f.timeZone[b]!);
      const table = new Float64Array(values.length);
      const { fullWithinHours, zeroAtHours } = c;
      return (a, sum) => {
        const ta = f.timeZone[a]!;
        if (Number.isNaN(ta)) return;
        for (let v = 0; v < values.length; v++) {
          const tb = values[v]!;
          table[v] = Number.isNaN(tb) ? 0 : w * clampValue(timeZoneValue(clockDistance(ta, tb), fullWithinHours, zeroAtHours));
        }
        for (let k = 0; k < C; k++) sum[k]! += table[classOf[k]!]!;
      };
    }
    default:
      return (a, sum) => {
        for (let k = 0; k < C; k++) sum[k]! += w * scorer.value(index, a, cols[k]!, orientation);
      };
  }
}

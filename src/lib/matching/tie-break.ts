// Documented tie-break. Every pair gets a small fixed value from a hash of the two ids;
// the solvers maximise (BIG + score) · TIE_SCALE + tie, and the ties of any matching sum
// to less than TIE_SCALE, so the tie value can only choose between matchings that are
// equal in pairs and score. Because it depends on the ids alone, the choice does not
// depend on input order or on who else takes part.

/** Large enough for useful tie values, small enough that weights stay exact in doubles. */
export const TIE_SCALE = 131_072;

/** Tie values lie in [0, range) so that `maxPairs` of them sum below TIE_SCALE. */
export function tieRange(maxPairs: number): number {
  return Math.floor((TIE_SCALE - 1) / Math.max(1, maxPairs));
}

/** FNV-1a over UTF-16 code units. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Ordered pair (mentor first in the two-sided modes, lower id first for peers). */
export function pairTie(hashA: number, hashB: number, range: number): number {
  if (range < 2) return 0;
  let x = Math.imul(hashA ^ 0x9e3779b9, 0x85ebca6b) ^ hashB;
  x = Math.imul(x ^ (x >>> 16), 0xc2b2ae35);
  x ^= x >>> 13;
  return (x >>> 0) % range;
}

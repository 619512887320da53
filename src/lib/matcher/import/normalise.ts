// Comparison keys for headers, values and names: case, accents, punctuation and spacing
// never decide a match.

/** Trimmed, NFC, inner whitespace (including line breaks and non-breaking spaces) as one space. */
export function cleanCell(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower case, no accents, no parenthesised remarks, punctuation as spaces, single-spaced. */
export function foldKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `foldKey` without spaces: "E-mail", "e mail" and "EMAIL" are all "email". */
export function compactKey(value: string): string {
  return foldKey(value).replace(/ /g, '');
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (i > 0 && rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

// List cells ("Excel; SQL", "Nederlands, Engels en Duits"). A list splits on `;`, `,`, `/`,
// `|` and line breaks. The words " en ", " and " and " & " split only where they end an
// enumeration that already has a comma ("Excel, Word en PowerPoint"): on their own they are
// usually part of one item ("Vragen stellen en luisteren"). Languages are the exception
// ("Nederlands en Engels"): `joinWords: 'always'`.

export interface SplitList {
  readonly items: readonly string[];
  /** The distinct separators found, when more than one kind was used (the cell may be split wrongly). */
  readonly mixed: readonly string[] | null;
}

const SEPARATOR = /[;,/|\n]/g;
const JOIN_WORD = /\s+(?:en|and|&)\s+/giu;

export function splitList(cell: string, joinWords: 'enumeration' | 'always' = 'enumeration'): SplitList {
  const text = cell.normalize('NFC').trim();
  if (text === '') return { items: [], mixed: null };
  const found = new Set((text.match(SEPARATOR) ?? []).map((s) => (s === '\n' ? ';' : s)));
  const splitWords = joinWords === 'always' || found.has(',');
  const items: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(SEPARATOR)) {
    for (const piece of splitWords ? part.split(JOIN_WORD) : [part]) {
      const item = piece.replace(/[\s\u00a0]+/g, ' ').trim();
      const key = item.toLocaleLowerCase();
      if (item === '' || seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return { items, mixed: found.size > 1 ? [...found].sort() : null };
}

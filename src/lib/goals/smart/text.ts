// Text helpers for the SMART check. All matching runs on one normalised form so that
// "vóór", "Vóór" and "voor" are the same word, and match offsets stay consistent.

const STRESSED_ONE = /(?<![\p{L}\p{N}])(één|eén)(?![\p{L}\p{N}])/giu;
const folded = new Map<string, string>();

/** One character without diacritics, in lower case; unchanged if that would change its length. */
function foldCharacter(character: string): string {
  let result = folded.get(character);
  if (result === undefined) {
    const candidate = character.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = character.toLowerCase();
    result = candidate.length === character.length ? candidate : lower.length === character.length ? lower : character;
    folded.set(character, result);
  }
  return result;
}

/**
 * Lower case, diacritics removed, and exactly as long as the input, so an offset found
 * in the normalised text points at the same words in what the user typed. Dutch
 * stressed "één" becomes "1  ": it is a count, unlike the article "een".
 */
export function normaliseText(text: string): string {
  // Most goals are plain ASCII; skip the per-character work for them.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'");
  let result = '';
  for (const character of text.replace(STRESSED_ONE, (word) => '1'.padEnd(word.length, ' '))) {
    result += foldCharacter(character);
  }
  return result.replace(/[’‘`]/g, "'");
}

export function words(normalised: string): string[] {
  return normalised.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function wordCount(text: string): number {
  return words(normaliseText(text)).length;
}

const LEFT = '(?<![\\p{L}\\p{N}])';
const RIGHT = '(?![\\p{L}\\p{N}])';

/** A global, unicode regex for `source` that only matches whole words. */
export function wholeWords(source: string): RegExp {
  return new RegExp(`${LEFT}(?:${source})${RIGHT}`, 'gu');
}

export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Replaces the given ranges with spaces so later searches skip them but offsets stay valid. */
export function blankOut(text: string, ranges: readonly { start: number; end: number }[]): string {
  let result = text;
  for (const { start, end } of ranges) {
    result = result.slice(0, start) + ' '.repeat(end - start) + result.slice(end);
  }
  return result;
}

export function joinTexts(...parts: string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n');
}

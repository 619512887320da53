/**
 * Word shingles for the originality check: no run of SHINGLE_SIZE consecutive words of a seed
 * text may appear in a guide page. The same normalisation is used by `scripts/seed-shingles.mjs`
 * (which hashes the seeds into `test/fixtures/seed-shingles.json`) and by the content test
 * (which hashes every MDX page and looks for hits), so the two always agree.
 *
 * Normalisation: Unicode NFKC, lower case; a word is a run of letters (accents kept), combining
 * marks and digits; everything else (punctuation, quotes, dashes, apostrophes, whitespace) separates
 * words. Pure and hashing-agnostic: the caller passes the hash function.
 */

export const SHINGLE_SIZE = 8;
/** Hex characters kept of each hash in the fixture. 48 bits: collisions are negligible here. */
export const HASH_LENGTH = 12;

export type HashFn = (shingle: string) => string;

export interface Shingle {
  /** Index of the shingle's first word in the word list. */
  start: number;
  /** The SHINGLE_SIZE words joined by single spaces. */
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower-cased NFKC words of a plain text. */
export function toWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** Every run of `size` consecutive words, in order. A text shorter than `size` has none. */
export function shingles(words: readonly string[], size: number = SHINGLE_SIZE): Shingle[] {
  const out: Shingle[] = [];
  for (let start = 0; start + size <= words.length; start++) {
    out.push({ start, text: words.slice(start, start + size).join(' ') });
  }
  return out;
}

/** Sorted, de-duplicated short hashes of every shingle of the given texts (each text on its own). */
export function hashTexts(texts: readonly string[], hash: HashFn, size: number = SHINGLE_SIZE): string[] {
  const set = new Set<string>();
  for (const text of texts) {
    for (const s of shingles(toWords(text), size)) set.add(hash(s.text));
  }
  return [...set].sort();
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_match, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? ' ';
  });
}

function safeCodePoint(code: number): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** The string literals ("…", '…', `…`) inside a piece of JSX or JS, joined by spaces. */
function stringLiterals(code: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      let value = '';
      while (j < code.length && code[j] !== ch) {
        if (code[j] === '\\' && j + 1 < code.length) {
          value += code[j + 1];
          j += 2;
        } else {
          value += code[j];
          j += 1;
        }
      }
      parts.push(value);
      i = j + 1;
      continue;
    }
    i += 1;
  }
  return parts.join(' ');
}

/**
 * End index (exclusive) of a JSX tag or `{…}` expression starting at `from`, skipping over quoted
 * strings and nested braces so that a `>` or `}` inside a prop value does not end it early.
 */
function scanTo(source: string, from: number, closer: '>' | '}'): number {
  let depth = 0;
  let i = from;
  while (i < source.length) {
    const ch = source[i];
    if (closer === '}' && ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      // Quotes in a tag are always attribute delimiters; in an expression, string delimiters.
      const end = source.indexOf(ch, i + 1);
      if (end === -1) return source.length;
      i = end + 1;
      continue;
    }
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (closer === '}' && depth === 0) return i + 1;
    } else if (ch === '>' && closer === '>' && depth === 0) return i + 1;
    i += 1;
  }
  return source.length;
}

function stripFrontmatter(source: string): { values: string[]; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { values: [], body: source };
  const values: string[] = [];
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const kv = /^\s*[A-Za-z0-9_-]+\s*:\s*(.*)$/.exec(line);
    values.push(kv ? (kv[1] ?? '') : line);
  }
  return { values, body: source.slice(match[0].length) };
}

/**
 * The readable text of an MDX page: frontmatter values (keys dropped), prose with markdown syntax
 * reduced to separators, JSX/HTML tags dropped but their string attribute values (title="…",
 * props in `{…}`) kept, import/export lines and link targets dropped, entities decoded.
 */
export function mdxToText(source: string): string {
  const { values, body } = stripFrontmatter(source.replace(/^\uFEFF/, ''));
  const out: string[] = [values.join('\n')];

  // Drop top-level ESM lines (outside code fences).
  const lines = body.split(/\r?\n/);
  let inFence = false;
  const kept: string[] = [];
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      kept.push('');
      continue;
    }
    if (!inFence && /^(import|export)\s/.test(line)) continue;
    kept.push(line);
  }
  let text = kept.join('\n');

  // Link and image targets: keep the label, drop the URL.
  text = text.replace(/\]\([^)\s]*(?:\s+"([^"]*)")?\)/g, (_m, title?: string) => `] ${title ?? ''} `);
  text = text.replace(/<https?:\/\/[^>\s]+>/g, ' ');

  // Tags and expressions, scanned left to right.
  let result = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1] ?? '';
    if (ch === '<' && (/[A-Za-z/!>]/.test(next))) {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        i = end === -1 ? text.length : end + 3;
        result += ' ';
        continue;
      }
      const end = scanTo(text, i, '>');
      result += ` ${stringLiterals(text.slice(i + 1, end - 1))} `;
      i = end;
      continue;
    }
    if (ch === '{') {
      const end = scanTo(text, i, '}');
      result += ` ${stringLiterals(text.slice(i + 1, end - 1))} `;
      i = end;
      continue;
    }
    result += ch;
    i += 1;
  }
  out.push(result);
  return decodeEntities(out.join('\n'));
}

export interface ShingleHit {
  /** The copied words: the union of consecutive matching shingles. */
  words: string;
  /** Word index in the page's text where the run starts. */
  start: number;
}

/**
 * Runs of the text whose shingles are in `known`. Overlapping or adjacent matching shingles are
 * merged into one run, so a copied sentence of 12 words is reported once, with all 12 words.
 */
export function findHits(
  text: string,
  known: ReadonlySet<string>,
  hash: HashFn,
  size: number = SHINGLE_SIZE,
): ShingleHit[] {
  const words = toWords(text);
  const hits: ShingleHit[] = [];
  let runStart = -1;
  let runEnd = -1; // exclusive word index
  const flush = (): void => {
    if (runStart >= 0) hits.push({ start: runStart, words: words.slice(runStart, runEnd).join(' ') });
    runStart = -1;
    runEnd = -1;
  };
  for (const s of shingles(words, size)) {
    if (!known.has(hash(s.text))) continue;
    if (runStart >= 0 && s.start <= runEnd) {
      runEnd = s.start + size;
    } else {
      flush();
      runStart = s.start;
      runEnd = s.start + size;
    }
  }
  flush();
  return hits;
}

/**
 * A tiny frontmatter reader for the guide's MDX pages: a leading `---` block of flat
 * `key: value` lines (a YAML subset: no nesting, lists or multi-line values). Values are trimmed
 * and one pair of surrounding quotes is removed. Test tooling (test/support): used by the content tests, not by the site build
 * (Astro parses real YAML there).
 */

export interface Frontmatter {
  data: Record<string, string>;
  /** Everything after the closing `---`. */
  body: string;
  /** Keys that occur more than once (the last value wins in `data`). */
  duplicates: string[];
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const PAIR = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;

export function unquote(value: string): string {
  const withoutComment = /^["']/.test(value) ? value : value.replace(/[ \t]+#.*$/, '');
  const m = /^(["'])([\s\S]*)\1$/.exec(withoutComment);
  if (!m) return withoutComment;
  const inner = m[2] ?? '';
  return m[1] === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
}

export function parseFrontmatter(source: string): Frontmatter {
  const match = BLOCK.exec(source);
  if (!match) return { data: {}, body: source.replace(/^\uFEFF/, ''), duplicates: [] };
  const data: Record<string, string> = {};
  const duplicates: string[] = [];
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const pair = PAIR.exec(line);
    if (!pair) continue;
    const key = pair[1] ?? '';
    if (Object.hasOwn(data, key)) duplicates.push(key);
    data[key] = unquote(pair[2] ?? '');
  }
  return { data, body: source.slice(match[0].length), duplicates };
}

/** The lines of a markdown body that are outside fenced code blocks. */
export function linesOutsideFences(body: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence === null) out.push(line);
  }
  return out;
}

export interface PageStructure {
  /** Heading levels (1–6) of the ATX headings, in order. */
  headings: number[];
  /** Number of markdown tables (a header row followed by a delimiter row). */
  tables: number;
  /** How often each capitalised component tag (`<Name`) is opened. */
  components: Record<string, number>;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function pageStructure(body: string): PageStructure {
  const lines = linesOutsideFences(body);
  const headings: number[] = [];
  const components: Record<string, number> = {};
  let tables = 0;
  lines.forEach((line, index) => {
    const heading = /^(#{1,6})[ \t]+\S/.exec(line);
    if (heading) headings.push(heading[1]?.length ?? 0);
    const previous = lines[index - 1];
    if (previous !== undefined && previous.includes('|') && line.includes('-') && DELIMITER_ROW.test(line)) {
      tables += 1;
    }
    for (const tag of line.matchAll(/<([A-Z][A-Za-z0-9.]*)/g)) {
      const name = tag[1] ?? '';
      components[name] = (components[name] ?? 0) + 1;
    }
  });
  return { headings, tables, components };
}

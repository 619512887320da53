import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageStructure, parseFrontmatter, type PageStructure } from '../../support/frontmatter.ts';

/**
 * Language parity of the guide: every page exists in Dutch and English under the same `key`, and
 * the two versions have the same skeleton (heading levels in order, tables, components), so a
 * reader switching language finds the same page in the same shape.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const locales = ['nl', 'en'] as const;
type Locale = (typeof locales)[number];

interface Page {
  file: string;
  locale: Locale;
  data: Record<string, string>;
  duplicates: string[];
  structure: PageStructure;
}

function readPages(locale: Locale): Page[] {
  const dir = join(root, 'content', locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `content/${locale}/${name}`;
      const { data, body, duplicates } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      return { file, locale, data, duplicates, structure: pageStructure(body) };
    });
}

const pages = locales.flatMap((locale) => readPages(locale));

function byKey(locale: Locale): Map<string, Page[]> {
  const map = new Map<string, Page[]>();
  for (const page of pages.filter((p) => p.locale === locale)) {
    const key = page.data['key'] ?? '';
    map.set(key, [...(map.get(key) ?? []), page]);
  }
  return map;
}

const nlByKey = byKey('nl');
const enByKey = byKey('en');
const allKeys = [...new Set([...nlByKey.keys(), ...enByKey.keys()])].sort();

function headingOutline(levels: readonly number[]): string {
  return levels.map((level) => `h${level}`).join(' ') || '(none)';
}

/** Human-readable differences between two page structures; empty when they match. */
function structureDiff(nl: Page, en: Page): string[] {
  const out: string[] = [];
  const a = nl.structure;
  const b = en.structure;
  if (a.headings.join() !== b.headings.join()) {
    const first = a.headings.findIndex((level, i) => level !== b.headings[i]);
    const at = first === -1 ? Math.min(a.headings.length, b.headings.length) : first;
    out.push(
      `heading levels differ (first at heading #${at + 1}):\n    ${nl.file}: ${headingOutline(a.headings)}\n    ${en.file}: ${headingOutline(b.headings)}`,
    );
  }
  if (a.tables !== b.tables) out.push(`tables: ${nl.file} has ${a.tables}, ${en.file} has ${b.tables}`);
  for (const name of [...new Set([...Object.keys(a.components), ...Object.keys(b.components)])].sort()) {
    const x = a.components[name] ?? 0;
    const y = b.components[name] ?? 0;
    if (x !== y) out.push(`<${name}>: ${nl.file} uses it ${x}×, ${en.file} ${y}×`);
  }
  return out;
}

describe('guide frontmatter', () => {
  it('finds pages in both languages', () => {
    expect(nlByKey.size).toBeGreaterThan(0);
    expect(enByKey.size).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s has a key, title and description', (file, page) => {
    const problems: string[] = [];
    const { key = '', title = '', description = '' } = page.data;
    if (!/^[a-z0-9-]+$/.test(key)) problems.push(`key "${key}" is missing or not lower-case-with-dashes`);
    if (title.trim() === '') problems.push('title is empty');
    const length = [...description].length;
    if (length < 20 || length > 220) problems.push(`description is ${length} characters (must be 20–220)`);
    if (page.duplicates.length > 0) problems.push(`duplicate frontmatter keys: ${page.duplicates.join(', ')}`);
    if (page.structure.headings.includes(1)) problems.push('has a "# " heading (the layout renders the title as h1)');
    expect(problems, `${file}:\n  ${problems.join('\n  ')}`).toEqual([]);
  });
});

describe('every page exists once in each language', () => {
  it.each(allKeys.map((key) => [key] as const))('key "%s"', (key) => {
    const problems: string[] = [];
    for (const [locale, map] of [
      ['nl', nlByKey],
      ['en', enByKey],
    ] as const) {
      const found = map.get(key) ?? [];
      if (found.length === 0) problems.push(`no content/${locale}/*.mdx has key "${key}"`);
      if (found.length > 1) problems.push(`key "${key}" is used by ${found.length} files: ${found.map((p) => p.file).join(', ')}`);
    }
    const other = [...(nlByKey.get(key) ?? []), ...(enByKey.get(key) ?? [])].map((p) => p.file).join(', ');
    expect(problems, `${problems.join('\n')}${other ? `\n(found: ${other})` : ''}`).toEqual([]);
  });
});

describe('Dutch and English versions have the same structure', () => {
  const pairs = allKeys.flatMap((key) => {
    const nl = nlByKey.get(key);
    const en = enByKey.get(key);
    return nl?.length === 1 && en?.length === 1 && nl[0] && en[0] ? [[key, nl[0], en[0]] as const] : [];
  });

  it.each(pairs)('key "%s"', (_key, nl, en) => {
    const diff = structureDiff(nl, en);
    expect(diff, `${nl.file} vs ${en.file}:\n  ${diff.join('\n  ')}`).toEqual([]);
  });
});

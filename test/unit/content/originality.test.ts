import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  HASH_LENGTH,
  SHINGLE_SIZE,
  findHits,
  hashTexts,
  mdxToText,
  toWords,
} from '../../support/shingles.ts';

/**
 * Originality rule: no run of 8 or more consecutive words of any seed text may appear in a guide
 * page. The seeds are not in the repository, so the check runs against the committed hashes in
 * test/fixtures/seed-shingles.json (regenerate with `node scripts/seed-shingles.mjs`).
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const contentDir = join(root, 'content');
const fixtureFile = join(root, 'test', 'fixtures', 'seed-shingles.json');
const seedsDir = process.env['SEEDS_DIR'] ?? join(root, '..', 'shared', 'seeds');

interface Fixture {
  shingleSize: number;
  hashLength: number;
  count: number;
  hashes: string[];
}

const fixture = JSON.parse(readFileSync(fixtureFile, 'utf8')) as Fixture;
const known: ReadonlySet<string> = new Set(fixture.hashes);
const hash = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex').slice(0, fixture.hashLength);

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...mdxFiles(path));
    else if (name.endsWith('.mdx')) out.push(path);
  }
  return out;
}

/** Every copied run in one MDX source, as report lines. */
function violations(source: string): string[] {
  return findHits(mdxToText(source), known, hash).map((hit) => `"${hit.words}"`);
}

describe('seed shingle fixture', () => {
  it('matches the shingle settings of the shared module and is non-trivial', () => {
    expect(fixture.shingleSize).toBe(SHINGLE_SIZE);
    expect(fixture.hashLength).toBe(HASH_LENGTH);
    expect(fixture.hashes.length).toBe(fixture.count);
    expect(fixture.count).toBeGreaterThan(1000);
    expect(fixture.hashes.every((h) => new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`).test(h))).toBe(true);
  });

  it.skipIf(!existsSync(seedsDir))('is up to date with the seed texts (when they are present)', () => {
    const texts = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
    const fresh = hashTexts(texts, hash);
    expect(fresh, 'seeds changed: run `node scripts/seed-shingles.mjs` and commit the fixture').toEqual(
      fixture.hashes,
    );
  });
});

describe('originality check', () => {
  // A real sentence from seed 002 (the Deloitte finding), embedded in a page.
  const copied =
    'Een onderzoek van Deloitte onder millennials ontdekte dat werknemers met mentoren op de werkplek twee keer zoveel kans hadden';

  it('catches a copied run of 8 or more words, whatever the case, punctuation or markup', () => {
    const page = `---\ntitle: Test\ndescription: Een testpagina voor de originaliteitscontrole.\n---\n\nEerst iets eigens. ${copied.toUpperCase().replace(/ /g, ' — ')}. En daarna weer eigen tekst.\n`;
    const hits = violations(page);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toContain('deloitte onder millennials');
  });

  it('catches a copied run hidden in a component attribute or across a tag', () => {
    const words = copied.split(' ').slice(0, 8);
    const inAttr = `<Callout type="note" title="${words.join(' ')}">Eigen woorden hier.</Callout>`;
    expect(violations(inAttr)).toHaveLength(1);
    const acrossTag = `**${words.slice(0, 4).join(' ')}** <em>${words.slice(4).join(' ')}</em>`;
    expect(violations(acrossTag)).toHaveLength(1);
    const inProp = `<Cards items={[{ title: "${words.join(' ')}" }]} />`;
    expect(violations(inProp)).toHaveLength(1);
  });

  it('does not flag a run of 7 seed words', () => {
    const seven = toWords(copied).slice(6, 13);
    expect(seven).toHaveLength(7);
    const page = `Zebra's kwispelen ${seven.join(' ')} paarse olifanten dansen.`;
    expect(violations(page)).toEqual([]);
  });

  it('reports a long copied run once, with all its words', () => {
    const hits = findHits(copied, known, hash);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.words).toBe(toWords(copied).join(' '));
  });
});

describe('guide pages contain no run of 8 words from a seed text', () => {
  const files = mdxFiles(contentDir);

  it('finds the content folder', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(root, file), file] as const))('%s', (_name, file) => {
    const found = violations(readFileSync(file, 'utf8'));
    expect(found, `${relative(root, file)} repeats seed text (8+ words):\n  ${found.join('\n  ')}`).toEqual([]);
  });
});

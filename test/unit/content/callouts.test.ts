// Issue 14, finding 10: pitfalls, their signs and remedies, and example phrases were plain
// paragraphs led by a bold label ("**Valkuil:**", "Zo klinkt het:"), while the rest of the guide
// draws such things as callouts and quotes. They are <Callout>s and <Phrases> now; this keeps a new
// page from bringing the bare label back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LABELS: Record<'nl' | 'en', readonly string[]> = {
  nl: ['Valkuil', 'Valkuilen', 'Signalen', 'Zo voorkom je het', 'Zo klinkt het', 'Voorbeeldzinnen'],
  en: ['Pitfall', 'Pitfalls', 'Signs', 'How to avoid it', 'How it sounds', 'Example phrases'],
};

/** Body lines outside front matter and code, with their line numbers. */
function bodyLines(text: string): { line: string; number: number }[] {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  let inCode = false;
  const body: { line: string; number: number }[] = [];
  for (const [index, line] of lines.entries()) {
    if (index <= end) continue;
    if (line.trimStart().startsWith('```')) inCode = !inCode;
    else if (!inCode) body.push({ line, number: index + 1 });
  }
  return body;
}

/** A paragraph or list item that opens with one of the labels and a colon, bold or not. */
function labelledParagraphs(text: string, labels: readonly string[]): string[] {
  const pattern = new RegExp(`^\\s*(?:[-*]\\s+)?(?:\\*\\*|__)?(?:${labels.join('|')})(?:\\*\\*|__)?\\s*:`, 'i');
  return bodyLines(text).filter(({ line }) => pattern.test(line)).map(({ line, number }) => `${number}: ${line.slice(0, 60)}`);
}

/** A list item that is nothing but a quoted sentence: an example phrase drawn as a bullet. */
function quotedBullets(text: string): string[] {
  return bodyLines(text)
    .filter(({ line }) => /^\s*[-*]\s+["“„'‘][^"”]+["”'’]\s*$/.test(line))
    .map(({ line, number }) => `${number}: ${line.slice(0, 60)}`);
}

describe.each(['nl', 'en'] as const)('guide pages in %s draw pitfalls and phrases as callouts and quotes', (locale) => {
  const pages = readdirSync(join('content', locale)).filter((name) => name.endsWith('.mdx'));
  it.each(pages)('%s has no paragraph led by a bare pitfall or phrase label', (name) => {
    expect(labelledParagraphs(readFileSync(join('content', locale, name), 'utf8'), LABELS[locale])).toEqual([]);
  });
  it.each(pages)('%s lists no example phrase as a plain bullet', (name) => {
    expect(quotedBullets(readFileSync(join('content', locale, name), 'utf8'))).toEqual([]);
  });
});

describe('the checks recognise what they guard against', () => {
  it('finds the labels of the old pages', () => {
    const old = '---\ntitle: x\n---\n**Valkuil:** je eigen verhaal.\n\nZo klinkt het:\n\n- "Dat klinkt als een pittige week."\n\n**Signalen:** afspraken worden verzet.\n';
    expect(labelledParagraphs(old, LABELS.nl)).toHaveLength(3);
    expect(quotedBullets(old)).toHaveLength(1);
  });
  it('leaves callouts, headings and ordinary bold leads alone', () => {
    const fine = '---\ntitle: x\n---\n## Valkuil 1: geen doelen\n\n<Callout type="warning" title="Valkuil">\n\nTekst.\n\n</Callout>\n\n**Voor mentees:**\n\n- Een "gewone" zin met aanhalingstekens.\n';
    expect(labelledParagraphs(fine, LABELS.nl)).toEqual([]);
    expect(quotedBullets(fine)).toEqual([]);
  });
});

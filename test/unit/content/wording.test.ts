// In Dutch, "mentorschap" is a court-ordered protective measure for an adult, not mentoring:
// the site says "mentoring", "mentoringafspraken" or "mentoringovereenkomst" instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from '../../../src/lib/i18n/nl/index.ts';

const pages = readdirSync('content/nl').filter((name) => name.endsWith('.mdx'));

describe('Dutch wording', () => {
  it.each(pages)('content/nl/%s never says “mentorschap”', (name) => {
    expect(readFileSync(join('content/nl', name), 'utf8')).not.toMatch(/mentorschap/i);
  });

  it('no Dutch message says “mentorschap”', () => {
    const offending = Object.entries(nl).filter(([, value]) => /mentorschap/i.test(JSON.stringify(value)));
    expect(offending).toEqual([]);
  });
});

// Phrases a reader flagged as translated rather than written (issue 14, finding 11): each has a
// plainer way to say it, and none may come back.
const TRANSLATED_DUTCH: readonly RegExp[] = [
  /\bAarden\b/,
  /Ondersteunen en mogelijk maken/,
  /\bJe oefent empathie\b/i,
  /ontbreken van het juiste antwoord geen beletsel/i,
  /Uiterlijk \(optioneel\)/,
  /de data tellen vanaf vandaag/i,
];
const TRANSLATED_ENGLISH: readonly RegExp[] = [/Negotiating and initialising/i, /Support and enabling/i];

describe('wording that reads as translated', () => {
  const english = readdirSync('content/en').filter((name) => name.endsWith('.mdx'));
  it.each(pages)('content/nl/%s uses none of the flagged phrases', (name) => {
    const text = readFileSync(join('content/nl', name), 'utf8');
    for (const phrase of TRANSLATED_DUTCH) expect(text, String(phrase)).not.toMatch(phrase);
  });
  it.each(english)('content/en/%s uses none of the flagged phrases', (name) => {
    const text = readFileSync(join('content/en', name), 'utf8');
    for (const phrase of TRANSLATED_ENGLISH) expect(text, String(phrase)).not.toMatch(phrase);
  });
  it('no Dutch message uses them either', () => {
    const offending = Object.entries(nl).filter(([, value]) => TRANSLATED_DUTCH.some((phrase) => phrase.test(JSON.stringify(value))));
    expect(offending).toEqual([]);
  });
});

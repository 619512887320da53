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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampText } from '../../../src/lib/goals/model.ts';
import { normaliseText, wordCount } from '../../../src/lib/goals/smart/text.ts';

describe('normaliseText', () => {
  it('folds case and diacritics and turns stressed één into a count', () => {
    expect(normaliseText('Vóór Één Café')).toBe('voor 1   cafe');
    expect(normaliseText('eén keer')).toBe('1   keer');
    expect(normaliseText('een keer')).toBe('een keer');
  });

  it('keeps the length of any input, so offsets point into the original text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect(normaliseText(text)).toHaveLength(text.length);
    }));
    // Characters whose lower case or decomposition has a different length.
    for (const text of ['İstanbul', 'ﬁnish', 'Straße', 'ǅ', 'e\u0301e\u0301n', '\ud800 lone', '①②', 'Ⅻ', '…']) {
      expect({ text, length: normaliseText(text).length }).toEqual({ text, length: text.length });
    }
  });

  it('counts words, ignoring emojis and punctuation', () => {
    expect(wordCount('🎯 Ik geef 3 presentaties! 🚀')).toBe(4);
    expect(wordCount('oud-collega\'s bellen')).toBe(2);
    expect(wordCount('   ')).toBe(0);
  });
});

describe('clampText', () => {
  it('cuts to the limit without splitting a surrogate pair', () => {
    expect(clampText('abc', 5)).toBe('abc');
    expect(clampText('abcdef', 3)).toBe('abc');
    expect(clampText('ab🎯', 3)).toBe('ab');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(40), (text, max) => {
      const cut = clampText(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(cut)).toBe(true);
      expect(cut.isWellFormed()).toBe(true);
    }));
  });
});

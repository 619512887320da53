import { describe, expect, it } from 'vitest';
import { conversationStarters } from '../../../../src/lib/matcher/review/starters.ts';
import { inSentence, nameList } from '../../../../src/lib/matcher/tell/words.ts';
import type { Participant } from '../../../../src/lib/matching/types.ts';
import { nl } from './project.ts';

describe('nameList', () => {
  it('joins names as Dutch and English sentences do', () => {
    expect(nameList('nl', ['Zoë Bakker', 'Thijs Peters'])).toBe('Zoë Bakker en Thijs Peters');
    expect(nameList('nl', ['A', 'B', 'C'])).toBe('A, B en C');
    expect(nameList('en', ['A', 'B'])).toBe('A and B');
    expect(nameList('nl', ['A'])).toBe('A');
  });
});

describe('inSentence', () => {
  it('lower-cases a list entry’s capital in a phrase of ordinary words', () => {
    expect(inSentence('Feedback geven')).toBe('feedback geven');
    expect(inSentence('Project management')).toBe('project management');
    expect(inSentence('  Public speaking ')).toBe('public speaking');
  });

  it('keeps single words, acronyms and names as written', () => {
    for (const skill of ['Excel', 'Python', 'SQL', 'Leidinggeven', 'SQL queries', 'Microsoft Teams', 'Werken met Excel', 'feedback geven', 'iOS apps'])
      expect(inSentence(skill)).toBe(skill);
  });

  it('is used in the starters', () => {
    const mentor: Participant = { id: '1', name: 'A', role: 'mentor', skillsOffered: ['Feedback geven'] };
    const mentee: Participant = { id: '2', name: 'B', role: 'mentee', skillsWanted: ['Feedback geven'] };
    const texts = conversationStarters([mentor, mentee], '1').map((starter) => nl(starter.key, starter.params));
    expect(texts.some((text) => text.includes('feedback geven'))).toBe(true);
    expect(texts.some((text) => text.includes('Feedback geven'))).toBe(false);
  });
});

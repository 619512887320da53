// Every message key has a Dutch and an English template, and every placeholder in those
// templates is filled by the code that produces the message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../../src/lib/matching/format-message.ts';
import {
  MATCHING_MESSAGE_KEYS,
  formatMatchingMessage,
  matchingMessagesEn,
  matchingMessagesNl,
  runMatching,
  type MatchingMessage,
  type MatchingResult,
  type Mode,
} from '../../../src/lib/matching/index.ts';
import { instanceArb } from './arbitraries.ts';

function messagesOf(result: MatchingResult): MatchingMessage[] {
  return [
    ...result.matches.flatMap((m) => m.breakdown.flatMap((b) => b.reasons)),
    ...result.unmatched.map((u) => u.message),
    ...result.dataQuality.map((d) => d.message),
  ];
}

const MODES: readonly Mode[] = [
  { kind: 'mentoring' },
  { kind: 'reciprocal' },
  { kind: 'peers' },
  { kind: 'groups', size: 3 },
  { kind: 'groups', size: 2, oneMentorPerGroup: true },
  { kind: 'stable' },
];

describe('messages', () => {
  it('has a non-empty template for every key in both languages', () => {
    for (const key of MATCHING_MESSAGE_KEYS) {
      expect(matchingMessagesEn[key].trim()).not.toBe('');
      expect(matchingMessagesNl[key].trim()).not.toBe('');
      expect(new Set(placeholdersOf(matchingMessagesNl[key]))).toEqual(new Set(placeholdersOf(matchingMessagesEn[key])));
    }
    expect(Object.keys(matchingMessagesEn).sort()).toEqual([...MATCHING_MESSAGE_KEYS].sort());
    expect(Object.keys(matchingMessagesNl).sort()).toEqual([...MATCHING_MESSAGE_KEYS].sort());
  });

  it('formats in Dutch and English, translating label parameters', () => {
    const msg: MatchingMessage = { key: 'criterion.offerMeetsWant.covers', params: { mentor: 'Anna', mentee: 'Bram', skills: 'Excel' } };
    expect(formatMatchingMessage(matchingMessagesNl, msg)).toBe('Anna biedt Excel aan, wat Bram wil leren');
    expect(formatMatchingMessage(matchingMessagesEn, msg)).toBe('Anna offers Excel, which Bram wants to learn');
    const label: MatchingMessage = { key: 'criterion.shared.none', params: { property: '@property.interests' } };
    expect(formatMatchingMessage(matchingMessagesNl, label)).toBe('Geen gedeelde interesses');
  });

  it('fills every placeholder of every message the engine produces', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(instanceArb({ maxPeople: 9, modes: MODES }), (input) => {
        for (const msg of messagesOf(runMatching(input))) {
          seen.add(msg.key);
          for (const templates of [matchingMessagesEn, matchingMessagesNl]) {
            for (const name of placeholdersOf(templates[msg.key])) expect(msg.params).toHaveProperty(name);
            const text = formatMatchingMessage(templates, msg);
            expect(text).not.toMatch(/\{\w+\}/);
            expect(text).not.toMatch(/@\w/);
          }
        }
      }),
      { numRuns: 500 },
    );
    // The random instances reach most keys; the rest are covered by the robustness tests.
    expect(seen.size).toBeGreaterThan(25);
  });
});

// Every placeholder in the Dutch and English templates is filled by the code that produces the
// message. (Key, placeholder and empty-text parity of all dictionaries: test/unit/i18n/dictionaries.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaries, placeholdersOf, type Template } from '../../../src/lib/i18n/all.ts';
import {
  labelParam,
  runMatching,
  type MatchingMessage,
  type MatchingResult,
  type Mode,
} from '../../../src/lib/matching/index.ts';
import { instanceArb } from './arbitraries.ts';
import { formatIn } from './format.ts';

function messagesOf(result: MatchingResult): MatchingMessage[] {
  return [
    ...result.matches.flatMap((m) => m.breakdown.flatMap((b) => b.reasons)),
    ...result.unmatched.map((u) => u.message),
    ...result.dataQuality.map((d) => d.message),
  ];
}

function formsOf(template: Template): string[] {
  return typeof template === 'string' ? [template] : [template.one, template.other];
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
  it('formats in Dutch and English, translating label parameters', () => {
    const msg: MatchingMessage = { key: 'matching.criterion.offerMeetsWant.covers', params: { mentor: 'Anna', mentee: 'Bram', skills: 'Excel' } };
    expect(formatIn('nl', msg)).toBe('Anna biedt Excel aan, wat Bram wil leren');
    expect(formatIn('en', msg)).toBe('Anna offers Excel, which Bram wants to learn');
    const label: MatchingMessage = { key: 'matching.criterion.shared.none', params: { property: labelParam('property.interests') } };
    expect(formatIn('nl', label)).toBe('Geen gedeelde interesses');
  });

  it('fills every placeholder of every message the engine produces', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(instanceArb({ maxPeople: 9, modes: MODES }), (input) => {
        for (const msg of messagesOf(runMatching(input))) {
          seen.add(msg.key);
          for (const locale of ['en', 'nl'] as const) {
            for (const name of formsOf(dictionaries[locale][msg.key]).flatMap(placeholdersOf)) expect(msg.params).toHaveProperty(name);
            const text = formatIn(locale, msg);
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

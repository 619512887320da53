import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, translate, type Message, type MessageKey } from '../../../src/lib/i18n/all.ts';
import { locales as LOCALES } from '../../../src/lib/i18n/locales.ts';

// Finding 3: raw keys reached users ("damaged: validation.recordDamaged", "1 parts"). Every key the
// storage and backup code, the records and the repairs can produce must exist in both languages,
// and a rendered message, nested messages included, must never show a key.
const SOURCES = ['src/lib/storage', 'src/lib/goals/salvage.ts', 'src/lib/goals/record.ts', 'src/lib/notes', 'src/islands/data/DataControls.tsx', 'src/stores/data.ts', 'src/islands/ui/StorageStatus.tsx'];
const RAW_KEY = /\b[a-z]+\.[a-zA-Z]+(\.[a-zA-Z.]+)?\b/;

function files(path: string): string[] {
  try {
    return readdirSync(path).flatMap((name) => files(join(path, name)));
  } catch {
    return [path];
  }
}

const keys = new Set<string>();
for (const file of SOURCES.flatMap(files)) {
  for (const match of readFileSync(file, 'utf8').matchAll(/key: '([a-zA-Z.]+)'|\bt\('([a-zA-Z.]+)'/g)) keys.add(match[1] ?? match[2]!);
}
for (const key of Object.keys(dictionaries.nl)) if (key.startsWith('goals.validation.')) keys.add(key);

const sampleParams = { count: 2, max: 5, found: 3, supported: 1, n: 1, goal: 'Feedback', value: '20000-01-01', date: '2026-01-01', time: '10:00', earliest: '1900', latest: '2999', path: 'goals[0]', record: 'goals', letter: 'S', outcome: 'klaar', file: 'mentorkit-backup-2026-01-01.json', detail: { key: 'note.tooLong', params: { count: 3, max: 2 } }, field: { key: 'goals.ui.field.title' }, contents: { key: 'goals.contents', params: { count: 1 } } } as const;

describe('storage messages', () => {
  it('finds the keys it checks', () => expect(keys.size).toBeGreaterThan(60));

  it.each([...keys].sort())('%s exists in every language and renders without a raw key', (key) => {
    for (const locale of LOCALES) {
      expect(Object.hasOwn(dictionaries[locale], key), `${locale}: ${key}`).toBe(true);
      const text = translate(locale, key as MessageKey, sampleParams);
      expect(text, `${locale}: ${key}`).not.toMatch(RAW_KEY);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('damaged goals read as words, nested detail included', () => {
    const damaged: Message = { key: 'storage.validation.recordDamaged', params: { detail: { key: 'goals.validation.invalidDate', params: { path: 'x' } } } };
    expect(translate('en', damaged.key, damaged.params)).toBe('the stored data is damaged (a date is not valid (x))');
  });

  it('plurals are right in both languages', () => {
    expect(translate('nl', 'goals.contents', { count: 1 })).toBe('1 doel');
    expect(translate('nl', 'goals.contents', { count: 2 })).toBe('2 doelen');
    expect(translate('en', 'goals.merge.added', { count: 1 })).toBe('1 goal added');
    expect(translate('en', 'goals.merge.added', { count: 0 })).toBe('0 goals added');
  });
});

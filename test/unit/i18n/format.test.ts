// Lists in messages read as each language writes them.
import { describe, expect, it } from 'vitest';
import { formatList, formatMessage } from '../../../src/lib/i18n/format.ts';

describe('a list in a message', () => {
  it('is joined with "en" in Dutch and "and" in English', () => {
    expect(formatList(['Leidinggeven', 'Feedback geven'], 'nl')).toBe('Leidinggeven en Feedback geven');
    expect(formatList(['Excel', 'Python', 'SQL'], 'nl')).toBe('Excel, Python en SQL');
    expect(formatList(['Excel', 'Python', 'SQL'], 'en')).toBe('Excel, Python and SQL');
    expect(formatList(['Excel'], 'en')).toBe('Excel');
  });

  it('fills a placeholder', () => {
    const templates = { 'x.offer': '{mentor} biedt {skills} aan' };
    expect(formatMessage(templates, 'nl', { key: 'x.offer' as never, params: { mentor: 'Zoë', skills: ['Leidinggeven', 'Feedback geven'] } })).toBe('Zoë biedt Leidinggeven en Feedback geven aan');
  });
});

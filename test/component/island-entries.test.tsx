// Each page imports an island's per-language entry, which registers only the feature tables
// that island shows. Rendered on a fresh module graph (nothing else registered), no text may
// fall back to a raw message key.
import { describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';

const KEY = /\b(?:goals|agreements|storage|backup|deleteAll|note|matching|site|search|nav)\.[a-zA-Z]+(?:\.[a-zA-Z]+)*\b/;

const entries: Record<string, () => Promise<{ default: FunctionComponent }>> = {
  'GoalsWorkbook.nl': () => import('../../src/islands/GoalsWorkbook.nl.tsx'),
  'GoalsWorkbook.en': () => import('../../src/islands/GoalsWorkbook.en.tsx'),
  'PersonalNote.nl': () => import('../../src/islands/PersonalNote.nl.tsx'),
  'PersonalNote.en': () => import('../../src/islands/PersonalNote.en.tsx'),
  'DataControls.nl': () => import('../../src/islands/DataControls.nl.tsx'),
  'DataControls.en': () => import('../../src/islands/DataControls.en.tsx'),
  'AgreementsWorkbook.nl': () => import('../../src/islands/AgreementsWorkbook.nl.tsx'),
  'AgreementsWorkbook.en': () => import('../../src/islands/AgreementsWorkbook.en.tsx'),
};

describe('island entries', () => {
  for (const [name, load] of Object.entries(entries)) {
    it(`${name} registers every text it shows`, async () => {
      vi.resetModules();
      const { default: Entry } = await load();
      const { container } = render(<Entry />);
      await waitFor(() => expect(container.querySelector('[data-save-state], button')).not.toBeNull());
      await waitFor(() => expect(container.querySelector('[data-phase="loading"]')).toBeNull());
      const attributes = [...container.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((a) => !['class', 'id', 'for', 'href'].includes(a.name) && !a.name.startsWith('data-')).map((a) => a.value),
      );
      // Text node by text node: a sentence ending in "site." followed by "Nederlands" is no key.
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
      for (const text of [...texts, ...attributes]) expect(text.match(KEY)?.[0] ?? null).toBeNull();
    });
  }
});

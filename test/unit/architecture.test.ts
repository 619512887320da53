// The layer rule of src/, checked on the import graph (static, type-only, re-exports and dynamic
// imports with a literal specifier; .astro front matter and scripts included):
//   (a) no import cycle, type-only imports included;
//   (b) src/lib imports nothing of src/ outside src/lib: not src/stores, src/islands,
//       src/components, src/layouts, src/pages (nor src/scripts, src/workers, src/integrations);
//   (c) src/lib/storage knows no feature: it imports only itself and src/lib/i18n (the Message
//       type), never src/lib/goals, src/lib/notes, src/lib/matching, …
// Violations that exist today are listed by name in KNOWN_VIOLATIONS; anything else fails, and so
// does an entry that no longer occurs (delete it, so the rule tightens as the code is mended).
import { describe, expect, it } from 'vitest';
import { astroCode, cycles, edgesWhere, importGraph, importSpecifiers } from '../support/import-graph.ts';

const KNOWN_VIOLATIONS = {
  /** Each entry: the files of one cycle, sorted, joined by ' <-> '. */
  cycles: [] as string[],
  /** Each entry: 'from -> to'. */
  storageImportsFeature: [] as string[],
  libImportsOutsideLib: [] as string[],
} as const;

const graph = importGraph('src');
const folder = (path: string, root: string): boolean => path === root || path.startsWith(`${root}/`);

/** What was found, minus the known entries; and the known entries that were not found. */
function against(found: readonly string[], known: readonly string[]): { unexpected: string[]; stale: string[] } {
  return { unexpected: found.filter((item) => !known.includes(item)), stale: known.filter((item) => !found.includes(item)) };
}

describe('the import graph reader', () => {
  it('sees every kind of import', () => {
    const source = [
      "import a from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      "export { d } from './d.ts';",
      "export type * from './e.ts';",
      "import './f.css';",
      "const g = await import('./g.ts');",
      "type H = import('./h.ts').H;",
      '// import nope from "./commented.ts";',
    ].join('\n');
    expect(importSpecifiers(source, 'x.ts')).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './f.css', './g.ts', './h.ts']);
  });

  it('reads the front matter and the bundled scripts of an .astro file, not inline ones', () => {
    const source = [
      '---',
      "import Layout from '../layouts/Layout.astro';",
      "import type { P } from '../lib/p.ts';",
      '---',
      '<Layout><p>import x from "./not-code.ts"</p></Layout>',
      "<script>import '../scripts/chrome.ts';</script>",
      '<script src="../scripts/other.ts"></script>',
      "<script is:inline>import('./inline.js')</script>",
    ].join('\n');
    const code = astroCode(source);
    expect(importSpecifiers(source, 'page.astro').sort()).toEqual([
      '../layouts/Layout.astro',
      '../lib/p.ts',
      '../scripts/chrome.ts',
      '../scripts/other.ts',
    ]);
    expect(code).not.toContain('not-code');
  });

  it('reads the real tree (a guard against a reader that finds nothing)', () => {
    expect(graph.files.length).toBeGreaterThan(100);
    expect(graph.edges.get('src/stores/record-types.ts')).toContain('src/lib/goals/record.ts');
    expect(graph.edges.get('src/pages/[lang]/[...slug].astro')).toContain('src/layouts/DocsLayout.astro');
  });
});

describe('the layer rule of src/', () => {
  it('(a) has no import cycle, type-only imports included', () => {
    const found = cycles(graph).map((cycle) => cycle.join(' <-> '));
    const { unexpected, stale } = against(found, KNOWN_VIOLATIONS.cycles);
    expect(unexpected, 'new import cycles').toEqual([]);
    expect(stale, 'KNOWN_VIOLATIONS.cycles entries that no longer occur: remove them').toEqual([]);
  });

  it('(b) src/lib imports nothing of src/ outside src/lib (stores, islands, components, layouts, pages, …)', () => {
    const found = edgesWhere(graph, (from, to) => folder(from, 'src/lib') && !folder(to, 'src/lib'));
    const { unexpected, stale } = against(found, KNOWN_VIOLATIONS.libImportsOutsideLib);
    expect(unexpected, 'imports from src/lib up into the app').toEqual([]);
    expect(stale, 'KNOWN_VIOLATIONS.libImportsOutsideLib entries that no longer occur: remove them').toEqual([]);
  });

  it('(c) src/lib/storage imports no feature folder (only itself and src/lib/i18n)', () => {
    const allowed = ['src/lib/storage', 'src/lib/i18n'];
    const found = edgesWhere(
      graph,
      (from, to) => folder(from, 'src/lib/storage') && !allowed.some((root) => folder(to, root)),
    );
    const { unexpected, stale } = against(found, KNOWN_VIOLATIONS.storageImportsFeature);
    expect(unexpected, 'src/lib/storage importing a feature').toEqual([]);
    expect(stale, 'KNOWN_VIOLATIONS.storageImportsFeature entries that no longer occur: remove them').toEqual([]);
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatWeightTable, jsWeight, pageScripts, staticImports, weightRows } from '../../../src/integrations/js-weight.ts';

const files: Record<string, string> = {
  '/_astro/layout.js': 'const __vite__mapDeps=(i)=>i;\nimport{t as e}from"./helper.js";e(()=>import("./search.js"));',
  '/_astro/helper.js': 'export function t(f){return f()}',
  '/_astro/search.js': 'export const search=1;',
  '/_astro/Island.js': 'import{a}from"./preact.js";import"./side-effect.js";export{b}from"./shared.js";const s="import\\"./not-an-import.js\\"";export default a;',
  '/_astro/client.js': 'import{a}from"./preact.js";export default a;',
  '/_astro/preact.js': 'export const a=1;',
  '/_astro/side-effect.js': 'globalThis.x=1;',
  '/_astro/shared.js': '/* shared */ import{a}from"./preact.js";export const b=a;',
};
const read = (url: string) => (url in files ? new TextEncoder().encode(files[url]) : undefined);

const island = (name: string) =>
  `<astro-island uid="1" component-url="/_astro/Island.js" component-export="default" renderer-url="/_astro/client.js" props="{}" ssr client="load" opts="{&quot;name&quot;:&quot;${name}&quot;,&quot;value&quot;:true}"></astro-island>`;
const page = (body: string) =>
  `<html><head><script>var theme=1;</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/layout.js"></script></head><body>${body}</body></html>`;

describe('the JS weight of a page', () => {
  it('names module scripts, island component and renderer URLs, island names and inline bytes', () => {
    const scripts = pageScripts(page(island('Workbook') + island('Workbook')));
    expect(scripts.entries.sort()).toEqual(['/_astro/Island.js', '/_astro/client.js', '/_astro/layout.js']);
    expect(scripts.islands).toEqual(['Workbook']);
    expect(scripts.inlineBytes).toBe('var theme=1;'.length);
  });

  it('reads only the static imports a chunk starts with, after Vite’s mapDeps line', () => {
    expect(staticImports(files['/_astro/layout.js']!)).toEqual(['./helper.js']);
    expect(staticImports(files['/_astro/Island.js']!)).toEqual(['./preact.js', './side-effect.js', './shared.js']);
    expect(staticImports(files['/_astro/shared.js']!)).toEqual(['./preact.js']);
    expect(staticImports('export default 1;')).toEqual([]);
  });

  it('sums every file once, raw and gzipped, leaving dynamic imports out', () => {
    const weight = jsWeight(page(island('Workbook')), read);
    const loaded = ['/_astro/Island.js', '/_astro/client.js', '/_astro/helper.js', '/_astro/layout.js', '/_astro/preact.js', '/_astro/shared.js', '/_astro/side-effect.js'];
    expect(weight.files).toEqual(loaded);
    const bytes = loaded.map((url) => read(url)!);
    expect(weight.raw).toBe(bytes.reduce((sum, b) => sum + b.byteLength, 0));
    expect(weight.gzip).toBe(bytes.reduce((sum, b) => sum + gzipSync(b).byteLength, 0));
    expect(weight.inlineBytes).toBe(12);
  });

  it('refuses a page that loads a file the build did not write', () => {
    expect(() => jsWeight('<script type="module" src="/_astro/missing.js"></script>', read)).toThrow(/missing\.js/);
  });

  it('types pages by their islands and keeps the heaviest page of each type and locale', () => {
    const guide = { path: '/nl/a/', html: page(''), weight: jsWeight(page(''), read) };
    const heavier = { ...guide, path: '/nl/b/', weight: { ...guide.weight, gzip: guide.weight.gzip + 1 } };
    const workbook = { path: '/en/w/', html: page(island('Workbook')), weight: jsWeight(page(island('Workbook')), read) };
    const rows = weightRows([guide, heavier, workbook]);
    expect(rows.map((row) => [row.type, row.page])).toEqual([
      ['guide page', '/nl/b/'],
      ['Workbook', '/en/w/'],
    ]);
    const table = formatWeightTable(rows).split('\n');
    expect(table[0]).toMatch(/^page type\s+heaviest page\s+files\s+JS\s+gzipped\s+inline$/);
    expect(table).toHaveLength(4);
    expect(table[3]).toContain(`${(workbook.weight.raw / 1000).toFixed(1)} kB`);
  });
});

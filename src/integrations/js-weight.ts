import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterBuild, htmlFiles } from './built-site.ts';
import { gzipSync } from 'node:zlib';

/** The JavaScript one built page names: module scripts, islands, and its inline scripts. */
export interface PageScripts {
  /** URLs of `<script type="module" src>` and of each island's component-url and renderer-url. */
  entries: string[];
  /** Names of the page's islands (from astro-island opts), sorted, de-duplicated. */
  islands: string[];
  /** Bytes of the inline scripts (theme, Astro's island bootstrap). */
  inlineBytes: number;
}

export interface JsWeight {
  /** Every JS file the page loads before any user action: entries and their static imports, sorted. */
  files: string[];
  raw: number;
  /** Sum of each file gzipped on its own, as a server sends them. */
  gzip: number;
  inlineBytes: number;
}

const decode = (value: string): string =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decode(value);
};

/** What JavaScript the HTML of one page names. Pure. */
export function pageScripts(html: string): PageScripts {
  const entries = new Set<string>();
  const islands = new Set<string>();
  let inlineBytes = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${match[1] ?? ''}>`;
    const type = (attribute(tag, 'type') ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue;
    const src = attribute(tag, 'src');
    if (src !== undefined) entries.add(src);
    else inlineBytes += Buffer.byteLength(match[2] ?? '');
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attribute(match[0], name);
      if (url) entries.add(url);
    }
    const opts = attribute(match[0], 'opts');
    const island = opts ? (JSON.parse(opts) as { name?: unknown }).name : undefined;
    if (typeof island === 'string') islands.add(island);
  }
  return { entries: [...entries], islands: [...islands].sort(), inlineBytes };
}

// Whitespace, comments, and the one line of dependency lists Vite puts before the imports of a
// chunk with dynamic imports (`const __vite__mapDeps=…`), which loads nothing by itself.
const LEADING = /^(?:\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n|const __vite__mapDeps=[^\n]*\n)*/;
const STATIC_IMPORT = /^(?:import|export)\s*(?:[\w$\s{},*]*?\s*from\s*)?(["'])([^"']+)\1\s*;?/;

/**
 * The specifiers of a bundled chunk's static imports. Rolldown hoists them to the top of the chunk,
 * so only the leading `import … from "…"` / `import "…"` / `export … from "…"` statements are read
 * (after Vite's `__vite__mapDeps` line);
 * a dynamic `import("…")` (loaded on demand, e.g. the search) is not a static import. Pure.
 */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  let rest = code;
  for (;;) {
    rest = rest.slice(LEADING.exec(rest)?.[0].length ?? 0);
    const match = STATIC_IMPORT.exec(rest);
    if (!match) return specifiers;
    specifiers.push(match[2] ?? '');
    rest = rest.slice(match[0].length);
  }
}

/**
 * The JS weight of one page: its entries and everything they import statically, read through
 * `read(url)` (a site-absolute URL such as '/_astro/x.js'; undefined when there is no such file).
 * Pure apart from gzip, which is deterministic.
 */
export function jsWeight(html: string, read: (url: string) => Uint8Array | undefined): JsWeight {
  const { entries, inlineBytes } = pageScripts(html);
  const seen = new Set<string>();
  let raw = 0;
  let gzip = 0;
  const visit = (url: string): void => {
    if (seen.has(url)) return;
    seen.add(url);
    const bytes = read(url);
    if (bytes === undefined) throw new Error(`The page loads ${url}, which the build did not write`);
    raw += bytes.byteLength;
    gzip += gzipSync(bytes).byteLength;
    for (const specifier of staticImports(Buffer.from(bytes).toString('utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      visit(new URL(specifier, `https://site.invalid${url}`).pathname);
    }
  };
  for (const entry of entries) visit(new URL(entry, 'https://site.invalid/').pathname);
  return { files: [...seen].sort(), raw, gzip, inlineBytes };
}

export interface WeightRow {
  type: string;
  page: string;
  files: number;
  raw: number;
  gzip: number;
  inlineBytes: number;
}

/**
 * One row per page type and locale: pages are typed by their islands ('guide page' when they have
 * none, so a new workbook gets its own row by itself); each row shows the type's heaviest page.
 */
export function weightRows(pages: readonly { path: string; html: string; weight: JsWeight }[]): WeightRow[] {
  const rows = new Map<string, WeightRow>();
  for (const { path, html, weight } of pages) {
    const { islands } = pageScripts(html);
    const type = islands.length === 0 ? 'guide page' : islands.join(' + ');
    const locale = path.split('/')[1] ?? '';
    const key = `${type}\u0000${locale}`;
    const current = rows.get(key);
    if (current && current.gzip >= weight.gzip) continue;
    rows.set(key, { type, page: path, files: weight.files.length, raw: weight.raw, gzip: weight.gzip, inlineBytes: weight.inlineBytes });
  }
  const order = (row: WeightRow) => (row.type === 'guide page' ? '' : row.type);
  return [...rows.values()].sort((a, b) => order(a).localeCompare(order(b)) || a.page.localeCompare(b.page));
}

/** Decimal kilobytes, as browsers' network panels and the issue tracker count them. */
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The rows as a fixed-width text table. Pure. */
export function formatWeightTable(rows: readonly WeightRow[]): string {
  const header = ['page type', 'heaviest page', 'files', 'JS', 'gzipped', 'inline'];
  const cells = rows.map((row) => [row.type, row.page, String(row.files), kb(row.raw), kb(row.gzip), kb(row.inlineBytes)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)));
  const right = new Set([2, 3, 4, 5]);
  const line = (values: readonly string[]) =>
    values.map((value, column) => (right.has(column) ? value.padStart(widths[column]!) : value.padEnd(widths[column]!))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

function builtPages(site: string): string[] {
  return htmlFiles(site)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${relative(site, dirname(file)).split(/[\\/]/).join('/')}/`.replace(/\/+/g, '/'))
    .filter((page) => /^\/(nl|en)\//.test(page) && !page.endsWith('/404/'))
    .sort();
}

/** Prints, after every build, the JavaScript each page type loads, so the weight can be watched. */
export function jsWeightReport(): AstroIntegration {
  return afterBuild('mentorkit-js-weight', (site, logger) => {
    const read = (url: string): Uint8Array | undefined => {
      try {
        return readFileSync(join(site, decodeURIComponent(url)));
      } catch {
        return undefined;
      }
    };
    const pages = builtPages(site).map((path) => {
      const html = readFileSync(join(site, path, 'index.html'), 'utf8');
      return { path, html, weight: jsWeight(html, read) };
    });
    logger.info(`JavaScript per page type (a page's module scripts, islands and their static imports):\n${formatWeightTable(weightRows(pages))}`);
  });
}

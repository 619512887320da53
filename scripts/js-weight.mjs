// Prints the JavaScript a built page loads: its module scripts, island components and
// renderers, and everything they import statically (dynamic imports are loaded on demand
// and left out). Usage: node scripts/js-weight.mjs [page path under dist …]
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const defaults = ['nl/smart-doelen/', 'en/smart-goals/', 'nl/jouw-gegevens/', 'en/your-data/', 'nl/waarom-mentoring/'];

/** Root-relative URLs of the module scripts and island modules a page's HTML names. */
function entryUrls(html) {
  const urls = new Set();
  for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) urls.add(src);
  for (const [, url] of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) urls.add(url);
  return urls;
}

/** Static imports (`import … from "./x.js"`, `import "./x.js"`) of one built module, as root-relative URLs. */
function staticImports(url, code) {
  const found = [];
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']/g)) {
    if (spec.startsWith('.')) found.push(posix.join(posix.dirname(url), spec));
    else if (spec.startsWith('/')) found.push(spec);
  }
  return found;
}

export function pageWeight(page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const seen = new Map();
  const queue = [...entryUrls(html)];
  while (queue.length > 0) {
    const url = queue.pop();
    if (seen.has(url)) continue;
    const code = readFileSync(join(dist, url));
    seen.set(url, code);
    queue.push(...staticImports(url, code.toString('utf8')));
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  let raw = 0;
  let gzip = 0;
  for (const code of seen.values()) {
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  return { page, files: [...seen.keys()].sort(), raw, gzip, inline: Buffer.byteLength(inline) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('-v');
  const pages = process.argv.slice(2).filter((a) => a !== '-v');
  for (const page of pages.length > 0 ? pages : defaults) {
    const w = pageWeight(page);
    console.log(`${page.padEnd(24)} ${kb(w.raw).padStart(9)} raw ${kb(w.gzip).padStart(9)} gzip  ${w.files.length} files  (+${kb(w.inline)} inline)`);
    if (verbose) for (const f of w.files) console.log(`    ${f}`);
  }
}

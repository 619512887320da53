import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built-pages.ts';

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

function fileFor(pathname: string): string | undefined {
  const target = join('dist', decodeURIComponent(pathname));
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, 'index.html');
  return existsSync(index) ? index : undefined;
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1]!)));
}

describe('links in the built site', () => {
  const pages = ['/', ...builtPages()];

  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    const idCache = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
      return idCache.get(file)!;
    };
    for (const page of pages) {
      const file = fileFor(page)!;
      const html = readFileSync(file, 'utf8');
      for (const [, raw] of html.matchAll(/\shref="([^"]+)"/g)) {
        const href = decode(raw!);
        if (/^(https?:|mailto:|tel:|data:|blob:)/.test(href)) continue;
        const target = new URL(href, `http://site${page}`);
        const targetFile = target.pathname === page ? file : fileFor(target.pathname);
        if (!targetFile) {
          broken.push(`${page} → ${href} (no such page)`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && !ids(targetFile).has(anchor)) broken.push(`${page} → ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page links to an external site', () => {
    const external: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(fileFor(page)!, 'utf8');
      for (const [, href] of html.matchAll(/\s(?:href|src)="(https?:[^"]+)"/g)) {
        // Canonical and hreflang links name the public address of the site itself.
        if (!href!.startsWith('https://mentorkit.example/')) external.push(`${page} → ${href}`);
      }
    }
    expect(external).toEqual([]);
  });

  it('every page has a title and a meta description', () => {
    const lacking: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(fileFor(page)!, 'utf8');
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim() ?? '';
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1]?.trim() ?? '';
      if (title.length < 3 || description.length < 20) lacking.push(page);
    }
    expect(lacking).toEqual([]);
  });
});

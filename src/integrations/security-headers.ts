import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterBuild, htmlFiles } from './built-site.ts';

// The HTTP headers of the built site, written to dist/_headers (the Netlify / Cloudflare Pages
// format) at build time, and read from there by scripts/static-server.mjs (`npm start`, e2e tests).
// The Content-Security-Policy header is derived from the CSP <meta> that Astro writes into every
// page, so the two cannot drift: the same directives, the union of every page's hashes, plus what a
// <meta> cannot carry (frame-ancestors). A browser enforces both policies, so each page stays as
// strict as its own <meta>.

/** Directives only an HTTP header can carry (a <meta> policy ignores them). */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** Everything the site never asks for; clipboard-write stays for "Copy as Markdown". */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** The headers every response carries besides the CSP. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

export type Policy = Map<string, string[]>;

/** A CSP string as directive → sources, in the order written. */
export function parseCsp(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name !== undefined && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

export function formatCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The content of the CSP <meta> of a page, or undefined when it has none. */
export function metaCsp(html: string): string | undefined {
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag[0])) continue;
    const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag[0]);
    return (content?.[1] ?? content?.[2] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return undefined;
}

/**
 * One header policy for every page: the pages' <meta> policies must name the same directives (else
 * the build fails, since a header could not match them all); each directive allows the union of its
 * sources (the per-page script and style hashes), and the header-only directives are added.
 */
export function headerPolicy(pagePolicies: readonly string[], extra: readonly string[] = HEADER_ONLY_DIRECTIVES): string {
  if (pagePolicies.length === 0) throw new Error('No page carries a CSP <meta>: nothing to derive the header from');
  const parsed = pagePolicies.map(parseCsp);
  const names = [...parsed[0]!.keys()];
  const merged: Policy = new Map(names.map((name) => [name, [] as string[]]));
  parsed.forEach((policy, index) => {
    const these = [...policy.keys()];
    if (these.length !== names.length || these.some((name) => !merged.has(name))) {
      throw new Error(`Page ${index} has CSP directives ${these.join(', ')}; the others have ${names.join(', ')}`);
    }
    for (const [name, sources] of policy) {
      const list = merged.get(name)!;
      for (const source of sources) if (!list.includes(source)) list.push(source);
    }
  });
  for (const directive of extra) {
    const [name, ...sources] = directive.split(/\s+/);
    if (name !== undefined) merged.set(name, sources);
  }
  // Keywords and hosts first, in the order written; hashes sorted, so the file diffs calmly.
  for (const [name, sources] of merged) {
    const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
    merged.set(name, [...sources.filter((s) => !isHash(s)), ...sources.filter(isHash).sort()]);
  }
  return formatCsp(merged);
}

export interface HeaderRule {
  /** A path pattern: exact ('/en/'), or ending in '*' for everything below it ('/*'). */
  path: string;
  headers: [name: string, value: string][];
}

/** Rules in the `_headers` format: a path line, then indented `Name: value` lines. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`.trimEnd());
  for (const rule of rules) {
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`Cannot read this _headers line: ${line}`);
    rule.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/** The headers for one request path: every matching rule's, later rules adding to earlier ones. */
export function headersFor(pathname: string, rules: readonly HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (matches) for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  }
  return out;
}

/** The `_headers` file for a built site, from the HTML pages it contains. */
export function siteHeaders(pages: readonly string[]): string {
  const policies = pages.map(metaCsp).filter((policy): policy is string => policy !== undefined);
  if (policies.length !== pages.length) throw new Error(`${pages.length - policies.length} page(s) carry no CSP <meta>`);
  const rule: HeaderRule = {
    path: '/*',
    headers: [['Content-Security-Policy', headerPolicy(policies)], ...Object.entries(STATIC_HEADERS)],
  };
  return formatHeadersFile(
    [rule],
    [
      'Generated by src/integrations/security-headers.ts at build time; do not edit.',
      "The CSP is every page's <meta> policy (union of their hashes) plus frame-ancestors 'none'.",
      'Netlify and Cloudflare Pages read this file; other hosts: send these headers for every path.',
    ].join('\n'),
  );
}

/** Writes dist/_headers after every build. */
export function securityHeaders(): AstroIntegration {
  return afterBuild('mentorkit-security-headers', (site, logger) => {
    const pages = htmlFiles(site).sort().map((file) => readFileSync(file, 'utf8'));
    writeFileSync(join(site, '_headers'), siteHeaders(pages));
    logger.info(`Wrote _headers (CSP of ${pages.length} pages, frame-ancestors 'none', nosniff, referrer, permissions)`);
  });
}

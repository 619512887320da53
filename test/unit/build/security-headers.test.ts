import { describe, expect, it } from 'vitest';
import {
  headerPolicy,
  headersFor,
  metaCsp,
  parseCsp,
  parseHeadersFile,
  siteHeaders,
} from '../../../src/integrations/security-headers.ts';

const page = (policy: string) =>
  `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
const a = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-BBB=' 'sha256-AAA='; style-src 'self' 'sha256-SSS=';";
const b = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-CCC='; style-src 'self';";

describe('the CSP header derived from the pages', () => {
  it('reads the <meta> policy of a page', () => {
    expect(metaCsp(page(a))).toBe(a);
    expect(metaCsp('<meta charset="utf-8">')).toBeUndefined();
    expect([...parseCsp(a).keys()]).toEqual(['default-src', 'img-src', 'script-src', 'style-src']);
  });

  it("keeps every directive, allows the union of the pages' hashes and adds frame-ancestors 'none'", () => {
    const policy = headerPolicy([a, b]);
    expect(policy).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-AAA=' 'sha256-BBB=' 'sha256-CCC='; style-src 'self' 'sha256-SSS='; frame-ancestors 'none'",
    );
  });

  it('refuses pages whose policies name different directives (one header could not match them)', () => {
    expect(() => headerPolicy([a, "default-src 'self'"])).toThrow(/directives/);
    expect(() => headerPolicy([])).toThrow(/No page/);
  });

  it('writes a _headers file that the static server reads back, for every path', () => {
    const file = siteHeaders([page(a), page(b)]);
    const rules = parseHeadersFile(file);
    expect(rules.map((rule) => rule.path)).toEqual(['/*']);
    for (const path of ['/', '/nl/jouw-gegevens/', '/_astro/x.js']) {
      const headers = headersFor(path, rules);
      expect(headers['content-security-policy']).toBe(headerPolicy([a, b]));
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['permissions-policy']).not.toContain('clipboard-write');
    }
  });

  it('refuses a page without a CSP <meta>', () => {
    expect(() => siteHeaders([page(a), '<html></html>'])).toThrow(/1 page\(s\) carry no CSP/);
  });

  it('matches exact paths and splats, later rules adding to earlier ones', () => {
    const rules = parseHeadersFile('# c\n/*\n  A: 1\n/en/\n  B: 2\n  A: 3\n');
    expect(headersFor('/en/', rules)).toEqual({ a: '3', b: '2' });
    expect(headersFor('/nl/', rules)).toEqual({ a: '1' });
    expect(() => parseHeadersFile('  A: 1')).toThrow(/Cannot read/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { axeViolations } from './page-audit.ts';
import { launchBrowser, newContext, url } from './browser.ts';
import { builtPages } from './built-pages.ts';
import { parseCsp } from '../../src/integrations/security-headers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The pages a host serves, plus a path that gets the 404 page. */
const servedPaths = (): string[] => ['/', ...builtPages(), '/nl/bestaat-niet/'];

describe('content security policy and the search dialog', () => {
  it('every page carries a Content-Security-Policy that allows only its own origin', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    for (const path of builtPages()) {
      await page.goto(url(path));
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toContain("connect-src 'self'");
      expect(policy, path).not.toMatch(/https?:\/\//);
      expect(policy, path).not.toContain("'unsafe-inline'");
      expect(policy, path).not.toContain("'unsafe-eval'");
    }
    await context.close();
  });

  it('the open search dialog has no axe violations', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/nl/'));
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('mentor');
    await page.waitForSelector('[data-search-results] a');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('security headers from the site’s own server', () => {
  it('every page carries a CSP header with its <meta> policy plus frame-ancestors, and the other headers', async () => {
    for (const path of servedPaths()) {
      const response = await fetch(url(path));
      const html = await response.text();
      const header = response.headers.get('content-security-policy');
      expect(header, path).toBeTruthy();
      const headerPolicy = parseCsp(header!);
      expect(headerPolicy.get('frame-ancestors'), path).toEqual(["'none'"]);
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      expect(meta, path).toBeTruthy();
      // The header allows what the page's own <meta> allows (its hashes included), nothing from elsewhere.
      for (const [directive, sources] of parseCsp(meta!)) {
        expect(headerPolicy.get(directive), `${path} ${directive}`).toEqual(expect.arrayContaining(sources));
      }
      expect(header, path).not.toMatch(/https?:\/\/|'unsafe-inline'|'unsafe-eval'/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    }
    const script = await fetch(url('/_astro/' + (/\/_astro\/([^"]+\.js)"/.exec(await (await fetch(url('/nl/'))).text())?.[1] ?? '')));
    expect(script.status).toBe(200);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(url('/_headers'))).status).toBe(404);
  });

  it('the CSP <meta> comes before every script, so the inline theme script is under the policy', async () => {
    for (const path of servedPaths()) {
      const html = await (await fetch(url(path))).text();
      const meta = html.indexOf('http-equiv="content-security-policy"');
      const firstScript = html.search(/<script\b/);
      expect(meta, path).toBeGreaterThan(0);
      expect(firstScript, path).toBeGreaterThan(meta);
    }
  });

  it('the browser reads the headers without complaint (no unknown Permissions-Policy feature, no CSP report)', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(url('/nl/jouw-gegevens/'));
    await page.waitForSelector('astro-island:not([ssr])');
    expect(messages.filter((text) => /Permissions-Policy|Feature-Policy|Unrecognized feature/i.test(text))).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });

  it('another site cannot frame the data page (delete, restore)', async () => {
    const target = url('/nl/jouw-gegevens/');
    const framer: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Framer</title><iframe id="victim" src="${target}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = framer.address() as AddressInfo;
      const other = `http://127.0.0.1:${port}/`;
      expect(new URL(other).origin).not.toBe(new URL(target).origin);
      const { context } = await newContext(browser);
      const page = await context.newPage();
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      const asked = page.waitForEvent('response', { predicate: (response) => response.url() === target });
      await page.goto(other);
      expect((await asked).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await expect.poll(() => messages.some((text) => /frame-ancestors/.test(text)), { timeout: 10_000 }).toBe(true);
      const child = page.frames().find((frame) => frame !== page.mainFrame());
      expect(child).toBeDefined();
      // Blocked: Chromium shows its own error page in the frame, never the data page.
      expect(child!.url()).not.toBe(target);
      expect(await child!.locator('astro-island, main').count()).toBe(0);
      await context.close();
    } finally {
      await new Promise((resolve) => framer.close(resolve));
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, newContext, url } from './browser.ts';
import { builtPages } from './built-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility and privacy on every page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no violations (${scheme}), no request leaves the origin, and the CSP is never violated`, async () => {
      const { context, watched } = await newContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of ['/', '/nl/bestaat-niet/', ...builtPages()]) {
        await page.goto(url(path));
        await page.waitForLoadState('networkidle');
        if (page.url().endsWith('/') && path === '/') continue; // the root redirects; its targets are checked
        found.push(...(await violations(page)).map((violation) => `${path} ${violation}`));
      }
      expect(found).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      await context.close();
    });
  }

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
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from './page-audit.ts';
import { launchBrowser, newContext, url } from './browser.ts';
import { builtPages } from './built-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());


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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, newContext, url, type Watch } from './browser.ts';
import { builtPages } from './built-pages.ts';

export async function axeViolations(page: Page): Promise<string[]> {
  // A toast fading in is half transparent: axe would measure its contrast mid-animation. Wait for
  // every finite animation on the page to end first (a spinner that never ends is not waited for).
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Opens every built page (plus the root redirect and a 404) in one colour scheme and checks that
 * axe finds nothing, no request leaves the origin, the CSP is never violated and no script fails.
 */
export function auditEveryPage(scheme: 'light' | 'dark'): void {
  describe(`every page in ${scheme} mode`, () => {
    let browser: Browser;
    let context: BrowserContext;
    let watched: Watch;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser();
      ({ context, watched } = await newContext(browser, { colorScheme: scheme }));
      page = await context.newPage();
    });
    afterAll(async () => browser?.close());

    it.each(['/', '/nl/bestaat-niet/', '/en/does-not-exist/', ...builtPages()])('%s', async (path) => {
      for (const list of Object.values(watched)) list.length = 0;
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
    });
  });
}

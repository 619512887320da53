import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-input');
  await input.fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] === q, query);
  return page.locator('[data-search-results] a.search-result').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('loads no search code and no index until search is opened', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/nl/'));
    await page.waitForLoadState('networkidle');
    const scripts = watched.requests.filter((request) => request.endsWith('.js'));
    expect(scripts.filter((script) => /pagefind|search-ui|preact|client/.test(script))).toEqual([]);
    // The page's own script is the small theme-and-search trigger, nothing more.
    const bytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .reduce((total, entry) => total + (entry as PerformanceResourceTiming).decodedBodySize, 0),
    );
    expect(bytes).toBeLessThan(6_000);
    await page.keyboard.press('/');
    await page.locator('#search-input').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect(watched.requests.some((request) => request.includes('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('opens with "/" and with Ctrl+K, is keyboard-usable, and closes with Escape', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/en/'));
    await page.keyboard.press('Control+k');
    // The dialog code loads on demand, so focus arrives a moment after the key press.
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    const results = await search(page, 'backup');
    expect(results).toContain('/en/your-data/');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-search-dialog]').isVisible()).toBe(false);
    await page.keyboard.press('/');
    await page.locator('#search-input').waitFor({ state: 'visible' });
    const box = (await page.locator('[data-search-dialog]').boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + 4); // the dialog's padding keeps it open
    expect(await page.locator('[data-search-dialog]').isVisible()).toBe(true);
    await page.mouse.click(5, 5); // the backdrop closes it
    expect(await page.locator('[data-search-dialog]').isVisible()).toBe(false);
    await page.keyboard.press('/');
    await search(page, 'backup');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((current) => current.pathname === '/en/your-data/');
    expect(watched.cspViolations).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('finds Dutch pages only from a Dutch page, and English only from an English page', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/nl/'));
    await page.locator('[data-search-open]').click();
    const dutch = await search(page, 'back-up');
    expect(dutch).toContain('/nl/jouw-gegevens/');
    expect(dutch.every((path) => path.startsWith('/nl/'))).toBe(true);
    await page.goto(url('/en/'));
    await page.locator('[data-search-open]').click();
    const english = await search(page, 'backup');
    expect(english.every((path) => path.startsWith('/en/'))).toBe(true);
    expect(await search(page, 'zzzzqqqq')).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toContain('No results');
    expect(watched.cspViolations).toEqual([]);
    await context.close();
  });

  it('links matching sections straight to their heading', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/en/'));
    await page.keyboard.press('/');
    await search(page, 'conflict of interest');
    const section = page.locator('[data-search-results] a.search-result__section').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toContain('#');
    await section.click();
    await page.waitForURL((current) => current.hash !== '');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await context.close();
  });
});


import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, url } from './browser.ts';

/** Everyday questions a reader types, and the page that should come up in the top three. */
const expectations = {
  nl: [
    ['vertrouwelijkheid', '/nl/valkuilen-en-goede-praktijken/'],
    ['SMART', '/nl/doelen-en-afspraken/'],
    ['peermentor', '/nl/de-peermentor/'],
    ['belangenverstrengeling', '/nl/koppelen/'],
    ['afsluiting', '/nl/vijf-fasen/'],
    ['omgekeerde mentoring', '/nl/vormen-van-mentoring/'],
    ['buddy', '/nl/vormen-van-mentoring/'],
    ['actief luisteren', '/nl/technieken/'],
    ['KPI', '/nl/meten-en-bijsturen/'],
    ['vier rollen', '/nl/rollen-van-de-mentor/'],
    ['Deloitte', '/nl/waarom-mentoring/'],
    ['wederkerige mentoring', '/nl/vormen-van-mentoring/'],
    ['back-up', '/nl/jouw-gegevens/'],
  ],
  en: [
    ['confidentiality', '/en/pitfalls-and-best-practices/'],
    ['SMART', '/en/goals-and-agreements/'],
    ['peer mentor', '/en/the-peer-mentor/'],
    ['conflict of interest', '/en/matching/'],
    ['closure', '/en/five-stages/'],
    ['reverse mentoring', '/en/forms-of-mentoring/'],
    ['buddy', '/en/forms-of-mentoring/'],
    ['active listening', '/en/techniques/'],
    ['KPI', '/en/measuring-and-adapting/'],
    ['cheerleader', '/en/mentor-roles/'],
    ['Deloitte', '/en/why-mentoring/'],
    ['reciprocal mentoring', '/en/forms-of-mentoring/'],
    ['backup', '/en/your-data/'],
  ],
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function topResults(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-input').fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['query'] === q, query);
  const links = await page
    .locator('[data-search-results] a.search-result')
    .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  return links.slice(0, 3);
}

describe.each(['nl', 'en'] as const)('guide search in %s', (locale) => {
  it('finds the right page for everyday queries, in the reader’s language only', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(`/${locale}/`));
    await page.keyboard.press('/');
    const misses: string[] = [];
    for (const [query, expected] of expectations[locale]) {
      const results = await topResults(page, query);
      if (!results.includes(expected)) misses.push(`${query}: expected ${expected}, got ${results.join(', ')}`);
      if (results.some((path) => !path.startsWith(`/${locale}/`))) misses.push(`${query}: result in another language`);
    }
    expect(misses).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });
});

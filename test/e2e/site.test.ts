import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, url } from './browser.ts';
import { builtPages } from './built-pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('site shell', () => {
  it('builds pages in both languages, the same number in each', () => {
    const pages = builtPages();
    const nl = pages.filter((page) => page.startsWith('/nl/'));
    const en = pages.filter((page) => page.startsWith('/en/'));
    expect(nl.length).toBeGreaterThanOrEqual(3);
    expect(nl.length).toBe(en.length);
  });

  it('sends a Dutch or unknown browser to /nl/ and an English one to /en/', async () => {
    for (const [locale, expected] of [['nl-NL', '/nl/'], ['de-DE', '/nl/'], ['en-GB', '/en/']] as const) {
      const { context } = await newContext(browser, { locale });
      const page = await context.newPage();
      await page.goto(url('/'));
      await page.waitForURL((current) => current.pathname === expected);
      await context.close();
    }
  });

  it('offers plain language links at / without JavaScript', async () => {
    const { context } = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/'));
    expect(await page.locator('a[href="/nl/"]').count()).toBe(1);
    expect(await page.locator('a[href="/en/"]').count()).toBe(1);
    await context.close();
  });

  it('has the right lang, a title, one h1 and hreflang alternates on every page, and the switcher leads to the counterpart', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    for (const path of builtPages()) {
      const locale = path.split('/')[1];
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(200);
      expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
      expect((await page.title()).length, path).toBeGreaterThan(3);
      expect(await page.locator('main h1').count(), path).toBe(1);
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((link) => link.getAttribute('hreflang')),
      );
      expect(alternates.sort(), path).toEqual(['en', 'nl', 'x-default']);
      const switcher = await page.locator('.language-link').getAttribute('href');
      const other = locale === 'nl' ? 'en' : 'nl';
      expect(switcher, path).toMatch(new RegExp(`^/${other}/`));
      const back = await page.goto(url(switcher!));
      expect(back?.status(), `${path} → ${switcher}`).toBe(200);
      expect(await page.locator('.language-link').getAttribute('href'), `${switcher} ← back`).toBe(path);
    }
    expect(watched.pageErrors).toEqual([]);
    await context.close();
    // Two page loads for each of the 50 pages: more than the default minute on a loaded machine.
  }, 240_000);

  it('serves a 404 page in the language of the missing address', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    for (const [path, text] of [['/nl/bestaat-niet/', 'Pagina niet gevonden'], ['/en/does-not-exist/', 'Page not found']]) {
      const response = await page.goto(url(path!));
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').first().textContent()).toBe(text);
    }
    await context.close();
  });

  it('navigates by sidebar, pager and breadcrumbs', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/en/'));
    const next = page.locator('a[rel="next"]');
    const nextHref = await next.getAttribute('href');
    await next.click();
    await page.waitForURL((current) => current.pathname === nextHref);
    expect(await page.locator('.sidebar a[aria-current="page"]').getAttribute('href')).toBe(nextHref);
    await page.locator('.breadcrumbs a').first().click();
    await page.waitForURL((current) => current.pathname === '/en/');
    await context.close();
  });

  it('remembers the chosen theme across pages', async () => {
    const { context } = await newContext(browser, { colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(url('/nl/'));
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    await page.locator('[data-theme-toggle]').click(); // system → light
    await page.locator('[data-theme-toggle]').click(); // light → dark
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.goto(url('/en/'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 23, 21)');
    await context.close();
  });

  it('opens the mobile menu as a popover on a narrow screen', async () => {
    const { context } = await newContext(browser, { viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(url('/nl/'));
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    await page.locator('.menu-button').click();
    expect(await page.locator('#mobile-nav').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#mobile-nav').isVisible()).toBe(false);
    await context.close();
  });

  it('skips to the content with the keyboard', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/nl/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#content');
    await context.close();
  });

  it('follows the system colour scheme until the reader chooses', async () => {
    const { context } = await newContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(url('/nl/'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 23, 21)');
    await context.close();
  });

  it('prints only the content: no header, navigation, table of contents or pager', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/en/five-stages/'));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.sidebar', '.toc-column .toc', '.pager', '.breadcrumbs', '.site-footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('turns off smooth scrolling and transitions for readers who prefer reduced motion', async () => {
    const { context } = await newContext(browser, { reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(url('/en/'));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await context.close();
  });

  it('keeps an anchored heading visible below the sticky header', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/en/five-stages/'));
    const target = await page.locator('article h2').nth(1).getAttribute('id');
    await page.goto(url(`/en/five-stages/#${target}`));
    // Wait until the scroll to the anchor has settled: the heading stops moving.
    await page.waitForFunction(async (id) => {
      const top = () => document.getElementById(id!)!.getBoundingClientRect().top;
      const before = top();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return window.scrollY > 0 && top() === before;
    }, target);
    const { headingTop, headerBottom } = await page.evaluate((id) => ({
      headingTop: document.getElementById(id!)!.getBoundingClientRect().top,
      headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    }), target);
    expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
    await context.close();
  });

  it('tells readers without JavaScript that a workbook needs it, and only on interactive pages', async () => {
    const { context } = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/en/smart-goals/'));
    const notice = page.locator('noscript .alert');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('This workbook needs JavaScript.');
    await page.goto(url('/en/five-stages/'));
    expect(await page.locator('noscript .alert').count()).toBe(0);
    await context.close();
  });
});

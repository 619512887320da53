import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, url } from './browser.ts';
import { axeViolations } from './page-audit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const laptop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

async function openAt(viewport: { width: number; height: number }, path: string, options = {}): Promise<Page> {
  const { context } = await newContext(browser, { viewport, ...options });
  const page = await context.newPage();
  await page.goto(url(path));
  return page;
}

describe('the home page leads somewhere', () => {
  for (const [locale, guide, goals, agreement, matching, matcher, workbooks] of [
    ['nl', '/nl/waarom-mentoring/', '/nl/smart-doelen/', '/nl/mentoringafspraken/', '/nl/koppelen/', '/nl/deelnemers-koppelen/', 'Werkboeken'],
    ['en', '/en/why-mentoring/', '/en/smart-goals/', '/en/mentoring-agreement/', '/en/matching/', '/en/match-participants/', 'Workbooks'],
  ] as const) {
    it(`${locale}: the guide and both workbooks as buttons above the fold`, async () => {
      const page = await openAt(laptop, `/${locale}/`);
      const actions = page.locator('.home-hero__actions a');
      expect(await actions.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([guide, goals, agreement]);
      for (const action of await actions.all()) {
        const box = (await action.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(laptop.height);
      }
      await page.context().close();
    });

    it(`${locale}: every card is one link, clickable anywhere on it, matching leads to the guide's page and to its workbook`, async () => {
      const page = await openAt(laptop, `/${locale}/`);
      const cards = page.locator('.link-card');
      const targets = await cards.evaluateAll((items) => items.map((item) => item.querySelectorAll('a').length === 1 && item.querySelector('a')!.getAttribute('href')));
      expect(targets).toEqual([guide, matching, goals, agreement, matcher]);
      // The lower left corner of a card is text, not the title: the stretched link still takes the click.
      await cards.nth(2).scrollIntoViewIfNeeded();
      const box = (await cards.nth(2).boundingBox())!;
      await page.mouse.click(box.x + 12, box.y + box.height - 8);
      await page.waitForURL((current) => current.pathname === goals);
      await page.context().close();
    });

    it(`${locale}: the header leads to the workbooks, wherever you are`, async () => {
      const page = await openAt(laptop, locale === 'nl' ? '/nl/vijf-fasen/' : '/en/five-stages/');
      const link = page.getByRole('banner').getByRole('link', { name: workbooks, exact: true });
      expect(await link.isVisible()).toBe(true);
      await link.click();
      await page.waitForURL((current) => current.pathname === `/${locale}/`);
      const target = await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.textContent);
      expect(target).toContain(workbooks);
      expect(await page.locator(`.link-card a[href="${goals}"]`).isVisible()).toBe(true);
      await page.context().close();
    });
  }

  it('shows the sidebar scrolls: it is taller than a laptop screen and says so', async () => {
    const page = await openAt(laptop, '/nl/');
    const sidebar = await page.locator('.sidebar').evaluate((element) => ({
      overflows: element.scrollHeight > element.clientHeight,
      attachment: getComputedStyle(element).backgroundAttachment,
    }));
    expect(sidebar.overflows).toBe(true);
    expect(sidebar.attachment).toContain('local');
    await page.context().close();
  });
});

describe('the 404 page keeps the reader on the site', () => {
  for (const [path, locale, title, other] of [
    ['/nl/bestaat-niet/', 'nl', 'Pagina niet gevonden', '/en/'],
    ['/en/does-not-exist/', 'en', 'Page not found', '/nl/'],
  ] as const) {
    it(`${path}: header, menu, language switch, search and suggestions in ${locale}`, async () => {
      const page = await openAt(laptop, path);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.locator('main h1').textContent()).toBe(title);
      expect(await page.locator('.site-header').isVisible()).toBe(true);
      expect(await page.locator('.sidebar nav').isVisible()).toBe(true);
      expect(await page.locator('.language-link').getAttribute('href')).toBe(other);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const suggestions = await page.locator('.not-found li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(suggestions.length).toBeGreaterThanOrEqual(4);
      for (const href of suggestions) expect((await page.request.get(url(href))).status(), href).toBe(200);
      await page.locator('.not-found [data-search-open]').click();
      await page.locator('[data-search-dialog] input[type="search"]').waitFor({ state: 'visible' });
      await page.context().close();
    });
  }

  it('answers an address of no language in Dutch, with a way to English', async () => {
    const page = await openAt(laptop, '/zomaar-iets/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('main h1').textContent()).toBe('Pagina niet gevonden');
    const english = page.locator('main a[hreflang="en"]');
    expect(await english.getAttribute('href')).toBe('/en/');
    expect(await english.evaluate((link) => link.closest('[lang]')!.getAttribute('lang'))).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps its title together on a phone', async () => {
    const page = await openAt(phone, '/nl/bestaat-niet/');
    const { lineHeight, fontSize } = await page.locator('main h1').evaluate((h1) => {
      const style = getComputedStyle(h1);
      return { lineHeight: parseFloat(style.lineHeight), fontSize: parseFloat(style.fontSize) };
    });
    expect(lineHeight / fontSize).toBeLessThan(1.35);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it('offers the contents of the page in a closed disclosure, without a script', async () => {
    const page = await openAt(phone, '/nl/vijf-fasen/', { javaScriptEnabled: false });
    const toc = page.locator('details.toc--collapsible');
    expect(await toc.isVisible()).toBe(true);
    expect(await toc.getAttribute('open')).toBeNull();
    await toc.locator('summary').click();
    const first = toc.locator('a').first();
    const href = await first.getAttribute('href');
    await first.click();
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe(href);
    await page.context().close();
  });

  it('keeps the open contents axe-clean in the dark', async () => {
    const page = await openAt(phone, '/en/five-stages/', { colorScheme: 'dark' });
    await page.locator('details.toc--collapsible summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the contents only once: in the column on a wide screen', async () => {
    const page = await openAt({ width: 1400, height: 900 }, '/nl/vijf-fasen/');
    expect(await page.locator('details.toc--collapsible').isVisible()).toBe(false);
    expect(await page.locator('.toc-column .toc').isVisible()).toBe(true);
    await page.context().close();
  });

  it('never starts a line of the breadcrumb trail with a separator', async () => {
    const page = await openAt(phone, '/nl/vijf-fasen/');
    const items = await page.locator('.breadcrumbs li').evaluateAll((lis) =>
      lis.map((li) => ({
        before: getComputedStyle(li, '::before').content,
        after: getComputedStyle(li, '::after').content,
        top: li.getBoundingClientRect().top,
      })),
    );
    // The trail wraps here, so the test is about something real.
    expect(new Set(items.map((item) => item.top)).size).toBeGreaterThan(1);
    for (const item of items) expect(item.before).toBe('none');
    for (const item of items.slice(0, -1)) expect(item.after).toContain('›');
    expect(items.at(-1)!.after).toBe('none');
    await page.context().close();
  });
});

describe('a printed guide page reads as a handout', () => {
  it('has page margins, says where it came from and where its links point', async () => {
    const page = await openAt(laptop, '/nl/');
    await page.emulateMedia({ media: 'print' });
    const source = page.locator('.print-source');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toContain('Mentorkit');
    expect(await source.textContent()).toContain('https://mentorkit.example/nl/');
    const internal = await page.locator('.prose table a[href^="/"]').first().evaluate((link) => ({
      href: link.getAttribute('href'),
      after: getComputedStyle(link, '::after').content,
    }));
    expect(internal.after).toBe(`" (https://mentorkit.example${internal.href})"`);
    expect(await page.locator('.link-card').first().evaluate((card) => getComputedStyle(card.querySelector('a')!, '::after').content)).not.toContain('http');
    const margins = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSPageRule && rule.style.margin) found.push(rule.style.margin);
          if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      return found;
    });
    expect(margins.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });
    expect(await source.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('a printed list of cards breaks between its cards', () => {
  // Kept whole, the pitfalls page's five cards jumped to page 2 and left page 1 with its intro alone.
  it('lets a figure of cards or a table run over pages, and keeps each card, row and callout whole', async () => {
    const page = await openAt(laptop, '/nl/valkuilen-en-goede-praktijken/');
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate(() => ({
      lists: [...document.querySelectorAll('.prose figure')].filter((figure) => figure.querySelector('.card-grid, table')).map((figure) => getComputedStyle(figure).breakInside),
      cards: [...document.querySelectorAll('.prose .card, .prose tr, .prose .callout')].map((part) => getComputedStyle(part).breakInside),
    }));
    expect(breaks.lists.length).toBeGreaterThan(0);
    expect(new Set(breaks.lists)).toEqual(new Set(['auto']));
    expect(breaks.cards.length).toBeGreaterThan(10);
    expect(new Set(breaks.cards)).toEqual(new Set(['avoid']));
    await page.context().close();
  });
});

describe('small signs that must not mislead', () => {
  it.each(['/nl/rollen-van-de-mentor/', '/en/mentor-roles/'])('gives each of the four roles on %s its own sign', async (path) => {
    const page = await openAt(laptop, path);
    const signs = await page.locator('.role-cards__sign').evaluateAll((svgs) => svgs.map((svg) => ({ drawing: svg.innerHTML, label: svg.getAttribute('aria-label') })));
    expect(signs).toHaveLength(4);
    expect(new Set(signs.map((sign) => sign.drawing)).size).toBe(4);
    expect(new Set(signs.map((sign) => sign.label)).size).toBe(4);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('draws focus in yellow on a dark inner ring, never in the colour of an error (%s)', async (colorScheme) => {
    const page = await openAt(laptop, '/nl/', { colorScheme });
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const probe = document.createElement('p');
      probe.className = 'alert alert--error';
      document.body.append(probe);
      const danger = getComputedStyle(probe).color;
      probe.remove();
      return { outline: style.outlineColor, width: style.outlineWidth, shadow: style.boxShadow, danger };
    });
    expect(focus.outline).toBe('rgb(255, 213, 0)');
    expect(parseFloat(focus.width)).toBeGreaterThanOrEqual(3);
    expect(focus.shadow).toContain('rgb(11, 12, 12)');
    expect(focus.outline).not.toBe(focus.danger);
    await page.context().close();
  });
});

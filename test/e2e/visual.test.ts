import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, url } from './browser.ts';
import { builtPages } from './built-pages.ts';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/all.ts';

/**
 * Layout faults axe cannot see: something wider than the screen or than the box that clips it, text
 * running out of its box, a word broken in the middle. Each page is loaded once per width; the
 * colour scheme is switched in place, and every check runs in one evaluate, so the whole site stays
 * well under two minutes.
 */
const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
] as const;
const schemes = ['light', 'dark'] as const;
const screenshotDir = 'test-results/screenshots';
const screenshotPages: Record<string, string> = {
  '/nl/': 'home',
  '/en/why-mentoring/': 'guide',
  '/en/forms-of-mentoring/': 'forms-of-mentoring',
  '/nl/valkuilen-en-goede-praktijken/': 'pitfalls',
  '/en/smart-goals/': 'smart-goals',
  '/nl/mentoringafspraken/': 'agreement',
  '/en/does-not-exist/': '404',
};

/** Runs in the page; returns one line per fault. Must be self-contained (it is serialised). */
function layoutFaults(wideScreen: boolean): string[] {
  const faults: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const name = (element: Element): string => {
    const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.localName}${element.id ? `#${element.id}` : ''}${classes}> "${text}"`;
  };
  // Screen-reader-only text is clipped to a pixel on purpose.
  const visuallyHidden = (element: Element, rect: DOMRect): boolean => {
    if (rect.width <= 1 || rect.height <= 1) return true;
    const style = styleOf(element);
    return style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%') || style.clip === 'rect(0px, 0px, 0px, 0px)';
  };
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element): CSSStyleDeclaration => {
    let style = styles.get(element);
    if (!style) styles.set(element, (style = getComputedStyle(element)));
    return style;
  };
  const clippers = new Map<Element, Element | null>();
  const clipper = (from: Element | null): Element | null => {
    if (!from || from === document.body) return null;
    let found = clippers.get(from);
    if (found === undefined) {
      found = styleOf(from).overflowX !== 'visible' ? from : clipper(from.parentElement);
      clippers.set(from, found);
    }
    return found;
  };
  // Inside a screen-reader-only box everything is clipped on purpose.
  const inHidden = (box: Element | null): boolean => {
    if (!box) return false;
    const rect = box.getBoundingClientRect();
    return visuallyHidden(box, rect) || inHidden(clipper(box.parentElement));
  };
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  // Phones (and the headless browser) draw no scrollbar until a finger moves, so a scrollbar counts
  // only where it takes room; otherwise the box needs the edge shadow of .scroll-x, a background
  // that scrolls with the content.
  const showsItScrolls = (element: Element): boolean => {
    const style = styleOf(element);
    const html = element as HTMLElement;
    const scrollbar = html.offsetHeight - html.clientHeight - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
    return scrollbar > 0 || style.backgroundAttachment.split(',').some((value) => value.trim() === 'local');
  };

  if (document.documentElement.scrollWidth > viewport + 1) {
    faults.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in a ${viewport}px viewport`);
  }

  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest('script, style, template, noscript, svg *')) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (visuallyHidden(element, rect)) continue;
    const box = clipper(element.parentElement);
    if (inHidden(box)) continue;
    const style = box && styleOf(box);
    const boxRect = box?.getBoundingClientRect();
    const left = boxRect ? boxRect.left + box!.clientLeft : 0;
    const right = boxRect ? left + box!.clientWidth : viewport;
    if (rect.right > right + 1 || rect.left < left - 1) {
      const scrolls = style && /auto|scroll/.test(style.overflowX);
      if (!scrolls) {
        faults.push(`${name(element)} sticks out of ${box ? name(box) : 'the viewport'} by ${Math.round(Math.max(rect.right - right, left - rect.left))}px`);
      }
    }
    // A box that scrolls sideways must show that it does, and be reachable by keyboard to be scrolled.
    const own = styleOf(element);
    if (/auto|scroll/.test(own.overflowX) && element.scrollWidth > element.clientWidth + 1) {
      if (!element.matches(focusable) && !element.querySelector(focusable)) {
        faults.push(`${name(element)} scrolls sideways but cannot be focused`);
      }
      if (!showsItScrolls(element)) {
        faults.push(`${name(element)} hides ${element.scrollWidth - element.clientWidth}px behind a sideways scroll without showing it (no scrollbar, no edge shadow)`);
      }
      if (element.matches('.table-scroll')) {
        faults.push(`${name(element)}: a table hides ${element.scrollWidth - element.clientWidth}px behind a scroll`);
      }
    }
    // A text area shows all it holds until it reaches its maximum height; below that, text cut off
    // mid-line reads as lost.
    if (element instanceof HTMLTextAreaElement && element.scrollHeight > element.clientHeight + 1) {
      const max = parseFloat(own.maxHeight);
      if (!(max > 0 && element.offsetHeight >= max - 1)) faults.push(`${name(element)} cuts its text off: ${element.scrollHeight - element.clientHeight}px hidden`);
    }
    // Items side by side in a stretched grid or flex row start at the same height: a margin that only
    // some of them get (the prose list gap on every item after the first) shifts those down.
    const flexRow = /^(inline-)?flex$/.test(own.display) && /^row/.test(own.flexDirection);
    if ((/^(inline-)?grid$/.test(own.display) || flexRow) && /^(normal|stretch)$/.test(own.alignItems)) {
      const items = [...element.children]
        .filter((child) => !/absolute|fixed/.test(styleOf(child).position) && /^(auto|normal|stretch)$/.test(styleOf(child).alignSelf))
        .map((child) => ({ child, rect: child.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0);
      for (const [index, a] of items.entries()) {
        const b = items.slice(index + 1).find(({ rect }) => rect.left >= a.rect.right - 1 && Math.abs(rect.top - a.rect.top) < 12);
        if (b && Math.abs(b.rect.top - a.rect.top) > 0.5) {
          faults.push(`${name(b.child)} sits ${Math.round((b.rect.top - a.rect.top) * 10) / 10}px lower than ${name(a.child)} in the same row`);
        }
      }
      // A card grid whose rows hold three or more never leaves one narrow card alone on its last row (4 → 3 + 1).
      if (element.classList.contains('card-grid') && items.length > 1) {
        const rows: number[] = [];
        for (const { rect } of items) {
          const row = rows.findIndex((top) => Math.abs(top - rect.top) < 12);
          if (row < 0) rows.push(rect.top);
        }
        const perRow = rows.map((top) => items.filter(({ rect }) => Math.abs(rect.top - top) < 12).length);
        // A last card stretched over the whole row (the rule for seven) is a closing card, not an orphan.
        const last = items.at(-1)!.rect;
        const stretched = last.width >= element.getBoundingClientRect().width * 0.9;
        if (perRow.length > 1 && perRow[0]! >= 3 && perRow.at(-1) === 1 && !stretched) faults.push(`${name(element)} leaves one card alone on its last row (${perRow.join(' + ')})`);
      }
    }
  }

  // A table below 40rem turns into cards (prose.css); at the narrowest width above that it must still
  // fit, and then it fits at every width. Checked on the wide screen, one table at a time.
  if (wideScreen) {
    for (const wrapper of document.querySelectorAll<HTMLElement>('.prose .table-scroll')) {
      const table = wrapper.querySelector('table');
      if (!table || table.classList.contains('table--cards')) continue;
      const before = wrapper.style.width;
      wrapper.style.width = 'calc(40rem + 1px)';
      const stillTable = getComputedStyle(table).display === 'table';
      const hidden = wrapper.scrollWidth - wrapper.clientWidth;
      wrapper.style.width = before;
      if (!stillTable) faults.push(`${name(wrapper)} turns into cards above 40rem, so the width test below means nothing`);
      else if (hidden > 1) faults.push(`${name(wrapper)}: at 40rem wide, just above where it becomes cards, the table needs ${hidden}px more`);
    }
  }

  // Text: no text node runs out of the box it sits in, and no word is split over two lines.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !/\S/.test(node.data) || parent.closest('script, style, template, noscript, textarea, select, option')) continue;
    const parentRect = parent.getBoundingClientRect();
    if (parentRect.width === 0 || visuallyHidden(parent, parentRect)) continue;
    let block: Element = parent;
    while (/^(inline|contents)$/.test(styleOf(block).display) && block.parentElement) block = block.parentElement;
    const box = clipper(parent);
    if (inHidden(box)) continue;
    const scrolled = box && /auto|scroll/.test(styleOf(box).overflowX);
    const blockRect = block.getBoundingClientRect();
    const blockStyle = styleOf(block);
    const textStyle = styleOf(parent);
    if (textStyle.textOverflow === 'ellipsis') continue;
    range.selectNodeContents(node);
    const textRect = range.getBoundingClientRect();
    const inner = blockRect.right - parseFloat(blockStyle.borderRightWidth);
    if (!scrolled && textRect.right > inner + 1 && blockStyle.overflowX === 'visible') {
      faults.push(`text "${node.data.trim().slice(0, 40)}" runs ${Math.round(textRect.right - inner)}px out of ${name(block)}`);
    }
    // Split at the places a line may break inside a word (hyphens, slashes, soft hyphens), then
    // every piece must sit on one line.
    for (const match of node.data.matchAll(/[^\s\-‐–—/\u00ad\u200b]+/g)) {
      if (match[0].length < 2) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length < 2) continue;
      const tops = rects.map((r) => r.top);
      if (Math.max(...tops) - Math.min(...tops) > 2) {
        faults.push(`"${match[0]}" is broken mid-word in ${name(block)}`);
      }
    }
  }
  return [...new Set(faults)];
}

/**
 * The SMART workbook shows its summary tiles only for a goal: start one from the first example. The
 * gallery then folds away; open it again so its cards are checked too.
 */
async function prepare(page: Page, path: string): Promise<void> {
  if (!/\/(smart-goals|smart-doelen)\/$/.test(path)) return;
  const summary = page.locator('[data-testid="smart-summary"]');
  // The goals load from storage after hydration; a goal from an earlier visit shows its summary.
  await page.locator('[data-testid="smart-summary"], .example-card').first().waitFor();
  if (!(await summary.count())) {
    await page.locator('.example-card').first().getByRole('button').first().click();
    await summary.waitFor();
  }
  const gallery = page.locator('#goals-examples-body');
  if (await gallery.isHidden()) await page.locator('[aria-controls="goals-examples-body"]').click();
  await page.locator('.example-card').first().waitFor();
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchBrowser();
  const { context } = await newContext(browser);
  page = await context.newPage();
});
afterAll(async () => browser?.close());

describe('every page fits its screen', () => {
  it.each([...builtPages(), '/nl/bestaat-niet/', '/en/does-not-exist/'])('%s', async (path) => {
    const faults: string[] = [];
    for (const size of widths) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await page.goto(url(path));
      // Islands render their first state on hydration; the layout to check is the one after it.
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await prepare(page, path);
      for (const scheme of schemes) {
        // Reduced motion: a colour transition caught half-way would show a theme that never exists.
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        const found = await page.evaluate(layoutFaults, size.width >= 1280);
        faults.push(...found.map((fault) => `${size.width} ${scheme}: ${fault}`));
        const shot = screenshotPages[path];
        if (shot) await page.screenshot({ path: `${screenshotDir}/${shot}-${size.width}-${scheme}.png`, fullPage: true });
      }
    }
    expect(faults).toEqual([]);
  });
});

/**
 * The workbooks beyond their first screen: an agreement being drafted, and every step of the
 * matcher with the sample list imported and run. Each state is checked at both widths, in light
 * and dark, and screenshotted.
 */
describe('workbooks fit their screen in every step', () => {
  const t = (key: string, params?: MessageParams) => translate('nl', key as MessageKey, params);
  async function checkState(name: string, settle: () => Promise<void> = async () => {}): Promise<string[]> {
    const faults: string[] = [];
    for (const size of widths) {
      await page.setViewportSize({ width: size.width, height: size.height });
      // Parts that follow the width in script (a ResizeObserver, matchMedia) render in the frames after it.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await settle();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        faults.push(...(await page.evaluate(layoutFaults, size.width >= 1280)).map((fault) => `${name} ${size.width} ${scheme}: ${fault}`));
        await page.screenshot({ path: `${screenshotDir}/${name}-${size.width}-${scheme}.png`, fullPage: true });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    return faults;
  }
  const hydrated = () => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

  it('the agreement workbook with a draft open', async () => {
    await page.goto(url('/nl/mentoringafspraken/'));
    await hydrated();
    await page.getByRole('button', { name: t('agreements.ui.new.create') }).click();
    await page.locator('.agreement-document:not(.agreement-document--pending)').first().waitFor();
    expect(await checkState('agreement-draft')).toEqual([]);
  });

  it('the matcher with the sample list, through steps 1 to 4', async () => {
    await page.goto(url('/nl/deelnemers-koppelen/'));
    await hydrated();
    await page.waitForSelector('.matcher-workbook[data-phase="ready"]');
    await page.getByRole('button', { name: t('matcher.workbook.new.create') }).click();
    await page.getByRole('button', { name: t('matcher.import.ui.sample') }).click();
    await page.getByRole('heading', { name: t('matcher.participants.heading') }).waitFor();
    const faults = await checkState('matcher-participants');
    const steps = page.getByRole('navigation', { name: t('matcher.workbook.steps.label'), exact: true });
    const step = (key: string) => steps.getByRole('button', { name: new RegExp(t(`matcher.workbook.step.${key}`)) }).click();

    await step('criteria');
    await page.getByRole('heading', { name: t('matcher.workbook.step.criteria') }).first().waitFor();
    faults.push(...(await checkState('matcher-criteria')));

    await step('match');
    await page.getByRole('button', { name: t('matcher.result.run'), exact: true }).click();
    const done = t('matcher.result.done', { count: 987 }).replace('987', '\\d+');
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('.result-run__status')?.textContent ?? ''), done);
    await page.getByTestId('result-match-list').waitFor();
    faults.push(...(await checkState('matcher-review')));

    await step('tell');
    await page.getByRole('heading', { name: t('matcher.workbook.step.tell') }).first().waitFor();
    faults.push(...(await checkState('matcher-tell')));
    expect(faults).toEqual([]);
  }, 180_000);
});

describe('the layout check finds what it guards against', () => {
  // A blank page of its own: content set into a page of the site would fall under the site's CSP,
  // which refuses the inline styles these fixtures are made of.
  beforeEach(async () => {
    await page.goto('about:blank');
  });
  const wide = '<div style="width: 900px">a wide row of content that does not wrap</div>';
  const shadow = 'background: linear-gradient(white, white) local, linear-gradient(black, black) scroll';
  it('a box that scrolls sideways without a scrollbar or an edge shadow', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setContent(`<main><div id="plain" tabindex="0" style="overflow-x: auto">${wide}</div><div id="shadowed" tabindex="0" style="overflow-x: auto; ${shadow}">${wide}</div></main>`);
    const faults = await page.evaluate(layoutFaults, false);
    expect(faults.filter((fault) => fault.includes('without showing it'))).toEqual([expect.stringContaining('<div#plain>')]);
  });
  it('a table that needs more room than it has just above the width where it becomes cards', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const cell = 'Onderwerpsoverschrijdend';
    await page.setContent(`<style>.table-scroll { container: table / inline-size; overflow-x: auto; ${shadow} }</style>
      <div class="prose"><div class="table-scroll" id="t"><table><tr>${`<td>${cell}</td>`.repeat(4)}</tr></table></div></div>`);
    const faults = await page.evaluate(layoutFaults, true);
    expect(faults).toContainEqual(expect.stringMatching(/<div#t\.table-scroll>.*at 40rem wide.*needs \d+px more/));
  });
});


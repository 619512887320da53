import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, url } from './browser.ts';

// The island kit's two promises, in a real layout: a toast never covers the field that has focus,
// and the save state stays in sight while editing far down a long workbook.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Waits until the page stops scrolling (smooth scrolling and the kit's own correction). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const y = scrollY;
        setTimeout(() => requestAnimationFrame(() => resolve(scrollY === y)), 250);
      }),
  );
}

async function box(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).first().evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right };
  });
}

const focusedBox = (page: Page): Promise<Box & { id: string }> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right, id: element.id };
  });

describe.each([
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])('workbook kit at $width×$height', (viewport) => {
  it('shows the toast after "Use this example" clear of the focused title, and keeps the save state in sight far down', async () => {
    const { context, watched } = await newContext(browser, { viewport, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(url('/en/smart-goals/'));
    await page.waitForSelector('.goals-workbook[data-phase="ready"]');

    const card = page.locator('.example-card').first();
    const title = (await card.locator('h4').textContent()) ?? '';
    await card.getByRole('button', { name: 'Use this example' }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const toast = page.getByTestId('goals-notice');
    await toast.waitFor();
    expect(await toast.textContent()).toContain('added as a new goal');
    await page.waitForFunction(() => document.activeElement?.id === 'goal-title');
    await settled(page);
    const field = await focusedBox(page);
    const toastBox = await box(page, '[data-testid="goals-notice"]');
    expect(field.id).toBe('goal-title');
    expect(intersects(field, toastBox), `toast ${JSON.stringify(toastBox)} over field ${JSON.stringify(field)}`).toBe(false);
    // Both in the window: the field and the toast.
    expect(field.top).toBeGreaterThanOrEqual(0);
    expect(toastBox.bottom).toBeLessThanOrEqual(viewport.height + 1);

    // Far down the goal: the check-in form under all the steps. The save state is still in sight.
    await page.locator('#goal-checkin-happened').focus();
    await page.keyboard.type('We practised the opening');
    await page.waitForSelector('.goals-workbook [data-save-state="saved"]');
    await settled(page);
    const status = await box(page, '[data-testid="save-status"]');
    const focused = await focusedBox(page);
    expect(status.top).toBeGreaterThanOrEqual(0);
    expect(status.bottom).toBeLessThanOrEqual(viewport.height + 1);
    expect(await page.getByTestId('save-status').textContent()).toBe('Saved in this browser');
    expect(intersects(focused, await box(page, '.kit-bar')), 'the bar covers the focused field').toBe(false);
    // One live region tells the save state.
    expect(await page.locator('[data-testid="save-status"]').count()).toBe(1);

    // The toast goes by itself.
    await toast.waitFor({ state: 'detached', timeout: 12_000 });
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the toast on a phone (390×844)', () => {
  it('stays compact with Undo, never covers the field that has focus, and keeps the Undo on Escape', async () => {
    const viewport = { width: 390, height: 844 };
    const { context, watched } = await newContext(browser, { viewport });
    const page = await context.newPage();
    await page.goto(url('/nl/smart-doelen/'));
    await page.waitForSelector('.goals-workbook[data-phase="ready"]');
    for (const title of ['Lezen', 'Sporten']) {
      await page.locator('#goals-new-title').fill(title);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    await page.getByRole('button', { name: 'Meer acties' }).click();
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    const toast = page.getByTestId('goals-notice');
    await toast.getByText('Doel “Sporten” verwijderd.').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ongedaan maken');
    await page.getByRole('heading', { level: 2, name: 'Lezen' }).waitFor();
    await settled(page);

    // A one-line message with Undo: a line of text (0.9rem × 1.4 ≈ 20 px) over a row of 2rem
    // buttons, 4 px apart, 4 px padding and 2 px air around the text: 68 px. It was 84 px before
    // the toast was made compact, and a second line of text would make it 88 px.
    const toastBox = await box(page, '[data-testid="goals-notice"]');
    expect(toastBox.bottom - toastBox.top).toBeLessThanOrEqual(72);

    // The person leaves the Undo for a field half under the toast: the page moves it clear, and
    // the Undo stays.
    const title = page.locator('#goal-title');
    const field = await box(page, '#goal-title');
    const half = (field.bottom - field.top) / 2;
    await page.evaluate((by) => scrollBy({ top: by, behavior: 'instant' }), field.top - (toastBox.top - half));
    const under = await box(page, '#goal-title');
    expect(intersects(under, await box(page, '[data-testid="goals-notice"]')), 'the field starts half under the toast').toBe(true);
    await page.mouse.click(under.left + 20, under.top + 4);
    await page.waitForFunction(() => document.activeElement?.id === 'goal-title');
    await settled(page);
    const focused = await focusedBox(page);
    const after = await box(page, '[data-testid="goals-notice"]');
    expect(intersects(focused, after), `toast ${JSON.stringify(after)} over field ${JSON.stringify(focused)}`).toBe(false);
    expect(focused.bottom).toBeLessThanOrEqual((await box(page, '.kit-bar')).top);
    expect(await title.inputValue()).toBe('Lezen');
    expect(await toast.getByRole('button', { name: 'Ongedaan maken' }).isVisible()).toBe(true);

    // Tab into the toast from the control just before it, press Escape: focus is back on that
    // control, and the Undo stays.
    await page.evaluate(() => {
      const undo = document.querySelector<HTMLElement>('[data-testid="goals-notice"] button')!;
      const tabbable = [...document.querySelectorAll<HTMLElement>('.goals-workbook :is(a[href], button, input, select, textarea, [tabindex="0"])')].filter(
        (element) => !element.matches(':disabled') && element.checkVisibility() && element.compareDocumentPosition(undo) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      tabbable.at(-1)!.dataset['beforeToast'] = '';
    });
    await page.locator('[data-before-toast]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ongedaan maken');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-before-toast'));
    expect(await toast.getByRole('button', { name: 'Ongedaan maken' }).isVisible()).toBe(true);
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, url } from './browser.ts';

// The storage promises of issue 8, tried the way people break them: leaving mid-typing, impossible
// dates, site data cleared while the page is open. No test waits for "saved" before leaving.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const notePage = url('/en/your-data/');
const goalsPage = url('/en/smart-goals/');

async function ready(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((target) => {
    const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(target);
    return field !== null && !field.disabled;
  }, selector);
}

describe('nothing typed is lost', () => {
  it('no field can be typed into before its island has loaded the stored data (the served HTML)', async () => {
    const { context } = await newContext(browser);
    for (const path of ['/nl/jouw-gegevens/', '/en/your-data/', '/nl/smart-doelen/', '/en/smart-goals/']) {
      const html = await (await context.request.get(url(path))).text();
      // Text typed into a field the server rendered enabled would be replaced when the island wakes.
      expect(html, path).not.toMatch(/<textarea id="personal-note"(?![^>]*disabled)[^>]*>/);
      if (path.includes('smart') || path.includes('goals')) expect(html, path).toContain('data-phase="loading"');
    }
    await context.close();
  });

  for (const delay of [0, 50, 200]) {
    it(`the note survives leaving ${delay} ms after typing, every time`, async () => {
      const { context, watched } = await newContext(browser);
      const page = await context.newPage();
      await page.goto(notePage);
      await ready(page, '#personal-note');
      await page.locator('#personal-note').fill(`Left after ${delay} ms`);
      if (delay > 0) await page.waitForFunction((ms) => new Promise((resolve) => setTimeout(() => resolve(true), ms)), delay);
      await page.goto(url('/en/'));
      await page.goto(notePage);
      await ready(page, '#personal-note');
      await page.waitForFunction((text) => document.querySelector<HTMLTextAreaElement>('#personal-note')?.value === text, `Left after ${delay} ms`);
      expect(watched.pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('a goal statement survives a sidebar link clicked right after typing', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(goalsPage);
    await ready(page, '#goals-new-title');
    await page.locator('#goals-new-title').fill('Present at the team meeting');
    await page.getByRole('button', { name: 'Add goal' }).click();
    const statement = page.getByLabel('Your goal in one sentence');
    await statement.fill('Present our results in the team meeting by June.');
    await page.locator('nav a[href="/en/your-data/"]').first().click();
    await page.waitForURL(/your-data/);
    await page.goto(goalsPage);
    await page.getByLabel('Your goal in one sentence').waitFor();
    await page.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('#goal-statement')?.value === 'Present our results in the team meeting by June.',
    );
    await context.close();
  });

  it('an impossible target date is refused next to the field, and the workbook still opens after a reload', async () => {
    const { context } = await newContext(browser, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(goalsPage);
    await ready(page, '#goals-new-title');
    await page.locator('#goals-new-title').fill('Chair a meeting');
    await page.getByRole('button', { name: 'Add goal' }).click();
    const date = page.locator('#goal-target-date');
    // What Chromium's date field hands the page when the digits 0 1 0 1 2 0 0 0 0 are typed: a
    // five-digit year is a valid value for the input, just not a date anyone means.
    await date.evaluate((input: HTMLInputElement) => {
      input.value = '20000-01-01';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(await date.inputValue()).toBe('20000-01-01');
    await page.keyboard.press('Tab');
    await page.locator('#goal-target-date-error').waitFor();
    expect(await page.locator('#goal-target-date-error').textContent()).toContain('between 1900 and 2999');
    expect(await date.getAttribute('max')).toBe('2999-12-31');
    await page.reload();
    await ready(page, '#goal-target-date');
    await page.getByText('Chair a meeting').first().waitFor();
    expect(await page.locator('.goals-workbook').getAttribute('data-phase')).toBe('ready');
    expect(await page.locator('#goals-new-title').isDisabled()).toBe(false);
    expect(await page.locator('#goal-target-date').inputValue()).toBe('');
    await context.close();
  });

  it('site data deleted from elsewhere is said plainly, and can be written back', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(notePage);
    await ready(page, '#personal-note');
    await page.locator('#personal-note').fill('Still on screen');
    await page.waitForSelector('[data-save-state="saved"]');
    const other = await context.newPage();
    await other.goto(url('/en/'));
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('mentorkit');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.getByTestId('vanished').waitFor();
    expect(await page.getByTestId('save-status').textContent()).toBe('No longer saved in this browser');
    await page.getByRole('button', { name: 'Put it back in this browser' }).click();
    await page.waitForSelector('[data-save-state="saved"]');
    await page.reload();
    await ready(page, '#personal-note');
    expect(await page.locator('#personal-note').inputValue()).toBe('Still on screen');
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { launchBrowser, newContext, url } from './browser.ts';
import { axeViolations } from './page-audit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const workbookEn = url('/en/smart-goals/');
const workbookNl = url('/nl/smart-doelen/');

async function workbookReady(page: Page): Promise<void> {
  await page.waitForSelector('.goals-workbook[data-phase="ready"]');
}

async function saved(page: Page): Promise<void> {
  await page.waitForSelector('.goals-workbook [data-save-state="saved"]');
}

/** Presses Tab (or Shift+Tab) until the focused element matches, like a keyboard user would. */
async function tabTo(page: Page, selector: string, { back = false, max = 250 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const listTitles = (page: Page) => page.locator('[data-testid="goal-list"] .goal-card__title').allTextContents();
const stepTexts = (page: Page) =>
  page
    .locator('[data-testid="step-list"] .step__text')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

async function useFirstExample(page: Page, buttonName = 'Use this example'): Promise<string> {
  const card = page.locator('.example-card').first();
  const title = (await card.locator('h4').textContent()) ?? '';
  await card.getByRole('button', { name: buttonName }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
  return title;
}

describe('SMART goal workbook in Chromium', () => {
  it('works with the keyboard alone, and survives a reload', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(workbookEn);
    await workbookReady(page);
    await page.locator('body').focus();

    // Create a goal: Tab to the title field, type, Enter.
    await tabTo(page, '#goals-new-title');
    await page.keyboard.type('Present at the team meeting');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Present at the team meeting' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('goal-title');

    // The statement; the SMART check follows, and offers the deadline from the text as target date.
    await tabTo(page, '#goal-statement');
    await page.keyboard.type('Give three presentations at the team meeting within three months');
    await page.waitForSelector('[data-testid="smart-summary"] [data-letter="measurable"][data-status="met"]');
    await tabTo(page, '.smart-field__suggest');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#goal-target-date') as HTMLInputElement | null)?.value !== '');
    expect(await page.locator('[data-testid="smart-summary"] [data-letter="timeBound"]').getAttribute('data-status')).toBe('met');

    // One SMART answer, then two steps added with Enter.
    await tabTo(page, '#goal-smart-achievable', { back: true });
    await page.keyboard.type('My mentor gives feedback on every draft');
    await tabTo(page, '#goal-step-new');
    await page.keyboard.type('Draft the slides');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Rehearse with my mentor');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="step-list"] li').length === 2);
    expect(await stepTexts(page)).toEqual(['Draft the slides', 'Rehearse with my mentor']);

    // Tick the first step with Space.
    await tabTo(page, '.step__check', { back: true });
    await tabTo(page, '[data-testid="step-list"] li:first-child .step__check', { back: true });
    await page.keyboard.press('Space');
    await page.getByText('1 of 2 steps done (50%)').first().waitFor();
    expect(await page.getByTestId('steps-progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(50);
    await saved(page);

    await page.reload();
    await workbookReady(page);
    expect(await listTitles(page)).toEqual(['Present at the team meeting']);
    expect(await stepTexts(page)).toEqual(['Draft the slides', 'Rehearse with my mentor']);
    expect(await page.locator('[data-testid="step-list"] li:first-child .step__check').isChecked()).toBe(true);
    expect(await page.locator('#goal-statement').inputValue()).toBe(
      'Give three presentations at the team meeting within three months',
    );
    expect(await page.locator('#goal-smart-achievable').inputValue()).toBe('My mentor gives feedback on every draft');
    expect(await page.locator('#goal-target-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('deletes with Undo from the keyboard', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(workbookEn);
    await workbookReady(page);
    await page.locator('#goals-new-title').fill('Keep me');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Keep me' }).waitFor();
    // Delete lives in the goal's "More actions" menu: open it from the keyboard, Tab to Delete.
    const focusedText = (text: string) => page.waitForFunction((wanted) => document.activeElement?.textContent === wanted, text);
    await page.getByRole('button', { name: 'More actions' }).focus();
    await page.keyboard.press('Enter');
    await focusedText('Duplicate');
    await page.keyboard.press('Escape');
    await page.locator('button[aria-expanded="false"]', { hasText: 'More actions' }).waitFor();
    await focusedText('More actions');
    await page.keyboard.press('Enter');
    await focusedText('Duplicate');
    await page.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Goal “Keep me” deleted.').waitFor();
    await focusedText('Undo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Keep me' }).waitFor();
    expect(await listTitles(page)).toEqual(['Keep me']);
    await context.close();
  });

  it('shows a change made in one tab in the other', async () => {
    const { context } = await newContext(browser);
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(workbookEn);
    await second.goto(workbookNl);
    await workbookReady(first);
    await workbookReady(second);
    await first.locator('#goals-new-title').fill('Shared between tabs');
    await first.keyboard.press('Enter');
    await saved(first);
    await second.locator('[data-testid="goal-list"]').getByText('Shared between tabs').waitFor();
    await first.locator('#goal-statement').fill('Written in the first tab');
    await saved(first);
    await second.waitForFunction(
      () => (document.querySelector('#goal-statement') as HTMLTextAreaElement | null)?.value === 'Written in the first tab',
    );
    await context.close();
  });

  it('keeps every tab on IndexedDB when several open at the same moment, and each sees the others\' changes', async () => {
    const { context } = await newContext(browser);
    const pages = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
    await Promise.all(pages.map((page) => page.goto(workbookEn)));
    await Promise.all(pages.map((page) => workbookReady(page)));
    for (const page of pages) expect(await page.locator('[data-testid="memory-warning"]').count()).toBe(0);
    await pages[0]!.locator('#goals-new-title').fill('Opened together');
    await pages[0]!.keyboard.press('Enter');
    await saved(pages[0]!);
    for (const page of pages.slice(1)) {
      await page.locator('[data-testid="goal-list"]').getByText('Opened together').waitFor();
    }
    await context.close();
  });

  it('comes back after backup, delete all and restore', async () => {
    const { context } = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(workbookEn);
    await workbookReady(page);
    const title = await useFirstExample(page);
    await page.locator('#goals-new-title').fill('A second goal');
    await page.keyboard.press('Enter');
    await saved(page);

    await page.goto(url('/en/your-data/'));
    // This download has a few times not arrived after the click (CI, and under load), which no separate
    // script reproduces: say what the page showed, then click again as a person would (closing note).
    const logs: string[] = [];
    page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
    const downloading = page.waitForEvent('download', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const download = await downloading.catch(async () => {
      const shown = await page.locator('main').innerText().catch(() => '(page unreadable)');
      console.warn(`backup download missing after the first click; the page showed:\n${shown.slice(0, 1500)}\nconsole:\n${logs.join('\n')}`);
      const again = page.waitForEvent('download', { timeout: 15_000 });
      await page.getByRole('button', { name: 'Download a backup' }).click();
      return again;
    });
    const backupPath = await download.path();
    expect(JSON.parse(await readFile(backupPath, 'utf8')).records.map((record: { kind: string }) => record.kind)).toContain(
      'goals',
    );

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByLabel('Are you sure? Type DELETE to confirm.').fill('DELETE');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByText('All data has been deleted.').waitFor();
    await page.goto(workbookEn);
    await workbookReady(page);
    expect(await page.locator('[data-testid="goal-list"]').count()).toBe(0);
    await page.getByText('You have no goals yet.', { exact: false }).waitFor();

    await page.goto(url('/en/your-data/'));
    await page.setInputFiles('#backup-file', backupPath);
    await page.getByLabel('Replace everything with the backup').check();
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('button', { name: 'Yes, replace everything' }).click();
    await page.getByText(/Backup restored/).waitFor();
    await page.goto(workbookEn);
    await workbookReady(page);
    expect(await listTitles(page)).toEqual([title, 'A second goal']);
    await context.close();
  });

  it('downloads a calendar file that parses, with the goal in it', async () => {
    const { context } = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(workbookEn);
    await workbookReady(page);
    const title = await useFirstExample(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^mentorkit-goals-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries).toContain(`Target date: ${title}`);
    expect(summaries.filter((summary) => summary.startsWith('Step: ')).length).toBeGreaterThan(0);
    await context.close();
  });

  it('works in Dutch, with the SMART check in Dutch', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(workbookNl);
    await workbookReady(page);
    await page.getByRole('heading', { level: 2, name: 'Je doelen' }).waitFor();
    await page.getByLabel('Titel van een nieuw doel').fill('Presenteren');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Je doel in één zin').fill('Ik wil beter worden');
    await page.locator('[data-testid="verdict-specific"]').getByText('Uit je doelzin: "beter worden" is een goed begin').waitFor();
    await page.getByLabel('Je doel in één zin').fill('Ik geef drie presentaties in het teamoverleg voor 01/03/2099');
    await page.getByRole('button', { name: 'Gebruik 1 maart 2099 als streefdatum' }).click();
    await expect.poll(() => page.locator('#goal-target-date').inputValue()).toBe('2099-03-01');
    await page.getByLabel('Nieuwe stap').fill('Dia’s maken');
    await page.keyboard.press('Enter');
    await page.getByLabel('Stap 1 klaar').check();
    await page.getByText('1 van 1 stappen klaar (100%)').first().waitFor();
    await saved(page);
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });

  it('stays correct when typing into a goal with 200 steps and 500 check-ins', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    const now = new Date().toISOString();
    const goal = {
      id: 'big-goal',
      title: 'A long-running goal',
      ownerRole: 'mentee',
      statement: '',
      smart: { specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' },
      targetDate: null,
      relationship: '',
      archived: false,
      steps: Array.from({ length: 200 }, (_, i) => ({
        id: `s${i}`,
        text: `Step number ${i + 1}`,
        dueDate: i % 3 === 0 ? '2026-01-15' : null,
        done: i % 2 === 0,
      })),
      checkIns: Array.from({ length: 500 }, (_, i) => ({
        id: `c${i}`,
        date: '2026-06-01',
        happened: `Check-in ${i + 1}`,
        nextStep: 'Keep going',
      })),
      createdAt: now,
      updatedAt: now,
    };
    const backup = {
      app: 'mentorkit',
      format: 1,
      exportedAt: now,
      records: [{ kind: 'goals', version: 1, revision: 1, savedAt: now, data: { goals: [goal] } }],
    };
    const folder = await mkdtemp(join(tmpdir(), 'mentorkit-goals-'));
    const file = join(folder, 'big.json');
    await writeFile(file, JSON.stringify(backup));
    await page.goto(url('/en/your-data/'));
    await page.setInputFiles('#backup-file', file);
    await page.getByLabel('Replace everything with the backup').check();
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('button', { name: 'Yes, replace everything' }).click();
    await page.getByText(/Backup restored/).waitFor();

    await page.goto(workbookEn);
    await workbookReady(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="step-list"] li').length === 200);
    const typed = 'Give three talks at the team meeting by 1 March ok';
    expect(typed).toHaveLength(50);
    await page.locator('#goal-statement').click();
    // Event Timing (the data behind INP): input delay + handlers + render, up to the next paint.
    await page.evaluate(() => {
      const durations: number[] = [];
      (window as unknown as { keyDurations: number[] }).keyDurations = durations;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown') durations.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    const started = Date.now();
    await page.keyboard.type(typed);
    await page.waitForFunction(
      (text) => (document.querySelector('#goal-statement') as HTMLTextAreaElement).value === text,
      typed,
    );
    const elapsed = Date.now() - started;
    // Event Timing entries arrive after the next frames; wait for two of them instead of a fixed pause.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const slow = await page.evaluate(() => (window as unknown as { keyDurations: number[] }).keyDurations);
    // Reported, never asserted: timings depend on the machine.
    console.log(
      `[goals perf] 50 keystrokes into a goal with 200 steps / 500 check-ins: ${elapsed} ms in total (${(elapsed / 50).toFixed(1)} ms per key, incl. driver round trips); ` +
        `keydowns slower than 16 ms: ${slow.length}${slow.length ? `, slowest ${Math.max(...slow).toFixed(0)} ms` : ''}`,
    );
    expect(await page.locator('[data-testid="smart-summary"] [data-letter="timeBound"]').getAttribute('data-status')).toBe('met');
    await saved(page);
    await page.reload();
    await workbookReady(page);
    expect(await page.locator('#goal-statement').inputValue()).toBe(typed);
    expect(await page.locator('[data-testid="step-list"] li').count()).toBe(200);
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });

  it('reorders steps by dragging, as well as with the buttons', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(workbookEn);
    await workbookReady(page);
    await page.locator('#goals-new-title').fill('Ordering');
    await page.keyboard.press('Enter');
    for (const text of ['A', 'B', 'C']) {
      await page.locator('#goal-step-new').fill(text);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="step-list"] li').length === 3);
    const rows = page.locator('[data-testid="step-list"] li');
    // Bring the drop row into view first (clear of the workbook bar): a scroll in the middle of the
    // drag would cancel it, and Playwright scrolls the target in only after pressing the mouse.
    await rows.nth(2).scrollIntoViewIfNeeded();
    await rows.nth(0).locator('.step__grip').dragTo(rows.nth(2));
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[data-testid="step-list"] li .step__text')?.value === 'B',
    );
    expect(await stepTexts(page)).toEqual(['B', 'C', 'A']);
    await page.getByRole('button', { name: 'Move step 3 up' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll<HTMLInputElement>('[data-testid="step-list"] .step__text')[1]?.value === 'A',
    );
    expect(await stepTexts(page)).toEqual(['B', 'A', 'C']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move step 2 up');
    await context.close();
  });

  it('prints only goals: the open one, or all of them', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(workbookEn);
    await workbookReady(page);
    // window.print() opens a dialog; here it only fires the events the browser fires around printing.
    await page.evaluate(() => {
      window.print = () => {
        dispatchEvent(new Event('beforeprint'));
      };
    });
    const first = await useFirstExample(page);
    await page.locator('#goals-new-title').fill('Second goal');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Second goal' }).waitFor();
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('button', { name: 'Print this goal' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.goals-print__goal h1').allTextContents()).toEqual(['Second goal']);
    expect(await page.locator('.goals-workbook').isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.locator('.goals-print__goal').isVisible()).toBe(true);
    expect(await page.locator('.goals-print button, .goals-print input').count()).toBe(0);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.goals-print__goal').count()).toBe(0);

    await page.getByRole('button', { name: 'Print all goals' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.goals-print__goal h1').allTextContents()).toEqual([first, 'Second goal']);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.goals-workbook').isVisible()).toBe(true);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with goals, steps, check-ins and the archive open (%s)', async (scheme) => {
    const { context } = await newContext(browser, { colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(workbookEn);
    await workbookReady(page);
    await useFirstExample(page);
    await page.locator('#goal-statement').fill('Get better');
    await page.locator('#goal-step-new').fill('Something late');
    await page.locator('#goal-step-new-due').fill('2026-01-10');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="step-list"] li:first-child .step__check').check();
    await page.locator('#goal-checkin-happened').fill('We talked it through.');
    await page.getByRole('button', { name: 'Add check-in' }).click();
    await page.locator('#goals-new-title').fill('Archived one');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Archived one' }).waitFor();
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByRole('button', { name: 'Show examples' }).click();
    await page.locator('.smart-field__example summary').first().click();
    await page.locator('[data-testid="goal-list"] .goal-card').first().click();
    await page.getByRole('button', { name: 'Archived (1)' }).click();
    await page.getByTestId('archived-list').getByText('Archived one').waitFor();
    await page.getByTestId('step-overdue').first().waitFor();
    await page.getByRole('button', { name: 'Remove step 2', exact: true }).click();
    await page.getByTestId('removed-row').waitFor();
    await saved(page);
    expect(await axeViolations(page)).toEqual([]);
    // And with the goal's "More actions" menu open.
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('button', { name: 'Print this goal' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

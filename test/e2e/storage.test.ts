import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, newContext, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const notePage = url('/en/your-data/');

async function typeNote(page: Page, text: string, label = 'Your personal note'): Promise<void> {
  const note = page.getByLabel(label);
  await note.waitFor();
  await page.waitForFunction(() => !document.querySelector<HTMLTextAreaElement>('#personal-note')?.disabled);
  await note.fill(text);
  await page.waitForSelector('[data-save-state="saved"]');
}

const noteText = (page: Page) => page.locator('#personal-note').inputValue();

async function noteLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const note = document.querySelector<HTMLTextAreaElement>('#personal-note');
    return note !== null && !note.disabled;
  });
}

describe('local-first storage in the browser', () => {
  it('saves the note, and it survives a reload', async () => {
    const { context, watched } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(notePage);
    await noteLoaded(page);
    await page.locator('#personal-note').fill('Ask about the Q2 planning');
    await page.reload();
    await noteLoaded(page);
    expect(await noteText(page)).toBe('Ask about the Q2 planning');
    expect(await page.locator('[data-testid="memory-warning"]').count()).toBe(0);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a change made in one tab in the other', async () => {
    const { context } = await newContext(browser);
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(notePage);
    await second.goto(url('/nl/jouw-gegevens/'));
    await noteLoaded(second);
    await typeNote(first, 'Written in tab one');
    await second.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#personal-note')?.value === 'Written in tab one');
    await context.close();
  });

  it('a stale tab gets a choice instead of silently overwriting the other tab', async () => {
    const { context } = await newContext(browser);
    const first = await context.newPage();
    const stale = await context.newPage();
    // This tab misses the other tab's notices (as a suspended tab would), so its copy goes stale.
    await stale.addInitScript(() => {
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
    });
    await first.goto(notePage);
    await stale.goto(notePage);
    await noteLoaded(stale);
    await typeNote(first, 'Saved first, in the other tab');
    await stale.locator('#personal-note').fill('Typed on an old copy');
    await stale.getByText('This data was changed in another tab').waitFor();
    await first.reload();
    await noteLoaded(first);
    expect(await noteText(first)).toBe('Saved first, in the other tab');

    await stale.getByRole('button', { name: 'Keep my version' }).click();
    await stale.waitForSelector('[data-save-state="saved"]');
    await first.reload();
    await noteLoaded(first);
    expect(await noteText(first)).toBe('Typed on an old copy');
    await context.close();
  });

  it('backs up, deletes everything, and restores it', async () => {
    const { context } = await newContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(notePage);
    await typeNote(page, 'Precious words');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^mentorkit-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = await download.path();

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByLabel('Are you sure? Type DELETE to confirm.').fill('DELETE');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByText('All data has been deleted.').waitFor();
    expect(await noteText(page)).toBe('');
    await page.reload();
    await noteLoaded(page);
    expect(await noteText(page)).toBe('');

    await page.setInputFiles('#backup-file', backupPath);
    await page.getByLabel('Replace everything with the backup').check();
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByText('Nothing is stored in this browser yet; nothing will be lost.').waitFor();
    await page.getByRole('button', { name: 'Yes, replace everything' }).click();
    await page.getByText('Backup restored: your note restored.').waitFor();
    expect(await noteText(page)).toBe('Precious words');
    await page.reload();
    await noteLoaded(page);
    expect(await noteText(page)).toBe('Precious words');
    await context.close();
  });

  it('refuses a corrupt backup with a clear error and loses nothing', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url('/nl/jouw-gegevens/'));
    await typeNote(page, 'Blijft staan', 'Je persoonlijke notitie');
    const folder = await mkdtemp(join(tmpdir(), 'mentorkit-'));
    const corrupt = join(folder, 'kapot.json');
    await writeFile(corrupt, '{"app":"mentorkit","format":1,"records":[{"kind":"note"');
    await page.setInputFiles('#backup-file', corrupt);
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByText('Dit bestand is geen geldige back-up').waitFor();
    await page.reload();
    await noteLoaded(page);
    expect(await noteText(page)).toBe('Blijft staan');
    await context.close();
  });

  it('falls back to memory with a visible warning when IndexedDB is blocked', async () => {
    const { context } = await newContext(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('IndexedDB is blocked', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(notePage);
    await page.locator('[data-testid="memory-warning"]').waitFor();
    await typeNote(page, 'Only in memory');
    expect(await noteText(page)).toBe('Only in memory');
    // The status line must not claim what the warning denies, and the backup is offered in place.
    expect(await page.getByTestId('save-status').textContent()).toBe('Not saved — this tab only');
    expect(await page.getByTestId('memory-warning').getByRole('button', { name: 'Download a backup' }).count()).toBe(1);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await noteLoaded(page);
    await page.locator('[data-testid="memory-warning"]').waitFor();
    expect(await noteText(page)).toBe('');
    await context.close();
  });
});

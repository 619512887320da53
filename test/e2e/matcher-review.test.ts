// Issue 13's whole path in the built site, as a coordinator takes it, in both languages: an
// imported list is run; one pair is locked, one forbidden, two people swapped by hand (the change
// in total shown beforehand is what the run after it gives); a re-run keeps the lock and the swap
// and leaves the forbidden pair out; everything is approved and exported (the CSV re-parsed: BOM,
// separator, a participant named =SUM(A1) neutralised); the pair cards print; the round is closed
// and the next round repeats no earlier pair. Under the real CSP, with no request leaving the site.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/all.ts';
import { launchBrowser, newContext, url, type Watch } from './browser.ts';
import { axeViolations } from './page-audit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PAGES = { nl: '/nl/deelnemers-koppelen/', en: '/en/match-participants/' } as const;
const DATA_PAGES = { nl: '/nl/jouw-gegevens/', en: '/en/your-data/' } as const;

/** Five mentors, five mentees, each mentee wanting what one mentor offers; nobody shares a department, so no hard rule is in the way. */
const LIST = [
  'Id;Naam;Rol;Afdeling;Talen;Biedt aan;Wil leren;Capaciteit',
  '1;Anna Smit;mentor;Financiën;Nederlands;Excel;;1',
  '2;Bram Kok;mentor;ICT;Nederlands;Python;;1',
  '3;Chris Dam;mentor;Verkoop;Nederlands;Verkopen;;1',
  '4;Dora Mol;mentor;Inkoop;Nederlands;Onderhandelen;;1',
  '5;Erik Wit;mentor;Juridisch;Nederlands;Excel, Presenteren;;1',
  '6;Eva Bos;mentee;HR;Nederlands;;Excel;',
  '7;=SUM(A1);mentee;Klantenservice;Nederlands;;Python;',
  '8;Gijs Jansen;mentee;Logistiek;Nederlands;;Verkopen;',
  '9;Hanna Vos;mentee;Marketing;Nederlands;;Onderhandelen;',
  '10;Ilse de Boer;mentee;Facilitair;Nederlands;;Presenteren;',
].join('\r\n');

function expectClean(watched: Watch): void {
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.cspViolations).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
}

/** A figure as the page writes it (decimal comma in Dutch, a true minus sign) as a number. */
function figure(text: string, locale: 'nl' | 'en'): number {
  const match = /[−+-]?\d[\d.,]*/.exec(text);
  if (!match) throw new Error(`no figure in "${text}"`);
  const plain = match[0].replace('−', '-');
  return Number(locale === 'nl' ? plain.replaceAll('.', '').replace(',', '.') : plain.replaceAll(',', ''));
}

describe.each(['nl', 'en'] as const)('matcher review and telling the pairs (%s)', (locale) => {
  const t = (key: string, params?: MessageParams) => translate(locale, key as MessageKey, params);
  const steps = (page: Page) => page.getByRole('navigation', { name: t('matcher.workbook.steps.label'), exact: true });
  const stepButton = (page: Page, step: 'people' | 'criteria' | 'match' | 'tell') => steps(page).getByRole('button', { name: new RegExp(t(`matcher.workbook.step.${step}`)) });
  const cards = (page: Page) => page.getByTestId('result-match');
  const pairName = (card: Locator) => card.locator('.result-match__names').innerText();
  /** The review is settled: no run after a decision is going, the list is there. */
  const settled = async (page: Page) => {
    await page.getByTestId('result-match-list').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="review"]')?.getAttribute('aria-busy') !== 'true');
  };
  /** Starts a full run with the button and waits until its status line has changed and says it is done. */
  const runAndWait = async (page: Page, button: string) => {
    await page.evaluate(() => {
      const w = window as unknown as { statusChanged: boolean; statusWatch?: MutationObserver };
      w.statusChanged = false;
      // The whole document, since the status line may be rendered anew rather than changed in place.
      w.statusWatch?.disconnect();
      w.statusWatch = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          if (target?.closest('.result-run__status') || [...record.addedNodes].some((node) => node instanceof Element && (node.matches('.result-run__status') || node.querySelector('.result-run__status')))) w.statusChanged = true;
        }
      });
      w.statusWatch.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const observed = 1;
    await page.getByRole('button', { name: button, exact: true }).click();
    const done = t('matcher.result.done', { count: 987 }).replace('987', '\\d+');
    await page.waitForFunction(
      ({ pattern, observed }) => {
        const status = document.querySelector('.result-run__status');
        const changed = observed === 0 || (window as unknown as { statusChanged: boolean }).statusChanged;
        return changed && status !== null && new RegExp(pattern).test(status.textContent ?? '');
      },
      { pattern: done, observed },
    ).catch(async (error: unknown) => {
      const status = await page.locator('.result-run__status').allInnerTexts();
      const changed = await page.evaluate(() => (window as unknown as { statusChanged: boolean }).statusChanged);
      throw new Error(`run did not finish (${String(error)}); status: ${JSON.stringify(status)}, changed: ${changed}`);
    });
    await settled(page);
  };
  /**
   * The data page's backup download. It has twice (in CI and here, under load) not arrived after
   * the click, which no separate script reproduces: the page's text and console are printed, and a
   * second click — what a person would do — must then give it. Under investigation (closing note).
   */
  const downloadBackup = async (page: Page): Promise<string> => {
    const logs: string[] = [];
    page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
    const button = page.getByRole('button', { name: t('backup.export'), exact: true });
    const first = page.waitForEvent('download', { timeout: 15_000 });
    await button.click();
    const download = await first.catch(async () => {
      console.warn(`backup download missing after the first click; the page showed:\n${(await page.locator('main').innerText()).slice(0, 1500)}\nconsole:\n${logs.join('\n')}`);
      const second = page.waitForEvent('download', { timeout: 15_000 });
      await button.click();
      return second;
    });
    return download.path();
  };
  const shownPairs = async (page: Page) => (await cards(page).locator('.result-match__names').allInnerTexts()).sort();

  it('takes an imported list through review, adjustment, approval, export, pair cards and the next round', async () => {
    const { context, watched } = await newContext(browser, { locale: locale === 'nl' ? 'nl-NL' : 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(url(PAGES[locale]));
    await page.waitForSelector('.matcher-workbook[data-phase="ready"]');
    await page.getByRole('button', { name: t('matcher.workbook.new.create') }).click();

    const folder = await mkdtemp(join(tmpdir(), 'matcher-review-'));
    const listPath = join(folder, 'deelnemers.csv');
    await writeFile(listPath, LIST);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText(t('matcher.import.ui.file')).click();
    await (await chooser).setFiles(listPath);
    await page.getByRole('button', { name: t('matcher.import.ui.use') }).click();
    await page.getByTestId('participants-summary').first().waitFor();

    await stepButton(page, 'match').click();
    await page.getByRole('button', { name: t('matcher.result.run') }).waitFor();
    await runAndWait(page, t('matcher.result.run'));
    expect(await cards(page).count()).toBe(5);

    // Lock the first match.
    const locked = await pairName(cards(page).first());
    await cards(page).first().getByRole('button', { name: t('matcher.review.action.lock'), exact: true }).click();
    await settled(page);
    const lockedCard = cards(page).filter({ has: page.locator('.result-match__names', { hasText: locked }) });
    await lockedCard.getByText(t('matcher.review.status.locked'), { exact: true }).waitFor();

    // Forbid the second: its two people leave that match, every other match stays.
    const forbiddenCard = cards(page).nth(1);
    const forbidden = await pairName(forbiddenCard);
    const before = await shownPairs(page);
    await forbiddenCard.getByRole('button', { name: t('matcher.review.action.forbid'), exact: true }).click();
    await page.waitForFunction((name) => ![...document.querySelectorAll('.result-match__names')].some((element) => (element as HTMLElement).innerText === name), forbidden);
    await settled(page);
    const afterForbid = await shownPairs(page);
    expect(afterForbid).not.toContain(forbidden);
    for (const pair of before.filter((pair) => pair !== forbidden)) expect(afterForbid).toContain(pair);

    // Swap two mentees by hand, neither of them in the locked pair: the panel shows the cost first.
    const swapCard = cards(page).filter({ hasNot: page.getByText(t('matcher.review.status.locked'), { exact: true }) }).first();
    await swapCard.getByRole('button', { name: t('matcher.review.action.adjust'), exact: true }).click();
    const panel = page.getByTestId('adjust-panel');
    await panel.waitFor();
    // A mentee who has a mentor now (swapping with someone unmatched frees a place the run may fill), outside the locked pair.
    const now = t('matcher.adjust.candidate.now', { names: '' }).trim();
    const candidate = panel
      .getByTestId('adjust-candidate')
      .filter({ hasText: now })
      .filter({ hasNotText: new RegExp(locked.split(' · ').map((name) => name.replace(/ \(mentor\)$/, '')).join('|')) })
      .first();
    await candidate.click();
    const deltaText = await panel.getByTestId('adjust-delta').innerText();
    const totalText = await panel.getByTestId('adjust-total').innerText();
    const diffBefore = await page.getByTestId('review-diff').innerText().catch(() => '');
    await panel.getByRole('button', { name: t('matcher.adjust.confirm'), exact: true }).click();
    await panel.waitFor({ state: 'hidden' });
    await page.waitForFunction((before) => (document.querySelector('[data-testid="review-diff"]') as HTMLElement | null)?.innerText !== before, diffBefore);
    await settled(page);
    // The run after the swap holds everything else in place: its total is the one previewed.
    const diffTotal = page.getByTestId('review-diff').locator('li').first();
    await diffTotal.waitFor();
    const [, afterTotal] = (await diffTotal.innerText()).split('→');
    expect(figure(afterTotal!, locale)).toBeCloseTo(figure(totalText, locale), 1);
    expect(figure((await diffTotal.innerText()).split('(').at(-1)!, locale)).toBeCloseTo(figure(deltaText, locale), 1);
    const manual = await cards(page).filter({ has: page.getByText(t('matcher.review.status.manual'), { exact: true }) }).locator('.result-match__names').allInnerTexts();
    expect(manual.length).toBe(2);

    // Re-run: the lock and the swap are kept, the forbidden pair stays out.
    await runAndWait(page, t('matcher.result.rerun'));
    const rerun = await shownPairs(page);
    expect(rerun).toContain(locked);
    for (const pair of manual) expect(rerun).toContain(pair);
    expect(rerun).not.toContain(forbidden);
    expect(await axeViolations(page)).toEqual([]);

    // Approve all.
    await page.getByRole('button', { name: t('matcher.review.approveAll'), exact: true }).click();
    const count = await cards(page).count();
    await page.getByTestId('review-approved-count').filter({ hasText: t('matcher.review.approvedCount', { approved: count, total: count }) }).waitFor();
    const roundOne = await shownPairs(page);

    // Export the CSV from step 4 and read it back.
    await stepButton(page, 'tell').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: t('matcher.tell.ui.export.csv'), exact: true }).click();
    const bytes = await readFile(await (await downloading).path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('\r\n');
    const separator = locale === 'nl' ? ';' : ',';
    const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header!.length).toBeGreaterThan(3);
    expect(header![0]).toBe(t('matcher.tell.export.column.status.approvedOnly'));
    const cells = rows.flat();
    expect(cells).toContain("'=SUM(A1)");
    expect(cells).not.toContain('=SUM(A1)');
    const approvedRows = rows.filter((row) => row[0] === t('matcher.tell.export.status.approved'));
    expect(approvedRows.length).toBe(count);

    expect(await axeViolations(page)).toEqual([]);

    // Print the pair cards: one card per approved match in the print frame, nothing else shown.
    await page.evaluate(() => {
      window.print = () => {
        dispatchEvent(new Event('beforeprint'));
      };
    });
    await page.getByRole('button', { name: t('matcher.tell.ui.cards.print', { count }), exact: true }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.kit-print-frame [data-testid="pair-card"]');
    expect(await printed.count()).toBe(count);
    expect(await printed.first().isVisible()).toBe(true);
    expect(await page.locator('.matcher-workbook').isVisible()).toBe(false);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    // Close the round.
    await page.getByRole('button', { name: t('matcher.rounds.close.button'), exact: true }).click();
    await page.getByRole('button', { name: t('matcher.rounds.close.confirm'), exact: true }).click();
    await page.getByText(t('matcher.rounds.history.pairs', { count }), { exact: true }).waitFor();

    // The next round: no pair of round one again, and the forbidden pair neither.
    await stepButton(page, 'match').click();
    await page.getByRole('button', { name: t('matcher.result.run'), exact: true }).waitFor();
    await runAndWait(page, t('matcher.result.run'));
    const roundTwo = await shownPairs(page);
    expect(roundTwo.length).toBeGreaterThan(0);
    for (const pair of roundTwo) {
      expect(roundOne).not.toContain(pair);
      expect(pair).not.toBe(forbidden);
    }

    // Everything is still there after a reload: the history, and the new run.
    await page.reload();
    await page.waitForSelector('.matcher-workbook[data-phase="ready"]');
    await settled(page);
    expect(await shownPairs(page)).toEqual(roundTwo);
    await stepButton(page, 'tell').click();
    await page.getByText(t('matcher.rounds.history.pairs', { count }), { exact: true }).waitFor();

    // And after a backup, deleting everything and restoring it: the project with its history and decisions.
    const project = page.url();
    await page.goto(url(DATA_PAGES[locale]));
    const backupPath = await downloadBackup(page);
    await page.getByRole('button', { name: t('deleteAll.button'), exact: true }).click();
    await page.getByLabel(t('deleteAll.confirm')).fill(t('deleteAll.confirmWord'));
    await page.getByRole('button', { name: t('deleteAll.button'), exact: true }).click();
    await page.getByText(t('deleteAll.done')).waitFor();
    await page.setInputFiles('#backup-file', backupPath);
    await page.getByLabel(t('backup.mode.replace')).check();
    await page.getByRole('button', { name: t('backup.restore'), exact: true }).click();
    await page.getByRole('button', { name: t('backup.preview.confirm'), exact: true }).click();
    const restoredPrefix = t('backup.restored', { outcome: '\u0000' }).split('\u0000')[0]!;
    await page.getByText(restoredPrefix, { exact: false }).first().waitFor();
    await page.goto(project);
    await page.waitForSelector('.matcher-workbook[data-phase="ready"]');
    await stepButton(page, 'match').click();
    await settled(page);
    expect(await shownPairs(page)).toEqual(roundTwo);
    await stepButton(page, 'tell').click();
    await page.getByText(t('matcher.rounds.history.pairs', { count }), { exact: true }).waitFor();
    expectClean(watched);
    await context.close();
  });
});

// Two parties, two browser profiles: one drafts the agreement, shares it by link, the other
// changes it and sends it back, the differences are settled, both sign apart, and the second
// prints it and puts the meetings in the calendar. In each language, with no request leaving the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/all.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { launchBrowser, newContext, url, type Watch } from './browser.ts';
import { axeViolations } from './page-audit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PAGES: Record<Locale, string> = { nl: '/nl/mentoringafspraken/', en: '/en/mentoring-agreement/' };

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('.agreements-workbook[data-phase="ready"]');
}

async function saved(page: Page): Promise<void> {
  await page.waitForSelector('.agreements-workbook [data-save-state="saved"]');
}

/** Every Thursday from 4 March to 4 November 2027, as 'YYYY-MM-DD'. */
function thursdays(): string[] {
  const dates: string[] = [];
  for (let day = Date.UTC(2027, 2, 4); day <= Date.UTC(2027, 10, 4); day += 7 * 86_400_000) dates.push(new Date(day).toISOString().slice(0, 10));
  return dates;
}

function expectClean(watched: Watch): void {
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.cspViolations).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
}

describe.each(['en', 'nl'] as const)('mentoring agreement between two browsers (%s)', (locale) => {
  const t = (key: string, params?: MessageParams) => translate(locale, key as MessageKey, params);
  const workbook = url(PAGES[locale]);

  /** Creates a link to the open agreement and returns it. */
  async function shareLink(page: Page): Promise<string> {
    await page.getByRole('button', { name: t('agreements.exchange.share.createLink') }).click();
    const field = page.getByLabel(t('agreements.exchange.share.linkLabel'));
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(/#mka1\./);
    expect(new URL(link).origin).toBe(new URL(workbook).origin);
    return link;
  }

  /** The fingerprint once Web Crypto has computed it (the line is blank for the moment it takes). */
  const fingerprintOf = async (page: Page) => {
    const code = /[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/;
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="fingerprint"]')?.textContent ?? ''), code.source);
    return (await page.getByTestId('fingerprint').textContent())?.match(code)?.[0];
  };

  it('drafts, shares, settles the differences, signs apart, prints and downloads both calendar files', async () => {
    const mentor = await newContext(browser, { locale: locale === 'nl' ? 'nl-NL' : 'en-GB' });
    const mentee = await newContext(browser, { locale: locale === 'nl' ? 'nl-NL' : 'en-GB', acceptDownloads: true });
    const a = await mentor.context.newPage();
    const b = await mentee.context.newPage();

    // The mentor drafts it.
    await a.goto(workbook);
    await ready(a);
    await a.getByRole('button', { name: t('agreements.ui.new.create') }).click();
    await a.getByLabel(t('agreements.ui.editor.title'), { exact: true }).fill('Sam & Noor 2027');
    const names = a.getByLabel(t('agreements.ui.parties.name'), { exact: true });
    await names.nth(0).fill('Sam de Vries');
    await names.nth(1).fill('Noor Amrani');
    await a.getByRole('button', { name: t('agreements.ui.goals.add') }).click();
    await a.getByLabel(t('agreements.ui.goals.text', { n: 1 }), { exact: true }).fill('Lead a client meeting on my own by June');
    await a.getByLabel(t('agreements.ui.label.duration.start'), { exact: true }).fill('2027-03-04');
    await a.getByLabel(t('agreements.ui.label.duration.end'), { exact: true }).fill('2027-11-04');
    await a.getByLabel(t('agreements.ui.label.duration.review'), { exact: true }).fill('2027-07-01');
    await a.getByLabel(t('agreements.ui.label.meetings.frequency'), { exact: true }).selectOption('weekly');
    await a.getByLabel(t('agreements.calendarPanel.time'), { exact: true }).fill('19:00');
    await a.getByRole('checkbox', { name: new RegExp(t('agreements.holiday.ascensionDay')) }).check();
    await saved(a);
    const first = await shareLink(a);

    // The mentee opens it in a fresh profile, keeps it, changes two things and sends it back.
    await b.goto(first);
    await ready(b);
    await b.getByRole('button', { name: t('agreements.exchange.open.keepNew') }).click();
    await b.locator('.agreement-editor__heading', { hasText: 'Sam & Noor 2027' }).waitFor();
    expect(new URL(b.url()).hash).not.toMatch(/mka/);
    await b.getByLabel(t('agreements.ui.label.meetings.minutes'), { exact: true }).fill('90');
    await b.getByLabel(t('agreements.ui.label.boundaries.offLimits'), { exact: true }).fill('Salary');
    await saved(b);
    const reply = await shareLink(b);

    // The mentor compares: takes the longer meetings, writes the boundary together.
    await a.goto(reply);
    await a.getByRole('heading', { name: t('agreements.exchange.compare.heading') }).waitFor();
    expect(await a.locator('fieldset.exchange-choice').evaluateAll((sets) => sets.map((set) => (set as HTMLElement).dataset['key']))).toEqual([
      'meetings.minutes',
      'boundaries.offLimits',
    ]);
    await a.locator('fieldset[data-key="meetings.minutes"]').getByLabel(t('agreements.exchange.compare.takeTheirs')).check();
    await a.locator('fieldset[data-key="boundaries.offLimits"]').getByLabel(t('agreements.exchange.compare.writeTogether')).check();
    await a.getByLabel(t('agreements.exchange.compare.writtenLabel')).fill('Salary, and anything about appraisals');
    await a.getByRole('button', { name: t('agreements.exchange.compare.combine') }).click();
    await a.getByText(t('agreements.exchange.compare.combined')).first().waitFor();
    expect(await a.getByLabel(t('agreements.ui.label.meetings.minutes'), { exact: true }).inputValue()).toBe('90');
    await a.getByRole('button', { name: t('agreements.ui.sign.button', { name: 'Sam de Vries' }) }).click();
    await a.locator('.agreement-sign [data-testid="signature"]').waitFor();
    await saved(a);
    const mentorsCode = await fingerprintOf(a);
    expect(mentorsCode).toBeTruthy();
    const agreed = await shareLink(a);

    // The mentee takes the agreed version, with the mentor's signature under it, and signs too.
    await b.goto(agreed);
    await b.getByRole('heading', { name: t('agreements.exchange.compare.heading') }).waitFor();
    await b.getByRole('button', { name: t('agreements.exchange.compare.takeAllTheirs') }).click();
    await b.getByRole('button', { name: t('agreements.exchange.compare.combine') }).click();
    await b.locator('.agreement-sign [data-testid="signature"]').waitFor();
    expect(await b.getByLabel(t('agreements.ui.label.boundaries.offLimits'), { exact: true }).inputValue()).toBe('Salary, and anything about appraisals');
    expect(await fingerprintOf(b)).toBe(mentorsCode);
    await b.getByRole('button', { name: t('agreements.ui.sign.button', { name: 'Noor Amrani' }) }).click();
    await b.getByText(t('agreements.ui.sign.allSigned')).waitFor();
    await saved(b);
    expect(await b.locator('.workbook-list__status').first().textContent()).toBe(t('agreements.ui.status.signed'));

    // A reload keeps it all.
    await b.reload();
    await ready(b);
    expect(await b.locator('.agreement-sign [data-testid="signature"]').count()).toBe(2);

    // Printing gives the document alone: title, parties, numbered sections, both signatures, the fingerprint.
    await b.evaluate(() => {
      window.print = () => {
        dispatchEvent(new Event('beforeprint'));
      };
    });
    await b.getByRole('button', { name: t('agreements.ui.editor.print') }).click();
    await b.emulateMedia({ media: 'print' });
    const printed = b.locator('.kit-print-frame .agreement-document');
    await printed.waitFor();
    expect(await b.locator('.agreements-workbook').isVisible()).toBe(false);
    const text = (await printed.textContent()) ?? '';
    expect(text).toContain('Sam & Noor 2027');
    const numbered = (await printed.locator('h3').allTextContents()).filter((heading) => /^\d+\. /.test(heading));
    expect(numbered.length).toBeGreaterThan(10);
    expect(numbered.map((heading) => Number(heading.split('.')[0]))).toEqual(numbered.map((_, index) => index + 1));
    expect(text).toContain('Sam de Vries');
    expect(text).toContain('Noor Amrani');
    expect(text).toContain(mentorsCode);
    expect(text).toContain(t('agreements.doc.notLegal'));
    await b.evaluate(() => dispatchEvent(new Event('afterprint')));
    await b.emulateMedia({ media: 'screen' });

    // The meeting series: one recurring event, 19:00 Amsterdam time on both sides of the clock change.
    const downloading = b.waitForEvent('download');
    await b.getByRole('button', { name: t('agreements.calendarPanel.downloadSeries') }).click();
    const seriesText = await readFile(await (await downloading).path(), 'utf8');
    const series = new ICAL.Component(ICAL.parse(seriesText));
    expect(series.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = series.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(seriesText).toMatch(/DTSTART;TZID=Europe\/Amsterdam:20270304T190000/);
    const event = new ICAL.Event(events[0]!);
    const iterator = event.iterator();
    const held: string[] = [];
    const utcHours = new Map<string, number>();
    for (let next = iterator.next(); next && held.length < 100; next = iterator.next()) {
      const date = next.toString().slice(0, 10);
      held.push(date);
      expect(next.hour).toBe(19);
      utcHours.set(date, next.toJSDate().getUTCHours());
    }
    // Ascension Day is skipped; the review and the closing meeting replace their Thursdays.
    expect(held).toEqual(thursdays().filter((date) => !['2027-05-06', '2027-07-01', '2027-11-04'].includes(date)));
    expect(utcHours.get('2027-03-25')).toBe(18);
    expect(utcHours.get('2027-04-01')).toBe(17);

    // The review and the closure, in a file of their own.
    const downloadingMilestones = b.waitForEvent('download');
    await b.getByRole('button', { name: t('agreements.calendarPanel.downloadMilestones') }).click();
    const milestones = new ICAL.Component(ICAL.parse(await readFile(await (await downloadingMilestones).path(), 'utf8')));
    expect(milestones.getAllSubcomponents('vevent').map((item) => new ICAL.Event(item).startDate.toString().slice(0, 10))).toEqual(['2027-07-01', '2027-11-04']);

    expect(await axeViolations(b)).toEqual([]);
    expectClean(mentor.watched);
    expectClean(mentee.watched);
    await mentor.context.close();
    await mentee.context.close();
  });
});

describe('mentoring agreement workbook at 390 px, in the dark', () => {
  it('is usable and passes axe with a filled-in agreement', async () => {
    const { context, watched } = await newContext(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(url(PAGES.en));
    await ready(page);
    await page.getByRole('button', { name: 'Create agreement' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Phone-sized agreement');
    await saved(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(watched);
    await context.close();
  });
});

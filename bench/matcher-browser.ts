// npm run bench (part) — the matcher workbook as a coordinator uses it, in Chromium on the built
// site: 300 participants imported through the file picker, matched, then every review and tell
// action one by one. Each action is measured twice: the worst Event Timing entry it caused (what
// Chromium counts towards INP: input delay, handlers and the next paint) and the time from the
// first input event until the page shows the outcome (the busy mark gone, the new state drawn),
// which includes work in the workers. Budget 100 ms for both. Medians of 3 where an action repeats.
// Then the 2 000-person run's long tasks from the click to the result.
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { buildIfNeeded } from '../scripts/build-if-needed.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { translate, type MessageKey, type MessageParams } from '../src/lib/i18n/all.ts';
import { participants } from './data.ts';

const BUDGET_MS = 100;
const REPEATS = 3;
const PAGE = '/en/match-participants/';
const t = (key: string, params?: MessageParams) => translate('en', key as MessageKey, params);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The workbook's own CSV columns, as the end-to-end test of 2 000 people writes them. */
function participantsCsv(count: number, seed: number): string {
  const people = participants(count, (index) => (index < count / 2 ? 'mentor' : 'mentee'), seed);
  const mentors = count / 2;
  return [
    'Id;Naam;Rol;Afdeling;Leidinggevende;Talen;Biedt aan;Wil leren;Capaciteit',
    ...people.map((person, index) =>
      [person.id, person.name, person.role, person.department ?? '', index > 0 && index < mentors ? people[Math.floor((index - 1) / 8)]!.id : '', (person.languages ?? []).join(', '), (person.skillsOffered ?? []).join(', '), (person.skillsWanted ?? []).join(', '), String(person.capacity ?? 1)].join(';'),
    ),
  ].join('\r\n');
}

/** What the page records for the bench (window.bench). Types only: the page functions below are sent as source. */
interface PageBench {
  events: { name: string; start: number; duration: number; processing: number; interactionId: number }[];
  longTasks: { start: number; duration: number }[];
  armedAt: number;
  inputAt: number | null;
  watch: string[];
  seen: Set<string>;
  eventObserver: PerformanceObserver;
  messages: { at: number; sent: boolean; type: string }[];
  takeEvents: (entries: PerformanceEntryList) => void;
}

/**
 * Runs in the page before its own scripts: Event Timing (durationThreshold 16, buffered) and long
 * tasks into arrays, the first trusted input of each interaction, and which watched selectors
 * appeared (a progress panel that comes and goes between two polls is still seen).
 */
function instrument(): void {
  const bench: PageBench = { events: [], longTasks: [], armedAt: 0, inputAt: null, watch: [], seen: new Set(), messages: [], eventObserver: null as unknown as PerformanceObserver, takeEvents: () => {} };
  (window as unknown as { bench: PageBench }).bench = bench;
  // When a job went to a worker and when its answer came back: splits an action's time into page, worker, page.
  const typeOf = (data: unknown) => (typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string' ? (data as { type: string }).type : '?');
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    bench.messages.push({ at: performance.now(), sent: true, type: typeOf(args[0]) });
    return post.apply(this, args as never);
  } as Worker['postMessage'];
  const OriginalWorker = Worker;
  window.Worker = class extends OriginalWorker {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      this.addEventListener('message', (event) => bench.messages.push({ at: performance.now(), sent: false, type: typeOf(event.data) }));
    }
  };
  const takeEvents = (entries: PerformanceEntryList) => {
    for (const entry of entries as PerformanceEventTiming[]) {
      bench.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, processing: entry.processingEnd - entry.processingStart, interactionId: entry.interactionId ?? 0 });
    }
  };
  bench.takeEvents = takeEvents;
  bench.eventObserver = new PerformanceObserver((list) => takeEvents(list.getEntries()));
  bench.eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(type, (event) => {
      if (event.isTrusted && bench.inputAt === null && event.timeStamp >= bench.armedAt) bench.inputAt = event.timeStamp;
    }, { capture: true });
  }
  new MutationObserver((records) => {
    for (const selector of bench.watch) {
      if (bench.seen.has(selector)) continue;
      for (const record of records) {
        if ([...record.addedNodes].some((node) => node instanceof Element && (node.querySelector(selector) !== null || node.matches(selector)))) bench.seen.add(selector);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

interface Sample {
  eventMs: number;
  /** The worst entry's event type, and the time in the interaction's handlers (all its entries). */
  worst: string;
  handlersMs: number;
  /** First job posted to a worker → its last answer before the outcome; null when no worker took part. */
  workerMs: number | null;
  outcomeMs: number;
  longTaskMs: number;
}

interface Row {
  action: string;
  samples: Sample[];
  note: string;
}

const rows: Row[] = [];

/** In-page predicate, polled every frame; it returns performance.now() once the outcome is on screen. */
type Outcome<A> = (arg: A) => number | false;

async function measure<A>(page: Page, act: () => Promise<unknown>, outcome: Outcome<A>, arg: A, watch: string[] = []): Promise<Sample> {
  await page.evaluate((selectors) => {
    const bench = (window as unknown as { bench: PageBench }).bench;
    bench.armedAt = performance.now();
    bench.inputAt = null;
    bench.watch = selectors;
    bench.seen = new Set();
  }, watch);
  // Polling from before the input, so the first frame that shows the outcome is the one timed.
  const shown = page.waitForFunction(outcome as Parameters<Page['waitForFunction']>[0], arg, { polling: 'raf', timeout: 60_000 });
  await act();
  const outcomeAt = (await (await shown).jsonValue()) as number;
  return page.evaluate(async (outcomeAt) => {
    // Event Timing entries are queued after the paint that follows their handlers: two frames and a task later they are all in.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const bench = (window as unknown as { bench: PageBench }).bench;
    bench.takeEvents(bench.eventObserver.takeRecords());
    const from = bench.inputAt ?? bench.armedAt;
    // Interactions only (pointerdown/up, click, keydown/up), as INP counts them: the pointer moving in
    // on its way (pointerover/out) is not the coordinator's action.
    const events = bench.events.filter((entry) => entry.start >= bench.armedAt && entry.interactionId > 0);
    const worst = events.reduce<(typeof events)[number] | null>((found, entry) => (found === null || entry.duration > found.duration ? entry : found), null);
    const tasks = bench.longTasks.filter((task) => task.start + task.duration >= from && task.start <= outcomeAt);
    const messages = bench.messages.filter((message) => message.at >= from && message.at <= outcomeAt);
    const posted = messages.find((message) => message.sent);
    const answered = messages.filter((message) => !message.sent && message.type !== 'progress').at(-1);
    return {
      eventMs: worst?.duration ?? 0,
      worst: worst?.name ?? '—',
      handlersMs: events.reduce((sum, entry) => sum + entry.processing, 0),
      workerMs: posted && answered && answered.at > posted.at ? answered.at - posted.at : null,
      outcomeMs: outcomeAt - from,
      longTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    };
  }, outcomeAt);
}

async function record<A>(page: Page, action: string, times: number, step: (rep: number) => { act: () => Promise<unknown>; outcome: Outcome<A>; arg: A; watch?: string[]; before?: () => Promise<unknown>; after?: (() => Promise<unknown>) | undefined }, note = ''): Promise<void> {
  const samples: Sample[] = [];
  for (let rep = 0; rep < times; rep++) {
    // `arg` is read after `before`, which may look up what the action works on.
    const planned = step(rep);
    await planned.before?.();
    samples.push(await measure(page, planned.act, planned.outcome, planned.arg, planned.watch));
    await planned.after?.();
  }
  rows.push({ action, samples, note });
  const last = samples.at(-1)!;
  console.log(`  measured ${action}: event ${last.eventMs.toFixed(0)} ms, outcome ${last.outcomeMs.toFixed(0)} ms`);
}

/** The review is idle: no run after a decision going. */
const reviewIdle = () => document.querySelector('[data-testid="review"]')?.getAttribute('aria-busy') !== 'true';

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

async function openProject(browser: Browser, base: string, csvPath: string, count: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.goto(new URL(PAGE, base).href);
  await page.waitForSelector('.matcher-workbook[data-phase="ready"]');
  await page.getByRole('button', { name: t('matcher.workbook.new.create') }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText(t('matcher.import.ui.file')).click();
  await (await chooser).setFiles(csvPath);
  await page.getByRole('button', { name: t('matcher.import.ui.use') }).click();
  await page.getByTestId('participants-summary').filter({ hasText: t('matcher.participants.summary.people', { count }) }).first().waitFor();
  return page;
}

const stepButton = (page: Page, step: 'people' | 'criteria' | 'match' | 'tell') =>
  page.getByRole('navigation', { name: t('matcher.workbook.steps.label'), exact: true }).getByRole('button', { name: new RegExp(escape(t(`matcher.workbook.step.${step}`))) });

const cards = (page: Page) => page.getByTestId('result-match');
const button = (scope: Page | Locator, key: string) => scope.getByRole('button', { name: t(key), exact: true });
const notice = (page: Page) => page.getByTestId('matcher-notice');

async function coordinator(browser: Browser, base: string, folder: string): Promise<void> {
  const csv = join(folder, 'participants-300.csv');
  await writeFile(csv, participantsCsv(300, 13));
  const page = await openProject(browser, base, csv, 300);
  await stepButton(page, 'match').click();
  await button(page, 'matcher.result.run').click();
  await page.getByTestId('result-match-list').waitFor({ timeout: 60_000 });
  await page.waitForFunction(reviewIdle);
  const total = await page.evaluate(() => document.querySelector('[data-testid="review-approved-count"]')?.textContent ?? '');
  console.log(`  300 participants matched: ${total}`);

  await record(page, 'approve one match', REPEATS, (rep) => ({
    act: () => button(cards(page).nth(rep), 'matcher.review.action.approve').click(),
    outcome: (index: number) => document.querySelectorAll('[data-testid="result-match"]')[index]?.getAttribute('data-approved') === 'true' && performance.now(),
    arg: rep,
  }));

  // A filter with rows to show (before everything is approved). What the list shows, to see it change: the number of rows and the first one's names.
  const listSignature = () => page.evaluate(() => `${document.querySelectorAll('[data-testid="result-match"]').length}:${document.querySelector('.result-match__names')?.textContent ?? ''}`);
  const notApproved = page.getByRole('radio', { name: new RegExp(`^${escape(t('matcher.review.filter.notApproved'))} \\(`) });
  const filterLabel = (await notApproved.evaluate((input) => input.closest('label')?.textContent ?? '')).trim();
  await record(page, `filter: ${filterLabel}`, REPEATS, () => {
    const state = { before: '' };
    return {
      before: async () => (state.before = await listSignature()),
      act: () => notApproved.click(),
      outcome: (before: { value: string }) =>
        (document.querySelector<HTMLInputElement>('input[name="review-filter"][value="notApproved"]')?.checked ?? false) &&
        `${document.querySelectorAll('[data-testid="result-match"]').length}:${document.querySelector('.result-match__names')?.textContent ?? ''}` !== before.value &&
        performance.now(),
      get arg() {
        return { value: state.before };
      },
      after: async () => {
        await page.getByRole('radio', { name: new RegExp(`^${escape(t('matcher.review.filter.all'))} \\(`) }).click();
        await page.waitForFunction((before) => `${document.querySelectorAll('[data-testid="result-match"]').length}:${document.querySelector('.result-match__names')?.textContent ?? ''}` === before, state.before);
      },
    };
  });

  const approveAll = page.getByTestId('review-approve-all');
  const undoInNotice = () => button(notice(page), 'matcher.review.undo').click();
  const allApproved = () => document.querySelector('[data-testid="review-approve-all"]')?.getAttribute('aria-disabled') === 'true' && performance.now();
  await record(page, 'approve all', REPEATS, (rep) => ({
    act: () => approveAll.click(),
    outcome: allApproved,
    arg: undefined,
    // The approvals are taken back between repetitions (the last one stays), by the toast's Undo.
    after: rep < REPEATS - 1 ? () => undoInNotice().then(() => page.waitForFunction(() => document.querySelector('[data-testid="review-approve-all"]')?.getAttribute('aria-disabled') !== 'true')) : undefined,
  }));

  await record(page, 'view: list → table', REPEATS, () => ({
    act: () => page.getByRole('radio', { name: t('matcher.review.view.table'), exact: true }).click(),
    outcome: () => document.querySelector('[data-testid="review-table"]') !== null && performance.now(),
    arg: undefined,
    after: async () => {
      await page.getByRole('radio', { name: t('matcher.review.view.list'), exact: true }).click();
      await page.getByTestId('result-match-list').waitFor();
    },
  }));

  const order = page.getByLabel(t('matcher.result.matches.order'), { exact: true });
  await record(page, 'sort: lowest score first (select, arrow key)', REPEATS, () => {
    const state = { before: '' };
    return {
      before: async () => {
        state.before = await listSignature();
        await order.focus();
      },
      act: () => page.keyboard.press('ArrowDown'),
      outcome: (before: { value: string }) =>
        document.querySelector<HTMLSelectElement>('#result-matches-order')?.value === 'scoreAscending' &&
        `${document.querySelectorAll('[data-testid="result-match"]').length}:${document.querySelector('.result-match__names')?.textContent ?? ''}` !== before.value &&
        performance.now(),
      get arg() {
        return { value: state.before };
      },
      after: async () => {
        await page.keyboard.press('ArrowUp');
        await page.waitForFunction((before) => `${document.querySelectorAll('[data-testid="result-match"]').length}:${document.querySelector('.result-match__names')?.textContent ?? ''}` === before, state.before);
      },
    };
  });

  // Pairs not locked yet, from the top of the list.
  const unlocked = () => cards(page).filter({ has: button(page, 'matcher.review.action.lock') });
  const namesOf = (card: Locator) => card.locator('.result-match__names').textContent().then((text) => text ?? '');
  await record(page, 'lock a pair (then a held run)', REPEATS, () => {
    const state = { names: '' };
    return {
      before: async () => (state.names = await namesOf(unlocked().first())),
      act: () => button(unlocked().first(), 'matcher.review.action.lock').click(),
      outcome: (names: { value: string }) =>
        [...document.querySelectorAll('[data-testid="result-match"]')].some(
          (card) => card.querySelector('.result-match__names')?.textContent === names.value && card.querySelector('[data-testid="review-lock"]')?.textContent === 'Unlock',
        ) &&
        document.querySelector('[data-testid="review"]')?.getAttribute('aria-busy') !== 'true' &&
        performance.now(),
      get arg() {
        return { value: state.names };
      },
    };
  }, 'outcome: Unlock shown and the held run back (aria-busy gone)');

  await record(page, 'forbid a pair (then a held run)', REPEATS, () => {
    const state = { names: '' };
    return {
      before: async () => (state.names = await namesOf(unlocked().nth(5))),
      act: () => button(unlocked().nth(5), 'matcher.review.action.forbid').click(),
      outcome: (names: { value: string }) =>
        ![...document.querySelectorAll('.result-match__names')].some((element) => element.textContent === names.value) &&
        document.querySelector('[data-testid="review"]')?.getAttribute('aria-busy') !== 'true' &&
        performance.now(),
      get arg() {
        return { value: state.names };
      },
    };
  }, 'outcome: the pair gone and its two people placed anew');

  // Change by hand: open, pick the cheapest candidate, confirm, undo — three times over.
  const open: Sample[] = [];
  const pick: Sample[] = [];
  const confirm: Sample[] = [];
  const undo: Sample[] = [];
  const panel = page.getByTestId('adjust-panel');
  for (let rep = 0; rep < REPEATS; rep++) {
    open.push(await measure(page, () => button(unlocked().nth(rep), 'matcher.review.action.adjust').click(), () => document.querySelector('dialog[data-testid="adjust-panel"][open] [data-testid="adjust-candidate"]') !== null && performance.now(), undefined));
    const candidate = panel.getByTestId('adjust-candidate').filter({ hasNot: page.locator('.adjust-candidate__flag') }).first();
    pick.push(await measure(page, () => candidate.click(), () => document.querySelector('.adjust-candidate--chosen') !== null && document.querySelector('[data-testid="adjust-preview"] .adjust-preview__pick') === null && performance.now(), undefined));
    const accept = panel.getByRole('checkbox', { name: t('matcher.adjust.breakRule') });
    if (await accept.count()) await accept.check();
    confirm.push(
      await measure(
        page,
        () => panel.getByRole('button', { name: new RegExp(`^(${escape(t('matcher.adjust.confirm'))}|${escape(t('matcher.adjust.confirmAnyway'))})$`) }).click(),
        () =>
          document.querySelector('dialog[data-testid="adjust-panel"]') === null &&
          (document.querySelector('[data-testid="matcher-notice"]')?.textContent ?? '').startsWith('Done:') &&
          document.querySelector('[data-testid="review"]')?.getAttribute('aria-busy') !== 'true' &&
          performance.now(),
        undefined,
      ),
    );
    undo.push(
      await measure(
        page,
        () => button(notice(page), 'matcher.adjust.undo').click(),
        () => (document.querySelector('[data-testid="matcher-notice"]')?.textContent ?? '').startsWith('Undone:') && document.querySelector('[data-testid="review"]')?.getAttribute('aria-busy') !== 'true' && performance.now(),
        undefined,
      ),
    );
  }
  rows.push({ action: 'open “Change by hand…”', samples: open, note: 'outcome: the panel open with its candidates' });
  rows.push({ action: 'pick a candidate', samples: pick, note: 'outcome: its cost previewed' });
  rows.push({ action: 'confirm “Make this change” (then a held run)', samples: confirm, note: 'outcome: panel closed, toast, held run back' });
  rows.push({ action: 'undo (toast) (then a held run)', samples: undo, note: 'outcome: toast “Undone”, held run back' });
  console.log('  measured change by hand, pick, confirm, undo');

  await record(page, 're-run “Calculate again”', REPEATS, () => ({
    act: () => button(page, 'matcher.result.rerun').click(),
    outcome: () => {
      const bench = (window as unknown as { bench: PageBench }).bench;
      return bench.seen.has('.result-progress') && document.querySelector('.result-progress') === null && document.querySelector('[data-testid="result-match-list"]') !== null && performance.now();
    },
    arg: undefined,
    watch: ['.result-progress'],
  }), 'outcome: the new result on screen (the run in the worker included)');

  await record(page, 'Compare objectives', REPEATS, (rep) => ({
    act: () => button(page.getByTestId('choose-compare'), rep === 0 ? 'matcher.choose.start' : 'matcher.choose.again').click(),
    outcome: () => {
      const bench = (window as unknown as { bench: PageBench }).bench;
      return bench.seen.has('.choose-compare .choose-progress') && document.querySelector('.choose-compare .choose-progress') === null && document.querySelector('[data-testid="choose-compare-table"]') !== null && performance.now();
    },
    arg: undefined,
    watch: ['.choose-compare .choose-progress'],
  }), 'outcome: the comparison table (two runs in its worker)');

  await record(page, 'Shortlists', REPEATS, (rep) => ({
    act: () => button(page.getByTestId('choose-shortlists'), rep === 0 ? 'matcher.choose.shortlist.start' : 'matcher.choose.shortlist.again').click(),
    outcome: () => {
      const bench = (window as unknown as { bench: PageBench }).bench;
      return bench.seen.has('.choose-shortlists .choose-progress') && document.querySelector('.choose-shortlists .choose-progress') === null && document.querySelector('[data-testid="choose-shortlist-people"]') !== null && performance.now();
    },
    arg: undefined,
    watch: ['.choose-shortlists .choose-progress'],
  }), 'outcome: the shortlists listed (made in their worker)');

  await record(page, 'open step 4 “Tell the pairs”', REPEATS, (rep) => ({
    act: () => stepButton(page, 'tell').click(),
    outcome: () => document.querySelector('.tell-export') !== null && document.querySelector('.tell-template textarea') !== null && document.querySelector('[data-testid="tell-message"]') !== null && performance.now(),
    arg: undefined,
    after: rep < REPEATS - 1 ? async () => {
      await stepButton(page, 'match').click();
      await page.getByTestId('result-match-list').waitFor();
    } : undefined,
  }));

  const template = page.locator('.tell-template textarea').first();
  await template.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nBench ');
  await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('.tell-message__body')?.value.includes('Bench ') ?? false);
  await record(page, 'type in an introduction template (one key)', REPEATS, (rep) => ({
    act: () => page.keyboard.type('abc'[rep]!),
    outcome: (typed: string) => (document.querySelector<HTMLTextAreaElement>('.tell-message__body')?.value.includes(typed) ?? false) && performance.now(),
    arg: `Bench ${'abc'.slice(0, rep + 1)}`,
  }), 'outcome: the first message preview shows the key');

  await record(page, 'export CSV', REPEATS, () => ({
    act: () => button(page.locator('.tell-export'), 'matcher.tell.ui.export.csv').click(),
    outcome: () => {
      const bench = (window as unknown as { bench: PageBench }).bench;
      return bench.seen.has('[data-testid="matcher-notice"]') && (document.querySelector('[data-testid="matcher-notice"]')?.textContent ?? '').includes('downloaded') && performance.now();
    },
    arg: undefined,
    watch: ['[data-testid="matcher-notice"]'],
  }), 'outcome: the file handed to the browser and the toast shown');

  await page.context().close();
}

interface LargeRun {
  clickEventMs: number;
  toResultMs: number;
  workerMs: number | null;
  longTasks: { start: number; duration: number }[];
}

/** The 2 000-person run from the click to the result, with every long task in between. */
async function largeRun(browser: Browser, base: string, folder: string): Promise<LargeRun> {
  const csv = join(folder, 'participants-2000.csv');
  await writeFile(csv, participantsCsv(2000, 31));
  const page = await openProject(browser, base, csv, 2000);
  await stepButton(page, 'match').click();
  const run = button(page, 'matcher.result.run');
  await run.waitFor();
  const sample = await measure(page, () => run.click(), () => document.querySelector('[data-testid="result-match-list"]') !== null && performance.now(), undefined);
  const longTasks = await page.evaluate(() => {
    const bench = (window as unknown as { bench: PageBench }).bench;
    const from = bench.inputAt ?? bench.armedAt;
    return bench.longTasks.filter((task) => task.start + task.duration >= from).map((task) => ({ start: task.start - from, duration: task.duration }));
  });
  await page.context().close();
  return { clickEventMs: sample.eventMs, toResultMs: sample.outcomeMs, workerMs: sample.workerMs, longTasks: longTasks.filter((task) => task.start <= sample.outcomeMs) };
}

buildIfNeeded();
const server = (await startStaticServer({ root: 'dist', port: 0 })) as Server;
const address = server.address();
if (!address || typeof address === 'string') throw new Error('The bench server has no port');
const base = `http://127.0.0.1:${address.port}`;
const loadAtStart = os.loadavg()[0]!;
const folder = await mkdtemp(join(os.tmpdir(), 'matcher-browser-'));
const browser = await launch();
const chromiumVersion = browser.version();
let large: LargeRun;
try {
  console.log('');
  console.log('Matcher workbook in Chromium: 300 participants (150 mentors, 150 mentees), a coordinator’s actions');
  await coordinator(browser, base, folder);
  large = await largeRun(browser, base, folder);
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}

const ms = (value: number) => (value < 16 ? '< 16' : value.toFixed(0));
const header = ['action', 'n', 'worst event ms', 'its type (handlers ms)', 'to outcome ms', 'posted→answer ms', 'budget', 'event/budget', 'outcome/budget', 'longest task ms', 'meets', 'note'];
const table = rows.map(({ action, samples, note }) => {
  const middle = [...samples].sort((a, b) => a.eventMs - b.eventMs)[Math.floor(samples.length / 2)]!;
  const event = middle.eventMs;
  const outcome = median(samples.map((sample) => sample.outcomeMs));
  const task = median(samples.map((sample) => sample.longTaskMs));
  const worker = samples.flatMap((sample) => (sample.workerMs === null ? [] : [sample.workerMs]));
  return [
    action,
    String(samples.length),
    event === 0 ? '< 16' : event.toFixed(0),
    event === 0 ? '—' : `${middle.worst} (${middle.handlersMs.toFixed(0)})`,
    outcome.toFixed(0),
    worker.length === 0 ? '—' : median(worker).toFixed(0),
    `${BUDGET_MS} ms`,
    (event / BUDGET_MS).toFixed(2),
    (outcome / BUDGET_MS).toFixed(2),
    task === 0 ? '—' : task.toFixed(0),
    event <= BUDGET_MS && outcome <= BUDGET_MS ? 'yes' : event <= BUDGET_MS ? 'event yes, outcome NO' : 'NO',
    note,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
console.log('');
console.log(`Chromium ${chromiumVersion}, ${os.cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at end (other processes on the machine inflate every figure).`);
console.log('worst event = the longest Event Timing entry of the interaction (input delay + handlers + next paint; entries under 16 ms are not reported, duration rounded to 8 ms),');
console.log('  with its type and the time in all the interaction\'s handlers (a pointerdown spans the click that follows it: Playwright presses and releases within one frame);');
console.log('to outcome = first input event to the first frame that shows the result of the action; posted→answer = the part from the first job posted to a worker to its answer handled on the page (the page thread being busy meanwhile counts too). Medians of n.');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of table) console.log(line(row));
const tasks = large!.longTasks;
const longest = Math.max(0, ...tasks.map((task) => task.duration));
console.log('');
console.log(`2 000-person run (1 000 mentors, 1 000 mentees), click to result on screen: ${large!.toResultMs.toFixed(0)} ms (of it from the job posted to the result received: ${large!.workerMs === null ? '—' : large!.workerMs.toFixed(0)} ms); the click's worst event ${ms(large!.clickEventMs)} ms`);
console.log(`  long tasks (≥ 50 ms) on the page's thread meanwhile: ${tasks.length}, longest ${longest.toFixed(0)} ms (${(longest / BUDGET_MS).toFixed(2)} of the budget), ${tasks.reduce((sum, task) => sum + task.duration, 0).toFixed(0)} ms in all`);
if (tasks.length > 0) console.log(`  at (ms after the click): ${tasks.map((task) => `${task.start.toFixed(0)}+${task.duration.toFixed(0)}`).join(', ')}`);

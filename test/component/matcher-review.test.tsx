import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { Announce } from '../../src/islands/ui/announce.ts';
import { renderRunStep } from './support/run-step.tsx';

// The review list of step 3: approve (one and all) with undo, filters with counts, lock and
// forbid (each followed by a run that holds the other matches in place), the table view, and
// what changed since the last run.

const HEADERS = ['Personeelsnummer', 'Naam', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen'];
const ROWS = [
  ['1001', 'Anna de Wit', 'mentor', 'Nederlands', 'Excel, SQL', ''],
  ['1002', 'Bram Peters', 'mentee', 'Nederlands', '', 'Excel'],
  ['1003', 'Carla Smit', 'mentor', 'Nederlands', 'Coaching', ''],
  ['1004', 'Daan Vos', 'mentee', 'Nederlands', '', 'Coaching'],
  ['1005', 'Emma Jansen', 'mentor', 'Nederlands', 'Python', ''],
  ['1006', 'Fleur Mulder', 'mentee', 'Nederlands', '', 'Python, SQL'],
  ['1007', 'Gijs Bakker', 'mentor', 'Nederlands', 'Plannen', ''],
  ['1008', 'Hugo de Boer', 'mentee', 'Nederlands', '', 'Budget'],
  ['1009', 'Ivo Kok', 'mentee', 'Frans', '', 'Excel'],
];

interface Toast {
  text: string;
  undo: (() => void) | null;
}

async function renderReview(locale: Locale) {
  const toasts: Toast[] = [];
  const announce: Announce = (text, extra = {}) => toasts.push({ text, undo: extra.action?.run ?? null });
  const step = await renderRunStep(locale, HEADERS, ROWS, { announce });
  fireEvent.click(screen.getByRole('button', { name: locale === 'nl' ? 'Koppelingen berekenen' : 'Calculate matches' }));
  await screen.findByRole('progressbar');
  step.latestWorker().deliverAll();
  await waitFor(() => expect(matchItems()).toHaveLength(4));
  await actionsReady();
  /** Lets the run a decision started finish: the list is busy until then. */
  const settle = () =>
    waitFor(() => {
      step.latestWorker().deliverAll();
      expect(step.runs.runStateOf(step.stored().id).kind).toBe('done');
      expect(review().getAttribute('aria-busy')).toBeNull();
    }).then(actionsReady);
  return { ...step, toasts, settle };
}

/** The run is stored and is the project's: the actions can be used. */
const actionsReady = () => waitFor(() => expect(screen.getAllByTestId('review-approve').every((button) => !button.hasAttribute('aria-disabled'))).toBe(true));
const review = () => screen.getByTestId('review');
const matchItems = () => screen.queryAllByTestId('result-match');
const names = (item: HTMLElement) => within(item).getByRole('heading', { level: 4 }).textContent;
const matchOf = (name: string) => matchItems().find((item) => names(item)!.includes(name))!;
const approvedCount = () => screen.getByTestId('review-approved-count').textContent;
const chips = (item: HTMLElement) => within(item).getAllByRole('listitem').filter((li) => li.classList.contains('review-chip')).map((li) => li.textContent);

describe('the review list', () => {
  it('approves one match: its status and the count change, and Undo in the toast restores both', async () => {
    const { toasts, stored } = await renderReview('nl');
    expect(approvedCount()).toBe('0 van 4 goedgekeurd');
    const anna = matchOf('Anna de Wit');
    expect(chips(anna)).toEqual(['Voorstel']);
    screen.getByLabelText('Nog niet goedgekeurd (4)');

    fireEvent.click(within(anna).getByRole('button', { name: 'Goedkeuren' }));
    await waitFor(() => expect(approvedCount()).toBe('1 van 4 goedgekeurd'));
    expect(chips(matchOf('Anna de Wit'))).toEqual(['Goedgekeurd']);
    within(matchOf('Anna de Wit')).getByRole('button', { name: 'Goedkeuring intrekken' });
    screen.getByLabelText('Nog niet goedgekeurd (3)');
    expect(stored().review.approved).toHaveLength(1);
    // The actions are a group named by the match, so "Goedkeuren" is never ambiguous to a screen reader.
    expect(within(matchOf('Anna de Wit')).getByRole('group', { name: names(matchOf('Anna de Wit'))! })).toBeTruthy();

    const toast = toasts.at(-1)!;
    expect(toast.text).toMatch(/^Anna de Wit en .+ goedgekeurd\.$/);
    toast.undo!();
    await waitFor(() => expect(approvedCount()).toBe('0 van 4 goedgekeurd'));
    expect(chips(matchOf('Anna de Wit'))).toEqual(['Voorstel']);
    expect(stored().review.approved).toEqual([]);
  });

  it('ignores the second click of a double click: a double click approves once and stays approved', async () => {
    const { stored } = await renderReview('en');
    const button = within(matchOf('Anna de Wit')).getByRole('button', { name: 'Approve' });
    fireEvent.click(button, { detail: 1 });
    await waitFor(() => expect(approvedCount()).toBe('1 of 4 approved'));
    fireEvent.click(within(matchOf('Anna de Wit')).getByRole('button', { name: 'Undo approval' }), { detail: 2 });
    expect(stored().review.approved).toHaveLength(1);
    expect(approvedCount()).toBe('1 of 4 approved');
    // A later single click still withdraws.
    fireEvent.click(within(matchOf('Anna de Wit')).getByRole('button', { name: 'Undo approval' }), { detail: 1 });
    await waitFor(() => expect(approvedCount()).toBe('0 of 4 approved'));
  });

  it('approves all at once, and Undo takes back only those it approved', async () => {
    const { toasts } = await renderReview('en');
    fireEvent.click(within(matchOf('Carla Smit')).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(approvedCount()).toBe('1 of 4 approved'));
    fireEvent.click(screen.getByTestId('review-approve-all'));
    await waitFor(() => expect(approvedCount()).toBe('4 of 4 approved'));
    expect(toasts.at(-1)!.text).toBe('3 matches approved.');
    expect(screen.getByTestId('review-approve-all').getAttribute('aria-disabled')).toBe('true');
    toasts.at(-1)!.undo!();
    await waitFor(() => expect(approvedCount()).toBe('1 of 4 approved'));
    expect(chips(matchOf('Carla Smit'))).toEqual(['Approved']);
  });

  it('counts every filter, and each keeps what it says', async () => {
    await renderReview('en');
    const low = matchItems().filter((item) => Number(/Score ([\d.]+) out of 100/.exec(item.textContent ?? '')![1]) < 50).length;
    for (const label of ['All matches (4)', `Low scores (${low})`, 'Not matched (1)', 'Locked (0)', 'Changed by hand (0)', 'Not yet approved (4)']) screen.getByLabelText(label);

    fireEvent.click(screen.getByLabelText(`Low scores (${low})`));
    await waitFor(() => expect(matchItems()).toHaveLength(low));
    fireEvent.click(screen.getByLabelText('Not matched (1)'));
    await waitFor(() => expect(matchItems()).toHaveLength(0));
    within(screen.getByTestId('result-unmatched-list')).getByText('Ivo Kok');
    fireEvent.click(screen.getByLabelText('Locked (0)'));
    await screen.findByText('No matches fit this filter.');
  });

  it('locks a pair: the chip shows at once, the list is busy (not gone) while the rest is held in place, and Undo unlocks', async () => {
    const { toasts, stored, settle } = await renderReview('en');
    const before = matchItems().map(names);
    fireEvent.click(within(matchOf('Emma Jansen')).getByRole('button', { name: 'Lock' }));

    await waitFor(() => expect(chips(matchOf('Emma Jansen'))).toEqual(['Proposed', 'Locked']));
    expect(review().getAttribute('aria-busy')).toBe('true');
    screen.getByTestId('review-busy');
    // Still the same matches with their reasons while the run goes; every action waits.
    expect(matchItems().map(names)).toEqual(before);
    expect(screen.queryByText(/explanation per criterion appears/)).toBeNull();
    const approveButton = within(matchOf('Anna de Wit')).getByRole('button', { name: 'Approve' });
    expect(approveButton.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(approveButton);
    expect(stored().review.approved).toEqual([]);
    expect(screen.queryByRole('progressbar')).toBeNull();

    await settle();
    expect(matchItems().map(names)).toEqual(before);
    within(matchOf('Emma Jansen')).getByRole('button', { name: 'Unlock' });
    // Only the coordinator's lock counts, not the pairs the run held in place.
    screen.getByLabelText('Locked (1)');
    // A lock is not a change by hand: the counts follow the chips.
    screen.getByLabelText('Changed by hand (0)');
    expect(stored().review.locked).toHaveLength(1);
    expect(stored().runs).toHaveLength(2);
    expect(within(screen.getByTestId('review-diff')).getByText('The same matches as last time.')).toBeTruthy();

    expect(toasts.at(-1)!.text).toMatch(/^Emma Jansen and .+ are locked/);
    toasts.at(-1)!.undo!();
    await settle();
    expect(stored().review.locked).toEqual([]);
    expect(chips(matchOf('Emma Jansen'))).toEqual(['Proposed']);
    screen.getByLabelText('Locked (0)');
  });

  it('after a lock, the unmatched are not told the places are taken by pairs locked by hand when the run only held them in place', async () => {
    const rows = [
      ['1', 'Anna de Wit', 'mentor', 'Nederlands', 'Excel', ''],
      ['2', 'Bram Peters', 'mentee', 'Nederlands', '', 'Excel'],
      ['3', 'Carla Smit', 'mentor', 'Nederlands', 'Coaching', ''],
      ['4', 'Daan Vos', 'mentee', 'Nederlands', '', 'Coaching'],
      ['5', 'Eva Kok', 'mentee', 'Nederlands', '', 'Budget'],
    ];
    const step = await renderRunStep('en', HEADERS, rows, { announce: () => {} });
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    step.latestWorker().deliverAll();
    await waitFor(() => expect(matchItems()).toHaveLength(2));
    await actionsReady();
    fireEvent.click(within(matchOf('Anna de Wit')).getByRole('button', { name: 'Lock' }));
    await waitFor(() => {
      step.latestWorker().deliverAll();
      expect(step.runs.runStateOf(step.stored().id).kind).toBe('done');
      expect(review().getAttribute('aria-busy')).toBeNull();
    });
    const eva = within(screen.getByTestId('result-unmatched-list')).getByText('Eva Kok').closest('li')!;
    // Carla's pair is only held in place by the run after the lock, not locked by the coordinator.
    expect(eva.textContent).not.toContain('locked by hand');
    expect(eva.textContent).toContain('Calculate again');
  });

  it('forbids a pair: the two are placed anew, every other match stays, and the change since the last run says so', async () => {
    const { toasts, stored, settle } = await renderReview('en');
    const anna = matchOf('Anna de Wit');
    const pair = names(anna)!;
    const others = matchItems().map(names).filter((name) => name !== pair);
    fireEvent.click(within(anna).getByRole('button', { name: 'Forbid this pair' }));
    await settle();

    expect(stored().review.forbidden).toHaveLength(1);
    const after = matchItems().map(names);
    expect(after).not.toContain(pair);
    for (const name of others) expect(after).toContain(name);
    const diff = screen.getByTestId('review-diff');
    expect(diff.textContent).toContain('1 match ended');
    within(screen.getByTestId('review-diff-ended')).getByText(new RegExp(`^${pair.replace(' (mentor)', '').replace(' · ', ' and ')}: score`));
    expect(toasts.at(-1)!.text).toMatch(/will never be matched with each other again/);
  });

  it('keeps the focus in the list when the card whose button had it is gone after the run', async () => {
    const { settle } = await renderReview('en');
    const forbid = within(matchOf('Anna de Wit')).getByRole('button', { name: 'Forbid this pair' });
    forbid.focus();
    fireEvent.click(forbid);
    await settle();
    expect(forbid.isConnected).toBe(false);
    await waitFor(() => expect(review().contains(document.activeElement)).toBe(true));
    // The same button of the match now in that place.
    expect(document.activeElement!.getAttribute('data-testid')).toBe('review-forbid');
  });

  it('shows the same matches as a table, sortable by score both ways', async () => {
    await renderReview('nl');
    const listed = matchItems().map(names);
    fireEvent.click(screen.getByLabelText('Tabel'));
    const table = await screen.findByRole('table', { name: 'Koppelingen in het kort' });
    // At 390 px the table scrolls in its wrapper: a named region the keyboard can reach, with a hint.
    const region = screen.getByRole('region', { name: 'Koppelingen in het kort' });
    expect(region.tabIndex).toBe(0);
    expect(region.contains(table)).toBe(true);
    expect(screen.getByText(/schuif hem dan opzij/).id).toBe(region.getAttribute('aria-describedby'));
    const rows = () => within(table).getAllByTestId('review-row');
    expect(rows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(listed);
    // Each criterion as a chip with its points in words, and the status in words.
    expect(rows()[0]!.textContent).toMatch(/: [\d,]+ van [\d,]+/);
    within(rows()[0]!).getByText('Voorstel');
    const header = within(table).getByRole('columnheader', { name: /Score, hoogste eerst/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: /Score, laagste eerst/ }).getAttribute('aria-sort')).toBe('ascending'));
    const scores = () => rows().map((row) => Number(row.querySelector('.review-table__score')!.textContent!.replace(',', '.')));
    expect(scores()).toEqual([...scores()].sort((a, b) => a - b));
    expect(new Set(rows().map((row) => within(row).getByRole('rowheader').textContent))).toEqual(new Set(listed));

    fireEvent.click(within(rows()[0]!).getByRole('button', { name: 'Goedkeuren' }));
    await waitFor(() => expect(approvedCount()).toBe('1 van 4 goedgekeurd'));
    within(rows()[0]!).getByText('Goedgekeurd');
  });

  it('a decision draws again only the match it changed, not every card, and the run step not on each progress report', async () => {
    const { settle, latestWorker } = await renderReview('en');
    const drawn = new Map<string, number>();
    const previous = options.diffed;
    // Counts the renders of each component by name (a memoised component skipped is not diffed).
    options.diffed = (vnode: VNode) => {
      const name = typeof vnode.type === 'function' ? vnode.type.name : null;
      if (name) drawn.set(name, (drawn.get(name) ?? 0) + 1);
      previous?.(vnode);
    };
    try {
      // A macrotask yield (not a timed wait) lets Preact's debounced render run after each event.
      const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));
      fireEvent.click(within(matchOf('Emma Jansen')).getByRole('button', { name: 'Lock' }));
      await rendered();
      // Each of the run's reports on its own, as the worker sends them, each followed by its renders.
      while (latestWorker().pending > 0) {
        latestWorker().deliver(1);
        await rendered();
      }
      await settle();
    } finally {
      if (previous) options.diffed = previous;
      else delete options.diffed;
    }
    // Emma's card changes (its chip, its button); the three others stay as they were (before: 28 card renders, 7 of the step).
    expect(drawn.get('MatchCard') ?? 0).toBeLessThanOrEqual(2);
    expect(drawn.get('RunStep') ?? 0).toBeLessThanOrEqual(4);
  });
});

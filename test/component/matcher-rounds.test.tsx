// The rounds panel of step 4: closing a round into the history (and Undo), a pair that broke up
// (exit recorded, pair forbidden, Undo), the repeats switch; and the peers trio option of step 2.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { MatchingProject } from '../../src/lib/matcher/model.ts';
import type { ToastMessage } from '../../src/islands/ui/Toast.tsx';
import { mockMatchingWorker } from './support/run-step.tsx';

const HEADERS = ['Personeelsnummer', 'Naam', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen'];
const ROWS = [
  ['1001', 'Anna de Wit', 'mentor', 'Nederlands', 'Excel', ''],
  ['1002', 'Bram Peters', 'mentee', 'Nederlands', '', 'Excel'],
  ['1003', 'Carla Smit', 'mentor', 'Nederlands', 'Coaching', ''],
  ['1004', 'Daan Vos', 'mentee', 'Nederlands', '', 'Coaching'],
  ['1005', 'Eva Bos', 'mentee', 'Nederlands', '', 'Plannen'],
];

type Toast = Partial<ToastMessage> & { text: string };

/**
 * A fresh store on the fake IndexedDB and fake workers, a project with the list above, its
 * matching run and every match approved; then the panel, re-rendered on every change as step 4 does.
 */
interface Setup {
  readonly headers?: readonly string[];
  readonly rows?: readonly (readonly string[])[];
  /** Which matches of the first run to approve; default all. */
  readonly approve?: (ids: readonly string[]) => boolean;
}

async function renderPanel(locale: Locale, setup: Setup = {}) {
  const headers = [...(setup.headers ?? HEADERS)];
  const rows = (setup.rows ?? ROWS).map((row) => [...row]);
  vi.resetModules();
  const { workers } = mockMatchingWorker();
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const runs = await import('../../src/stores/matcher-run.ts');
  const review = await import('../../src/stores/matcher-review.ts');
  const { findProject } = await import('../../src/lib/matcher/model.ts');
  const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
  const { RoundsPanel } = await import('../../src/islands/matcher/rounds/RoundsPanel.tsx');
  const { AnnounceContext } = await import('../../src/islands/ui/announce.ts');
  const toasts: Toast[] = [];
  const announce = (text: string, extra: Partial<ToastMessage> = {}) => void toasts.push({ text, ...extra });
  let id = '';
  function Step() {
    const state = useStore(store.matcherDocument.$state);
    const project = findProject(state.data, id);
    return project ? (
      <AnnounceContext.Provider value={announce}>
        <RoundsPanel locale={locale} project={project} />
      </AnnounceContext.Provider>
    ) : (
      <p>no project</p>
    );
  }
  const view = render(<Step />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const project = store.createProject('Voorjaar 2026', 'careerMentoring')!;
  store.importIntoProject(project.id, {
    headers,
    rows,
    mapping: suggestMapping(headers, rows),
    source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null },
  });
  id = project.id;
  const stored = (): MatchingProject => store.currentProject(id)!;
  const runNow = async () => {
    const before = stored().runs.length;
    runs.startRun(id);
    workers.at(-1)!.deliverAll();
    await waitFor(() => expect(stored().runs.length).toBe(before + 1));
  };
  await runNow();
  const toApprove = stored().runs.at(-1)!.matches.map((match) => match.ids).filter(setup.approve ?? (() => true));
  if (toApprove.length > 0) review.approve(id, toApprove);
  view.rerender(<Step />);
  await screen.findByRole('heading', { name: locale === 'nl' ? 'Rondes' : 'Rounds' });
  return { stored, toasts, runNow, runs, workers };
}

const lastToast = (toasts: readonly Toast[]) => toasts.at(-1)!;
const pairsOf = (project: MatchingProject) => project.runs.at(-1)!.matches.map((match) => [...match.ids].sort().join('+')).sort();

describe('the rounds panel', () => {
  it('closes a round after confirming: the history shows it with its pairs and who was left out; Undo reopens it', async () => {
    const { stored, toasts, runNow } = await renderPanel('en');
    expect(stored().runs.at(-1)!.matches).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Round 1' })).toBeTruthy();
    expect(screen.getByTestId('rounds-approved').textContent).toBe('2 of the 2 matches are approved.');
    screen.getByText('No round closed yet.');

    // What closing does is said before it is done; Cancel leaves everything as it was.
    fireEvent.click(screen.getByRole('button', { name: 'Close this round' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Close round 1?' });
    expect(dialog.textContent).toContain('The 2 approved pairs go into this programme’s history.');
    expect(dialog.textContent).toContain('not put together again');
    expect(dialog.textContent).toContain('1 participant has no approved match and comes first in the next round.');
    expect(dialog.textContent).toContain('Forbidden pairs stay forbidden.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(stored().rounds).toHaveLength(0);

    const firstPairs = pairsOf(stored());
    fireEvent.click(screen.getByRole('button', { name: 'Close this round' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Close the round' }));

    await waitFor(() => expect(stored().rounds).toHaveLength(1));
    expect(stored().runs).toEqual([]);
    expect(lastToast(toasts).text).toBe('Round 1 is closed. You can now calculate the next round.');
    const history = await screen.findByTestId('rounds-history');
    const closed = history.querySelector<HTMLElement>('[data-round="1"]')!;
    within(closed).getByRole('heading', { name: 'Round 1' });
    within(closed).getByText('2 approved pairs');
    within(closed).getByText('1 participant had no approved match: Eva Bos');
    within(closed).getByText(/^Closed on /);
    // The next round is round 2, with nothing to close yet.
    screen.getByRole('heading', { name: 'Round 2' });
    const close = screen.getByRole('button', { name: 'Close this round' }) as HTMLButtonElement;
    expect(close.disabled).toBe(true);
    expect(document.getElementById(close.getAttribute('aria-describedby')!)!.textContent).toMatch(/^You can close the round once/);
    expect(document.activeElement?.textContent).toBe('Closed rounds');

    // Undo gives the round back exactly as it was.
    lastToast(toasts).action!.run();
    await waitFor(() => expect(stored().rounds).toHaveLength(0));
    expect(pairsOf(stored())).toEqual(firstPairs);
    expect(lastToast(toasts).text).toBe('Round 1 is open again.');
    await screen.findByText('No round closed yet.');
    screen.getByRole('heading', { name: 'Round 1' });

    // Closed again, the next run repeats no pair of the first round and places Eva first.
    fireEvent.click(screen.getByRole('button', { name: 'Close this round' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Close the round' }));
    await waitFor(() => expect(stored().rounds).toHaveLength(1));
    await runNow();
    for (const pair of pairsOf(stored())) expect(firstPairs).not.toContain(pair);
    expect(stored().runs.at(-1)!.matches.some((match) => match.ids.includes('1005'))).toBe(true);
  });

  it('records a pair that broke up: the exit with its reason, the pair forbidden, a new partner; Undo takes it back', async () => {
    const { stored, toasts, runs, workers } = await renderPanel('en');
    const before = stored().review;
    // As after a reload: the stored run has no details in memory; the panel gets them back itself.
    runs.$runs.set({});
    await screen.findByText('Getting the details of the last calculation…');
    workers.at(-1)!.deliverAll();
    // Anna (1001) teaches Bram (1002) Excel; Eva (1005) is left without a match.
    expect(pairsOf(stored())).toContain('1001+1002');

    await screen.findByRole('combobox', { name: 'Pair' });
    // Nothing chosen: the form says what is missing and does nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Record the break-up' }));
    screen.getByText('Choose the pair that stopped first.');
    expect(stored().review).toBe(before);

    const pair = screen.getByRole('combobox', { name: 'Pair' }) as HTMLSelectElement;
    const option = [...pair.options].find((candidate) => candidate.textContent === 'Anna de Wit and Bram Peters')!;
    fireEvent.change(pair, { target: { value: option.value } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Why did it stop?' }), { target: { value: 'schedule' } });
    const who = screen.getByRole('group', { name: 'Who wants a new partner?' });
    fireEvent.click(within(who).getByRole('radio', { name: 'Only Anna de Wit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record the break-up' }));

    await waitFor(() => expect(stored().review.exits).toHaveLength(1));
    const review = stored().review;
    expect(review.exits![0]).toEqual({ pair: ['1001', '1002'], reason: 'schedule', rematched: ['1001'] });
    expect(review.forbidden).toContainEqual(['1001', '1002']);
    expect(pairsOf(stored())).toContain('1001+1005');
    expect(lastToast(toasts).text).toBe('Anna de Wit and Bram Peters have stopped.');

    const changes = screen.getByTestId('rounds-breakup-changes');
    expect(changes.textContent).toContain('Anna de Wit is now matched with Eva Bos');
    expect(changes.textContent).toContain('Bram Peters did not want a new partner and stays without a match.');
    const exits = await screen.findByTestId('rounds-exits');
    expect(exits.textContent).toContain('Anna de Wit and Bram Peters: Their diaries didn’t fit');
    expect(exits.textContent).toContain('New partner asked for Anna de Wit');

    // Undo: the exit and the forbid are gone again.
    lastToast(toasts).action!.run();
    await waitFor(() => expect(stored().review.exits ?? []).toHaveLength(0));
    expect(stored().review.forbidden).toEqual(before.forbidden);
    expect(lastToast(toasts).text).toBe('Anna de Wit and Bram Peters are a pair again.');
    await screen.findByText('No pair has stopped in this round yet.');
  });

  it('after a break-up, the confirmation and the history count the same: approved pairs, pairs that broke up, people without an approved match', async () => {
    const { stored } = await renderPanel('en');
    const pair = (await screen.findByRole('combobox', { name: 'Pair' })) as HTMLSelectElement;
    const option = [...pair.options].find((candidate) => candidate.textContent === 'Anna de Wit and Bram Peters')!;
    fireEvent.change(pair, { target: { value: option.value } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Who wants a new partner?' })).getByRole('radio', { name: 'Only Anna de Wit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record the break-up' }));
    await waitFor(() => expect(stored().review.exits).toHaveLength(1));
    await screen.findByTestId('rounds-exits');

    fireEvent.click(screen.getByRole('button', { name: 'Close this round' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Close round 1?' });
    // Anna's new match with Eva is proposed, not approved: the three of them go first next round.
    expect(dialog.textContent).toContain('The approved pair goes into this programme’s history. So does the pair that broke up in this round.');
    expect(dialog.textContent).toContain('3 participants have no approved match; they come first in the next round.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close the round' }));
    await waitFor(() => expect(stored().rounds).toHaveLength(1));
    const closed = (await screen.findByTestId('rounds-history')).querySelector<HTMLElement>('[data-round="1"]')!;
    within(closed).getByText('1 approved pair');
    within(closed).getByText('1 pair broke up');
    within(closed).getByText('3 participants had no approved match: Anna de Wit, Bram Peters and Eva Bos');
  });

  it('offers only approved matches to break up, and says so when none is', async () => {
    const { stored } = await renderPanel('en', { approve: (ids) => ids.includes('1001') });
    expect(stored().review.approved).toHaveLength(1);
    const pair = (await screen.findByRole('combobox', { name: 'Pair' })) as HTMLSelectElement;
    expect([...pair.options].slice(1).map((option) => option.textContent)).toEqual(['Anna de Wit and Bram Peters']);
    cleanup();
    await renderPanel('nl', { approve: () => false });
    expect((await screen.findByTestId('rounds-breakup-none')).textContent).toMatch(/^Er is nog geen koppel van twee personen goedgekeurd\./);
    expect(screen.queryByRole('combobox', { name: 'Koppel' })).toBeNull();
  });

  it('says a mentor who asked for no new partner keeps her other mentee', async () => {
    const rows = [
      ['1001', 'Anna de Wit', 'mentor', 'Nederlands', 'Excel', '', '2'],
      ['1002', 'Bram Peters', 'mentee', 'Nederlands', '', 'Excel', ''],
      ['1005', 'Eva Bos', 'mentee', 'Nederlands', '', 'Excel', ''],
    ];
    const { stored } = await renderPanel('en', { headers: [...HEADERS, 'Capaciteit'], rows });
    expect(pairsOf(stored())).toEqual(['1001+1002', '1001+1005']);
    const pair = (await screen.findByRole('combobox', { name: 'Pair' })) as HTMLSelectElement;
    const option = [...pair.options].find((candidate) => candidate.textContent === 'Anna de Wit and Bram Peters')!;
    fireEvent.change(pair, { target: { value: option.value } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Who wants a new partner?' })).getByRole('radio', { name: 'Only Bram Peters' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record the break-up' }));
    const changes = await screen.findByTestId('rounds-breakup-changes');
    expect(changes.textContent).toContain('Anna de Wit did not want a new partner and stays matched with Eva Bos.');
    expect(changes.textContent).not.toContain('Anna de Wit did not want a new partner and stays without a match');
  });

  it('switches repeats of earlier pairs on and off, in Dutch', async () => {
    const { stored, toasts } = await renderPanel('nl');
    const toggle = screen.getByRole('checkbox', { name: 'Eerdere koppels mogen elkaar opnieuw treffen' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect(stored().allowRepeats).toBe(true));
    expect(lastToast(toasts).text).toBe('Eerdere koppels mogen elkaar nu opnieuw treffen.');
    fireEvent.click(toggle);
    await waitFor(() => expect(stored().allowRepeats).toBe(false));
    screen.getByRole('heading', { name: 'Ronde 1' });
    screen.getByRole('button', { name: 'Deze ronde afsluiten' });
  });
});

describe('peers with an odd headcount', () => {
  it('with the trio option on (the default for peers) makes one trio and leaves nobody alone', async () => {
    vi.resetModules();
    await import('../../src/lib/i18n/all.ts');
    const { useStore } = await import('@nanostores/preact');
    const store = await import('../../src/stores/matcher.ts');
    const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
    const { matchingInput } = await import('../../src/lib/matcher/input.ts');
    const { runMatching } = await import('../../src/lib/matching/engine.ts');
    const { ModeSection } = await import('../../src/islands/matcher/setup/ModeSection.tsx');
    let id = '';
    function Step() {
      const state = useStore(store.matcherDocument.$state);
      const project = state.data.projects.find((candidate) => candidate.id === id);
      return project ? <ModeSection locale="en" project={project} /> : <p>no project</p>;
    }
    const view = render(<Step />);
    await waitFor(() => expect(store.matcherDocument.$state.get().phase).toBe('ready'));
    const created = store.createProject('Peers', 'careerMentoring')!;
    store.importIntoProject(created.id, { headers: HEADERS, rows: ROWS, mapping: suggestMapping(HEADERS, ROWS), source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null } });
    id = created.id;
    view.rerender(<Step />);

    fireEvent.click(await screen.findByRole('radio', { name: /^Peer pairs/ }));
    const trio = (await screen.findByRole('checkbox', { name: 'One trio instead of leaving someone alone' })) as HTMLInputElement;
    expect(trio.checked).toBe(true);
    const solve = () => {
      const project = store.currentProject(id)!;
      return runMatching(matchingInput(project, store.participantsOf(project).participants));
    };
    const withTrio = solve();
    expect(store.currentProject(id)!.mode).toEqual({ kind: 'peers', allowTrio: true });
    expect(withTrio.matches.map((match) => match.ids.length).sort()).toEqual([2, 3]);
    expect(withTrio.unmatched).toEqual([]);

    // Switched off, the fifth person is left alone: the option is what placed them.
    fireEvent.click(trio);
    await waitFor(() => expect(store.currentProject(id)!.mode).toEqual({ kind: 'peers', allowTrio: false }));
    const without = solve();
    expect(without.matches.map((match) => match.ids.length)).toEqual([2, 2]);
    expect(without.unmatched).toHaveLength(1);
  });
});

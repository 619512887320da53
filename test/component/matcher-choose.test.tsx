import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { fakeMatchingClient, type FakeWorker } from './support/run-step.tsx';

const HEADERS = ['Personeelsnummer', 'Naam', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen', 'Voorkeur'];
const ROWS = [
  ['1001', 'Anna de Wit', 'mentor', 'Nederlands', 'Excel', '', ''],
  ['1002', 'Bram Peters', 'mentee', 'Nederlands', '', 'Excel', ''],
  ['1003', 'Carla Smit', 'mentor', 'Nederlands', 'Coaching', '', ''],
  ['1004', 'Daan Vos', 'mentee', 'Nederlands', '', 'Coaching', ''],
  ['1005', '=SUM(A1)', 'mentee', 'Nederlands', '', 'Excel, Coaching', ''],
];

/** Fake workers for the project's run and for each of the choose clients, told apart by who made them. */
function fakeClients() {
  const made: Record<'main' | 'compare' | 'shortlist', FakeWorker[]> = { main: [], compare: [], shortlist: [] };
  const client = (purpose: keyof typeof made) => fakeMatchingClient(made[purpose]);
  return { made, main: client('main'), compare: client('compare'), shortlist: client('shortlist') };
}

async function renderChoose(locale: Locale, rows: readonly (readonly string[])[] = ROWS) {
  vi.resetModules();
  const clients = fakeClients();
  vi.doMock('../../src/stores/matching-worker.ts', () => ({ matchingClient: () => clients.main }));
  vi.doMock('../../src/stores/matcher-choose-worker.ts', () => ({ comparisonClient: () => clients.compare, shortlistClient: () => clients.shortlist }));
  const downloads: { fileName: string; contents: string; type: string }[] = [];
  vi.doMock('../../src/islands/ui/download.ts', () => ({
    downloadFile: (fileName: string, contents: string, type: string) => downloads.push({ fileName, contents, type }),
  }));
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const runs = await import('../../src/stores/matcher-run.ts');
  const { findProject } = await import('../../src/lib/matcher/model.ts');
  const { nameLookup } = await import('../../src/lib/matcher/result-view.ts');
  const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
  const { ComparePanel } = await import('../../src/islands/matcher/choose/ComparePanel.tsx');
  const { ShortlistPanel } = await import('../../src/islands/matcher/choose/ShortlistPanel.tsx');
  const { AnnounceContext } = await import('../../src/islands/ui/announce.ts');
  const { Toast, useToast } = await import('../../src/islands/ui/Toast.tsx');
  let id = '';
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    const runStates = useStore(runs.$runs);
    const { toast, announce, dismiss } = useToast();
    const project = findProject(state.data, id);
    if (!project) return <p>no project</p>;
    const { input } = runs.projectInput(project);
    // As the run step: the last result in memory stays shown (marked out of date) after the data changes.
    const runState = runStates[project.id];
    const result = runState?.kind === 'done' ? runState.result : null;
    const names = nameLookup(store.participantsOf(project).participants);
    return (
      <AnnounceContext.Provider value={announce}>
        {result ? <ComparePanel locale={locale} project={project} result={result} input={input} /> : <p>no result</p>}
        <ShortlistPanel locale={locale} project={project} input={input} names={names} />
        <Toast toast={toast} onDismiss={dismiss} dismissLabel="close" />
      </AnnounceContext.Provider>
    );
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const project = store.createProject('Voorjaar 2026', 'careerMentoring')!;
  store.importIntoProject(project.id, {
    headers: [...HEADERS],
    rows,
    mapping: suggestMapping([...HEADERS], rows),
    source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null },
  });
  id = project.id;
  view.rerender(<Workbook />);
  const stored = () => store.currentProject(id)!;
  const mainRun = async () => {
    act(() => runs.startRun(id));
    clients.made.main.at(-1)!.deliverAll();
    await waitFor(() => expect(runs.runStateOf(id).kind).toBe('done'));
  };
  return { view, store, runs, stored, clients, downloads, mainRun };
}

/** Delivers the comparison worker's answers run by run until the table is there. */
async function finishComparison(worker: () => FakeWorker, runs: number) {
  for (let run = 0; run < runs; run++) {
    await waitFor(() => expect(worker().pending).toBeGreaterThan(0));
    act(() => worker().deliverAll());
  }
  return screen.findByTestId('choose-compare-table');
}

const row = (objective: string) => screen.getAllByTestId('choose-compare-row').find((tr) => tr.getAttribute('data-objective') === objective)!;

describe('compare objectives', () => {
  it('runs each objective on request in its own worker, shows them side by side, and picks one with Undo', async () => {
    const { stored, runs, clients, mainRun, store } = await renderChoose('nl');
    await mainRun();
    const mainState = runs.runStateOf(stored().id);

    // Nothing runs until asked.
    const start = await screen.findByRole('button', { name: 'Vergelijking berekenen' });
    expect(clients.made.compare).toHaveLength(0);
    screen.getByText(/Stabiel koppelen op voorkeuren kan pas/);
    fireEvent.click(start);

    const bar = await screen.findByRole('progressbar', { name: 'Voortgang van de vergelijking' });
    expect(Number(bar.getAttribute('value'))).toBeLessThan(100);
    expect(within(screen.getByTestId('choose-compare')).getByRole('status').textContent).toBe('Doel 1 van 2: Hoogste totaalscore');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Vergelijking stoppen'));
    const compareWorker = () => clients.made.compare.at(-1)!;
    act(() => compareWorker().deliverAll());
    await waitFor(() => expect(within(screen.getByTestId('choose-compare')).getByRole('status').textContent).toBe('Doel 2 van 2: Eerlijkst'));
    const table = await finishComparison(compareWorker, 1);

    // The project's own run was never touched, nor its worker.
    expect(runs.runStateOf(stored().id)).toBe(mainState);
    expect(clients.made.main).toHaveLength(1);

    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Uitkomst',
      'Gekoppelde deelnemers',
      'Gemiddelde score',
      'Laagste score',
      'Deelnemers met een andere koppeling dan nu',
      'Deze gebruiken',
    ]);
    // The current objective in words, without a button; the same input gives the same matching, so nobody changes.
    const total = row('total');
    within(total).getByText('Huidig doel');
    expect(within(total).queryByRole('button')).toBeNull();
    const cells = within(total).getAllByRole('cell').map((td) => td.textContent);
    const summary = (runs.runStateOf(stored().id) as { result: { summary: { matched: number } } }).result.summary;
    expect(cells[0]).toBe(String(summary.matched));
    expect(cells[3]).toBe('0');
    expect(within(row('fairness')).queryByText('Huidig doel')).toBeNull();

    // Pick the fairest: the objective is stored, a run starts, the toast offers Undo (and has focus).
    fireEvent.click(within(row('fairness')).getByRole('button', { name: 'Deze gebruiken: Eerlijkst' }));
    expect(stored().objective).toBe('fairness');
    expect(runs.runStateOf(stored().id).kind).toBe('running');
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Je gebruikt nu “Eerlijkst”. De koppelingen worden opnieuw berekend.');
    const undo = within(toast).getByRole('button', { name: 'Ongedaan maken' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    clients.made.main.at(-1)!.deliverAll();
    await waitFor(() => expect(runs.runStateOf(stored().id).kind).toBe('done'));
    // Picking an objective that was compared does not make the comparison out of date.
    await waitFor(() => within(row('fairness')).getByText('Huidig doel'));
    expect(screen.queryByTestId('choose-compare-stale')).toBeNull();

    fireEvent.click(undo);
    expect(stored().objective).toBe('total');
    expect(stored().mode.kind).toBe('mentoring');
    expect(runs.runStateOf(stored().id).kind).toBe('running');
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('Je vorige doel is terug.'));
    clients.made.main.at(-1)!.deliverAll();
    await waitFor(() => within(row('total')).getByText('Huidig doel'));

    // Changing the data marks the comparison out of date and offers to compare again.
    act(() => store.setCell(stored().id, stored().table.rows[1]!.id, 5, 'Coaching'));
    await screen.findByTestId('choose-compare-stale');
    expect(screen.getByTestId('choose-compare-stale').textContent).toBe(
      'De gegevens zijn veranderd sinds deze vergelijking. Vergelijk opnieuw voor cijfers die bij je lijst passen.',
    );
    expect(screen.getByRole('button', { name: 'Opnieuw vergelijken' }).getAttribute('aria-describedby')).toBe(screen.getByTestId('choose-compare-stale').id);
  });

  it('cancels at once, leaving the project run alone; nominations add stable matching', async () => {
    const rows = ROWS.map((cells, index) => (index === 1 ? [...cells.slice(0, 6), '1003'] : [...cells]));
    const { stored, runs, clients, mainRun } = await renderChoose('en', rows);
    await mainRun();
    const mainState = runs.runStateOf(stored().id);
    expect(screen.queryByText(/Stable matching from nominations needs/)).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: 'Compare objectives' }));
    await screen.findByRole('progressbar', { name: 'Progress of the comparison' });
    expect(within(screen.getByTestId('choose-compare')).getByRole('status').textContent).toBe('Objective 1 of 3: Highest total score');
    fireEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
    await waitFor(() => expect(within(screen.getByTestId('choose-compare')).getByRole('status').textContent).toBe('The comparison was stopped. Your matches did not change.'));
    expect(clients.made.compare[0]!.terminated).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(runs.runStateOf(stored().id)).toBe(mainState);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Compare objectives'));

    fireEvent.click(screen.getByRole('button', { name: 'Compare objectives' }));
    const table = await finishComparison(() => clients.made.compare.at(-1)!, 3);
    expect(within(table).getAllByRole('rowheader').map((th) => th.querySelector('.choose-objective')!.textContent)).toEqual([
      'Highest total score',
      'Fairest',
      'Stable from nominations',
    ]);
    within(row('stable')).getByRole('button', { name: 'Use this one: Stable from nominations' });
    // Figures carry their label for the narrow (card) layout.
    expect(within(row('stable')).getAllByRole('cell')[1]!.getAttribute('data-label')).toBe('Mean score');
  });
});

describe('shortlists', () => {
  it('makes shortlists in the worker on request: mentees first, scores and reasons in words, search, CSV and print', async () => {
    const { clients, downloads, runs, stored } = await renderChoose('nl');
    expect(screen.queryByTestId('choose-shortlist-people')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Shortlists maken' }));
    await screen.findByRole('progressbar', { name: 'Voortgang van de shortlists' });
    expect(clients.made.main).toHaveLength(0);
    expect(runs.runStateOf(stored().id).kind).toBe('idle');
    act(() => clients.made.shortlist[0]!.deliverAll());
    const people = await screen.findAllByTestId('choose-shortlist-person');
    expect(within(screen.getByTestId('choose-shortlists')).getByRole('status').textContent).toBe('Klaar: shortlists voor 5 deelnemers');

    // Mentees first (by name), then mentors.
    expect(people.map((person) => within(person).getByRole('heading', { level: 4 }).textContent)).toEqual(['=SUM(A1)', 'Bram Peters', 'Daan Vos', 'Anna de Wit', 'Carla Smit']);
    const bram = people[1]!;
    const candidates = within(bram).getByRole('list', { name: 'Kandidaten voor Bram Peters' });
    const first = within(candidates).getAllByRole('listitem')[0]!;
    expect(first.textContent).toContain('Anna de Wit');
    expect(first.textContent).toMatch(/Score [\d,]+ van 100/);
    within(first).getByText('Anna de Wit biedt Excel aan, wat Bram Peters wil leren');
    expect(screen.getByTestId('choose-shortlists').textContent).not.toMatch(/matching\.|matcher\./);

    // Search by name, accents and case aside.
    const search = screen.getByRole('searchbox', { name: 'Zoek op naam' });
    fireEvent.input(search, { target: { value: 'daan' } });
    await waitFor(() => expect(screen.getAllByTestId('choose-shortlist-person')).toHaveLength(1));
    expect(screen.getByText('1 van 5 deelnemers gevonden')).toBeTruthy();

    // Print: only the Print button fills the frame, with the people found.
    const print = vi.fn(() => dispatchEvent(new Event('beforeprint')));
    vi.stubGlobal('print', print);
    fireEvent.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
    const frame = document.querySelector('.matcher-choose-print')!;
    expect(frame.querySelector('h1')!.textContent).toBe('Shortlists: Voorjaar 2026');
    expect([...frame.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Daan Vos']);
    expect(frame.querySelector('tbody tr')!.textContent).toContain('Carla Smit');
    act(() => void dispatchEvent(new Event('afterprint')));
    expect(frame.textContent).toBe('');
    dispatchEvent(new Event('beforeprint'));
    expect(frame.textContent).toBe('');
    vi.unstubAllGlobals();

    // Export: everyone, safe against formula injection, named after the project.
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file!.fileName).toBe('voorjaar-2026-shortlists.csv');
    expect(file!.type).toBe('text/csv;charset=utf-8');
    expect(file!.contents.startsWith('\uFEFFDeelnemer;Id deelnemer;Plaats;Kandidaat;Id kandidaat;Score;Waarom\r\n')).toBe(true);
    expect(file!.contents).toContain("\r\n'=SUM(A1);1005;1;");
    expect(file!.contents).not.toMatch(/(^|[;\n])=SUM/);
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('voorjaar-2026-shortlists.csv is gedownload.'));
  });

  it('pages a long list and marks shortlists out of date when the data changes', async () => {
    const many = Array.from({ length: 130 }, (_, index) => [
      String(2000 + index),
      `Persoon ${String(index).padStart(3, '0')}`,
      index % 2 === 0 ? 'mentor' : 'mentee',
      'Nederlands',
      index % 2 === 0 ? 'Excel' : '',
      index % 2 === 0 ? '' : 'Excel',
      '',
    ]);
    const { clients, store, stored } = await renderChoose('en', many);
    fireEvent.click(screen.getByRole('button', { name: 'Make shortlists' }));
    await waitFor(() => expect(clients.made.shortlist[0]!.pending).toBeGreaterThan(0));
    act(() => clients.made.shortlist[0]!.deliverAll());
    await waitFor(() => expect(screen.getAllByTestId('choose-shortlist-person')).toHaveLength(50));
    expect(screen.getByText('Showing 50 of 130')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    await waitFor(() => expect(screen.getAllByTestId('choose-shortlist-person')).toHaveLength(100));
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more' }));
    await waitFor(() => expect(screen.getAllByTestId('choose-shortlist-person')).toHaveLength(130));
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
    // Every person has five candidates out of the 65 on the other side.
    expect(within(screen.getAllByTestId('choose-shortlist-person')[0]!).getByText('The best 5 of 65 possible candidates')).toBeTruthy();

    act(() => store.setCell(stored().id, stored().table.rows[0]!.id, 3, 'Engels'));
    await screen.findByTestId('choose-shortlists-stale');
    screen.getByRole('button', { name: 'Make shortlists again' });
  });
});

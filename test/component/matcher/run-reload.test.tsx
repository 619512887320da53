// A reload while the matching runs: the worker dies with the page, so the run is gone. The page
// after the reload must say so and start it again (or say why it does not), and what it then
// shows and stores must be that run's true result.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { createMatchingClient } from '../../../src/lib/matching/worker-client.ts';
import { FakeWorker } from '../support/run-step.tsx';

const HEADERS = ['Personeelsnummer', 'Naam', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen'];
const ROWS = [
  ['1001', 'Anna de Wit', 'mentor', 'Nederlands', 'Excel', ''],
  ['1002', 'Bram Peters', 'mentee', 'Nederlands', '', 'Excel'],
  ['1003', 'Carla Smit', 'mentor', 'Engels', 'Coaching', ''],
  ['1004', 'Daan Vos', 'mentee', 'Frans', '', 'Coaching'],
];

/**
 * One page load: a fresh module graph (stores, storage service, worker client on fake workers)
 * on the same fake IndexedDB and sessionStorage, as a reload keeps them, with the run step of
 * the project rendered as the workbook root does. Without a project id it makes the project.
 */
async function openPage(locale: Locale, projectId?: string) {
  vi.resetModules();
  const workers: FakeWorker[] = [];
  const client = createMatchingClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  vi.doMock('../../../src/stores/matching-worker.ts', () => ({ matchingClient: () => client }));
  await import('../../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../../src/stores/matcher.ts');
  const runs = await import('../../../src/stores/matcher-run.ts');
  const review = await import('../../../src/stores/matcher-review.ts');
  const { findProject } = await import('../../../src/lib/matcher/model.ts');
  const { suggestMapping } = await import('../../../src/lib/matcher/import/headers.ts');
  const { RunStep } = await import('../../../src/islands/matcher/result/RunStep.tsx');
  let id = projectId ?? '';
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    const project = findProject(state.data, id);
    return project ? <RunStep locale={locale} project={project} /> : <p>no project</p>;
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  if (!projectId) {
    const project = store.createProject('Voorjaar 2026', 'careerMentoring')!;
    store.importIntoProject(project.id, { headers: HEADERS, rows: ROWS, mapping: suggestMapping(HEADERS, ROWS), source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null } });
    id = project.id;
    view.rerender(<Workbook />);
  }
  await waitFor(() => expect(document.querySelector('.result-run')).not.toBeNull());
  const stored = () => store.currentProject(id)!;
  /** The page goes: what was typed is saved (the page's own pagehide does this), the worker dies with it. */
  const reload = async () => {
    await store.matcherDocument.flush();
    view.unmount();
    store.matcherDocument.stop();
    for (const worker of workers) worker.terminate();
    return openPage(locale, id);
  };
  return { store, runs, review, stored, workers, latestWorker: () => workers.at(-1)!, reload, id };
}

const runStatus = (): HTMLElement => document.querySelector<HTMLElement>('.result-run__status')!;
const matchItems = () => screen.queryAllByTestId('result-match');

describe('a reload while the matching runs', () => {
  it('says the first calculation was interrupted, starts it again, and stores its result', async () => {
    const first = await openPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    first.latestWorker().deliver(1);

    const after = await first.reload();
    await waitFor(() => expect(runStatus().textContent).toBe('The calculation was interrupted when the page reloaded. It is starting again.'));
    // It really runs again: progress and Stop, and a job in the new page's worker.
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stop calculation' })).toBeTruthy();
    expect(after.latestWorker().pending).toBeGreaterThan(0);
    // The status line stays on what happened while it runs, rather than each phase.
    after.latestWorker().deliver(1);
    expect(runStatus().textContent).toBe('The calculation was interrupted when the page reloaded. It is starting again.');
    after.latestWorker().deliverAll();

    await waitFor(() => expect(runStatus().textContent).toBe('Done: 1 match calculated'));
    expect(after.stored().runs).toHaveLength(1);
    expect(after.stored().runs[0]!.fingerprint).toBe(after.runs.currentFingerprint(after.stored()));
    expect(within(matchItems()[0]!).getByRole('heading', { level: 4 }).textContent).toBe('Anna de Wit (mentor) · Bram Peters');
    screen.getByText('Anna de Wit offers Excel, which Bram Peters wants to learn');
    expect(screen.queryByTestId('result-outdated')).toBeNull();

    // Done means done: the next reload restores that result quietly and starts nothing new.
    const again = await after.reload();
    await waitFor(() => expect(again.runs.runStateOf(again.id).kind).toBe('running'));
    expect(runStatus().textContent).not.toContain('interrupted');
    again.latestWorker().deliverAll();
    await screen.findByText('Anna de Wit offers Excel, which Bram Peters wants to learn');
    expect(again.stored().runs).toHaveLength(1);
  });

  it('starts a second calculation again too, instead of quietly showing the one before it (nl)', async () => {
    const first = await openPage('nl');
    fireEvent.click(screen.getByRole('button', { name: 'Koppelingen berekenen' }));
    await screen.findByRole('progressbar');
    first.latestWorker().deliverAll();
    await waitFor(() => expect(matchItems()).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw berekenen' }));
    await waitFor(() => expect(first.runs.runStateOf(first.id).kind).toBe('running'));

    const after = await first.reload();
    await waitFor(() => expect(runStatus().textContent).toBe('De pagina is opnieuw geladen terwijl de berekening liep. De berekening begint opnieuw.'));
    expect(screen.queryByText(/wordt teruggehaald|worden hersteld/)).toBeNull();
    // Meanwhile the stored result stays on screen, marked busy, not blank.
    expect(screen.getByTestId('result-figures').querySelector('[data-figure="matches"] dd')!.textContent).toBe('1');
    expect(screen.getByTestId('review').getAttribute('aria-busy')).toBe('true');
    after.latestWorker().deliverAll();
    await waitFor(() => expect(runStatus().textContent).toBe('Klaar: 1 koppeling berekend'));
    expect(after.stored().runs).toHaveLength(2);
    expect(screen.getByTestId('review').getAttribute('aria-busy')).not.toBe('true');
  });

  it('starts the run after a decision again with the same matches held, and says so', async () => {
    const first = await openPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    first.latestWorker().deliverAll();
    await screen.findByRole('button', { name: 'Calculate again' });
    // A lock: the run that shows it holds the other matches in place, and the list is busy meanwhile.
    expect(first.review.lock(first.id, ['1001', '1002'])).not.toBeNull();
    await waitFor(() => expect(first.runs.runStateOf(first.id)).toMatchObject({ kind: 'running', held: true }));
    const interrupted = first.runs.runStateOf(first.id);
    const held = interrupted.kind === 'running' ? interrupted.fingerprint : null;

    const after = await first.reload();
    await waitFor(() => expect(runStatus().textContent).toBe('The calculation was interrupted when the page reloaded. It is starting again.'));
    expect(after.runs.runStateOf(after.id)).toMatchObject({ kind: 'running', held: true, resumed: true, fingerprint: held });
    expect(screen.getByTestId('review').getAttribute('aria-busy')).toBe('true');
    after.latestWorker().deliverAll();
    await waitFor(() => expect(after.stored().runs).toHaveLength(2));
    expect(after.stored().runs.at(-1)!.held).toEqual([['1001', '1002']]);
    expect(after.runs.lastRunOutdated(after.stored())).toBe(false);
    await waitFor(() => expect(screen.getByTestId('review').getAttribute('aria-busy')).not.toBe('true'));
    expect(screen.queryByTestId('result-outdated')).toBeNull();
  });

  it('does not start again on a list that changed since, and says why', async () => {
    const first = await openPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    // An edit while it ran (here, or in another tab): the run was for the list as it was.
    first.store.setCell(first.id, first.stored().table.rows[3]!.id, 2, 'mentor');

    const after = await first.reload();
    await waitFor(() =>
      expect(runStatus().textContent).toBe('The calculation was interrupted when the page reloaded. The list or the settings have changed since, so it does not start again by itself. Start it when you are ready.'),
    );
    expect(after.workers).toHaveLength(0);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((screen.getByRole('button', { name: 'Calculate matches' }) as HTMLButtonElement).disabled).toBe(false);
    expect(after.stored().runs).toHaveLength(0);

    // Said once: the next reload has nothing to tell.
    await after.reload();
    await screen.findByRole('button', { name: 'Calculate matches' });
    expect(runStatus().textContent).toBe('');
  });

  it('starts nothing in a duplicate of the tab: the run goes on in the tab it belongs to', async () => {
    const first = await openPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    // A duplicated tab copies sessionStorage, the note included, and takes an id of its own (tab-presence.ts).
    sessionStorage.setItem('mentorkit:tab', 'the-duplicate');

    const after = await first.reload();
    await screen.findByRole('button', { name: 'Calculate matches' });
    expect(after.workers).toHaveLength(0);
    expect(runStatus().textContent).toBe('');
  });

  it('starts nothing after a calculation that was stopped, or that finished', async () => {
    const first = await openPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    fireEvent.click(screen.getByRole('button', { name: 'Stop calculation' }));
    await waitFor(() => expect(first.runs.runStateOf(first.id).kind).toBe('cancelled'));

    const after = await first.reload();
    await screen.findByRole('button', { name: 'Calculate matches' });
    expect(after.workers).toHaveLength(0);
    expect(runStatus().textContent).toBe('');
    expect(after.runs.runStateOf(after.id).kind).toBe('idle');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { renderRunStep } from './support/run-step.tsx';

const HEADERS = ['Personeelsnummer', 'Naam', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen'];
const ROWS = [
  ['1001', 'Anna de Wit', 'mentor', 'Nederlands', 'Excel', ''],
  ['1002', 'Bram Peters', 'mentee', 'Nederlands', '', 'Excel'],
  ['1003', 'Carla Smit', 'mentor', 'Engels', 'Coaching', ''],
  ['1004', 'Daan Vos', 'mentee', 'Frans', '', 'Coaching'],
];

async function renderStep(locale: Locale, { withRows = true } = {}) {
  return renderRunStep(locale, HEADERS, withRows ? ROWS : null);
}

const matchItems = () => screen.queryAllByTestId('result-match');

/** The run's own status line (the compare and shortlist panels have live regions of their own). */
const runStatus = (): HTMLElement => document.querySelector<HTMLElement>('.result-run__status')!;

describe('the run and result step', () => {
  it('runs in the worker with progress, then shows the figures, the histogram, names and reasons in words', async () => {
    const { stored, latestWorker } = await renderStep('nl');
    const button = screen.getByRole('button', { name: 'Koppelingen berekenen' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    fireEvent.click(button);

    // Running: a real progress bar with its label, Cancel, and the phase said politely.
    const bar = await screen.findByRole('progressbar', { name: 'Voortgang van de berekening' });
    expect(runStatus().textContent).toBe('Berekening wordt gestart');
    expect(screen.getByRole('button', { name: 'Berekening stoppen' })).toBeTruthy();
    expect(latestWorker().pending).toBeGreaterThan(2);
    latestWorker().deliver(1);
    await waitFor(() => expect(runStatus().textContent).toBe('Stap 1 van 3: Gegevens voorbereiden'));
    expect(Number(bar.getAttribute('value'))).toBeLessThan(100);
    latestWorker().deliverAll();

    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(runStatus().textContent).toBe('Klaar: 1 koppeling berekend');
    const figure = (name: string) => screen.getByTestId('result-figures').querySelector(`[data-figure="${name}"] dd`)!.textContent;
    expect([figure('participants'), figure('matched'), figure('unmatched'), figure('matches')]).toEqual(['4', '2', '2', '1']);

    // The histogram: a titled image with its figures in a table as well.
    const chart = screen.getByRole('img', { name: /Aantal koppelingen per scoreband/ });
    expect(chart.querySelector('title')?.textContent).toBe('Aantal koppelingen per scoreband van 10 punten');
    const table = screen.getByRole('table', { name: 'Aantal koppelingen per scoreband van 10 punten' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);

    // The match by name, with its score and each criterion's part in words.
    expect(matchItems()).toHaveLength(1);
    const match = matchItems()[0]!;
    expect(within(match).getByRole('heading', { level: 4 }).textContent).toBe('Anna de Wit (mentor) · Bram Peters');
    within(match).getByText(/^Score [\d,]+ van 100$/);
    within(match).getByText('Aanbod past bij leervraag');
    within(match).getByText('Anna de Wit biedt Excel aan, wat Bram Peters wil leren');
    // The list has no level column: the seniority criterion counts for nobody, so it has no row (and takes no points).
    expect(within(match).queryByText('Mentor is ervarener')).toBeNull();
    expect(match.textContent).not.toMatch(/niveau/i);
    expect(match.textContent).not.toMatch(/1001|1002|matching\.|matcher\./);

    // Everyone without a match, by name, with the reason in words.
    const unmatched = screen.getByTestId('result-unmatched-list');
    within(unmatched).getByText('Carla Smit');
    within(unmatched).getByText('Daan Vos');
    expect(unmatched.textContent).toContain('geen gedeelde taal');
    expect(unmatched.textContent).not.toMatch(/matching\.|matcher\./);

    // The run is stored (compactly) and is not out of date.
    expect(stored().runs).toHaveLength(1);
    expect(stored().runs[0]!.summary.matches).toBe(1);
    expect(screen.queryByTestId('result-outdated')).toBeNull();
  });

  it('cancel stops the worker at once and stores nothing', async () => {
    const { stored, latestWorker } = await renderStep('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    fireEvent.click(screen.getByRole('button', { name: 'Stop calculation' }));
    await waitFor(() => expect(runStatus().textContent).toBe('The calculation was stopped. No new result was saved.'));
    expect(latestWorker().terminated).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(stored().runs).toHaveLength(0);
    expect(matchItems()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Calculate matches' })).toBeTruthy();
  });

  it('an edit marks the result out of date; calculating again brings it up to date', async () => {
    const { store, stored, latestWorker } = await renderStep('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    latestWorker().deliverAll();
    await waitFor(() => expect(matchItems()).toHaveLength(1));

    // Daan now speaks English as well: the stored result no longer fits the input.
    const daan = stored().table.rows.find((row) => row.cells[1] === 'Daan Vos')!;
    store.setCell(stored().id, daan.id, 3, 'Frans, Engels');
    const notice = await screen.findByTestId('result-outdated');
    expect(notice.textContent).toBe('You changed the participants, criteria or rules since this calculation, so this result no longer fits your data.');
    const rerun = screen.getByRole('button', { name: 'Calculate again' });
    expect(rerun.getAttribute('aria-describedby')).toContain('result-run-outdated');
    // The old result stays readable meanwhile.
    expect(matchItems()).toHaveLength(1);

    fireEvent.click(rerun);
    await screen.findByRole('progressbar');
    latestWorker().deliverAll();
    await waitFor(() => expect(matchItems()).toHaveLength(2));
    expect(screen.queryByTestId('result-outdated')).toBeNull();
    expect(stored().runs).toHaveLength(2);
    expect(screen.getByText('Carla Smit (mentor) · Daan Vos')).toBeTruthy();
  });

  it('after a reload shows the stored run at once and restores its details by running the same input', async () => {
    const { runs, stored, latestWorker, workers } = await renderStep('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    latestWorker().deliverAll();
    await waitFor(() => expect(matchItems()).toHaveLength(1));

    // What a reload loses: the full result in memory. The stored run is all that is left.
    const started = workers.length;
    runs.$runs.set({});
    await screen.findByText('The details of this result are being restored. The figures below are from the last calculation.');
    expect(screen.getByTestId('result-figures').querySelector('[data-figure="matches"] dd')!.textContent).toBe('1');
    expect(within(matchItems()[0]!).getByRole('heading', { level: 4 }).textContent).toBe('Anna de Wit (mentor) · Bram Peters');
    screen.getByText('The explanation per criterion appears once the result has been calculated again.');
    expect(within(screen.getByTestId('result-unmatched-list')).getAllByText('No eligible partner under the hard rules')).toHaveLength(2);
    expect(workers.length + latestWorker().pending).toBeGreaterThan(started);

    latestWorker().deliverAll();
    await screen.findByText('Anna de Wit offers Excel, which Bram Peters wants to learn');
    expect(screen.queryByText(/being restored/)).toBeNull();
    // A restore stores nothing new and says nothing: the same run, details back.
    expect(stored().runs).toHaveLength(1);
    expect(runStatus().textContent).toBe('');
  });

  it('cannot run without participants, and says why', async () => {
    await renderStep('nl', { withRows: false });
    const button = screen.getByRole('button', { name: 'Koppelingen berekenen' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const reason = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).toContain('naamkolom');
  });

  it('shows a failed worker in words, with a retry that works', async () => {
    const { latestWorker } = await renderStep('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    latestWorker().onerror?.({ message: 'script failed to load' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The calculation stopped unexpectedly.');
    expect(alert.textContent).toContain('script failed to load');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('progressbar');
    latestWorker().deliverAll();
    await waitFor(() => expect(matchItems()).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('restores quietly when another tab made a newer run: busy while it updates, never "out of date"', async () => {
    const { runs, stored, latestWorker, workers } = await renderStep('en');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    latestWorker().deliverAll();
    await waitFor(() => expect(matchItems()).toHaveLength(1));
    const id = stored().id;
    const done = runs.runStateOf(id);
    if (done.kind !== 'done') throw new Error('not done');
    // This tab still holds an older run in memory; the stored latest run (another tab's) is current.
    runs.$runs.set({ ...runs.$runs.get(), [id]: { ...done, fingerprint: 'an older run' } });
    const jobs = workers.length;
    await waitFor(() => expect(runs.runStateOf(id).kind).toBe('running'));
    expect(screen.queryByTestId('result-outdated')).toBeNull();
    expect(screen.getByTestId('review').getAttribute('aria-busy')).toBe('true');
    await waitFor(() => {
      latestWorker().deliverAll();
      expect(runs.runStateOf(id).kind).toBe('done');
    });
    expect(workers.length).toBeGreaterThanOrEqual(jobs);
    const restored = runs.runStateOf(id);
    expect(restored.kind === 'done' && restored.fingerprint).toBe(stored().runs.at(-1)!.fingerprint);
    // A quiet restore stores nothing new.
    expect(stored().runs).toHaveLength(1);
    expect(screen.queryByTestId('result-outdated')).toBeNull();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { renderRunStep } from './support/run-step.tsx';

// The step at 2 000 participants (1 000 matches): the list renders a page at a time, so the DOM
// stays small, and it sorts and filters the whole result.

const HEADERS = ['Personeelsnummer', 'Naam', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen'];
const SKILLS = ['Excel', 'SQL', 'Coaching', 'Plannen', 'Presenteren', 'Python', 'Budget'];
/** 1 000 mentors and 1 000 mentees, what they offer and want spread so the scores differ. */
const ROWS = Array.from({ length: 2000 }, (_, index) => [
  String(10_000 + index),
  `Persoon ${index}`,
  index % 2 === 0 ? 'mentor' : 'mentee',
  'Nederlands',
  index % 2 === 0 ? `${SKILLS[index % 7]}, ${SKILLS[(index + 3) % 7]}` : '',
  index % 2 === 0 ? '' : `${SKILLS[index % 5]}, ${SKILLS[(index + 1) % 3]}`,
]);

async function renderStep(locale: Locale, rows: readonly (readonly string[])[], headers: readonly string[] = HEADERS) {
  return renderRunStep(locale, headers, rows);
}

const matchItems = () => screen.queryAllByTestId('result-match');
const scores = () => matchItems().map((item) => Number(/Score ([\d.]+) out of 100/.exec(item.textContent ?? '')![1]));

describe('the result of a large run', () => {
  it('shows 1 000 matches a page at a time, sorted and filtered over all of them', async () => {
    const { latestWorker } = await renderStep('en', ROWS);
    fireEvent.click(screen.getByRole('button', { name: 'Calculate matches' }));
    await screen.findByRole('progressbar');
    latestWorker().deliverAll();
    await waitFor(() => expect(matchItems().length).toBeGreaterThan(0));
    expect(screen.getByTestId('result-figures').querySelector('[data-figure="matches"] dd')!.textContent).toBe('1000');

    expect(matchItems()).toHaveLength(50);
    screen.getByText('Showing 50 of 1000.');
    expect(document.querySelectorAll('*').length).toBeLessThan(4_000);
    const descending = scores();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    await waitFor(() => expect(matchItems()).toHaveLength(100));

    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'scoreAscending' } });
    await waitFor(() => expect(scores()[0]).toBeLessThanOrEqual(descending.at(-1)!));
    expect(matchItems()).toHaveLength(50);
    const ascending = scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    fireEvent.click(screen.getByLabelText(/^Low scores \(\d+\)$/));
    await waitFor(() => expect(scores().every((score) => score < 50)).toBe(true));
    expect(matchItems().length).toBeGreaterThan(0);
    expect(matchItems().length).toBeLessThanOrEqual(50);
  });

  it('warns before a run that the list is too large, and after it says it could not be solved and why (1 667 mentors, 3 333 mentees)', async () => {
    const headers = ['Personeelsnummer', 'Naam', 'Rol', 'Capaciteit'];
    const rows = Array.from({ length: 5000 }, (_, index) => [String(10_000 + index), `Persoon ${index}`, index < 1667 ? 'mentor' : 'mentee', index < 1667 ? '2' : '']);
    const { latestWorker, stored } = await renderStep('nl', rows, headers);
    expect(stored().table.rows).toHaveLength(5000);
    const ahead = screen.getByTestId('result-too-large');
    expect(ahead.textContent).toBe(
      'Berekenen gaat met deze lijst niet lukken. Deze lijst is te groot om in de browser precies door te rekenen: 11.112.222 mogelijke combinaties, terwijl de grens bij 9.000.000 ligt. Splits de lijst in kleinere groepen, bijvoorbeeld per afdeling of locatie, en koppel elke groep apart.',
    );
    const run = screen.getByRole('button', { name: 'Koppelingen berekenen' });
    expect(run.getAttribute('aria-describedby')).toContain('result-run-too-large');

    fireEvent.click(run);
    await screen.findByRole('progressbar');
    const status = screen.getByRole('status');
    // The job reaches the worker after the input is built from 5 000 rows: deliver whatever has arrived until the run ends.
    await waitFor(
      () => {
        latestWorker().deliverAll();
        expect(status.textContent).toMatch(/^Niet gelukt/);
      },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(status.textContent).toMatch(/^Niet gelukt: er kon niet worden gekoppeld\. Deze lijst is te groot/));
    expect(status.textContent).not.toMatch(/Klaar|cells/);
  });
});

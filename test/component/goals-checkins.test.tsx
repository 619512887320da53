import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { addGoal, field, renderWorkbook, type } from './goals-helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => vi.useRealTimers());

const logDates = () =>
  [...screen.getByTestId('checkin-list').querySelectorAll('time')].map((time) => time.getAttribute('datetime'));

function addCheckIn(happened: string, date?: string): void {
  if (date) type(field('Date'), date);
  type(field('What happened?'), happened);
  fireEvent.click(screen.getByRole('button', { name: 'Add check-in' }));
}

describe('SMART goal workbook: check-ins', () => {
  it('defaults to today, keeps the log newest first and removes entries', async () => {
    const { stored } = await renderWorkbook('en');
    addGoal('Presenting');
    expect(((await screen.findByLabelText('Date')) as HTMLInputElement).value).toBe('2026-11-23');
    addCheckIn('First talk with my mentor');
    await screen.findByText('First talk with my mentor');
    addCheckIn('Older note', '2026-10-01');
    await screen.findByText('Older note');
    addCheckIn('Later on the same day');
    await screen.findByText('Later on the same day');
    expect(logDates()).toEqual(['2026-11-23', '2026-11-23', '2026-10-01']);
    const items = screen.getByTestId('checkin-list').querySelectorAll('li');
    expect(items[0]?.textContent).toContain('Later on the same day');
    expect(items[1]?.textContent).toContain('First talk with my mentor');
    // The form is ready for the next one, with the date back on today.
    expect((field('What happened?') as HTMLTextAreaElement).value).toBe('');
    expect((field('Date') as HTMLInputElement).value).toBe('2026-11-23');

    // Remove the middle one, undo, then remove the oldest for good.
    const middle = screen.getAllByRole('button', { name: 'Remove check-in of 23 November 2026' })[1]!;
    fireEvent.click(middle);
    await waitFor(() => expect(logDates()).toEqual(['2026-11-23', '2026-10-01']));
    const removedRow = await screen.findByTestId('removed-row');
    expect(removedRow.textContent).toContain('Check-in of 23 November 2026 removed.');
    fireEvent.click(within(removedRow).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(logDates()).toEqual(['2026-11-23', '2026-11-23', '2026-10-01']));
    expect(screen.getByTestId('checkin-list').querySelectorAll('li')[1]?.textContent).toContain('First talk with my mentor');

    fireEvent.click(screen.getByRole('button', { name: 'Remove check-in of 1 October 2026' }));
    await waitFor(() => expect(logDates()).toEqual(['2026-11-23', '2026-11-23']));
    expect((await stored()).goals[0]?.checkIns.map((checkIn) => checkIn.happened)).toEqual([
      'Later on the same day',
      'First talk with my mentor',
    ]);
  });

  it('asks for some text before adding an empty check-in', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('What happened?');
    fireEvent.click(screen.getByRole('button', { name: 'Add check-in' }));
    await screen.findByRole('alert');
    screen.getByText('Fill in at least what happened or what your next step is.');
    expect(screen.queryByTestId('checkin-list')).toBeNull();
    type(field('What is your next step?'), 'Book a room');
    fireEvent.click(screen.getByRole('button', { name: 'Add check-in' }));
    await screen.findByText('Book a room');
  });
});

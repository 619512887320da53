import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { addGoal, renderWorkbook, goalAction } from './goals-helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => vi.useRealTimers());

const listTitles = () =>
  [...screen.getByTestId('goal-list').querySelectorAll('.goal-card__title')].map((node) => node.textContent);

describe('SMART goal workbook: delete, undo, duplicate and archive', () => {
  it('deletes a goal with an announced Undo that puts it back in place', async () => {
    const { stored } = await renderWorkbook('en');
    addGoal('First');
    await screen.findByRole('heading', { level: 2, name: 'First' });
    addGoal('Second');
    await screen.findByRole('heading', { level: 2, name: 'Second' });
    fireEvent.click(within(screen.getByTestId('goal-list')).getByText('First'));
    await screen.findByRole('heading', { level: 2, name: 'First' });

    fireEvent.click(goalAction('Delete'));
    await waitFor(() => expect(listTitles()).toEqual(['Second']));
    const notice = await screen.findByTestId('goals-notice');
    expect(notice.closest('[aria-live="polite"]')).toBeTruthy();
    expect(notice.textContent).toContain('Goal “First” deleted.');
    const undo = within(notice).getByRole('button', { name: 'Undo' });
    // Focus moves to Undo, so a keyboard user can take it back straight away.
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect((await stored()).goals.map((goal) => goal.title)).toEqual(['Second']);

    fireEvent.click(undo);
    await waitFor(() => expect(listTitles()).toEqual(['First', 'Second']));
    await screen.findByRole('heading', { level: 2, name: 'First' });
    expect(screen.getByTestId('goals-notice').textContent).toContain('Goal “First” has been restored.');
    expect((await stored()).goals.map((goal) => goal.title)).toEqual(['First', 'Second']);
  });

  it('duplicates a goal right after the original, with fresh ids and unticked steps', async () => {
    const { stored } = await renderWorkbook('en');
    addGoal('Original');
    await screen.findByRole('heading', { level: 2, name: 'Original' });
    fireEvent.click(goalAction('Duplicate'));
    await screen.findByRole('heading', { level: 2, name: 'Original (copy)' });
    expect(listTitles()).toEqual(['Original', 'Original (copy)']);
    const goals = (await stored()).goals;
    expect(new Set(goals.map((goal) => goal.id)).size).toBe(2);
  });

  it('archives into a collapsible group and brings the goal back', async () => {
    await renderWorkbook('en');
    addGoal('Keep');
    await screen.findByRole('heading', { level: 2, name: 'Keep' });
    addGoal('Old');
    await screen.findByRole('heading', { level: 2, name: 'Old' });
    fireEvent.click(goalAction('Archive'));
    const toggle = await screen.findByRole('button', { name: 'Archived (1)' });
    expect(listTitles()).toEqual(['Keep']);
    // The archived goal stays open, so its group is expanded.
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    screen.getByText('This goal is archived. It is left out of the calendar export.');
    const archived = screen.getByTestId('archived-list');
    expect(within(archived).getByText('Old')).toBeTruthy();

    fireEvent.click(goalAction('Unarchive'));
    await waitFor(() => expect(listTitles()).toEqual(['Keep', 'Old']));
    expect(screen.queryByRole('button', { name: /Archived/ })).toBeNull();
  });
});

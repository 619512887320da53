import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { addGoal, addStep, field, renderWorkbook, type } from './goals-helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => vi.useRealTimers());

const stepTexts = () =>
  [...screen.getByTestId('step-list').querySelectorAll<HTMLInputElement>('.step__text')].map((input) => input.value);
const progressText = () => document.getElementById('goal-steps-progress-text')?.textContent;
const progressBar = () => screen.getByTestId('steps-progress') as HTMLProgressElement;

describe('SMART goal workbook: steps', () => {
  it('adds steps with Enter, ticks them and shows the progress', async () => {
    const { stored } = await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByText('No steps yet. What is the first thing you will do?');
    addStep('Draft the slides');
    addStep('Rehearse with my mentor');
    addStep('Give the talk');
    await waitFor(() => expect(stepTexts()).toEqual(['Draft the slides', 'Rehearse with my mentor', 'Give the talk']));
    expect((field('New step') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(field('New step'));
    expect(progressBar().value).toBe(0);
    expect(progressText()).toBe('0 of 3 steps done (0%)');

    fireEvent.click(field('Step 1 done'));
    await waitFor(() => expect(progressText()).toBe('1 of 3 steps done (33%)'));
    expect(progressBar().value).toBe(33);
    expect(within(screen.getByTestId('goal-list')).getByText('33%')).toBeTruthy();

    fireEvent.click(field('Step 2 done'));
    fireEvent.click(field('Step 3 done'));
    await waitFor(() => expect(progressText()).toBe('3 of 3 steps done (100%)'));
    expect(within(screen.getByTestId('goal-list')).getByText('Completed')).toBeTruthy();
    expect((await stored()).goals[0]?.steps.every((step) => step.done && step.doneAt)).toBe(true);
  });

  it('ignores an empty step', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('New step');
    addStep('   ');
    expect(screen.queryByTestId('step-list')).toBeNull();
  });

  it('reorders steps with the move buttons and keeps focus on the moved step', async () => {
    const { stored } = await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('New step');
    addStep('A');
    addStep('B');
    addStep('C');
    await waitFor(() => expect(stepTexts()).toEqual(['A', 'B', 'C']));
    expect((screen.getByRole('button', { name: 'Move step 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move step 3 down' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Move step 3 up' }));
    await waitFor(() => expect(stepTexts()).toEqual(['A', 'C', 'B']));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move step 2 up');
    screen.getByText('Step is now at position 2 of 3.');

    fireEvent.click(screen.getByRole('button', { name: 'Move step 1 down' }));
    await waitFor(() => expect(stepTexts()).toEqual(['C', 'A', 'B']));
    expect((await stored()).goals[0]?.steps.map((step) => step.text)).toEqual(['C', 'A', 'B']);
  });

  it('edits and removes steps', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('New step');
    addStep('First');
    addStep('Second');
    type(await screen.findByLabelText('Step 1'), 'First, edited');
    await waitFor(() => expect(stepTexts()).toEqual(['First, edited', 'Second']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    await waitFor(() => expect(stepTexts()).toEqual(['Second']));
    // An Undo row takes the removed step's place, and the focus.
    const removedRow = await screen.findByTestId('removed-row');
    expect(removedRow.textContent).toContain('Step removed: “First, edited”');
    const undo = within(removedRow).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(stepTexts()).toEqual(['First, edited', 'Second']));
    await waitFor(() => expect(document.activeElement).toBe(field('Step 1')));
    expect(screen.queryByTestId('removed-row')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Remove step 2' }));
    await waitFor(() => expect(stepTexts()).toEqual(['First, edited']));
    fireEvent.click(within(await screen.findByTestId('removed-row')).getByRole('button', { name: 'Dismiss notification' }));
    await waitFor(() => expect(screen.queryByTestId('removed-row')).toBeNull());
    expect(stepTexts()).toEqual(['First, edited']);
  });

  it('marks overdue steps with an icon and text, not colour alone', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('New step');
    addStep('Late one', '2026-11-01');
    addStep('Due today', '2026-11-23');
    await waitFor(() => expect(stepTexts()).toHaveLength(2));
    const overdue = screen.getAllByTestId('step-overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.textContent).toContain('Overdue');
    expect(overdue[0]?.querySelector('svg')).toBeTruthy();
    expect(within(screen.getByTestId('goal-list')).getByText('Overdue')).toBeTruthy();
    fireEvent.click(field('Step 1 done'));
    await waitFor(() => expect(screen.queryAllByTestId('step-overdue')).toHaveLength(0));
  });
});

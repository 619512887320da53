import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { addGoal, addStep, field, goalAction, renderWorkbook, type } from './goals-helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => vi.useRealTimers());

const header = () => document.querySelector<HTMLElement>('.goal-editor__header')!;

describe('SMART goal workbook: a calm editor', () => {
  it('keeps the secondary actions in a disclosure menu; Escape closes it and returns focus', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByRole('heading', { level: 2, name: 'Presenting' });
    // Before the content: the primary action and the menu button, nothing else.
    const visible = within(header()).getAllByRole('button').map((button) => button.textContent);
    expect(visible).toEqual(['Log a check-in', 'More actions']);
    for (const name of ['Duplicate', 'Archive', 'Delete', 'Print this goal', 'Copy as Markdown']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }

    const toggle = screen.getByRole('button', { name: 'More actions' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const menu = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
    expect(menu).toBeTruthy();
    expect(menu.getAttribute('role')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(menu).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Duplicate', 'Archive', 'Print this goal', 'Copy as Markdown', 'Delete',
    ]);
    // Focus goes to the first item; Escape closes and puts focus back on the menu button.
    expect(document.activeElement).toBe(within(menu).getByRole('button', { name: 'Duplicate' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Duplicate' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('"Log a check-in" puts the cursor in the check-in form', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByRole('heading', { level: 2, name: 'Presenting' });
    fireEvent.click(screen.getByRole('button', { name: 'Log a check-in' }));
    expect(document.activeElement?.id).toBe('goal-checkin-happened');
  });

  it('an action from the menu closes it', async () => {
    await renderWorkbook('en');
    addGoal('Original');
    await screen.findByRole('heading', { level: 2, name: 'Original' });
    fireEvent.click(goalAction('Duplicate'));
    await screen.findByRole('heading', { level: 2, name: 'Original (copy)' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'More actions' }).getAttribute('aria-expanded')).toBe('false'));
  });

  it('gives each step a text area; Enter in a step goes on to the new step, without a line break', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByText('No steps yet. What is the first thing you will do?');
    const long = 'Ask two colleagues from the sales team for feedback on the first version of my slides, and rewrite the opening';
    addStep(long);
    const text = (await screen.findByLabelText('Step 1')) as HTMLTextAreaElement;
    expect(text.tagName).toBe('TEXTAREA');
    await waitFor(() => expect(text.value).toBe(long));
    text.focus();
    const enter = fireEvent.keyDown(text, { key: 'Enter' });
    expect(enter).toBe(false); // default prevented: no line break
    expect(document.activeElement).toBe(field('New step'));
    // Shift+Enter is left to the text area.
    expect(fireEvent.keyDown(text, { key: 'Enter', shiftKey: true })).toBe(true);
  });

  it('adds a step with Enter in the new step field', async () => {
    const { stored } = await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByText('No steps yet. What is the first thing you will do?');
    const input = field<HTMLTextAreaElement>('New step');
    type(input, 'Draft the slides');
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(false);
    await waitFor(async () => expect((await stored()).goals[0]?.steps.map((step) => step.text)).toEqual(['Draft the slides']));
    expect(input.value).toBe('');
  });

  it('puts "take it with you" below the editor', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    const editor = (await screen.findByRole('heading', { level: 2, name: 'Presenting' })).closest('article')!;
    const exports = screen.getByRole('heading', { level: 3, name: 'Take it with you' }).closest('section')!;
    const list = screen.getByTestId('goal-list');
    expect(list.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(editor.compareDocumentPosition(exports) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

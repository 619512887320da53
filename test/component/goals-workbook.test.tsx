import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { createGoal } from '../../src/lib/goals/index.ts';
import { addGoal, field, goalAction, renderWorkbook, type, verdict } from './goals-helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => vi.useRealTimers());

describe('SMART goal workbook: goals and the SMART check', () => {
  it('creates a goal, opens it, and saves it in this browser', async () => {
    const { stored } = await renderWorkbook('en');
    screen.getByText(/You have no goals yet/);
    addGoal('Present at the team meeting');
    const title = await screen.findByRole('heading', { level: 2, name: 'Present at the team meeting' });
    expect(title).toBeTruthy();
    const list = screen.getByTestId('goal-list');
    expect(within(list).getByText('Present at the team meeting')).toBeTruthy();
    expect(within(list).getByText('Mentee')).toBeTruthy();
    expect(within(list).getByText('In progress')).toBeTruthy();
    expect(document.activeElement).toBe(field('Title'));
    const doc = await stored();
    expect(doc.goals.map((goal) => goal.title)).toEqual(['Present at the team meeting']);
  });

  it('re-checks the SMART letters as the statement is typed, with status text and hints', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('Your goal in one sentence');
    expect(['specific', 'measurable', 'timeBound'].map(verdict)).toEqual(['missing', 'missing', 'missing']);
    expect(screen.getByTestId('verdict-specific').textContent).toContain('To fill in');

    type(field('Your goal in one sentence'), 'Get better');
    await waitFor(() => expect(verdict('specific')).toBe('weak'));
    // Drawn from the goal sentence while the S answer is empty: the hint says so.
    expect(screen.getByTestId('verdict-specific').textContent).toContain('From your goal sentence: "Get better" is a good start');

    type(field('Your goal in one sentence'), 'Give three presentations at the team meeting within three months');
    await waitFor(() => expect(verdict('specific')).toBe('met'));
    expect(verdict('measurable')).toBe('met');
    expect(verdict('timeBound')).toBe('met');
    expect(screen.getByTestId('verdict-measurable').textContent).toContain('From your goal sentence: "three" will show you');

    // The deadline is only in the text: offer to store it as the target date.
    const suggestion = screen.getByRole('button', { name: 'Use 23 February 2027 as the target date' });
    fireEvent.click(suggestion);
    await waitFor(() => expect((field('Target date') as HTMLInputElement).value).toBe('2027-02-23'));
    expect(screen.queryByRole('button', { name: /as the target date/ })).toBeNull();
    expect(screen.getByTestId('verdict-timeBound').textContent).toContain('You are working towards 23 February 2027');
  });

  it('never says "In orde" under an empty field; a vague goal sentence is not praised', async () => {
    await renderWorkbook('nl');
    addGoal('Feedback', 'nl');
    const statement = await screen.findByLabelText('Je doel in één zin');
    type(statement, 'Ik wil beter worden in feedback geven.');
    await waitFor(() => expect(verdict('specific')).toBe('weak'));
    const specific = () => screen.getByTestId('verdict-specific').textContent ?? '';
    expect(specific()).not.toContain('In orde');
    expect(specific()).toContain('Uit je doelzin: "beter worden in feedback geven" is een goed begin, maar nog vaag.');

    // The same words in the S field itself: judged as the answer.
    type(field('Specifiek', ), 'Ik wil beter worden in feedback geven.');
    await waitFor(() => expect(specific()).toContain('Kan scherper'));
    expect(specific()).not.toContain('Uit je doelzin');

    // A concrete goal sentence covers S and M, but the empty boxes do not say "In orde".
    type(field('Specifiek'), '');
    type(statement, 'Vóór 1 juni geef ik in elk teamoverleg één keer feedback aan een collega met het SBI-model');
    await waitFor(() => expect(verdict('specific')).toBe('met'));
    expect(verdict('measurable')).toBe('met');
    for (const letter of ['specific', 'measurable', 'timeBound']) {
      const text = screen.getByTestId(`verdict-${letter}`).textContent ?? '';
      expect(text).not.toContain('In orde');
      expect(text).toContain('Uit je doelzin:');
    }
    // The summary at the top does count them.
    expect(screen.getByTestId('smart-summary').getAttribute('aria-label')).toBe('SMART-overzicht: 3 van 5 in orde');
    // Answered, a field shows its status again.
    type(field('Meetbaar'), 'Elke maand één keer feedback gegeven');
    await waitFor(() => expect(screen.getByTestId('verdict-measurable').textContent).toContain('In orde'));
  });

  it('describes each SMART answer with its prompt and verdict', async () => {
    await renderWorkbook('en');
    addGoal('Presenting');
    const answer = await screen.findByLabelText('Measurable');
    const described = (answer.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described[0]).toBe('How will you, or someone else, see that it worked?');
    expect(described[1]).toContain('To fill in');
    type(answer, 'Feedback from at least two colleagues');
    await waitFor(() => expect(verdict('measurable')).toBe('met'));
  });

  it('renames a goal in the editor and the list follows', async () => {
    const { stored } = await renderWorkbook('en');
    addGoal('Old name');
    type(await screen.findByLabelText('Title'), 'New name');
    await screen.findByRole('heading', { level: 2, name: 'New name' });
    expect(within(screen.getByTestId('goal-list')).getByText('New name')).toBeTruthy();
    expect((await stored()).goals[0]?.title).toBe('New name');
  });

  it('switches the relationship label with the role', async () => {
    await renderWorkbook('en');
    addGoal('Coaching');
    await screen.findByLabelText('Name of your mentor');
    fireEvent.click(screen.getByLabelText('My goal as a mentor'));
    await screen.findByLabelText('Name of your mentee');
    expect(within(screen.getByTestId('goal-list')).getByText('Mentor')).toBeTruthy();
  });

  it('renders its labels in Dutch', async () => {
    await renderWorkbook('nl');
    expect(screen.getByRole('heading', { level: 2, name: 'Je doelen' })).toBeTruthy();
    addGoal('Presenteren', 'nl');
    await screen.findByLabelText('Je doel in één zin');
    expect(screen.getByRole('heading', { level: 3, name: 'SMART-check' })).toBeTruthy();
    expect(screen.getByLabelText('Specifiek')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Stappen' })).toBeTruthy();
    expect(goalAction('Kopiëren als Markdown', 'nl')).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    type(field('Je doel in één zin'), 'Ik geef drie presentaties in het teamoverleg voor 01/03/2027');
    // Numeric dates are day-first.
    await screen.findByRole('button', { name: 'Gebruik 1 maart 2027 als streefdatum' });
  });

  it('reads numeric dates day-first in English too', async () => {
    await renderWorkbook('en');
    addGoal('Budget');
    type(await screen.findByLabelText('Your goal in one sentence'), 'Submit the budget proposal to the board by 01/03/2027');
    await screen.findByRole('button', { name: 'Use 1 March 2027 as the target date' });
  });

  it('keeps the open goal in the address, so a reload reopens it', async () => {
    const now = '2026-11-23T09:00:00.000Z';
    const seed = {
      goals: [
        createGoal({ title: 'First' }, { newId: () => 'goal-a', now }),
        createGoal({ title: 'Second' }, { newId: () => 'goal-b', now }),
      ],
    };
    location.hash = '#goal=goal-b';
    await renderWorkbook('en', seed);
    await screen.findByRole('heading', { level: 2, name: 'Second' });
    fireEvent.click(within(screen.getByTestId('goal-list')).getByText('First'));
    await screen.findByRole('heading', { level: 2, name: 'First' });
    await waitFor(() => expect(location.hash).toBe('#goal=goal-a'));
    location.hash = '';
  });
});

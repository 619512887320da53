import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { examplesNl } from '../../src/lib/goals/examples/gallery.nl.ts';
import { addGoal, field, renderWorkbook, type, goalAction } from './goals-helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

function mockClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

describe('SMART goal workbook: examples and exports', () => {
  it('shows the gallery for mentees and mentors and copies an example into an editable goal', async () => {
    const { stored } = await renderWorkbook('nl');
    const toggle = screen.getByRole('button', { name: 'Voorbeelden verbergen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // The examples load when the gallery opens.
    await screen.findByRole('heading', { level: 3, name: 'Voor mentees' });
    screen.getByRole('heading', { level: 3, name: 'Voor mentoren' });
    const example = examplesNl.find((item) => item.ownerRole === 'mentor')!;
    const card = document.querySelector<HTMLElement>(`[data-example-id="${example.id}"]`)!;
    fireEvent.click(within(card).getByRole('button', { name: 'Gebruik dit voorbeeld' }));

    await screen.findByRole('heading', { level: 2, name: example.title });
    expect((field('Je doel in één zin') as HTMLTextAreaElement).value).toBe(example.statement);
    expect((field('Mijn doel als mentor') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('step-list').querySelectorAll('li')).toHaveLength(example.steps.length);
    type(field('Titel'), 'Mijn eigen versie');
    await screen.findByRole('heading', { level: 2, name: 'Mijn eigen versie' });
    const doc = await stored();
    expect(doc.goals).toHaveLength(1);
    expect(doc.goals[0]?.title).toBe('Mijn eigen versie');
    // The example itself is untouched.
    expect(examplesNl.find((item) => item.id === example.id)?.title).toBe(example.title);
  });

  it('leads a first-time visitor to the examples or to a title of their own', async () => {
    await renderWorkbook('en');
    expect(screen.queryByRole('heading', { name: 'Take it with you' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Write your own goal' }));
    expect(document.activeElement).toBe(field('Title of a new goal'));
    fireEvent.click(screen.getByRole('button', { name: 'Hide examples' }));
    await screen.findByRole('button', { name: 'Show examples' });
    fireEvent.click(screen.getByRole('button', { name: 'Start from an example' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Start from an example' })),
    );
    expect(screen.getByRole('button', { name: 'Hide examples' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('copies the open goal as Markdown and confirms it', async () => {
    const writeText = mockClipboard(async () => undefined);
    await renderWorkbook('en');
    addGoal('Presenting');
    type(await screen.findByLabelText('Your goal in one sentence'), 'Give three presentations at the team meeting');
    fireEvent.click(goalAction('Copy as Markdown'));
    await screen.findByText('Copied. Paste it into an email, note or document.');
    expect(writeText).toHaveBeenCalledTimes(1);
    const markdown = writeText.mock.calls[0]?.[0] ?? '';
    expect(markdown).toMatch(/^# Presenting/);
    expect(markdown).toContain('Give three presentations at the team meeting');
  });

  it('offers the text to copy by hand when the clipboard refuses', async () => {
    mockClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('Your goal in one sentence');
    fireEvent.click(goalAction('Copy as Markdown'));
    const fallback = (await screen.findByLabelText('Your goal as Markdown')) as HTMLTextAreaElement;
    expect(fallback.readOnly).toBe(true);
    expect(fallback.value).toMatch(/^# Presenting/);
    screen.getByText(/Copying automatically did not work/);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByLabelText('Your goal as Markdown')).toBeNull());
  });

  it('downloads a calendar of the goals that are not archived', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:calendar';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await renderWorkbook('en');
    addGoal('Presenting');
    await screen.findByLabelText('Target date');
    fireEvent.change(field('Target date'), { target: { value: '2027-03-01' } });
    await waitFor(() => expect((field('Target date') as HTMLInputElement).value).toBe('2027-03-01'));
    fireEvent.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
    // The calendar code loads on first use.
    await waitFor(() => expect(clicked).toEqual(['mentorkit-goals-2026-11-23.ics']));
    const ics = await blobs[0]!.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Target date: Presenting');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270301');
    await screen.findByText('Calendar file mentorkit-goals-2026-11-23.ics downloaded.');
  });
});

import ICAL from 'ical.js';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Agreement } from '../../src/lib/agreements/model.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

/**
 * A fresh agreements store on the fresh fake IndexedDB (setup.ts), one agreement in it — weekly
 * on Thursdays from 5 March to 5 September 2026 — and the panel rendered with the stored
 * agreement, re-rendered on every change as the editor does.
 */
async function renderPanel(locale: Locale = 'en') {
  vi.resetModules();
  await import(locale === 'nl' ? '../../src/islands/AgreementsWorkbook.nl.tsx' : '../../src/islands/AgreementsWorkbook.en.tsx');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/agreements.ts');
  const { findAgreement, updateSectionField } = await import('../../src/lib/agreements/index.ts');
  const { CalendarPanel } = await import('../../src/islands/agreements/CalendarPanel.tsx');
  let id = '';
  function Editor() {
    const state = useStore(store.agreementsDocument.$state);
    const agreement = findAgreement(state.data, id);
    return agreement ? <CalendarPanel locale={locale} agreement={agreement} /> : <p>no agreement</p>;
  }
  const view = render(<Editor />);
  await waitFor(() => {
    if (store.agreementsDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const created = store.createAgreement('oneOnOne', { language: locale, today: '2026-03-05', title: 'Sam and Noor' })!;
  store.editAgreement(created.id, (agreement, context) => updateSectionField(agreement, 'meetings', 'frequency', 'weekly', context.now));
  id = created.id;
  view.rerender(<Editor />);
  await screen.findByRole('heading', { name: locale === 'nl' ? 'In je agenda' : 'In your calendar' });
  const stored = (): Agreement => store.currentAgreement(id)!;
  return { view, stored, store };
}

function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let pending: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return 'blob:calendar';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: pending! });
  });
  return files;
}

function expandDates(ics: string): { dates: string[]; times: string[]; uids: string[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const dates: string[] = [];
  const times: string[] = [];
  for (const event of events) {
    const iterator = event.iterator();
    for (let next = iterator.next(); next && dates.length < 400; next = iterator.next()) {
      dates.push(next.toString().slice(0, 10));
      times.push(next.toString().slice(11, 16));
    }
  }
  return { dates, times, uids: events.map((event) => event.uid) };
}

const summary = () => screen.getByTestId('calendar-summary').textContent;

describe('the calendar panel', () => {
  it('plans the series: a time, a skipped holiday, a break, and the two downloads', async () => {
    const files = captureDownloads();
    const { stored } = await renderPanel('en');
    expect(summary()).toBe('27 meetings from 5 March 2026 to 3 September 2026');
    // Without a time nothing downloads, and the panel says why.
    const series = screen.getByRole('button', { name: 'Meeting series (.ics)' }) as HTMLButtonElement;
    expect(series.disabled).toBe(true);
    screen.getByText('Choose a start time.');

    fireEvent.input(screen.getByLabelText('Start time of the meetings'), { target: { value: '19:00' } });
    await waitFor(() => expect(stored().calendar.time).toBe('19:00'));
    await waitFor(() => expect(series.disabled).toBe(false));
    expect(screen.queryByText('Choose a start time.')).toBeNull();

    // Hemelvaartsdag is the one holiday on a Thursday in range.
    const holidays = screen.getByRole('group', { name: 'Public holidays on a meeting day' });
    const ascension = within(holidays).getByRole('checkbox', { name: /Ascension Day, 14 May 2026: skip/ });
    expect(within(holidays).getAllByRole('checkbox')).toHaveLength(1);
    fireEvent.click(ascension);
    await waitFor(() => expect(stored().calendar.skipDates).toEqual(['2026-05-14']));
    await waitFor(() => expect(summary()).toBe('26 meetings from 5 March 2026 to 3 September 2026, 1 skipped'));

    // A summer break entered by hand: six Thursdays.
    fireEvent.click(screen.getByRole('button', { name: 'Add break' }));
    await screen.findByText('Enter the first and the last day.');
    fireEvent.input(screen.getByLabelText('First day'), { target: { value: '2026-07-18' } });
    fireEvent.input(screen.getByLabelText('Last day'), { target: { value: '2026-08-30' } });
    fireEvent.input(screen.getByLabelText('Description'), { target: { value: 'Summer holiday' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add break' }));
    await waitFor(() => expect(stored().calendar.skipRanges).toEqual([{ from: '2026-07-18', to: '2026-08-30', label: 'Summer holiday' }]));
    await screen.findByText('Summer holiday: 18 July 2026 to 30 August 2026');
    expect(summary()).toBe('20 meetings from 5 March 2026 to 3 September 2026, 7 skipped');
    expect((screen.getByLabelText('First day') as HTMLInputElement).value).toBe('');

    fireEvent.click(series);
    await waitFor(() => expect(files.map((file) => file.name)).toEqual(['mentoring-meetings.ics']));
    const ics = await files[0]!.blob.text();
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20260305T190000');
    expect(ics).toContain('SUMMARY:Mentoring meeting: Sam and Noor');
    const expanded = expandDates(ics);
    expect(expanded.dates).toHaveLength(20);
    expect(new Set(expanded.times)).toEqual(new Set(['19:00']));
    for (const skipped of ['2026-05-14', '2026-07-23', '2026-08-27']) expect(expanded.dates).not.toContain(skipped);
    expect(expanded.dates).toContain('2026-09-03');
    await screen.findByText('Calendar file mentoring-meetings.ics downloaded.');

    fireEvent.click(screen.getByRole('button', { name: 'Mid-point review and closure (.ics)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const milestones = expandDates(await files[1]!.blob.text());
    expect(files[1]!.name).toBe('mid-point-review-and-closure.ics');
    expect(milestones.dates).toEqual(['2026-06-05', '2026-09-05']);
    expect(milestones.uids).toEqual([`midpoint-${stored().id}@mentorkit`, `closure-${stored().id}@mentorkit`]);
  });

  it('removes a break, unticks a holiday and clears the time', async () => {
    const { stored } = await renderPanel('en');
    fireEvent.input(screen.getByLabelText('First day'), { target: { value: '2026-10-17' } });
    fireEvent.input(screen.getByLabelText('Last day'), { target: { value: '2026-10-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add break' }));
    await screen.findByText('The last day is before the first day.');
    expect(stored().calendar.skipRanges).toEqual([]);
    fireEvent.input(screen.getByLabelText('Last day'), { target: { value: '2026-10-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add break' }));
    const remove = await screen.findByRole('button', { name: 'Remove Break' });
    remove.focus();
    fireEvent.click(remove);
    await waitFor(() => expect(stored().calendar.skipRanges).toEqual([]));
    await screen.findByText('Break removed.');
    expect(document.activeElement).toBe(screen.getByLabelText('First day'));

    const ascension = screen.getByRole('checkbox', { name: /Ascension Day/ });
    fireEvent.click(ascension);
    await waitFor(() => expect(stored().calendar.skipDates).toEqual(['2026-05-14']));
    fireEvent.click(ascension);
    await waitFor(() => expect(stored().calendar.skipDates).toEqual([]));

    const time = screen.getByLabelText('Start time of the meetings');
    fireEvent.input(time, { target: { value: '08:30' } });
    await waitFor(() => expect(stored().calendar.time).toBe('08:30'));
    fireEvent.input(time, { target: { value: '' } });
    await waitFor(() => expect(stored().calendar.time).toBeNull());
  });

  it('speaks Dutch on a Dutch page', async () => {
    await renderPanel('nl');
    expect(summary()).toBe('27 gesprekken, van 5 maart 2026 tot en met 3 september 2026');
    screen.getByLabelText('Begintijd van de gesprekken');
    screen.getByRole('checkbox', { name: /Hemelvaartsdag, 14 mei 2026: overslaan/ });
    screen.getByRole('button', { name: 'Gespreksreeks (.ics)' });
    screen.getByRole('button', { name: 'Tussenevaluatie en afsluiting (.ics)' });
  });
});

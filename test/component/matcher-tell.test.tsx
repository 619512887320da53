import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { Announce } from '../../src/islands/ui/announce.ts';
import { mockMatchingWorker } from './support/run-step.tsx';

const HEADERS = ['Personeelsnummer', 'Naam', 'E-mail', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen'];
const ROWS = [
  ['1001', 'Anna de Wit', 'anna@example.nl', 'mentor', 'Nederlands', 'Excel', ''],
  ['1002', 'Bram Peters', 'bram@example.nl', 'mentee', 'Nederlands', '', 'Excel'],
  ['1003', 'Carla Smit', '', 'mentor', 'Nederlands', 'Coaching', ''],
  ['1004', '=SUM(A1)', 'som@example.nl', 'mentee', 'Nederlands', '', 'Coaching'],
  ['1005', 'Eva Jansen', 'eva@example.nl', 'mentee', 'Frans', '', 'Excel'],
];

interface Download {
  fileName: string;
  contents: string | Blob;
  type: string | undefined;
}

/**
 * The tell step on a fresh store with a project whose run is done (real engine on a fake
 * worker), downloads captured, the toast's announcements recorded (with their Undo).
 */
async function renderTellStep(locale: Locale, { run = true } = {}) {
  vi.resetModules();
  const downloads: Download[] = [];
  const announced: { text: string; extra: Parameters<Announce>[1] }[] = [];
  const { workers } = mockMatchingWorker();
  vi.doMock('../../src/islands/ui/download.ts', () => ({
    downloadFile: (fileName: string, contents: string | Blob, type?: string) => downloads.push({ fileName, contents, type }),
  }));
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const runs = await import('../../src/stores/matcher-run.ts');
  const { AnnounceContext } = await import('../../src/islands/ui/announce.ts');
  const { findProject } = await import('../../src/lib/matcher/model.ts');
  const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
  const { TellStep } = await import('../../src/islands/matcher/tell/TellStep.tsx');
  const announce: Announce = (text, extra) => announced.push({ text, extra });
  const openRun = vi.fn();
  let id = '';
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    const project = findProject(state.data, id);
    return (
      <AnnounceContext.Provider value={announce}>
        {project ? <TellStep locale={locale} project={project} onOpenRun={openRun} /> : <p>no project</p>}
      </AnnounceContext.Provider>
    );
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const project = store.createProject('Voorjaar 2026', 'careerMentoring')!;
  store.importIntoProject(project.id, {
    headers: [...HEADERS],
    rows: ROWS,
    mapping: suggestMapping([...HEADERS], ROWS),
    source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null },
  });
  id = project.id;
  const stored = () => store.currentProject(id)!;
  if (run) {
    runs.startRun(id);
    workers.at(-1)!.deliverAll();
    await waitFor(() => expect(stored().runs).toHaveLength(1));
  }
  view.rerender(<Workbook />);
  /** The step rendered afresh from the stored project, as after a reload. */
  const remount = () => {
    view.unmount();
    render(<Workbook />);
  };
  return { store, runs, stored, downloads, announced, openRun, id, workers, remount };
}

/** An English CSV as a spreadsheet reads it (after the byte order mark). */
const parseCsv = (text: string): string[][] => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
};

const approvedCount = () => screen.getByTestId('tell-approved-count').textContent;

describe('the tell step', () => {
  it('approves all with Undo, and exports the approved matches only, the formula name neutralised', async () => {
    const { stored, downloads, announced } = await renderTellStep('nl');
    await waitFor(() => expect(approvedCount()).toBe('0 van 2 koppelingen goedgekeurd'));
    expect(screen.getByText(/alleen over goedgekeurde koppelingen/)).toBeTruthy();
    expect(screen.queryByTestId('tell-message')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Alles goedkeuren' }));
    await waitFor(() => expect(approvedCount()).toBe('2 van 2 koppelingen goedgekeurd'));
    expect(stored().review.approved).toHaveLength(2);
    const toast = announced.at(-1)!;
    expect(toast.text).toBe('2 koppelingen goedgekeurd');
    toast.extra!.action!.run();
    await waitFor(() => expect(approvedCount()).toBe('0 van 2 koppelingen goedgekeurd'));
    expect(stored().review.approved).toHaveLength(0);
    expect(announced.at(-1)!.text).toBe('Goedkeuring ongedaan gemaakt');

    fireEvent.click(screen.getByRole('button', { name: 'Alles goedkeuren' }));
    await waitFor(() => expect(approvedCount()).toBe('2 van 2 koppelingen goedgekeurd'));
    expect(screen.getByText('Alle koppelingen zijn goedgekeurd.')).toBeTruthy();
    // The button is gone; focus is on the count it changed, not lost to the page.
    expect(screen.queryByRole('button', { name: 'Alles goedkeuren' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('tell-approved-count'));
    expect(screen.getByTestId('tell-export-note').textContent).toBe('De export bevat alleen de 2 goedgekeurde koppelingen en wie geen koppeling kreeg.');

    fireEvent.click(screen.getByRole('button', { name: 'CSV downloaden' }));
    expect(downloads).toHaveLength(1);
    const csv = downloads[0]!;
    expect(csv.fileName).toMatch(/^voorjaar-2026-koppelingen-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.type).toBe('text/csv;charset=utf-8');
    const text = csv.contents as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]!.split(';')[0]).toBe('Status (alleen goedgekeurde koppelingen)');
    const matchLines = lines.filter((line) => line.startsWith('Goedgekeurd;'));
    expect(matchLines).toHaveLength(2);
    expect(matchLines.some((line) => line.includes(';Anna de Wit;1001;Bram Peters;1002;'))).toBe(true);
    expect(matchLines.some((line) => line.includes(";'=SUM(A1);1004;"))).toBe(true);
    expect(text).not.toMatch(/;=SUM/);
    expect(lines.some((line) => line.startsWith('Niet gekoppeld;') && line.includes('Eva Jansen'))).toBe(true);

    // The separator can be chosen; the JSON is the whole project.
    fireEvent.change(screen.getByLabelText('Scheidingsteken in de CSV'), { target: { value: ',' } });
    fireEvent.click(screen.getByRole('button', { name: 'CSV downloaden' }));
    expect((downloads[1]!.contents as string).split('\r\n')[0]).toContain('Status (alleen goedgekeurde koppelingen),Mentor,');
    fireEvent.click(screen.getByRole('button', { name: 'Hele project downloaden (JSON)' }));
    expect(downloads[2]!.fileName).toMatch(/^voorjaar-2026-project-.*\.json$/);
    expect(JSON.parse(downloads[2]!.contents as string).project.review.approved).toHaveLength(2);
  });

  it('exports proposed matches too only when the switch says so', async () => {
    const { store, stored, downloads, id } = await renderTellStep('en');
    await waitFor(() => expect(approvedCount()).toBe('0 of 2 matches approved'));
    const anna = stored().runs[0]!.matches.find((match) => match.ids.includes('1001'))!;
    const review = await import('../../src/stores/matcher-review.ts');
    review.approve(id, [anna.ids]);
    await waitFor(() => expect(approvedCount()).toBe('1 of 2 matches approved'));
    expect(store.currentProject(id)!.review.approved).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const approvedOnly = parseCsv(downloads[0]!.contents as string);
    expect(approvedOnly[0]![0]).toBe('Status (approved matches only)');
    expect(approvedOnly.filter((row) => row[0] === 'Approved')).toHaveLength(1);
    expect(approvedOnly.filter((row) => row[0]!.startsWith('Proposed'))).toHaveLength(0);

    const toggle = screen.getByRole('switch', { name: 'Also include proposed matches that are not approved yet' });
    fireEvent.click(toggle);
    expect(screen.getByTestId('tell-export-note').textContent).toBe('The export holds all 2 matches, approved or not, and everyone left without a match.');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const all = parseCsv(downloads[1]!.contents as string);
    expect(all[0]![0]).toBe('Status (all matches, approved or not)');
    expect(all.filter((row) => row[0] === 'Approved')).toHaveLength(1);
    expect(all.filter((row) => row[0] === 'Proposed, not yet approved')).toHaveLength(1);
  });

  it('fills the introduction per approved match, keeps an edited template and signature, and warns of an unknown placeholder', async () => {
    const { stored, announced } = await renderTellStep('nl');
    fireEvent.click(await screen.findByRole('button', { name: 'Alles goedkeuren' }));
    const messages = await screen.findAllByTestId('tell-message');
    expect(messages).toHaveLength(2);
    const anna = messages.find((item) => item.textContent!.includes('Anna de Wit'))!;
    const body = within(anna).getByLabelText('Bericht aan Anna de Wit en Bram Peters') as HTMLTextAreaElement;
    expect(body.value.startsWith('Beste Anna de Wit en Bram Peters,')).toBe(true);
    expect(body.value).toContain('Anna de Wit biedt Excel aan, wat Bram Peters wil leren');
    expect(body.value).not.toMatch(/\{\w+\}/);
    expect(within(anna).getByText('Leeg in dit bericht: {coordinator}.')).toBeTruthy();
    const mail = within(within(anna).getByRole('group', { name: 'Versturen aan Anna de Wit en Bram Peters' })).getByRole('link', { name: 'Openen in je mailprogramma' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:anna@example\.nl,bram@example\.nl\?subject=/);
    // Carla has no address: the link goes to the other, and the page says so.
    const carla = messages.find((item) => item.textContent!.includes('Carla Smit'))!;
    expect(within(carla).getByText('Geen e-mailadres bekend van Carla Smit: vul dat zelf in bij Aan.')).toBeTruthy();

    // The signature and an edited template are kept in the project and fill every message.
    fireEvent.input(screen.getByLabelText('Ondertekening'), { target: { value: 'Sanne de Boer' } });
    const template = screen.getByRole('group', { name: 'Bericht aan mentor en mentee' });
    const templateBody = within(template).getByLabelText('Tekst') as HTMLTextAreaElement;
    fireEvent.input(templateBody, { target: { value: 'Hoi {mentee}, dit is {mentor}. Groet, {naam} {coordinator}' } });
    await waitFor(() => expect(stored().introductions?.templates).toHaveLength(1));
    expect(stored().introductions!.signature).toBe('Sanne de Boer');
    expect(stored().introductions!.templates[0]).toMatchObject({ locale: 'nl', kind: 'mentoring' });
    await waitFor(() => expect((within(anna).getByLabelText('Bericht aan Anna de Wit en Bram Peters') as HTMLTextAreaElement).value).toBe('Hoi Bram Peters, dit is Anna de Wit. Groet, {naam} Sanne de Boer'));
    expect(within(template).getByTestId('tell-unknown-placeholders').textContent).toContain('{naam}');
    expect(templateBody.getAttribute('aria-describedby')).toContain('tell-template-mentoring-unknown');

    // Insert puts the placeholder where the caret is.
    templateBody.setSelectionRange(4, 4);
    fireEvent.focus(templateBody);
    fireEvent.click(within(template).getByRole('button', { name: '{names} invoegen' }));
    await waitFor(() => expect(stored().introductions!.templates[0]!.body.startsWith('Hoi {names}{mentee}')).toBe(true));

    // Back to the default: nothing stored for that template.
    fireEvent.click(within(template).getByRole('button', { name: 'Standaardtekst terugzetten' }));
    await waitFor(() => expect(stored().introductions!.templates).toHaveLength(0));
    expect(announced.at(-1)!.text).toBe('De standaardtekst staat er weer');

    await waitFor(() => expect((within(anna).getByLabelText('Bericht aan Anna de Wit en Bram Peters') as HTMLTextAreaElement).value).toMatch(/^Beste Anna de Wit en Bram Peters,/));

    // The signature takes a name and a job title on two lines, and the message keeps both.
    const signature = screen.getByLabelText('Ondertekening');
    expect(signature.tagName).toBe('TEXTAREA');
    fireEvent.input(signature, { target: { value: 'Sanne de Boer\nCoördinator mentoring' } });
    await waitFor(() => expect((within(anna).getByLabelText('Bericht aan Anna de Wit en Bram Peters') as HTMLTextAreaElement).value).toMatch(/Sanne de Boer\nCoördinator mentoring$/));

    // Copy: to the clipboard with a toast.
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(within(within(anna).getByRole('group', { name: 'Versturen aan Anna de Wit en Bram Peters' })).getByRole('button', { name: 'Kopiëren' }));
    await waitFor(() => expect(announced.at(-1)!.text).toBe('Bericht aan Anna de Wit en Bram Peters gekopieerd'));
    expect((writeText.mock.calls[0] as unknown as [string])[0]).toMatch(/^Beste Anna de Wit en Bram Peters,/);
  });

  it('writes the messages in the other language once its words are loaded, and keeps that choice', async () => {
    const { stored, remount } = await renderTellStep('nl');
    fireEvent.click(await screen.findByRole('button', { name: 'Alles goedkeuren' }));
    await screen.findAllByTestId('tell-message');
    fireEvent.change(screen.getByLabelText('Taal van de berichten'), { target: { value: 'en' } });
    await waitFor(() => {
      const body = screen.getByLabelText('Bericht aan Anna de Wit en Bram Peters') as HTMLTextAreaElement;
      expect(body.value.startsWith('Dear Anna de Wit and Bram Peters,')).toBe(true);
    });
    const body = screen.getByLabelText('Bericht aan Anna de Wit en Bram Peters') as HTMLTextAreaElement;
    expect(body.value).toContain('Anna de Wit offers Excel');
    expect(body.getAttribute('lang')).toBe('en');
    // The page's own words stay Dutch.
    expect(screen.getByRole('heading', { name: 'Kennismakingsberichten' })).toBeTruthy();

    // The choice is the project's, so it is still there when the step comes back.
    expect(stored().introductions?.language).toBe('en');
    remount();
    expect((await screen.findByLabelText('Taal van de berichten') as HTMLSelectElement).value).toBe('en');
    expect((screen.getByLabelText('Bericht aan Anna de Wit en Bram Peters') as HTMLTextAreaElement).value.startsWith('Dear Anna de Wit and Bram Peters,')).toBe(true);
  });

  it('prints a card per approved match, four to a page or one', async () => {
    await renderTellStep('nl');
    fireEvent.click(await screen.findByRole('button', { name: 'Alles goedkeuren' }));
    const preview = await screen.findByText('Voorbeeld van de eerste kaart');
    const card = preview.closest('figure')!.querySelector('[data-testid="pair-card"]')!;
    expect(card.querySelectorAll('.pair-card__starters li')).toHaveLength(3);
    expect(card.querySelectorAll('.pair-card__checklist li')).toHaveLength(9);
    expect(card.textContent).toContain('Dit gaf de doorslag:');

    // jsdom has no print dialog: printing is the beforeprint event the frame renders on.
    const print = vi.fn(() => dispatchEvent(new Event('beforeprint')));
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    // The frame is made in an effect, which runs after the render.
    await waitFor(() => expect(document.querySelector('.kit-print-frame.pair-card-print')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: '2 kaarten afdrukken' }));
    expect(print).toHaveBeenCalledTimes(1);
    const frame = document.querySelector('.kit-print-frame.pair-card-print')!;
    expect(document.documentElement.classList.contains('kit-printing')).toBe(true);
    expect(frame.querySelectorAll('[data-testid="pair-card"]')).toHaveLength(2);
    expect(frame.querySelectorAll('.pair-card-sheet__page')).toHaveLength(1);
    expect(frame.textContent).toContain('=SUM(A1)');
    dispatchEvent(new Event('afterprint'));
    expect(frame.querySelectorAll('[data-testid="pair-card"]')).toHaveLength(0);

    fireEvent.click(screen.getByRole('radio', { name: 'Eén per pagina' }));
    fireEvent.click(screen.getByRole('button', { name: '2 kaarten afdrukken' }));
    expect(frame.querySelectorAll('.pair-card-sheet__page')).toHaveLength(2);
    expect(frame.querySelector('.pair-card-sheet')!.getAttribute('data-layout')).toBe('one');
    dispatchEvent(new Event('afterprint'));
  });

  it('says when there is no result yet and when it is out of date, with the way to step 3', async () => {
    const { openRun, store, id, runs, workers } = await renderTellStep('en', { run: false });
    expect(await screen.findByText('There are no matches to tell anyone about yet. Calculate them first in step 3.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to step 3: Match' }));
    expect(openRun).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Approve all' })).toBeNull();

    runs.startRun(id);
    workers.at(-1)!.deliverAll();
    await waitFor(() => expect(store.currentProject(id)!.runs).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approve all' })).not.toBeNull());
    store.setCell(id, store.currentProject(id)!.table.rows[4]!.id, 4, 'Nederlands');
    expect(await screen.findByTestId('tell-outdated')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve all' })).toBeNull();
  });
});

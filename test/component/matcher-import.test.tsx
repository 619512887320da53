// The import step in a DOM with the fake IndexedDB: a file chosen through the file input is
// read by the real worker handler (behind a fake Worker), the columns are linked, the checks
// shown with their row numbers, and "Use this list" stores the table; a second import asks
// before it replaces; the sample fills a project in one click; a bad file changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { ImportWorkerLike } from '../../src/lib/matcher/import/client.ts';
import type { ImportRequest, ImportResponse } from '../../src/lib/matcher/import/worker-protocol.ts';

const fixture = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/matcher', name)));

async function renderStep(locale: Locale = 'en', { withParticipants = false } = {}) {
  vi.resetModules();
  // The fresh module graph has an empty message registry: the workbook's entry fills it in the app.
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const { setImportClient } = await import('../../src/stores/matcher-import.ts');
  const { createImportClient } = await import('../../src/lib/matcher/import/client.ts');
  const { createImportWorkerHandler } = await import('../../src/lib/matcher/import/worker-protocol.ts');
  const { findProject } = await import('../../src/lib/matcher/model.ts');
  const { AnnounceContext } = await import('../../src/islands/ui/announce.ts');
  const { ImportStep } = await import('../../src/islands/matcher/import/ImportStep.tsx');
  const { ParticipantsTable } = await import('../../src/islands/matcher/participants/ParticipantsTable.tsx');

  // A worker that answers between tasks, as a real one does, with the real handler.
  const requests: ImportRequest[] = [];
  setImportClient(
    createImportClient(() => {
      const worker: ImportWorkerLike = {
        onmessage: null,
        onerror: null,
        terminate: () => undefined,
        postMessage(message) {
          requests.push(message);
          const handle = createImportWorkerHandler((response: ImportResponse) => setTimeout(() => worker.onmessage?.({ data: structuredClone(response) }), 0));
          setTimeout(() => void handle(message), 0);
        },
      };
      return worker;
    }),
  );

  const announced: string[] = [];
  let id = '';
  function Step() {
    const state = useStore(store.matcherDocument.$state);
    const project = findProject(state.data, id);
    return (
      <AnnounceContext.Provider value={(text) => announced.push(text)}>
        {project ? <ImportStep locale={locale} project={project} /> : <p>no project</p>}
        {/* As the workbook root does: the list shows below the import once it has rows. */}
        {withParticipants && project && project.table.rows.length > 0 && <ParticipantsTable locale={locale} project={project} />}
      </AnnounceContext.Provider>
    );
  }
  const view = render(<Step />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  id = store.createProject('Voorjaar 2026', 'careerMentoring')!.id;
  view.rerender(<Step />);
  await screen.findByRole('heading', { level: 3 });
  return { view, store, announced, requests, project: () => store.currentProject(id)! };
}

function chooseFile(name: string, bytes: Uint8Array<ArrayBuffer>, type = '') {
  const input = document.getElementById('matcher-import-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([bytes], name, { type })] } });
}

describe('the matcher import step', () => {
  it('file → mapping → checks → use: the Dutch export lands in the project', async () => {
    const { project, announced, requests } = await renderStep('en');
    expect(project().table.rows).toHaveLength(0);
    chooseFile('deelnemers-nl.csv', fixture('deelnemers-nl.csv'), 'text/csv');
    // Busy while the worker reads; the bytes went to the worker.
    await waitFor(() => expect(screen.getByTestId('matcher-import-status').textContent).toBe('Reading…'));
    await screen.findByRole('heading', { level: 4, name: 'Which column is what?' });
    expect(screen.getByTestId('matcher-import-status').textContent).toBe('');
    expect(requests[0]).toMatchObject({ type: 'file', fileName: 'deelnemers-nl.csv' });
    const mapping = screen.getByTestId('matcher-import-mapping');
    const columns = within(mapping).getAllByRole('listitem');
    expect(columns).toHaveLength(13);
    // Recognised columns are pre-selected; the one not recognised says so in words.
    expect((within(columns[1]!).getByRole('combobox') as HTMLSelectElement).value).toBe('name');
    expect(columns[1]!.textContent).toContain('Renée Jansen · Joël de Vries · Zoë Bakker');
    expect((within(columns[12]!).getByRole('combobox') as HTMLSelectElement).value).toBe('attribute:text');
    expect(columns[12]!.textContent).toContain('Not recognised');
    expect(screen.getByTestId('matcher-preview-counts').textContent).toContain('25 participants ready to match');
    screen.getByText('No errors or warnings found.');

    // Map the role column to "ignore" and back to the role: the checks follow the mapping.
    const role = within(columns[2]!).getByRole('combobox');
    fireEvent.change(role, { target: { value: 'level' } });
    await waitFor(() => expect(screen.getByTestId('matcher-preview-counts').textContent).toContain('errors: those rows are left out'));
    const issues = screen.getByTestId('matcher-preview-issues');
    expect(issues.textContent).toContain('Row 2 · Rol');
    expect(issues.textContent).toContain('The level ‘Mentor’ is not a number.');
    fireEvent.change(role, { target: { value: 'role' } });
    await waitFor(() => expect(screen.getByTestId('matcher-preview-counts').textContent).not.toContain('error'));

    fireEvent.click(screen.getByRole('button', { name: 'Use this list' }));
    await waitFor(() => expect(project().table.rows).toHaveLength(25));
    expect(project().source).toMatchObject({ kind: 'csv', fileName: 'deelnemers-nl.csv', encoding: 'windows-1252', separator: ';', sheet: null });
    expect(project().table.rows[0]!.cells[1]).toBe('Renée Jansen');
    expect(project().mapping!.columns[4]!.target).toBe('managerId');
    expect(announced).toEqual(['25 participants imported.']);
    expect((await screen.findByTestId('matcher-import-current')).textContent).toContain('25 rows from deelnemers-nl.csv (Windows-1252)');
    // The columns can be linked differently later, and that is stored at once.
    const later = await screen.findByTestId('matcher-columns');
    const department = within(later).getAllByRole('combobox')[3]!;
    fireEvent.change(department, { target: { value: 'ignore' } });
    await waitFor(() => expect(project().mapping!.columns[3]!.target).toBe('ignore'));
  });

  it('a second import asks before it replaces the list, and reuses the stored mapping', async () => {
    const { project } = await renderStep('en');
    fireEvent.click(screen.getByRole('button', { name: 'Try the sample data' }));
    await waitFor(() => expect(project().table.rows).toHaveLength(36));
    expect(project().source!.kind).toBe('sample');
    // The coordinator decides the department column means nothing here.
    const { store } = { store: await import('../../src/stores/matcher.ts') };
    const { setColumnTarget } = await import('../../src/lib/matcher/import/headers.ts');
    store.setMapping(project().id, setColumnTarget(project().mapping!, 3, 'ignore'));

    const paste = screen.getByLabelText(/Or paste the cells/);
    fireEvent.input(paste, { target: { value: 'Id\tName\tRole\tDepartment\nA1\tAnn\tmentor\tSales\nB2\tBob\tmentee\tSupport\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the pasted cells' }));
    await screen.findByRole('heading', { level: 4, name: 'Which column is what?' });
    const columns = within(screen.getByTestId('matcher-import-mapping')).getAllByRole('combobox') as HTMLSelectElement[];
    expect(columns.map((select) => select.value)).toEqual(['id', 'name', 'role', 'ignore']);
    fireEvent.click(screen.getByRole('button', { name: 'Use this list' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace the current list?' });
    expect(dialog.textContent).toContain('36 rows');
    // Cancel keeps everything; confirming replaces.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(project().table.rows).toHaveLength(36);
    fireEvent.click(screen.getByRole('button', { name: 'Use this list' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(project().table.rows).toHaveLength(2));
    expect(project().source!.kind).toBe('paste');
    // The confirmation and the form are gone: focus lands on the line about the list now in use.
    await waitFor(() => expect(document.activeElement?.id).toBe('matcher-import-current'));
  });

  it('a damaged workbook gives a clear message and changes nothing', async () => {
    const { project } = await renderStep('nl');
    const before = project();
    chooseFile('deelnemers.xlsx', fixture('afgebroken.xlsx'));
    const error = await screen.findByTestId('matcher-import-error');
    expect(error.textContent).toContain('Deze Excel-werkmap is niet te lezen');
    expect(screen.queryByRole('heading', { level: 4, name: 'Welke kolom is wat?' })).toBeNull();
    chooseFile('leeg.csv', new Uint8Array());
    await waitFor(() => expect(screen.getByTestId('matcher-import-error').textContent).toBe('Het bestand is leeg.'));
    chooseFile('beveiligd.xlsx', fixture('beveiligd.xlsx'));
    await waitFor(() => expect(screen.getByTestId('matcher-import-error').textContent).toContain('beveiligd met een wachtwoord'));
    expect(project()).toBe(before);
  });

  it('reads a workbook and lets the coordinator pick another header row', async () => {
    const { project } = await renderStep('en');
    chooseFile('deelnemers.xlsx', fixture('deelnemers.xlsx'));
    await screen.findByRole('heading', { level: 4, name: 'Which column is what?' });
    expect((screen.getByLabelText('Sheet') as HTMLSelectElement).value).toBe('Deelnemers');
    expect((screen.getByLabelText('Row with the column names') as HTMLSelectElement).value).toBe('3');
    expect(screen.getByTestId('matcher-preview-counts').textContent).toContain('10 participants ready to match');
    fireEvent.change(screen.getByLabelText('Row with the column names'), { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('matcher-import-error').textContent).toBe('Row 2 is empty. Choose the row that holds the column names.'));
    fireEvent.click(screen.getByRole('button', { name: 'Use this list' }));
    await waitFor(() => expect(project().table.rows).toHaveLength(10));
    expect(project().source).toMatchObject({ kind: 'xlsx', sheet: 'Deelnemers', fileName: 'deelnemers.xlsx' });
    expect(project().table.rows[0]!.row).toBe(4);
    expect(project().table.rows[0]!.cells[12]).toBe('2009-03-01');
  });
  it('choosing a field another column has says so next to that column, and Undo puts both back', async () => {
    await renderStep('nl');
    chooseFile('deelnemers-nl.csv', fixture('deelnemers-nl.csv'), 'text/csv');
    await screen.findByRole('heading', { level: 4, name: 'Welke kolom is wat?' });
    const columns = within(screen.getByTestId('matcher-import-mapping')).getAllByRole('listitem');
    const select = (index: number) => within(columns[index]!).getByRole('combobox') as HTMLSelectElement;
    expect(select(1).value).toBe('name');
    expect(select(3).value).toBe('department');
    fireEvent.change(select(3), { target: { value: 'name' } });
    await waitFor(() => expect(select(1).value).toBe('ignore'));
    // Said where it happened, politely, in words.
    const notice = within(columns[3]!).getByRole('status');
    expect(notice.getAttribute('aria-live') ?? 'polite').toBe('polite');
    expect(notice.textContent).toContain('Kolom ‘Naam’ stond op Naam en wordt nu niet gebruikt.');
    fireEvent.click(within(notice).getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(select(1).value).toBe('name'));
    expect(select(3).value).toBe('department');
    expect(screen.queryByTestId('matcher-mapping-problems')).toBeNull();
    expect(within(columns[3]!).getByRole('status').textContent).toBe('');
    // Focus stays on the column whose choice was undone, not on the body.
    expect(document.activeElement).toBe(select(3));
    // A change that takes nothing from another column says nothing.
    fireEvent.change(select(3), { target: { value: 'location' } });
    await waitFor(() => expect(select(3).value).toBe('location'));
    expect(within(columns[3]!).getByRole('status').textContent).toBe('');
  });

  it('after "Use this list" focus goes to the participant list, not the body', async () => {
    await renderStep('en', { withParticipants: true });
    chooseFile('deelnemers-nl.csv', fixture('deelnemers-nl.csv'), 'text/csv');
    await screen.findByRole('heading', { level: 4, name: 'Which column is what?' });
    const use = screen.getByRole('button', { name: 'Use this list' });
    use.focus();
    fireEvent.click(use);
    const heading = await screen.findByRole('heading', { level: 3, name: 'The participant list' });
    expect(heading.id).toBe('participants-heading');
    expect(heading.getAttribute('tabindex')).toBe('-1');
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('a paste of one line is spoken of as a paste, in both languages', async () => {
    await renderStep('nl');
    fireEvent.input(screen.getByLabelText(/Of plak de cellen/), { target: { value: 'hallo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Geplakte cellen inlezen' }));
    const error = await screen.findByTestId('matcher-import-error');
    expect(error.textContent).not.toContain('bestand');
    expect(error.textContent).toContain('geplakt');
  });
});

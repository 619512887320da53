import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';

const HEADERS = ['Id', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Capaciteit'];
const ROWS = [
  ['1001', 'Renée Jansen', 'Mentor', 'Directie', '', '3'],
  ['1002', 'Joël de Vries', 'stagiair', 'Financiën', 'Renée Jansen', '1'],
  ['1003', 'Zoë Bakker', 'mentee', 'HR', '1001', ''],
];

/**
 * A fresh matcher store on the fresh fake IndexedDB (setup.ts), a project with the list above
 * imported into it (Joël's role is unknown: an error), and the table rendered with the stored
 * project, re-rendered on every change as the workbook root does, its toast in a bar.
 */
async function renderTable(locale: Locale = 'en', rows: readonly (readonly string[])[] = ROWS) {
  vi.resetModules();
  // The fresh module graph has a fresh translator: the workbook's entry registers the words in the app, this here.
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
  const { findProject } = await import('../../src/lib/matcher/model.ts');
  const { ParticipantsTable } = await import('../../src/islands/matcher/participants/ParticipantsTable.tsx');
  const { AnnounceContext } = await import('../../src/islands/ui/announce.ts');
  const { Toast, useToast } = await import('../../src/islands/ui/Toast.tsx');
  let id = '';
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    const { toast, announce, dismiss } = useToast();
    const project = findProject(state.data, id);
    return (
      <AnnounceContext.Provider value={announce}>
        {project ? <ParticipantsTable locale={locale} project={project} /> : <p>no project</p>}
        <Toast toast={toast} onDismiss={dismiss} dismissLabel="Close" />
      </AnnounceContext.Provider>
    );
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const created = store.createProject('Spring round', 'careerMentoring')!;
  store.importIntoProject(created.id, {
    headers: HEADERS,
    rows,
    mapping: suggestMapping(HEADERS, rows),
    source: { kind: 'csv', fileName: 'deelnemers.csv', encoding: 'utf-8', separator: ';', sheet: null },
  });
  id = created.id;
  view.rerender(<Workbook />);
  await screen.findByRole('heading', { level: 3, name: locale === 'nl' ? 'De deelnemerslijst' : 'The participant list' });
  return { view, store, project: () => store.currentProject(id)! };
}

const type = (element: Element, value: string) => fireEvent.input(element, { target: { value } });
const summary = () => screen.getByTestId('participants-summary').textContent;
const table = () => screen.getByRole('table');
const rowOf = (name: string) => within(table()).getByRole('rowheader', { name }).closest('tr')!;

describe('the participants table', () => {
  it('shows who takes part, the manager by name, and each row’s status in words', async () => {
    await renderTable();
    expect(summary()).toBe('2 people take part. 1 row with an error is left out.');
    expect(within(table()).getByText('Participants, rows 1 to 3 of 3')).toBeTruthy();
    const zoe = rowOf('Zoë Bakker');
    // The manager cell held an id; the table names the person.
    expect(within(zoe).getByText('Renée Jansen')).toBeTruthy();
    expect(within(zoe).getByText('Mentee')).toBeTruthy();
    expect(within(zoe).getByText('In order')).toBeTruthy();
    const joel = rowOf('Joël de Vries');
    expect(within(joel).getByText('1 error')).toBeTruthy();
    expect(within(joel).getByText(/^Rol: The role ‘stagiair’ is unknown/)).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Row', 'Status', 'Id', 'Role', 'Department', 'Manager', 'Capacity', 'Actions']);
  });

  it('fixes a cell with an error in place: the error goes and the person counts', async () => {
    const { project } = await renderTable();
    fireEvent.click(within(rowOf('Joël de Vries')).getByRole('button', { name: 'Fix row 3: Joël de Vries' }));
    const form = screen.getByRole('form', { name: 'Edit row 3' });
    // Focus lands on the field with the error, which is described by it.
    const role = within(form).getByLabelText('Rol') as HTMLInputElement;
    expect(document.activeElement).toBe(role);
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/The role ‘stagiair’ is unknown/)).toBeTruthy();

    // Still wrong: the same check answers at once, and the form stays.
    type(role, 'trainee');
    fireEvent.submit(form);
    await waitFor(() => expect(within(form).getByText(/The role ‘trainee’ is unknown/)).toBeTruthy());
    expect(summary()).toBe('2 people take part. 1 row with an error is left out.');

    type(within(form).getByLabelText('Rol'), 'mentee');
    fireEvent.submit(form);
    await waitFor(() => expect(summary()).toBe('3 people take part. Every row is in order.'));
    expect(screen.queryByRole('form')).toBeNull();
    expect(within(rowOf('Joël de Vries')).getByText('In order')).toBeTruthy();
    expect(project().table.rows[1]!.cells[2]).toBe('mentee');
    await screen.findByText('Row 3 is saved and takes part.');
    // Focus goes back to the row's button.
    expect(document.activeElement).toBe(within(rowOf('Joël de Vries')).getByRole('button', { name: 'Edit row 3: Joël de Vries' }));
  });

  it('removes a row, and Undo puts it back in its place', async () => {
    const { project } = await renderTable();
    fireEvent.click(within(rowOf('Renée Jansen')).getByRole('button', { name: 'Remove row 2: Renée Jansen' }));
    await waitFor(() => expect(within(table()).queryByRole('rowheader', { name: 'Renée Jansen' })).toBeNull());
    expect(project().table.rows.map((row) => row.cells[1])).toEqual(['Joël de Vries', 'Zoë Bakker']);
    // Renée managed Joël and Zoë: both now name a manager who is not in the list.
    expect(summary()).toBe('1 person takes part. 1 row with an error is left out. There are 2 warnings.');
    expect(within(rowOf('Zoë Bakker')).getByText('1 warning')).toBeTruthy();
    expect(within(rowOf('Zoë Bakker')).getByText('1001')).toBeTruthy();
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Row 2 was removed.');
    const undo = within(toast).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    await waitFor(() => expect(within(table()).getByRole('rowheader', { name: 'Renée Jansen' })).toBeTruthy());
    expect(project().table.rows.map((row) => row.cells[1])).toEqual(['Renée Jansen', 'Joël de Vries', 'Zoë Bakker']);
    expect(summary()).toBe('2 people take part. 1 row with an error is left out.');
    expect(screen.getByTestId('toast').textContent).toContain('Row 2 is back in the list.');
  });

  it('adds a person by hand with the same checks: a duplicate id shows on both rows', async () => {
    const { project } = await renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'Add a participant' }));
    const form = screen.getByRole('form', { name: 'Add a participant' });
    expect(within(form).getAllByRole('textbox').map((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toEqual(HEADERS);
    type(within(form).getByLabelText('Id'), '1001');
    type(within(form).getByLabelText('Naam'), 'Sam Peters');
    type(within(form).getByLabelText('Rol'), 'mentee');
    fireEvent.submit(form);

    // The new row is in the table and stays open as that row, its error under the id.
    const editing = await screen.findByRole('form', { name: 'Edit row 5' });
    const id = within(editing).getByLabelText('Id');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(within(editing).getByText('The id ‘1001’ appears more than once (row 2, 5). Each id may appear only once.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(id));
    expect(within(rowOf('Renée Jansen')).getByText('1 error')).toBeTruthy();
    expect(summary()).toBe('1 person takes part. 3 rows with errors are left out.');
    expect(project().table.rows).toHaveLength(4);

    // A new id, and Sam counts (and so does Renée again).
    type(id, '1004');
    fireEvent.submit(editing);
    await waitFor(() => expect(summary()).toBe('3 people take part. 1 row with an error is left out.'));
    expect(within(rowOf('Sam Peters')).getByText('In order')).toBeTruthy();
  });

  it('searches without minding case or accents, filters by status and sorts', async () => {
    await renderTable();
    const names = () => within(table()).getAllByRole('rowheader').map((cell) => cell.textContent);
    type(screen.getByRole('searchbox', { name: 'Search' }), 'ZOE');
    await waitFor(() => expect(names()).toEqual(['Zoë Bakker']));
    expect(screen.getByTestId('participants-found').textContent).toBe('1 of 3 rows found.');
    type(screen.getByRole('searchbox', { name: 'Search' }), 'financien');
    await waitFor(() => expect(names()).toEqual(['Joël de Vries']));
    type(screen.getByRole('searchbox', { name: 'Search' }), '');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'ok' } });
    await waitFor(() => expect(names()).toEqual(['Renée Jansen', 'Zoë Bakker']));
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'name' } });
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'descending' } });
    await waitFor(() => expect(names()).toEqual(['Zoë Bakker', 'Renée Jansen', 'Joël de Vries']));
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('keeps 2 000 rows out of the page but 100, with a pager', async () => {
    const many = Array.from({ length: 2_000 }, (_, index) => [`${index + 1}`, `Persoon ${index + 1}`, index % 2 ? 'mentee' : 'mentor', 'HR', '', '1']);
    await renderTable('nl', many);
    expect(summary()).toBe('2000 deelnemers doen mee. Alle rijen zijn in orde.');
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(100);
    expect(screen.getByText('Pagina 1 van 20')).toBeTruthy();
    const next = screen.getByRole('button', { name: 'Volgende pagina' });
    fireEvent.click(next);
    await waitFor(() => expect(within(table()).getAllByRole('rowheader')[0]!.textContent).toBe('Persoon 101'));
    expect(within(table()).getByText('Deelnemers, rij 101 tot en met 200 van 2000')).toBeTruthy();
    type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'persoon 1999');
    await waitFor(() => expect(within(table()).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Persoon 1999']));
    expect(screen.queryByRole('navigation', { name: 'Pagina’s van de deelnemerslijst' })).toBeNull();
  });
  it('shows a very long cell (stored clamped at 2 000 characters) as its first characters, with its length for screen readers', async () => {
    const huge = 'Afdeling '.repeat(350_000);
    await renderTable('nl', [['1001', 'Renée Jansen', 'Mentor', huge, '', '3']]);
    const cell = rowOf('Renée Jansen').querySelector<HTMLElement>('td[data-label="Afdeling"]')!;
    expect(cell.textContent!.length).toBeLessThan(300);
    expect(cell.textContent).toContain('Afdeling Afdeling');
    expect(cell.textContent).toContain('…');
    expect(cell.querySelector('.visually-hidden')!.textContent).toBe(' (2000 tekens)');
    // The search still reads the whole cell.
    type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'afdeling');
    await waitFor(() => expect(screen.getByTestId('participants-found').textContent).toBe('1 van de 1 rijen gevonden.'));
  });
});

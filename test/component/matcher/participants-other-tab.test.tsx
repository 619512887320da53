// The row editor while another tab changes the same list: the row being edited is removed there,
// or the whole list is replaced by a new import. Nothing typed here may go without a word.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

const HEADERS = ['Id', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Capaciteit'];
const ROWS = [
  ['1001', 'Renée Jansen', 'Mentor', 'Directie', '', '3'],
  ['1002', 'Joël de Vries', 'stagiair', 'Financiën', 'Renée Jansen', '1'],
  ['1003', 'Zoë Bakker', 'mentee', 'HR', '1001', ''],
];

/**
 * The participants table on a fresh store and fake IndexedDB (setup.ts), as the workbook root
 * renders it, plus a second synced document on the same storage: another tab. Its saves reach
 * this tab's document through the storage change channel, as a real tab's do.
 */
async function renderWithOtherTab(locale: Locale = 'en') {
  vi.resetModules();
  await import('../../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../../src/stores/matcher.ts');
  const { getStorageService } = await import('../../../src/stores/storage.ts');
  const { createSyncedDocument } = await import('../../../src/lib/storage/synced-document.ts');
  const { matcherRecord } = await import('../../../src/lib/matcher/record.ts');
  const operations = await import('../../../src/lib/matcher/operations.ts');
  const { suggestMapping } = await import('../../../src/lib/matcher/import/headers.ts');
  const { findProject } = await import('../../../src/lib/matcher/model.ts');
  const { ParticipantsTable } = await import('../../../src/islands/matcher/participants/ParticipantsTable.tsx');
  const { AnnounceContext } = await import('../../../src/islands/ui/announce.ts');
  const { Toast, useToast } = await import('../../../src/islands/ui/Toast.tsx');
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
    rows: ROWS,
    mapping: suggestMapping(HEADERS, ROWS),
    source: { kind: 'csv', fileName: 'deelnemers.csv', encoding: 'utf-8', separator: ';', sheet: null },
  });
  id = created.id;
  view.rerender(<Workbook />);
  await screen.findByRole('heading', { level: 3, name: locale === 'nl' ? 'De deelnemerslijst' : 'The participant list' });
  await store.matcherDocument.flush();

  const other = createSyncedDocument(matcherRecord, { service: getStorageService, debounceMs: 0 });
  await other.start();
  await waitFor(() => expect(findProject(other.$state.get().data, id)?.table.rows).toHaveLength(3));
  const now = '2030-01-01T00:00:00.000Z';
  let n = 0;
  const newId = () => `other-${++n}`;
  /** Another tab's edit of the project, saved there; this tab hears of it as it would from a real tab. */
  const inOtherTab = async (operation: (project: import('../../../src/lib/matcher/model.ts').MatchingProject) => import('../../../src/lib/matcher/model.ts').MatchingProject) => {
    other.update((doc) => operations.updateProject(doc, id, operation));
    await other.flush();
  };
  const rowId = (name: string) => store.currentProject(id)!.table.rows.find((row) => row.cells[1] === name)!.id;
  return {
    store,
    project: () => store.currentProject(id)!,
    rowId,
    removeInOtherTab: (name: string) => inOtherTab((project) => operations.removeRow(project, rowId(name), now).project),
    setCellInOtherTab: (name: string, column: number, value: string) => inOtherTab((project) => operations.setCell(project, rowId(name), column, value, now)),
    importInOtherTab: (headers: string[], rows: string[][]) =>
      inOtherTab((project) =>
        operations.importTable(project, operations.tableFrom(headers, rows, undefined, newId), suggestMapping(headers, rows), { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null }, now),
      ),
    stopOther: () => other.stop(),
  };
}

const type = (element: Element, value: string) => fireEvent.input(element, { target: { value } });
const summary = () => screen.getByTestId('participants-summary').textContent;
const table = () => screen.getByRole('table');
const rowOf = (name: string) => within(table()).getByRole('rowheader', { name }).closest('tr')!;
const value = (form: HTMLElement, label: string) => (within(form).getByLabelText(label) as HTMLInputElement).value;

describe('the row editor while another tab changes the list', () => {
  it('keeps what was typed when another tab removes the row, says so, and adds it as a new row', async () => {
    const { project, removeInOtherTab, stopOther } = await renderWithOtherTab();
    fireEvent.click(within(rowOf('Joël de Vries')).getByRole('button', { name: 'Fix row 3: Joël de Vries' }));
    const form = screen.getByRole('form', { name: 'Edit row 3' });
    const role = within(form).getByLabelText('Rol');
    type(role, 'mentee');
    type(within(form).getByLabelText('Afdeling'), 'Financiën en control');
    role.focus();

    await removeInOtherTab('Joël de Vries');
    await waitFor(() => expect(within(table()).queryByRole('rowheader', { name: 'Joël de Vries' })).toBeNull());

    // The form stays, with what was typed, and says what happened and what can be done.
    const gone = screen.getByRole('form', { name: 'Row 3 is no longer in the list' });
    const alert = within(gone).getByRole('alert');
    expect(alert.textContent).toBe('Row 3 was removed from the list in another tab. What you typed is still here: add it as a new row, or discard it.');
    expect(value(gone, 'Rol')).toBe('mentee');
    expect(value(gone, 'Afdeling')).toBe('Financiën en control');
    expect(value(gone, 'Naam')).toBe('Joël de Vries');
    // The findings belonged to the stored row, which is gone; so is its Remove.
    expect(within(gone).queryByText(/The role ‘stagiair’ is unknown/)).toBeNull();
    expect(within(gone).queryByRole('button', { name: 'Remove this row' })).toBeNull();
    expect(within(gone).queryByRole('button', { name: 'Save' })).toBeNull();
    // Focus stays where the person was typing.
    expect(document.activeElement).toBe(within(gone).getByLabelText('Rol'));

    fireEvent.click(within(gone).getByRole('button', { name: 'Add as a new row' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const added = project().table.rows.at(-1)!;
    expect(added.cells).toEqual(['1002', 'Joël de Vries', 'mentee', 'Financiën en control', 'Renée Jansen', '1']);
    expect(added.row).toBe(5);
    expect(project().table.rows).toHaveLength(3);
    expect(within(rowOf('Joël de Vries')).getByText('In order')).toBeTruthy();
    expect(summary()).toBe('3 people take part. Every row is in order.');
    expect(screen.getByTestId('toast').textContent).toContain('Joël de Vries is in the list (row 5).');
    stopOther();
  });

  it('discards what was typed only when asked, and focus goes to Add a participant', async () => {
    const { project, removeInOtherTab, stopOther } = await renderWithOtherTab('nl');
    fireEvent.click(within(rowOf('Zoë Bakker')).getByRole('button', { name: 'Rij 4 aanpassen: Zoë Bakker' }));
    type(within(screen.getByRole('form', { name: 'Rij 4 aanpassen' })).getByLabelText('Afdeling'), 'ICT');

    await removeInOtherTab('Zoë Bakker');
    const gone = await screen.findByRole('form', { name: 'Rij 4 staat niet meer in de lijst' });
    expect(within(gone).getByRole('alert').textContent).toBe('Rij 4 is in een ander tabblad verwijderd. Wat je hebt getypt, staat er nog. Voeg het toe als nieuwe rij, of gooi het weg.');
    // Escape would throw the typing away by accident; only the button does.
    fireEvent.keyDown(gone, { key: 'Escape' });
    expect(screen.getByRole('form', { name: 'Rij 4 staat niet meer in de lijst' })).toBe(gone);

    fireEvent.click(within(gone).getByRole('button', { name: 'Weggooien' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Deelnemer toevoegen' }));
    expect(project().table.rows.map((row) => row.cells[1])).toEqual(['Renée Jansen', 'Joël de Vries']);
    stopOther();
  });

  it('says the list was replaced by a new import, and adds what was typed to the new list by column name', async () => {
    const { project, importInOtherTab, stopOther } = await renderWithOtherTab();
    fireEvent.click(within(rowOf('Joël de Vries')).getByRole('button', { name: 'Fix row 3: Joël de Vries' }));
    type(within(screen.getByRole('form', { name: 'Edit row 3' })).getByLabelText('Rol'), 'mentee');

    // The new list has its columns in another order, and no manager or capacity.
    await importInOtherTab(['Naam', 'Id', 'Rol', 'Afdeling'], [['Sam Peters', '2001', 'mentor', 'ICT']]);
    await waitFor(() => expect(within(table()).getByRole('rowheader', { name: 'Sam Peters' })).toBeTruthy());

    const gone = screen.getByRole('form', { name: 'Row 3 is no longer in the list' });
    expect(within(gone).getByRole('alert').textContent).toBe(
      'The list was replaced by a new import. What you typed is still here: add it as a new row, or discard it. 2 columns are not in the new list, so what is in them is left out: Leidinggevende and Capaciteit.',
    );
    // The fields are the ones the person was typing in, under the headers they had.
    expect(value(gone, 'Rol')).toBe('mentee');
    expect(value(gone, 'Leidinggevende')).toBe('Renée Jansen');

    fireEvent.click(within(gone).getByRole('button', { name: 'Add as a new row' }));
    await waitFor(() => expect(within(table()).getByRole('rowheader', { name: 'Joël de Vries' })).toBeTruthy());
    expect(project().table.headers).toEqual(['Naam', 'Id', 'Rol', 'Afdeling']);
    expect(project().table.rows.map((row) => row.cells)).toEqual([
      ['Sam Peters', '2001', 'mentor', 'ICT'],
      ['Joël de Vries', '1002', 'mentee', 'Financiën'],
    ]);
    stopOther();
  });

  it('keeps a participant being added when the list is replaced, and says so', async () => {
    const { project, importInOtherTab, stopOther } = await renderWithOtherTab();
    fireEvent.click(screen.getByRole('button', { name: 'Add a participant' }));
    const form = screen.getByRole('form', { name: 'Add a participant' });
    type(within(form).getByLabelText('Id'), '1004');
    type(within(form).getByLabelText('Naam'), 'Mila Kok');
    type(within(form).getByLabelText('Rol'), 'mentee');

    await importInOtherTab(['Naam', 'Id', 'Rol'], [['Sam Peters', '2001', 'mentor']]);
    await waitFor(() => expect(within(table()).getByRole('rowheader', { name: 'Sam Peters' })).toBeTruthy());
    const still = screen.getByRole('form', { name: 'Add a participant' });
    expect(within(still).getByRole('alert').textContent).toContain('The list was replaced by a new import. What you typed is still here');
    expect(value(still, 'Naam')).toBe('Mila Kok');

    fireEvent.click(within(still).getByRole('button', { name: 'Add as a new row' }));
    await waitFor(() => expect(within(table()).getByRole('rowheader', { name: 'Mila Kok' })).toBeTruthy());
    expect(project().table.rows.map((row) => row.cells)).toEqual([
      ['Sam Peters', '2001', 'mentor'],
      ['Mila Kok', '1004', 'mentee'],
    ]);
    stopOther();
  });

  it('saves only the fields typed here: a field changed in another tab meanwhile keeps that change', async () => {
    const { project, setCellInOtherTab, stopOther } = await renderWithOtherTab();
    fireEvent.click(within(rowOf('Joël de Vries')).getByRole('button', { name: 'Fix row 3: Joël de Vries' }));
    const form = screen.getByRole('form', { name: 'Edit row 3' });
    type(within(form).getByLabelText('Rol'), 'mentee');

    await setCellInOtherTab('Joël de Vries', 3, 'Inkoop');
    // A field not touched here shows what the other tab saved.
    await waitFor(() => expect(value(form, 'Afdeling')).toBe('Inkoop'));
    expect(value(form, 'Rol')).toBe('mentee');
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(project().table.rows[1]!.cells).toEqual(['1002', 'Joël de Vries', 'mentee', 'Inkoop', 'Renée Jansen', '1']);
    stopOther();
  });
});

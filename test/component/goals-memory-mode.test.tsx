import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { addGoal, renderWorkbook } from './goals-helpers.tsx';

afterEach(() => vi.restoreAllMocks());

/** A browser that refuses IndexedDB, as some private windows do. */
function refuseIndexedDb(): void {
  globalThis.indexedDB = {
    open: () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    },
  } as unknown as IDBFactory;
}

describe('the goals workbook when the browser refuses to store anything', () => {
  it('says the work lives only in this tab, and offers the backup right there', async () => {
    refuseIndexedDb();
    const files: Promise<string>[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push((blob as Blob).text());
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { goalsDocument } = await renderWorkbook('en');
    expect(goalsDocument.$state.get().backend).toBe('memory');

    const warning = screen.getByTestId('memory-warning');
    expect(warning.textContent).toContain('Your browser does not allow saving');
    expect(warning.textContent).toContain('Download a backup before you close or reload this page.');
    // The workbook still works, and the save state never claims "saved in this browser".
    addGoal('Coach two new mentors');
    await screen.findByRole('heading', { name: 'Coach two new mentors' });
    await goalsDocument.flush();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Not saved — this tab only'));
    expect(document.body.textContent).not.toContain('Saved in this browser');
    // "Last backup" would suggest the browser keeps something; in memory mode it is not shown.
    expect(screen.queryByTestId('backup-status')).toBeNull();

    fireEvent.click(within(warning).getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const backup = JSON.parse(await files[0]!) as { app: string; records: { kind: string; data: { goals: { title: string }[] } }[] };
    expect(backup.app).toBe('mentorkit');
    expect(backup.records.find((record) => record.kind === 'goals')?.data.goals.map((goal) => goal.title)).toEqual(['Coach two new mentors']);
  });
});

import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import DataControls from '../../src/islands/DataControls.tsx';
import { getStorageService } from '../../src/lib/storage/service.ts';
import { noteRecord } from '../../src/lib/notes/note-record.ts';

function pickFile(content: string, label: string): void {
  const file = new File([content], 'backup.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe('DataControls island', () => {
  it('refuses a file that is not a backup, with a translated error, and changes nothing', async () => {
    const service = await getStorageService();
    await service.repository.save(noteRecord, { text: 'keep' }, 0);
    render(<DataControls locale="nl" />);
    await waitFor(() => expect(screen.getByText('Back-up downloaden')).toHaveProperty('disabled', false));
    pickFile('this is not json', 'Kies een back-upbestand (.json)');
    fireEvent.click(screen.getByText('Terugzetten'));
    await screen.findByText(/geen geldige back-up/);
    const loaded = await service.repository.load(noteRecord);
    expect(loaded.ok && loaded.data.text).toBe('keep');
  });

  it('restores a valid backup in replace mode', async () => {
    const service = await getStorageService();
    await service.repository.save(noteRecord, { text: 'from backup' }, 0);
    const { json } = await service.exportBackup();
    await service.deleteAll();
    render(<DataControls locale="en" />);
    await waitFor(() => expect(screen.getByText('Download a backup')).toHaveProperty('disabled', false));
    pickFile(json, 'Choose a backup file (.json)');
    fireEvent.click(screen.getByLabelText('Replace everything with the backup'));
    fireEvent.click(screen.getByText('Restore'));
    await screen.findByText('Backup restored: 1 parts.');
    const loaded = await service.repository.load(noteRecord);
    expect(loaded.ok && loaded.data.text).toBe('from backup');
  });

  it('deletes everything only after the confirmation word is typed', async () => {
    const service = await getStorageService();
    await service.repository.save(noteRecord, { text: 'doomed' }, 0);
    render(<DataControls locale="en" />);
    await waitFor(() => expect(screen.getByText('Delete all my data')).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByText('Delete all my data'));
    const confirm = screen.getByRole('button', { name: 'Delete all my data' });
    expect(confirm).toHaveProperty('disabled', true);
    fireEvent.input(screen.getByLabelText('Are you sure? Type DELETE to confirm.'), { target: { value: 'DELETE' } });
    expect(confirm).toHaveProperty('disabled', false);
    fireEvent.click(confirm);
    await screen.findByText('All data has been deleted.');
    expect(await service.repository.readAll()).toEqual([]);
  });
});

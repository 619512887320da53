import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import DataControls from '../../src/islands/data/DataControls.tsx';
import { getStorageService } from '../../src/stores/storage.ts';
import { noteRecord } from '../../src/lib/notes/note-record.ts';
import { goalsRecord } from '../../src/lib/goals/record.ts';
import { createGoal } from '../../src/lib/goals/index.ts';

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
    await screen.findByText('Nothing is stored in this browser yet; nothing will be lost.');
    fireEvent.click(screen.getByText('Yes, replace everything'));
    await screen.findByText('Backup restored: your note restored.');
    const loaded = await service.repository.load(noteRecord);
    expect(loaded.ok && loaded.data.text).toBe('from backup');
  });

  it('replace shows what it will remove and changes nothing until confirmed', async () => {
    const service = await getStorageService();
    await service.repository.save(noteRecord, { text: 'only the note' }, 0);
    const { json } = await service.exportBackup();
    const goals = { goals: [1, 2, 3].map((n) => ({ ...createGoal({ title: `Goal ${n}` }, { newId: () => `g${n}`, now: '2026-01-01T00:00:00.000Z' }) })) };
    await service.repository.save(goalsRecord, goals, 0);
    render(<DataControls locale="en" />);
    await waitFor(() => expect(screen.getByText('Download a backup')).toHaveProperty('disabled', false));
    pickFile(json, 'Choose a backup file (.json)');
    fireEvent.click(screen.getByLabelText('Replace everything with the backup'));
    fireEvent.click(screen.getByText('Restore'));
    const preview = await screen.findByTestId('replace-preview');
    expect(preview.textContent).toContain('3 goals');
    expect(preview.textContent).toContain('your note');
    expect((await service.repository.load(goalsRecord)).data.goals).toHaveLength(3);
    fireEvent.click(screen.getByText('Cancel'));
    await screen.findByText('Restore cancelled. Nothing was changed.');
    expect((await service.repository.load(goalsRecord)).data.goals).toHaveLength(3);
  });

  it('merge says what actually changed, with correct plurals', async () => {
    const service = await getStorageService();
    const goal = (n: number) => createGoal({ title: `Goal ${n}` }, { newId: () => `g${n}`, now: '2026-01-01T00:00:00.000Z' });
    await service.repository.save(goalsRecord, { goals: [goal(1), goal(2)] }, 0);
    const { json } = await service.exportBackup();
    await service.deleteAll();
    await service.repository.save(goalsRecord, { goals: [goal(3)] }, 0);
    await service.repository.save(noteRecord, { text: 'newer here' }, 0);
    render(<DataControls locale="nl" />);
    await waitFor(() => expect(screen.getByText('Back-up downloaden')).toHaveProperty('disabled', false));
    pickFile(json, 'Kies een back-upbestand (.json)');
    fireEvent.click(screen.getByText('Terugzetten'));
    await screen.findByText('Back-up teruggezet: 2 doelen toegevoegd.');
    expect((await service.repository.load(goalsRecord)).data.goals.map((g) => g.id)).toEqual(['g3', 'g1', 'g2']);
    expect((await service.repository.load(noteRecord)).data.text).toBe('newer here');
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

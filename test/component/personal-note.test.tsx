import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import PersonalNote from '../../src/islands/note/PersonalNote.tsx';
import { noteDocument } from '../../src/stores/note.ts';
import { getStorageService } from '../../src/stores/storage.ts';
import { noteRecord } from '../../src/lib/notes/note-record.ts';

describe('PersonalNote island', () => {
  it('loads, autosaves through the storage module and shows the saved state', async () => {
    render(<PersonalNote locale="en" />);
    const field = screen.getByLabelText('Your personal note') as HTMLTextAreaElement;
    await waitFor(() => expect(field.disabled).toBe(false));
    fireEvent.input(field, { target: { value: 'Talk about growth' } });
    await noteDocument.flush();
    await screen.findByText('Saved in this browser');
    const loaded = await (await getStorageService()).repository.load(noteRecord);
    expect(loaded.ok && loaded.data.text).toBe('Talk about growth');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useStore } from '@nanostores/preact';
import { StorageStatus } from '../../src/islands/ui/StorageStatus.tsx';
import { createSyncedDocument, type SyncedDocument } from '../../src/lib/storage/synced-document.ts';
import { createIndexedDbBackend } from '../../src/lib/storage/indexeddb-backend.ts';
import { createChangeChannel } from '../../src/lib/storage/change-channel.ts';
import { createStorageService } from '../../src/lib/storage/service.ts';
import { recordKey } from '../../src/lib/storage/envelope.ts';
import { noteRecord } from '../../src/lib/notes/note-record.ts';
import { goalsRecord } from '../../src/lib/goals/record.ts';
import { createGoal } from '../../src/lib/goals/index.ts';
import type { RecordType } from '../../src/lib/storage/record-type.ts';
import { renderWorkbook } from './goals-helpers.tsx';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every file handed to the browser's download, read back as text. */
function captureDownloads(): Promise<string>[] {
  const files: Promise<string>[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push((blob as Blob).text());
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  return files;
}

const started: SyncedDocument<unknown>[] = [];
afterEach(() => {
  for (const document of started.splice(0)) document.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function Status({ document }: { document: SyncedDocument<unknown> }) {
  const state = useStore(document.$state);
  return <StorageStatus locale="en" state={state} document={document} />;
}

describe('the last backup and the reminder', () => {
  it('reminds after three days of changes in no backup, and a backup made from the reminder clears it', async () => {
    // Only the clock is fake: the saves and the test's waits run on real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-03-02T09:00:00.000Z');
    vi.setSystemTime(start);
    const files = captureDownloads();
    vi.resetModules();
    await import('../../src/lib/i18n/all.ts');
    const { default: PersonalNote } = await import('../../src/islands/PersonalNote.en.tsx');
    const { noteDocument } = await import('../../src/stores/note.ts');
    const { getStorageService } = await import('../../src/stores/storage.ts');
    const view = render(<PersonalNote />);
    const note = screen.getByLabelText('Your personal note') as HTMLTextAreaElement;
    await waitFor(() => expect(note.disabled).toBe(false));
    fireEvent.input(note, { target: { value: 'Ask about the team offsite' } });
    await noteDocument.flush();
    await screen.findByText('Saved in this browser');
    expect(screen.getByTestId('backup-status').textContent).toBe('You have not made a backup yet.');
    expect(screen.queryByTestId('backup-reminder')).toBeNull();

    // Three days later to the minute is not yet "more than three days"; the line keeps quiet.
    vi.setSystemTime(start.getTime() + 3 * DAY_MS - 60_000);
    view.unmount();
    const again = render(<PersonalNote />);
    await screen.findByText('Saved in this browser');
    expect(screen.queryByTestId('backup-reminder')).toBeNull();

    vi.setSystemTime(start.getTime() + 4 * DAY_MS);
    again.unmount();
    render(<PersonalNote />);
    const reminder = await screen.findByTestId('backup-reminder');
    expect(reminder.textContent).toContain('You have changes from more than 4 days ago that are in no backup.');

    fireEvent.click(within(reminder).getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(start.getTime() + 4 * DAY_MS));
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toBe(`Last backup: ${when}`));
    expect(files).toHaveLength(1);
    expect(JSON.parse(await files[0]!)).toMatchObject({ records: [{ kind: 'note', data: { text: 'Ask about the team offsite' } }] });
    const stored = await (await getStorageService()).repository.load(noteRecord);
    expect(stored.unbackedSince).toBeNull();

    // The next edit starts a new "in no backup" period, from now.
    fireEvent.input(screen.getByLabelText('Your personal note'), { target: { value: 'Ask about the team offsite, and the budget' } });
    await noteDocument.flush();
    await waitFor(() => expect(noteDocument.$state.get().unbackedSince).toBe(new Date(start.getTime() + 4 * DAY_MS).toISOString()));
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });
});

describe('the conflict dialog', () => {
  async function twoTabsWithOneGoal() {
    // Two tabs: two services over the one (fake) IndexedDB, joined by one change channel.
    const backend = createIndexedDbBackend();
    const channel = createChangeChannel(false);
    const types = [goalsRecord, noteRecord] as RecordType<unknown>[];
    const service = (id: string) => createStorageService(backend, types, { channel, presence: { id, liveTabs: async () => new Set(['a', 'b']) } });
    const goal = createGoal({ title: 'Feedback' }, { newId: () => 'g1', now: '2026-01-01T00:00:00.000Z' });
    const a = service('a');
    const b = service('b');
    await a.repository.save(goalsRecord, { goals: [goal] }, 0);
    const open = (tab: ReturnType<typeof service>) => {
      const document = createSyncedDocument(goalsRecord, { service: async () => tab, debounceMs: 10_000, retryMs: 60_000 });
      started.push(document as SyncedDocument<unknown>);
      return document;
    };
    const here = open(b);
    const other = open(a);
    await Promise.all([here.start(), other.start()]);
    const setStatement = (text: string) => (data: { goals: readonly (typeof goal)[] }) => ({
      goals: data.goals.map((current) => ({ ...current, statement: text, updatedAt: new Date().toISOString() })),
    });
    other.update(setStatement('Give feedback in every retro'));
    here.update(setStatement('Ask for feedback after every demo'));
    await other.flush();
    render(<Status document={here as SyncedDocument<unknown>} />);
    await here.flush();
    const dialog = await screen.findByTestId('conflict');
    return { dialog, here, reader: a };
  }

  it('shows both values of the field edited in both tabs, side by side', async () => {
    const { dialog } = await twoTabsWithOneGoal();
    const sides = within(dialog).getAllByText(/^(Here \(your version\)|In the other tab)$/).map((label) => label.parentElement!);
    expect(sides.map((side) => side.querySelector('.conflict__label')?.textContent)).toEqual(['Here (your version)', 'In the other tab']);
    expect(sides.map((side) => side.querySelector('.conflict__value')?.textContent)).toEqual(['Ask for feedback after every demo', 'Give feedback in every retro']);
    expect(dialog.querySelector('.conflict__field')?.textContent).toBe('“Feedback”: the goal sentence');
  });

  it.each([
    ['Keep my version', 'Ask for feedback after every demo'],
    ['Take the other version', 'Give feedback in every retro'],
  ])('“%s” keeps that text, on screen and stored', async (choice, kept) => {
    const { dialog, here, reader } = await twoTabsWithOneGoal();
    fireEvent.click(within(dialog).getByRole('button', { name: choice }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
    // Taking theirs leaves nothing to save (idle); keeping mine saves it.
    await waitFor(() => expect(['saved', 'idle']).toContain(here.$state.get().save));
    expect(here.atRisk()).toBe(false);
    expect(here.$state.get().data.goals[0]!.statement).toBe(kept);
    expect((await reader.repository.load(goalsRecord)).data.goals[0]!.statement).toBe(kept);
  });
});

describe('the repair notice', () => {
  async function workbookWithABadDate() {
    const goal = { ...createGoal({ title: 'Lead the retro' }, { newId: () => 'g1', now: '2026-01-01T00:00:00.000Z' }), targetDate: '20000-01-01' };
    await createIndexedDbBackend().writeMany([
      [recordKey('goals'), { kind: 'goals', version: goalsRecord.version, revision: 1, savedAt: '2026-01-01T00:00:00.000Z', data: { goals: [goal] } }],
    ]);
    const files = captureDownloads();
    const workbook = await renderWorkbook('en');
    const notice = await screen.findByTestId('repairs');
    return { ...workbook, notice, files };
  }

  it('opens the workbook with what could be read and names what was changed', async () => {
    const { notice, goalsDocument } = await workbookWithABadDate();
    expect(notice.textContent).toContain('Not everything could be read');
    expect(within(notice).getByRole('listitem').textContent).toMatch(/^“Lead the retro”: .+ “20000-01-01” is not a valid date and was cleared\.$/);
    expect(goalsDocument.$state.get().data.goals).toMatchObject([{ id: 'g1', title: 'Lead the retro', targetDate: null }]);
    expect(screen.getByRole('button', { name: 'Add goal' })).toHaveProperty('disabled', false);
  });

  it('downloads the original as it was stored', async () => {
    const { notice, files } = await workbookWithABadDate();
    fireEvent.click(within(notice).getByRole('button', { name: 'Download the original data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(JSON.parse(await files[0]!)).toMatchObject({ data: { goals: [{ id: 'g1', targetDate: '20000-01-01' }] } });
    expect(screen.getByTestId('repairs')).toBeTruthy();
  });

  it('“discard it” drops the set-aside original and the notice, and keeps the repaired goal', async () => {
    const { notice, stored } = await workbookWithABadDate();
    fireEvent.click(within(notice).getByRole('button', { name: 'Understood, discard it' }));
    await waitFor(() => expect(screen.queryByTestId('repairs')).toBeNull());
    const { getStorageService } = await import('../../src/stores/storage.ts');
    expect(await (await getStorageService()).repository.readSetAside('goals')).toBeNull();
    expect((await stored()).goals).toMatchObject([{ id: 'g1', title: 'Lead the retro', targetDate: null }]);
  });
});

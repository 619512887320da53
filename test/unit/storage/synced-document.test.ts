import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncedDocument, type SyncedDocument } from '../../../src/lib/storage/synced-document.ts';
import { createMemoryBackend } from '../../../src/lib/storage/memory-backend.ts';
import { createStorageService } from '../../../src/lib/storage/service.ts';
import type { RecordType } from '../../../src/lib/storage/record-type.ts';
import { failingBackend, sampleRecord, twoTabs, type Sample } from './helpers.ts';

const open: SyncedDocument<Sample>[] = [];
function documentFor(service: Parameters<typeof createStorageService>[0] | ReturnType<typeof createStorageService>) {
  const resolved = 'repository' in service ? service : createStorageService(service, [sampleRecord as RecordType<unknown>]);
  const document = createSyncedDocument(sampleRecord, { service: async () => resolved, debounceMs: 10 });
  open.push(document);
  return document;
}
const setText = (text: string) => (data: Sample) => ({ ...data, text });
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

afterEach(() => {
  for (const document of open.splice(0)) document.stop();
});

describe('synced document', () => {
  it('autosaves after a pause and reports the saved state', async () => {
    const [tab] = twoTabs();
    const document = documentFor(tab);
    await document.start();
    expect(document.$state.get()).toMatchObject({ phase: 'ready', save: 'idle', backend: 'memory' });
    document.update(setText('hello'));
    expect(document.$state.get().save).toBe('pending');
    await settle();
    expect(document.$state.get().save).toBe('saved');
    const stored = await tab.repository.load(sampleRecord);
    expect(stored.ok && stored.data.text).toBe('hello');
  });

  it('debounces: many quick edits make one save', async () => {
    const [tab] = twoTabs();
    const spy = vi.spyOn(tab.repository, 'save');
    const document = documentFor(tab);
    await document.start();
    for (const text of ['a', 'ab', 'abc', 'abcd']) document.update(setText(text));
    await settle();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a change in one tab reaches the other', async () => {
    const [tabA, tabB] = twoTabs();
    const a = documentFor(tabA);
    const b = documentFor(tabB);
    await Promise.all([a.start(), b.start()]);
    a.update(setText('from A'));
    await a.flush();
    await settle();
    expect(b.$state.get().data.text).toBe('from A');
  });

  it('a stale tab gets a conflict instead of overwriting newer data, and can choose', async () => {
    const [tabA, tabB] = twoTabs();
    const a = documentFor(tabA);
    const b = documentFor(tabB);
    await Promise.all([a.start(), b.start()]);
    b.update(setText('B typed first but saves late'));
    a.update(setText('A saved first'));
    await a.flush();
    await b.flush();
    expect(b.$state.get().save).toBe('conflict');
    const stored = await tabA.repository.load(sampleRecord);
    expect(stored.ok && stored.data.text).toBe('A saved first');

    await b.resolveConflict('mine');
    expect(b.$state.get().save).toBe('saved');
    await settle();
    expect(a.$state.get().data.text).toBe('B typed first but saves late');
  });

  it('choosing "theirs" drops the local edit', async () => {
    const [tabA, tabB] = twoTabs();
    const a = documentFor(tabA);
    const b = documentFor(tabB);
    await Promise.all([a.start(), b.start()]);
    b.update(setText('mine'));
    a.update(setText('theirs'));
    await a.flush();
    await b.flush();
    await b.resolveConflict('theirs');
    expect(b.$state.get()).toMatchObject({ save: 'idle', data: { text: 'theirs' } });
  });

  it('shows a quota error and keeps the text', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const document = documentFor(failingBackend(quota));
    await document.start();
    document.update(setText('precious'));
    await document.flush();
    expect(document.$state.get()).toMatchObject({ save: 'error', error: { key: 'storage.error.quota' }, data: { text: 'precious' } });
  });

  it('reloads after an import or delete-all even with unsaved edits', async () => {
    const backend = createMemoryBackend();
    const [tabA] = twoTabs(backend);
    const a = documentFor(tabA);
    await a.start();
    a.update(setText('will be wiped'));
    await a.flush();
    await tabA.deleteAll();
    await settle();
    expect(a.$state.get().data.text).toBe('');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { bindToPage } from '../../src/stores/lifecycle.ts';
import { createSyncedDocument, type SyncedDocument } from '../../src/lib/storage/synced-document.ts';
import { createMemoryBackend } from '../../src/lib/storage/memory-backend.ts';
import { createChangeChannel } from '../../src/lib/storage/change-channel.ts';
import { createDraftStore, createMemoryKeyValue } from '../../src/lib/storage/drafts.ts';
import { createStorageService } from '../../src/lib/storage/service.ts';
import type { StorageBackend } from '../../src/lib/storage/backend.ts';
import type { RecordType } from '../../src/lib/storage/record-type.ts';
import { noteRecord } from '../../src/lib/notes/note-record.ts';

const types = [noteRecord] as RecordType<unknown>[];
const unsubscribers: (() => void)[] = [];
const documents: SyncedDocument<unknown>[] = [];
let added: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  added = vi.spyOn(globalThis, 'addEventListener');
});
// A page's listeners go only a moment after its last island leaves; take this test's off now, so
// one test's unsaved document cannot stop the next test's page from leaving.
afterEach(() => {
  for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
  for (const document of documents.splice(0)) document.stop();
  for (const [type, listener] of added.mock.calls) removeEventListener(type as string, listener as EventListener);
  delete (globalThis.document as { visibilityState?: unknown }).visibilityState;
  vi.restoreAllMocks();
});

/** A page with one document bound to it, as a store module does; subscribing is the island mounting. */
function pageWith(service: ReturnType<typeof createStorageService>) {
  const document = createSyncedDocument(noteRecord, { service: async () => service, debounceMs: 1, retryMs: 60_000 });
  documents.push(document as SyncedDocument<unknown>);
  bindToPage(document);
  unsubscribers.push(document.$state.listen(() => {}));
  return document;
}

function tab(backend: StorageBackend, channel = createChangeChannel(false), id = 'tab') {
  return createStorageService(backend, types, { channel, presence: { id, liveTabs: async () => new Set([id]) }, drafts: createDraftStore(createMemoryKeyValue(), id) });
}

/** What the browser does when the page is about to go: true when the page asked to stay. */
function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  dispatchEvent(event);
  return event.defaultPrevented;
}

const quotaError = () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));

describe('leaving the page', () => {
  it('is not stopped when everything is saved', async () => {
    const document = pageWith(tab({ ...createMemoryBackend(), kind: 'indexeddb' }));
    await waitFor(() => expect(document.$state.get().phase).toBe('ready'));
    expect(leaving()).toBe(false);
    document.update(() => ({ text: 'saved text' }));
    await waitFor(() => expect(document.$state.get().save).toBe('saved'));
    expect(leaving()).toBe(false);
  });

  it('is stopped while a save failed because the disk is full, and no longer once the retry on returning saved it', async () => {
    const real = createMemoryBackend();
    let full = true;
    const backend: StorageBackend = { ...real, kind: 'indexeddb', update: (key, updater) => (full ? quotaError() : real.update(key, updater)) };
    const document = pageWith(tab(backend));
    await waitFor(() => expect(document.$state.get().phase).toBe('ready'));
    document.update(() => ({ text: 'no room for this' }));
    await waitFor(() => expect(document.$state.get().save).toBe('error'));
    expect(leaving()).toBe(true);

    // Space freed elsewhere; coming back to the tab retries.
    full = false;
    Object.defineProperty(globalThis.document, 'visibilityState', { configurable: true, get: () => 'visible' });
    // As a browser fires it: at the document, bubbling to the window.
    globalThis.document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await waitFor(() => expect(document.$state.get().save).toBe('saved'));
    expect((await real.get('record:note')) as unknown).toMatchObject({ data: { text: 'no room for this' } });
    expect(leaving()).toBe(false);
  });

  it('is stopped while the same text was changed in another tab and no choice was made', async () => {
    const backend: StorageBackend = { ...createMemoryBackend(), kind: 'indexeddb' };
    const channel = createChangeChannel(false);
    const here = pageWith(tab(backend, channel, 'here'));
    const other = createSyncedDocument(noteRecord, { service: async () => tab(backend, channel, 'other'), debounceMs: 10_000 });
    documents.push(other as SyncedDocument<unknown>);
    await other.start();
    await waitFor(() => expect(here.$state.get().phase).toBe('ready'));
    other.update(() => ({ text: 'written in the other tab' }));
    here.update(() => ({ text: 'written here' }));
    await other.flush();
    await here.flush();
    await waitFor(() => expect(here.$state.get().save).toBe('conflict'));
    expect(leaving()).toBe(true);
    await here.resolveConflict('mine');
    await waitFor(() => expect(here.$state.get().save).toBe('saved'));
    expect(leaving()).toBe(false);
  });

  it('is stopped in memory mode once something was typed, since nothing survives the page', async () => {
    const document = pageWith(createStorageService(createMemoryBackend(), types));
    await waitFor(() => expect(document.$state.get()).toMatchObject({ phase: 'ready', backend: 'memory' }));
    expect(leaving()).toBe(false);
    document.update(() => ({ text: 'only in this tab' }));
    expect(leaving()).toBe(true);
  });
});

import { atom, type ReadableAtom } from 'nanostores';
import type { Message } from '../i18n/index.ts';
import type { StorageBackend } from './backend.ts';
import type { ChangeNotice } from './change-channel.ts';
import { describeStorageError, StaleWriteError } from './errors.ts';
import type { RecordType } from './record-type.ts';
import type { StorageService } from './service.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface DocumentState<T> {
  phase: 'loading' | 'ready' | 'failed';
  data: T;
  save: SaveState;
  error: Message | null;
  backend: StorageBackend['kind'] | null;
  savedAt: string | null;
}

export interface SyncedDocument<T> {
  readonly $state: ReadableAtom<DocumentState<T>>;
  /** Loads the record and starts listening to other tabs; safe to call more than once. */
  start(): Promise<void>;
  update(change: (data: T) => T): void;
  /** Saves pending edits now (e.g. when the page is hidden). */
  flush(): Promise<void>;
  resolveConflict(choice: 'theirs' | 'mine'): Promise<void>;
  stop(): void;
}

export interface SyncedDocumentOptions {
  service: () => Promise<StorageService>;
  debounceMs?: number;
}

let instanceCounter = 0;

/**
 * One record kept in sync between an editor, IndexedDB and other tabs. Edits autosave after a
 * pause; a save only lands on the revision it started from, so a stale tab gets a conflict
 * instead of silently overwriting newer data.
 */
export function createSyncedDocument<T>(type: RecordType<T>, options: SyncedDocumentOptions): SyncedDocument<T> {
  const instanceId = `${type.kind}-${Date.now().toString(36)}-${(instanceCounter += 1)}`;
  const debounceMs = options.debounceMs ?? 400;
  const $state = atom<DocumentState<T>>({
    phase: 'loading',
    data: type.empty(),
    save: 'idle',
    error: null,
    backend: null,
    savedAt: null,
  });
  let service: StorageService | undefined;
  let revision = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | undefined;
  let unsubscribe: (() => void) | undefined;
  let started: Promise<void> | undefined;

  const patch = (next: Partial<DocumentState<T>>) => $state.set({ ...$state.get(), ...next });
  const hasUnsavedEdits = () => ['pending', 'saving', 'error', 'conflict'].includes($state.get().save);

  async function reload(): Promise<void> {
    if (!service) return;
    const loaded = await service.repository.load(type);
    if (!loaded.ok) {
      patch({ phase: 'failed', error: loaded.error });
      return;
    }
    revision = loaded.revision;
    patch({ phase: 'ready', data: loaded.data, savedAt: loaded.savedAt, error: null });
  }

  function onChange(notice: ChangeNotice): void {
    if (notice.from === instanceId || (notice.kind !== '*' && notice.kind !== type.kind)) return;
    // An import or delete-all replaces what is stored: that wins over unsaved edits here.
    if (notice.kind === '*') {
      clearTimeout(timer);
      patch({ save: 'idle' });
      void reload();
      return;
    }
    if (!hasUnsavedEdits()) void reload();
  }

  async function save(): Promise<void> {
    if (!service) return;
    const data = $state.get().data;
    patch({ save: 'saving' });
    try {
      const saved = await service.repository.save(type, data, revision);
      revision = saved.revision;
      // Edits made while the save was in flight are still pending; keep that state.
      const stillCurrent = $state.get().data === data;
      patch({ save: stillCurrent ? 'saved' : 'pending', savedAt: saved.savedAt, error: null });
      service.channel.publish({ kind: type.kind, revision, from: instanceId });
      if (!stillCurrent) schedule();
    } catch (error) {
      if (error instanceof StaleWriteError) patch({ save: 'conflict', error: null });
      else patch({ save: 'error', error: describeStorageError(error) });
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    await saving;
    if ($state.get().save !== 'pending') return;
    saving = save();
    await saving;
    saving = undefined;
  }

  return {
    $state,
    start() {
      started ??= (async () => {
        service = await options.service();
        patch({ backend: service.backendKind });
        unsubscribe = service.channel.subscribe(onChange);
        await reload();
      })();
      return started;
    },
    update(change) {
      const state = $state.get();
      if (state.phase !== 'ready') return;
      // While a conflict is open, edits stay local until the reader chooses a version.
      patch({ data: change(state.data), save: state.save === 'conflict' ? 'conflict' : 'pending' });
      if ($state.get().save === 'pending') schedule();
    },
    flush,
    async resolveConflict(choice) {
      if (!service) return;
      if (choice === 'theirs') {
        patch({ save: 'idle' });
        await reload();
        return;
      }
      const latest = await service.repository.load(type);
      if (latest.ok) revision = latest.revision;
      patch({ save: 'pending' });
      await flush();
    },
    stop() {
      clearTimeout(timer);
      unsubscribe?.();
    },
  };
}

import { atom, type ReadableAtom } from 'nanostores';
import type { Message } from '../i18n/index.ts';
import type { StorageBackend } from './backend.ts';
import type { ChangeNotice } from './change-channel.ts';
import type { Draft } from './drafts.ts';
import { describeStorageError, StaleWriteError, VanishedError } from './errors.ts';
import { deepEqual, getAt, mergeThreeWay, samePath, setAt, type Conflict } from './merge.ts';
import type { RecordType } from './record-type.ts';
import type { Loaded } from './repository.ts';
import { BACKUP_NOTICE, type StorageService } from './service.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/** The same field changed here and in another tab: both values, and a name for the field. */
export interface FieldConflict extends Conflict {
  field: Message;
}

export interface DocumentState<T> {
  phase: 'loading' | 'ready' | 'failed';
  data: T;
  save: SaveState;
  error: Message | null;
  backend: StorageBackend['kind'] | null;
  savedAt: string | null;
  /** Only fields both sides changed; until each is decided nothing is saved (the draft keeps it). */
  conflicts: readonly FieldConflict[];
  /** What had to be repaired to read damaged data; the original is kept until dismissed. */
  repairs: readonly Message[];
  /** Edits this tab had not saved when another tab restored a backup or deleted everything. */
  stash: { at: string } | null;
  /** Edits left unsaved by a closed or reloaded tab that were found and put back. */
  recovered: boolean;
  /** The stored data disappeared from outside (site data cleared); what is on screen is only here. */
  vanished: boolean;
  /** False when the write-ahead copy could not be made: leaving now would lose the last edits. */
  draftSafe: boolean;
  lastBackupAt: string | null;
  /** When the oldest saved change that is in no backup file was made. */
  unbackedSince: string | null;
}

export interface SyncedDocument<T> {
  readonly kind: string;
  readonly $state: ReadableAtom<DocumentState<T>>;
  /** Loads the record and starts listening to other tabs; safe to call more than once. */
  start(): Promise<void>;
  update(change: (data: T) => T): void;
  /** Saves pending edits now (e.g. when the page is hidden). */
  flush(): Promise<void>;
  /** Decides one conflict (by index) or all of them. */
  resolveConflict(choice: 'theirs' | 'mine', index?: number): Promise<void>;
  reapplyStash(): Promise<void>;
  discardStash(): void;
  /** After the stored data vanished: writes what this tab shows back. */
  writeBack(): Promise<void>;
  /** Tries a failed save again (the page came back into view, space was freed). */
  retry(): Promise<void>;
  /** The original of repaired data, for download; null once dropped. */
  setAsideOriginal(): Promise<unknown>;
  dismissRepairs(): Promise<void>;
  /** True while leaving the page would lose something (no draft, a failed save, an open conflict). */
  atRisk(): boolean;
  stop(): void;
}

export interface SyncedDocumentOptions {
  service: () => Promise<StorageService>;
  debounceMs?: number;
  retryMs?: number;
  now?: () => Date;
}

let instanceCounter = 0;
/** When to look again for drafts of a tab that was still closing when this page opened. */
const ORPHAN_RECHECK_MS = 3_000;

/**
 * One record kept in sync between an editor, IndexedDB and other tabs (see docs/storage.md).
 * Every edit is first copied to a synchronous draft, then autosaved after a pause. A save only
 * lands on the revision it started from; when another tab saved meanwhile, the two are merged
 * field by field and only a field changed on both sides is put to the reader.
 */
export function createSyncedDocument<T>(type: RecordType<T>, options: SyncedDocumentOptions): SyncedDocument<T> {
  const instanceId = `${type.kind}-${Date.now().toString(36)}-${(instanceCounter += 1)}`;
  const debounceMs = options.debounceMs ?? 400;
  const retryMs = options.retryMs ?? 15_000;
  const now = options.now ?? (() => new Date());
  const $state = atom<DocumentState<T>>({
    phase: 'loading',
    data: type.empty(),
    save: 'idle',
    error: null,
    backend: null,
    savedAt: null,
    conflicts: [],
    repairs: [],
    stash: null,
    recovered: false,
    vanished: false,
    draftSafe: true,
    lastBackupAt: null,
    unbackedSince: null,
  });
  let service: StorageService | undefined;
  /** The stored revision this tab's data descends from, and that revision's data. */
  let revision = 0;
  let base: T = type.empty();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let orphanTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | undefined;
  let unsubscribers: (() => void)[] = [];
  let started: Promise<void> | undefined;
  /** A stopped document never writes again, even from work that was already under way. */
  let stopped = false;
  /** Other tabs' notices are handled one at a time, after any save in flight. */
  let queue: Promise<void> = Promise.resolve();

  const state = () => $state.get();
  const patch = (next: Partial<DocumentState<T>>) => $state.set({ ...state(), ...next });
  const hasLocalChanges = () => ['pending', 'saving', 'error', 'conflict'].includes(state().save);

  function normalise(data: unknown): T | null {
    // Merged and recovered data were written by this app: the strict check is the right one.
    const read = type.validate(data);
    return read.ok ? read.value : null;
  }

  function describe(conflicts: readonly Conflict[], data: T): FieldConflict[] {
    return conflicts.map((conflict) => ({
      ...conflict,
      field: type.describeField?.(conflict.path, data) ?? { key: 'storage.conflict.someField' },
    }));
  }

  function writeDraft(data: T): void {
    if (!service || stopped) return;
    const safe = service.drafts.write(type.kind, { baseRevision: revision, base, data, at: now().toISOString() });
    if (safe !== state().draftSafe) patch({ draftSafe: safe });
  }

  function clearDraft(): void {
    if (stopped) return;
    service?.drafts.clear(type.kind);
    if (!state().draftSafe) patch({ draftSafe: true });
  }

  /** Puts `mine` on top of `theirs` (a newer stored revision) and keeps any question still open. */
  function merge(mergeBase: unknown, mine: T, theirs: T, open: readonly FieldConflict[]): { data: T; conflicts: FieldConflict[] } {
    const result = mergeThreeWay(mergeBase, mine, theirs, type.mergeRules);
    const merged = normalise(result.value);
    if (merged === null) {
      // The combination breaks a rule of the record (e.g. too many items): ask about the whole.
      return { data: mine, conflicts: describe([{ path: [], mine, theirs }], mine) };
    }
    const conflicts = [...result.conflicts];
    for (const question of open) {
      if (conflicts.some((conflict) => samePath(conflict.path, question.path))) continue;
      conflicts.push({ path: question.path, mine: getAt(merged, question.path), theirs: getAt(theirs, question.path) });
    }
    const stillOpen = conflicts.filter((conflict) => !deepEqual(conflict.mine, conflict.theirs));
    return { data: merged, conflicts: describe(stillOpen, merged) };
  }

  function adopt(loaded: Omit<Loaded<T>, 'repairs'>): void {
    revision = loaded.revision;
    base = loaded.data;
  }

  /** Takes in a newer stored revision: replaces what is shown, or merges local edits into it. */
  async function integrateLatest(): Promise<void> {
    if (!service) return;
    const loaded = await service.repository.load(type);
    if (loaded.revision === revision) return;
    if (!hasLocalChanges() || state().vanished) {
      adopt(loaded);
      patch({ data: loaded.data, savedAt: loaded.savedAt, unbackedSince: loaded.unbackedSince, vanished: false });
      return;
    }
    const merged = merge(base, state().data, loaded.data, state().conflicts);
    adopt(loaded);
    const changed = !deepEqual(merged.data, loaded.data);
    patch({
      data: merged.data,
      conflicts: merged.conflicts,
      save: merged.conflicts.length > 0 ? 'conflict' : changed ? 'pending' : 'saved',
      savedAt: loaded.savedAt,
      unbackedSince: loaded.unbackedSince,
      error: null,
    });
    if (changed) writeDraft(merged.data);
    else clearDraft();
    if (merged.conflicts.length === 0 && changed) schedule(0);
  }

  async function replaceFromStorage(): Promise<void> {
    if (!service) return;
    const loaded = await service.repository.load(type);
    adopt(loaded);
    patch({
      data: loaded.data,
      save: 'idle',
      conflicts: [],
      error: null,
      vanished: false,
      savedAt: loaded.savedAt,
      unbackedSince: loaded.unbackedSince,
      repairs: loaded.repairs,
    });
  }

  function enqueue(task: () => Promise<void>): void {
    if (stopped) return;
    queue = queue.then(async () => {
      await saving;
      await task();
    }).catch((error: unknown) => patch({ save: 'error', error: describeStorageError(error) }));
  }

  function onChange(notice: ChangeNotice): void {
    if (notice.from === instanceId) return;
    if (notice.kind === BACKUP_NOTICE) {
      enqueue(refreshBackupStatus);
      return;
    }
    if (notice.kind !== '*' && notice.kind !== type.kind) return;
    if (notice.kind === '*') {
      // An import or delete-all elsewhere wins, but what was typed here is put aside, not dropped.
      clearTimeout(timer);
      if (hasLocalChanges() && !deepEqual(state().data, base)) {
        const at = now().toISOString();
        service?.drafts.writeStash(type.kind, { baseRevision: revision, base, data: state().data, at });
        patch({ stash: { at } });
      }
      clearDraft();
      enqueue(replaceFromStorage);
      return;
    }
    enqueue(integrateLatest);
  }

  async function refreshBackupStatus(): Promise<void> {
    if (!service) return;
    const [meta, loaded] = await Promise.all([service.backupStatus(), service.repository.load(type)]);
    patch({ lastBackupAt: meta.lastBackupAt, ...(loaded.revision === revision ? { unbackedSince: loaded.unbackedSince } : {}) });
  }

  async function save(): Promise<void> {
    if (!service || stopped || state().conflicts.length > 0 || state().vanished) return;
    const data = state().data;
    const checked = type.validate(data);
    if (!checked.ok) {
      // Never write what could not be read back; the draft keeps the edit meanwhile.
      patch({ save: 'error', error: { key: 'storage.error.invalid', params: { detail: checked.error } } });
      return;
    }
    patch({ save: 'saving' });
    try {
      const saved = await service.repository.save(type, checked.value, revision);
      adopt({ ...saved, data });
      const stillCurrent = state().data === data;
      patch({ save: stillCurrent ? 'saved' : 'pending', savedAt: saved.savedAt, unbackedSince: saved.unbackedSince, error: null });
      if (stillCurrent) clearDraft();
      else writeDraft(state().data);
      service.channel.publish({ kind: type.kind, revision, from: instanceId });
      if (!stillCurrent) schedule();
    } catch (error) {
      if (error instanceof StaleWriteError) {
        // A notice from that tab may already have merged its save in; otherwise merge now.
        await integrateLatest();
        if (state().save === 'saving') {
          patch({ save: 'pending' });
          schedule(0);
        }
      } else if (error instanceof VanishedError) {
        patch({ save: 'error', vanished: true, error: null });
      } else {
        patch({ save: 'error', error: describeStorageError(error) });
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void retry(), retryMs);
      }
    }
  }

  function schedule(delay = debounceMs): void {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void flush(), delay);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    await saving;
    if (state().save !== 'pending') return;
    saving = save();
    await saving;
    saving = undefined;
  }

  async function retry(): Promise<void> {
    if (state().save !== 'error' || state().vanished) return;
    patch({ save: 'pending' });
    await flush();
  }

  async function checkVanished(): Promise<void> {
    if (!service || revision === 0) return;
    const loaded = await service.repository.load(type);
    if (loaded.revision === 0) patch({ vanished: true, save: 'error' });
  }

  /**
   * Puts back edits a tab made but never saved: this tab's after a reload, or a closed tab's. A
   * tab that closed just as this page opened may still count as open; a second, later pass
   * (`ownToo` false) collects its draft without touching this tab's own.
   */
  async function recoverDrafts(ownToo = true): Promise<void> {
    if (!service) return;
    const own = service.drafts.tab;
    const drafts: Draft[] = service.drafts
      .recover(type.kind, await service.presence.liveTabs())
      .filter((draft) => ownToo || draft.tab !== own);
    let data = state().data;
    let conflicts: FieldConflict[] = [];
    let recovered = false;
    for (const draft of drafts) {
      const edits = normalise(draft.data);
      if (draft.tab !== service.drafts.tab) service.drafts.clear(type.kind, draft.tab);
      if (edits === null || deepEqual(edits, data)) continue;
      const draftBase = draft.baseRevision === revision ? base : draft.base;
      const merged = merge(draftBase, edits, data, conflicts);
      data = merged.data;
      conflicts = merged.conflicts;
      recovered = true;
    }
    if (!recovered) {
      if (ownToo) clearDraft();
      return;
    }
    patch({ data, conflicts, recovered: true, save: conflicts.length > 0 ? 'conflict' : 'pending' });
    writeDraft(data);
    if (conflicts.length === 0) schedule(0);
  }

  return {
    kind: type.kind,
    $state,
    start() {
      started ??= (async () => {
        try {
          service = await options.service();
          patch({ backend: service.backendKind });
          unsubscribers = [service.channel.subscribe(onChange), service.onClosed(() => enqueue(checkVanished))];
          const loaded = await service.repository.load(type);
          adopt(loaded);
          const stash = service.drafts.readStash(type.kind);
          patch({
            data: loaded.data,
            savedAt: loaded.savedAt,
            unbackedSince: loaded.unbackedSince,
            repairs: loaded.repairs,
            stash: stash ? { at: stash.at } : null,
            lastBackupAt: (await service.backupStatus()).lastBackupAt,
            error: null,
          });
          // Ready only once drafts are back: nobody types on a copy that is about to change.
          await recoverDrafts();
          patch({ phase: 'ready' });
          orphanTimer = setTimeout(() => enqueue(() => recoverDrafts(false)), ORPHAN_RECHECK_MS);
        } catch (error) {
          patch({ phase: 'failed', error: describeStorageError(error) });
        }
      })();
      return started;
    },
    update(change) {
      const current = state();
      if (current.phase !== 'ready') return;
      const data = change(current.data);
      if (data === current.data) return;
      const save: SaveState = current.conflicts.length > 0 ? 'conflict' : current.vanished ? 'error' : 'pending';
      patch({ data, save });
      writeDraft(data);
      if (save === 'pending') schedule();
    },
    flush,
    async resolveConflict(choice, index) {
      const current = state();
      const decided = index === undefined ? current.conflicts : current.conflicts.filter((_, position) => position === index);
      let data: unknown = current.data;
      if (choice === 'theirs') for (const conflict of decided) data = setAt(data, conflict.path, conflict.theirs);
      const resolved = normalise(data) ?? current.data;
      const open = current.conflicts.filter((conflict) => !decided.includes(conflict));
      const same = deepEqual(resolved, base);
      patch({ data: resolved, conflicts: open, save: open.length > 0 ? 'conflict' : same ? 'idle' : 'pending' });
      if (same) clearDraft();
      else writeDraft(resolved);
      if (open.length === 0 && !same) await flush();
    },
    async reapplyStash() {
      if (!service) return;
      const stash = service.drafts.readStash(type.kind);
      service.drafts.writeStash(type.kind, null);
      patch({ stash: null });
      const edits = stash ? normalise(stash.data) : null;
      if (edits === null) return;
      const merged = merge(stash!.base, edits, state().data, state().conflicts);
      patch({ data: merged.data, conflicts: merged.conflicts, save: merged.conflicts.length > 0 ? 'conflict' : 'pending' });
      writeDraft(merged.data);
      if (merged.conflicts.length === 0) await flush();
    },
    discardStash() {
      service?.drafts.writeStash(type.kind, null);
      patch({ stash: null });
    },
    async writeBack() {
      if (!service) return;
      revision = 0;
      patch({ vanished: false, save: 'pending', error: null });
      await flush();
    },
    retry,
    async setAsideOriginal() {
      return (await service?.repository.readSetAside(type.kind))?.original ?? null;
    },
    async dismissRepairs() {
      await service?.repository.dropSetAside(type.kind);
      patch({ repairs: [] });
    },
    atRisk() {
      const current = state();
      if (current.phase !== 'ready') return false;
      // Memory mode keeps nothing past this page.
      if (current.backend === 'memory') return !type.isEmpty(current.data);
      if (current.save === 'conflict' || current.save === 'error' || current.vanished || current.stash) return true;
      return (current.save === 'pending' || current.save === 'saving') && !current.draftSafe;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(retryTimer);
      clearTimeout(orphanTimer);
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers = [];
    },
  };
}

import { isPlainObject } from './validation.ts';

/**
 * The write-ahead copy of every edit. IndexedDB writes are asynchronous and one started while the
 * page unloads may never land; a synchronous `localStorage` write does. Each edit is copied here
 * before the autosave pause, keyed per record and per tab, and removed once IndexedDB has it.
 */

/** The synchronous part of the Web Storage API that drafts need (localStorage in the browser). */
export interface SyncKeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface Draft {
  tab: string;
  /** The stored revision the edits were made on. */
  baseRevision: number;
  /** The data at that revision, so the edits can be merged if someone saved in between. */
  base: unknown;
  data: unknown;
  at: string;
}

export interface DraftStore {
  readonly tab: string;
  /** Copies the edited data; false when the browser refused (full, blocked): then nothing protects it. */
  write(kind: string, draft: Omit<Draft, 'tab'>): boolean;
  clear(kind: string, tab?: string): void;
  /** This tab's draft first, then those left by tabs that are no longer open, oldest first. */
  recover(kind: string, liveTabs: ReadonlySet<string> | null): Draft[];
  /** Edits put aside because another tab restored a backup or deleted everything. */
  writeStash(kind: string, stash: Omit<Draft, 'tab'> | null): void;
  readStash(kind: string): Omit<Draft, 'tab'> | null;
}

const PREFIX = 'mentorkit:draft:';
const STASH_PREFIX = 'mentorkit:stash:';
/** Without Web Locks a tab cannot tell a closed tab from an open one; a draft this old is surely abandoned. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

function parseDraft(text: string | null): Draft | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (
      isPlainObject(value) &&
      typeof value['tab'] === 'string' &&
      Number.isInteger(value['baseRevision']) &&
      typeof value['at'] === 'string' &&
      'data' in value
    ) {
      return value as unknown as Draft;
    }
  } catch {
    // A draft that cannot be read protects nothing; it is dropped below.
  }
  return null;
}

export function createDraftStore(storage: SyncKeyValue | null, tab: string, now: () => Date = () => new Date()): DraftStore {
  // The base changes once per save, the data with every keystroke: serialise the base once per change.
  let lastBase: unknown;
  let lastBaseJson = 'null';
  const baseJson = (base: unknown) => {
    if (base !== lastBase) {
      lastBase = base;
      lastBaseJson = JSON.stringify(base) ?? 'null';
    }
    return lastBaseJson;
  };
  const keyOf = (kind: string, owner = tab) => `${PREFIX}${kind}:${owner}`;
  const attempt = (action: () => void): boolean => {
    if (!storage) return false;
    try {
      action();
      return true;
    } catch {
      return false;
    }
  };
  return {
    tab,
    write(kind, draft) {
      return attempt(() => {
        const head = JSON.stringify({ tab, baseRevision: draft.baseRevision, at: draft.at });
        storage!.setItem(keyOf(kind), `${head.slice(0, -1)},"base":${baseJson(draft.base)},"data":${JSON.stringify(draft.data)}}`);
      });
    },
    clear(kind, owner = tab) {
      attempt(() => storage!.removeItem(keyOf(kind, owner)));
    },
    recover(kind, liveTabs) {
      if (!storage) return [];
      const found: Draft[] = [];
      const prefix = `${PREFIX}${kind}:`;
      const keys: string[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key?.startsWith(prefix)) keys.push(key);
      }
      for (const key of keys) {
        const draft = parseDraft(storage.getItem(key));
        if (!draft) {
          attempt(() => storage.removeItem(key));
          continue;
        }
        const owner = key.slice(prefix.length);
        const age = now().getTime() - Date.parse(draft.at);
        const abandoned = liveTabs ? !liveTabs.has(owner) : !(age < ABANDONED_AFTER_MS);
        if (owner === tab || abandoned) found.push({ ...draft, tab: owner });
      }
      return found.sort((a, b) => (a.tab === tab ? -1 : b.tab === tab ? 1 : a.at.localeCompare(b.at)));
    },
    writeStash(kind, stash) {
      attempt(() => {
        if (stash === null) storage!.removeItem(`${STASH_PREFIX}${kind}:${tab}`);
        else storage!.setItem(`${STASH_PREFIX}${kind}:${tab}`, JSON.stringify({ ...stash, tab }));
      });
    },
    readStash(kind) {
      if (!storage) return null;
      try {
        return parseDraft(storage.getItem(`${STASH_PREFIX}${kind}:${tab}`));
      } catch {
        return null;
      }
    },
  };
}

/** A Map-backed stand-in for localStorage: tests, and browsers that refuse Web Storage. */
export function createMemoryKeyValue(): SyncKeyValue {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    key: (index) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  };
}

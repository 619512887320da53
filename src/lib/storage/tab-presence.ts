/**
 * Which tabs are open, so a draft left by a closed tab can be recovered while one belonging to a
 * tab that is still typing is left alone. Each tab holds a Web Lock named after it for its whole
 * life; the browser releases it when the tab goes away, even when it crashes.
 */

export interface TabPresence {
  readonly id: string;
  /** The ids of the open tabs, or null when this browser cannot tell. */
  liveTabs(): Promise<ReadonlySet<string> | null>;
}

interface SessionLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

type Locks = Pick<LockManager, 'request' | 'query'>;

const SESSION_KEY = 'mentorkit:tab';
const LOCK_PREFIX = 'mentorkit-tab:';
/** How long the page this one replaces in the same tab may take to let go of the tab's lock. */
const SAME_TAB_WAIT_MS = 1_500;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function readSession(session: SessionLike | null): string | null {
  try {
    return session?.getItem(SESSION_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeSession(session: SessionLike | null, id: string): void {
  try {
    session?.setItem(SESSION_KEY, id);
  } catch {
    // Without sessionStorage the id lasts for this page only; drafts are then recovered as a closed tab's.
  }
}

/**
 * Holds the tab's lock until the page goes away; resolves false when another tab keeps it for
 * longer than `waitMs`. A reload or a link in the same tab finds the lock still held by the page
 * it replaces for a moment: waiting briefly tells that page from a duplicated tab.
 */
function hold(locks: Locks, name: string, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const options: LockOptions = waitMs > 0 && typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
    void locks
      .request(name, options, (lock) => {
        resolve(lock !== null);
        return lock === null ? undefined : new Promise<void>(() => {});
      })
      .catch(() => resolve(false));
  });
}

/**
 * The id survives reloads of the same tab (sessionStorage), so a reload finds its own draft. A
 * duplicated tab copies sessionStorage; it notices the lock is taken and picks a new id.
 */
export async function createTabPresence(
  session: SessionLike | null = globalThis.sessionStorage ?? null,
  locks: Locks | null = globalThis.navigator?.locks ?? null,
): Promise<TabPresence> {
  const remembered = readSession(session);
  let id = remembered ?? randomId();
  if (locks) {
    let held = await hold(locks, LOCK_PREFIX + id, remembered ? SAME_TAB_WAIT_MS : 0);
    for (let tries = 0; !held && tries < 3; tries += 1) {
      id = randomId();
      held = await hold(locks, LOCK_PREFIX + id, 0);
    }
  }
  writeSession(session, id);
  return {
    id,
    async liveTabs() {
      if (!locks) return null;
      try {
        const snapshot = await locks.query();
        const names = [...(snapshot.held ?? []), ...(snapshot.pending ?? [])].map((lock) => lock.name ?? '');
        return new Set(names.filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
      } catch {
        return null;
      }
    },
  };
}

/** A presence for tests and for pages without a browser: one fixed id, every other tab counts as open. */
export function fixedTabPresence(id: string, live: ReadonlySet<string> | null = null): TabPresence {
  return { id, liveTabs: async () => live };
}

import { onMount } from 'nanostores';
import type { SyncedDocument } from '../lib/storage/synced-document.ts';

/**
 * A document's life, tied to the page: it starts when its first subscriber arrives (an island
 * mounting `useStore(document.$state)`), saves pending edits when the page is hidden, retries a
 * failed save when the page comes back, and asks before leaving while an edit would be lost.
 * When the last subscriber leaves (nanostores waits a second, so a remount does not flicker),
 * pending edits are saved and the page listeners go. The document keeps its data and its
 * subscription to other tabs, so the next island to mount finds it ready.
 *
 * The one place that listens to pagehide, visibilitychange and beforeunload for documents.
 */
export function bindToPage<T>(document: SyncedDocument<T>): void {
  onMount(document.$state, () => {
    // Server rendering subscribes too; a document started there would render every later page as
    // "ready" with data from the build's memory, and a field enabled before its island runs.
    if (typeof window === 'undefined') return;
    void document.start();
    const flush = () => void document.flush();
    const onVisibility = () => {
      if (globalThis.document.visibilityState === 'hidden') flush();
      else void document.retry();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!document.atRisk()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('pagehide', flush);
    addEventListener('visibilitychange', onVisibility);
    addEventListener('beforeunload', onBeforeUnload);
    return () => {
      // nanostores waits a moment before this runs; by then a test's window may be gone.
      if (typeof removeEventListener !== 'function') return;
      removeEventListener('pagehide', flush);
      removeEventListener('visibilitychange', onVisibility);
      removeEventListener('beforeunload', onBeforeUnload);
      flush();
    };
  });
}

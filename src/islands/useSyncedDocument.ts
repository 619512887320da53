import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { DocumentState, SyncedDocument } from '../lib/storage/synced-document.ts';

/** Starts a document when the island mounts and saves pending edits when the page is hidden. */
export function useSyncedDocument<T>(document: SyncedDocument<T>): DocumentState<T> {
  const state = useStore(document.$state);
  useEffect(() => {
    void document.start();
    const flush = () => void document.flush();
    addEventListener('pagehide', flush);
    const onVisibility = () => {
      if (globalThis.document.visibilityState === 'hidden') flush();
    };
    addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flush);
      removeEventListener('visibilitychange', onVisibility);
    };
  }, [document]);
  return state;
}

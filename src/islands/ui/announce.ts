import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Announce } from './Toast.tsx';

export type { Announce };

/** A workbook's toast, for the parts deep in its form that confirm something or remove it with Undo. */
export const AnnounceContext = createContext<Announce>(() => {});

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

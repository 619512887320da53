import { useEffect, useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';

/** The items of the review whose buttons can vanish under the focus when a run replaces them. */
const ITEMS = '.result-match, .review-table tbody tr, .result-unmatched__item';

interface FocusedPlace {
  element: HTMLElement;
  /** Its item's place among the items of that kind, and its own among the item's buttons; -1 outside an item. */
  item: number;
  itemSelector: string | null;
  button: number;
}

/**
 * Keeps the focus inside `root` when the element that had it is gone after a render (a decision's
 * run replaced the card, the adjust panel's opener left the list): it moves to the same place in
 * the list (the same button of the item now at that position), else to `fallback` (the list's
 * heading), never to the page's body.
 */
export function useKeptFocus(root: MutableRef<HTMLElement | null>, fallback: MutableRef<HTMLElement | null>): void {
  const last = useRef<FocusedPlace | null>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const remember = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      const item = target.closest<HTMLElement>(ITEMS);
      const itemSelector = item ? (ITEMS.split(', ').find((selector) => item.matches(selector)) ?? null) : null;
      const items = itemSelector ? [...element.querySelectorAll(itemSelector)] : [];
      const buttons = item ? [...item.querySelectorAll('button')] : [];
      last.current = { element: target, item: item ? items.indexOf(item) : -1, itemSelector, button: buttons.indexOf(target as HTMLButtonElement) };
    };
    element.addEventListener('focusin', remember);
    return () => element.removeEventListener('focusin', remember);
  }, []);
  // Before paint, so the focus ring never shows on nothing.
  useLayoutEffect(() => {
    const place = last.current;
    if (!place || place.element.isConnected) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    last.current = null;
    const items = place.itemSelector && root.current ? [...root.current.querySelectorAll<HTMLElement>(place.itemSelector)] : [];
    const item = place.item >= 0 ? (items[place.item] ?? items.at(-1)) : undefined;
    const button = item ? (item.querySelectorAll('button')[place.button] ?? item.querySelector('button')) : null;
    (button ?? fallback.current)?.focus();
  });
}

// Focus helpers for islands: moving focus where the person expects it, and keeping the focused
// field in sight (never under the workbook bar).

function overlap(a: DOMRect, b: DOMRect): number {
  const horizontal = a.left < b.right && b.left < a.right;
  return horizontal && a.top < b.bottom && b.top < a.bottom ? a.bottom - b.top : 0;
}

/**
 * When the focused element is (partly) under one of `covers` (parts of a bar stuck to the bottom
 * of the window), scrolls the page up by the overlap, so the whole field shows above them.
 */
export function keepClearOf(covers: readonly HTMLElement[]): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) return;
  // Focus inside the bar itself (a toast's Undo) is where it should be; and only fields and
  // buttons of the workbook the bar belongs to count, not a whole region that took focus.
  if (covers.some((cover) => cover.contains(focused))) return;
  const workbook = covers[0]?.parentElement?.parentElement;
  if (workbook && !workbook.contains(focused)) return;
  const field = focused.getBoundingClientRect();
  if (field.height > innerHeight / 2 || field.bottom <= 0 || field.top >= innerHeight) return;
  const most = Math.max(0, ...covers.map((cover) => (cover.isConnected ? overlap(field, cover.getBoundingClientRect()) : 0)));
  if (most > 0) scrollBy({ top: Math.ceil(most) + 8, behavior: 'instant' });
}

/**
 * Focuses an element (the browser brings it into view at once) and aligns it: the nearest edge,
 * or the top for a section heading. The scroll padding keeps it clear of the workbook bar.
 */
export function focusAndReveal(element: HTMLElement, block: ScrollLogicalPosition = 'nearest'): void {
  element.focus();
  element.scrollIntoView?.({ block });
}

import { useState } from 'preact/hooks';
import { PAGE_SIZE, visibleCount } from '../../../lib/matcher/result-view.ts';

/**
 * How many items of a long list are rendered: a page at first, a page more per click, back to
 * one page when `resetKey` changes (another order or filter). Keeps the DOM small at 1 000 matches.
 * The key is kept with the count, not reset in an effect: an effect runs after paint and
 * would undo a click that came before it.
 */
export function useShowMore(total: number, resetKey: string): { shown: number; remaining: number; more: () => void } {
  const [requested, setRequested] = useState({ key: resetKey, count: PAGE_SIZE });
  const count = requested.key === resetKey ? requested.count : PAGE_SIZE;
  const shown = visibleCount(count, total);
  return { shown, remaining: total - shown, more: () => setRequested({ key: resetKey, count: shown + PAGE_SIZE }) };
}

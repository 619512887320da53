import type { CheckIn } from './model.ts';

// Check-ins are kept newest first by date; among equal dates the one added last comes
// first. Keeping that order on every insert (instead of sorting on render) makes
// adding a check-in a binary search plus one splice.

/** Index at which a check-in dated `date` goes: before every check-in on or before that date. */
export function checkInInsertIndex(checkIns: readonly CheckIn[], date: string): number {
  let low = 0;
  let high = checkIns.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((checkIns[middle]?.date ?? '') > date) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function isNewestFirst(checkIns: readonly CheckIn[]): boolean {
  for (let index = 1; index < checkIns.length; index += 1) {
    if ((checkIns[index - 1]?.date ?? '') < (checkIns[index]?.date ?? '')) return false;
  }
  return true;
}

/** Stable, so the stored order of equal dates (their creation order) survives. */
export function sortCheckInsNewestFirst(checkIns: CheckIn[]): CheckIn[] {
  if (isNewestFirst(checkIns)) return checkIns;
  return checkIns.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

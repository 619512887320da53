/** A header as a person reads it: spaces around it and letter case do not make it another column. */
const headerKey = (header: string) => header.trim().toLocaleLowerCase();

/**
 * The cells of a row typed under one list's headers, placed under another list's (a new import
 * replaced the list while the row was being typed): column by header name, each header used once,
 * so a reordered file loses nothing. `dropped`: the typed columns that are not filled in and had
 * a value, which the new list has nowhere to put.
 */
export function carryOver(fromHeaders: readonly string[], cells: readonly string[], toHeaders: readonly string[]): { cells: string[]; dropped: number[] } {
  if (fromHeaders.length === toHeaders.length && fromHeaders.every((header, column) => header === toHeaders[column])) {
    return { cells: toHeaders.map((_, column) => cells[column] ?? ''), dropped: [] };
  }
  const used = new Set<number>();
  const placed = toHeaders.map((header) => {
    const key = headerKey(header);
    const from = fromHeaders.findIndex((candidate, column) => !used.has(column) && headerKey(candidate) === key);
    if (from < 0) return '';
    used.add(from);
    return cells[from] ?? '';
  });
  const dropped = fromHeaders.map((_, column) => column).filter((column) => !used.has(column) && (cells[column] ?? '').trim() !== '');
  return { cells: placed, dropped };
}

import { isPlainObject } from './validation.ts';

/**
 * Three-way merge of JSON data: what a tab started from (base), what it has now (mine) and what
 * another tab saved meanwhile (theirs). Edits to different fields, or to different items of a list
 * whose items carry an `id`, combine; only a field both sides changed differently is a conflict.
 * Nothing typed is dropped: an item edited on one side and deleted on the other is kept.
 */

/** A step into an object (its key) or into an id-keyed list (the item's id). */
export type PathStep = string | { id: string };
export type Path = readonly PathStep[];

export interface Conflict {
  path: Path;
  mine: unknown;
  theirs: unknown;
}

export interface MergeRules {
  /**
   * A field where one answer is always right needs no question (e.g. `updatedAt`: the later one).
   * Return undefined to let the merge decide.
   */
  autoResolve?(path: Path, mine: unknown, theirs: unknown): unknown;
}

export interface MergeResult {
  /** The merged data; in a conflicted field it holds mine until the reader decides. */
  value: unknown;
  conflicts: Conflict[];
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

type Item = Record<string, unknown> & { id: string };

function isIdList(value: unknown): value is Item[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item['id'] === 'string');
}

function byId(list: readonly Item[]): Map<string, Item> {
  return new Map(list.map((item) => [item.id, item]));
}

/** Mine's order when mine reordered the items both sides kept, theirs' otherwise; additions follow their neighbour. */
function mergeOrder(base: readonly Item[], mine: readonly Item[], theirs: readonly Item[], kept: ReadonlySet<string>): string[] {
  const ids = (list: readonly Item[]) => list.map((item) => item.id);
  const inAll = (id: string) => base.some((item) => item.id === id) && mine.some((item) => item.id === id) && theirs.some((item) => item.id === id);
  const baseCommon = ids(base).filter(inAll);
  const mineCommon = ids(mine).filter(inAll);
  const mineReordered = !deepEqual(baseCommon, mineCommon);
  const [primary, secondary] = mineReordered ? [mine, theirs] : [theirs, mine];
  const order = ids(primary).filter((id) => kept.has(id));
  const placed = new Set(order);
  const secondaryIds = ids(secondary);
  secondaryIds.forEach((id, index) => {
    if (placed.has(id) || !kept.has(id)) return;
    const before = secondaryIds.slice(0, index).reverse().find((candidate) => placed.has(candidate));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
    placed.add(id);
  });
  return order;
}

function merge(base: unknown, mine: unknown, theirs: unknown, path: PathStep[], rules: MergeRules, conflicts: Conflict[]): unknown {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(mine, base)) return theirs;
  if (deepEqual(theirs, base)) return mine;
  const resolved = rules.autoResolve?.(path, mine, theirs);
  if (resolved !== undefined) return resolved;

  if (isPlainObject(mine) && isPlainObject(theirs)) {
    const baseObject = isPlainObject(base) ? base : {};
    const result: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = merge(baseObject[key], mine[key], theirs[key], [...path, key], rules, conflicts);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }

  if (isIdList(mine) && isIdList(theirs)) {
    const baseList = isIdList(base) ? base : [];
    const [baseItems, mineItems, theirItems] = [byId(baseList), byId(mine), byId(theirs)];
    const merged = new Map<string, unknown>();
    for (const id of new Set([...baseItems.keys(), ...mineItems.keys(), ...theirItems.keys()])) {
      const [b, m, t] = [baseItems.get(id), mineItems.get(id), theirItems.get(id)];
      if (m && t) merged.set(id, merge(b, m, t, [...path, { id }], rules, conflicts));
      // Deleted on one side: gone, unless the other side changed it (an edit outweighs a delete).
      else if (m && !(b && deepEqual(m, b))) merged.set(id, m);
      else if (t && !(b && deepEqual(t, b))) merged.set(id, t);
    }
    return mergeOrder(baseList, mine, theirs, new Set(merged.keys())).map((id) => merged.get(id));
  }

  conflicts.push({ path, mine, theirs });
  return mine;
}

export function mergeThreeWay(base: unknown, mine: unknown, theirs: unknown, rules: MergeRules = {}): MergeResult {
  const conflicts: Conflict[] = [];
  const value = merge(base, mine, theirs, [], rules, conflicts);
  return { value, conflicts };
}

function stepKey(step: PathStep): string {
  return typeof step === 'string' ? step : `#${step.id}`;
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((step, index) => stepKey(step) === stepKey(b[index]!));
}

export function getAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const step of path) {
    if (typeof step === 'string') current = isPlainObject(current) ? current[step] : undefined;
    else current = isIdList(current) ? current.find((item) => item.id === step.id) : undefined;
  }
  return current;
}

/** A copy of `data` with the value at `path` replaced; unchanged when the path no longer exists. */
export function setAt(data: unknown, path: Path, value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (typeof step === 'string') {
    if (!isPlainObject(data)) return data;
    const next = { ...data };
    if (rest.length === 0 && value === undefined) delete next[step];
    else next[step] = setAt(data[step], rest, value);
    return next;
  }
  if (!isIdList(data)) return data;
  const index = data.findIndex((item) => item.id === step.id);
  if (index === -1) return data;
  return data.with(index, setAt(data[index], rest, value) as Item);
}

/** An item a person edits as a whole: an id and when it last changed. */
export interface StampedItem {
  id: string;
  updatedAt: string;
}

/**
 * How a backup merges into a list of such items: every item from both sides, in local order with
 * the backup's new ones after; where both sides hold an item, the later edit wins.
 */
export function mergeLatestById<T extends StampedItem>(local: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map<string, T>(local.map((item) => [item.id, item]));
  for (const item of incoming) {
    const existing = byId.get(item.id);
    if (!existing || item.updatedAt > existing.updatedAt) byId.set(item.id, item);
  }
  return [...new Set([...local, ...incoming].map((item) => item.id))].map((id) => byId.get(id)!);
}

/** What `mergeLatestById` did to the backup's items, for the restore report. */
export function countLatestById<T extends StampedItem>(
  local: readonly T[],
  incoming: readonly T[],
  merged: readonly T[],
): { added: number; updated: number; keptNewer: number } {
  const localById = new Map(local.map((item) => [item.id, item]));
  const counts = { added: 0, updated: 0, keptNewer: 0 };
  for (const item of incoming) {
    const mine = localById.get(item.id);
    if (!mine) counts.added += 1;
    else if (deepEqual(mine, item)) continue;
    else if (merged.find((candidate) => candidate.id === item.id) === item) counts.updated += 1;
    else counts.keptNewer += 1;
  }
  return counts;
}

// Canonical form: the engine only ever sees participants sorted by id (UTF-16 code-unit
// order, which is locale-independent), so any input order gives the same result.
import { message } from './messages.ts';
import { sanitiseParticipant } from './sanitise.ts';
import type { DataIssue, Participant } from './types.ts';

export interface CanonicalParticipants {
  readonly people: readonly Participant[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Ids that occur more than once: all such records are left out, so no record "wins" by input order. */
  readonly duplicateIds: readonly string[];
  readonly issues: readonly DataIssue[];
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function canonicalise(participants: readonly unknown[]): CanonicalParticipants {
  const issues: DataIssue[] = [];
  const counts = new Map<string, number>();
  const withId: Participant[] = [];
  for (const raw of Array.isArray(participants) ? participants : []) {
    const p = sanitiseParticipant(raw, issues);
    if (p === null) continue;
    counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
    withId.push(p);
  }
  const duplicateIds = [...counts].filter(([, n]) => n > 1).map(([id]) => id).sort(compareIds);
  for (const id of duplicateIds) {
    issues.push({ severity: 'error', ids: [id], message: message('data.duplicateId', { id, count: counts.get(id) ?? 0 }) });
  }
  const people = withId.filter((p) => counts.get(p.id) === 1).sort((a, b) => compareIds(a.id, b.id));
  const indexById = new Map<string, number>();
  people.forEach((p, i) => indexById.set(p.id, i));
  issues.sort((a, b) => compareIds(a.message.key, b.message.key) || compareIds(a.ids[0] ?? '', b.ids[0] ?? ''));
  return { people, indexById, duplicateIds, issues };
}

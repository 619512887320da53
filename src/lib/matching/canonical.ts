// Canonical form: the engine only ever sees participants sorted by id (UTF-16 code-unit
// order, which is locale-independent), so any input order gives the same result.
import { message } from './messages.ts';
import type { DataIssue, Participant } from './types.ts';

export interface CanonicalParticipants {
  readonly people: readonly Participant[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Ids that occur more than once: all such records are left out, so no record "wins" by input order. */
  readonly duplicateIds: readonly string[];
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function canonicalise(participants: readonly Participant[], issues: DataIssue[] = []): CanonicalParticipants {
  const counts = new Map<string, number>();
  for (const p of participants) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  const duplicateIds = [...counts].filter(([, n]) => n > 1).map(([id]) => id).sort(compareIds);
  for (const id of duplicateIds) {
    issues.push({ severity: 'error', ids: [id], message: message('data.duplicateId', { id, count: counts.get(id) ?? 0 }) });
  }
  const people = participants.filter((p) => counts.get(p.id) === 1).sort((a, b) => compareIds(a.id, b.id));
  const indexById = new Map<string, number>();
  people.forEach((p, i) => indexById.set(p.id, i));
  return { people, indexById, duplicateIds };
}

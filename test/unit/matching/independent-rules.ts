// A second, deliberately simple implementation of the hard rules, used to check the
// engine's output without trusting the engine's own rule code.
import type { MatchingInput, Participant } from '../../../src/lib/matching/index.ts';

function chain(byId: Map<string, Participant>, start: Participant): Set<string> {
  const seen = new Set<string>();
  let m = start.managerId;
  while (m !== undefined && byId.has(m) && !seen.has(m)) {
    seen.add(m);
    m = byId.get(m)!.managerId;
  }
  return seen;
}

export function breaksHardRule(input: MatchingInput, a: Participant, b: Participant): string | null {
  const rules = input.rules ?? {};
  const byId = new Map<string, Participant>();
  const counts = new Map<string, number>();
  for (const p of input.participants) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  for (const p of input.participants) if (counts.get(p.id) === 1) byId.set(p.id, p);
  if (a.id === b.id) return 'self';
  if ((rules.noReportingLine ?? true) && (chain(byId, a).has(b.id) || chain(byId, b).has(a.id))) return 'reportingLine';
  const excluded = (x: Participant, y: Participant): boolean => (x.excludedPartners ?? []).includes(y.id);
  if (excluded(a, b) || excluded(b, a)) return 'excluded';
  if ((rules.excludedPairs ?? []).some(([x, y]) => (x === a.id && y === b.id) || (x === b.id && y === a.id))) return 'excluded';
  if (rules.differentDepartment === true && a.department !== undefined && a.department === b.department) return 'sameDepartment';
  const norm = (s: string): string => s.normalize('NFC').trim().toLowerCase();
  if ((rules.sharedLanguage ?? true) && !(a.languages ?? []).some((l) => (b.languages ?? []).map(norm).includes(norm(l))))
    return 'noSharedLanguage';
  const max = rules.maxTimeZoneDifferenceHours;
  if (max !== undefined && a.timeZoneOffset !== undefined && b.timeZoneOffset !== undefined) {
    const d = Math.abs(a.timeZoneOffset - b.timeZoneOffset) % 24;
    if (Math.min(d, 24 - d) > max) return 'timeZoneTooFar';
  }
  return null;
}

// Reporting lines as an Euler tour over the manager forest: "a manages b, directly or
// indirectly" becomes an O(1) interval test, and a 10 000-long chain costs O(n), not O(n²).
import { compareIds } from './canonical.ts';
import { message } from './messages.ts';
import type { DataIssue, Participant } from './types.ts';

export interface ReportingLines {
  /** True when one of the two is in the other's management chain. */
  related(a: number, b: number): boolean;
  /** False when nobody has a manager: then `related` is always false. */
  readonly any: boolean;
  readonly issues: readonly DataIssue[];
}

export function buildReportingLines(
  people: readonly Participant[],
  indexById: ReadonlyMap<string, number>,
): ReportingLines {
  const n = people.length;
  const issues: DataIssue[] = [];
  const parent = new Int32Array(n).fill(-1);
  people.forEach((p, i) => {
    if (p.managerId === undefined || p.managerId === '') return;
    const m = indexById.get(p.managerId);
    if (m === undefined) {
      issues.push({
        severity: 'warning',
        ids: [p.id],
        message: message('data.unknownManager', { name: p.name, managerId: p.managerId }),
      });
    } else {
      parent[i] = m;
    }
  });
  const representative = collapseCycles(parent, people, issues);
  const { tin, tout } = eulerTour(parent);
  const isAncestor = (a: number, b: number): boolean => tin[a]! <= tin[b]! && tout[b]! <= tout[a]!;
  return {
    related: (a, b) => {
      if (a === b) return false;
      const ra = representative[a]!;
      const rb = representative[b]!;
      return ra === rb || isAncestor(ra, rb) || isAncestor(rb, ra);
    },
    any: parent.some((m) => m >= 0),
    issues,
  };
}

/**
 * Everyone in a reporting cycle manages everyone else in it, directly or not, so a cycle
 * is collapsed into one node: its first member becomes a root, the others hang directly
 * under it, and queries go through `representative` (the first member for all of them).
 * People below any member then stay below all members.
 */
function collapseCycles(parent: Int32Array, people: readonly Participant[], issues: DataIssue[]): Int32Array {
  const n = parent.length;
  const representative = Int32Array.from({ length: n }, (_, i) => i);
  const state = new Uint8Array(n); // 0 new, 1 on the current walk, 2 done
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    const walk: number[] = [];
    let v = start;
    while (v !== -1 && state[v] === 0) {
      state[v] = 1;
      walk.push(v);
      v = parent[v] ?? -1;
    }
    if (v !== -1 && state[v] === 1) {
      const cycle = walk.slice(walk.indexOf(v));
      const first = Math.min(...cycle);
      for (const member of cycle) {
        representative[member] = first;
        parent[member] = member === first ? -1 : first;
      }
      const ids = cycle.map((i) => people[i]?.id ?? '').sort(compareIds);
      const names = [...cycle].sort((a, b) => a - b).map((i) => people[i]?.name ?? '');
      issues.push({ severity: 'warning', ids, message: message('data.reportingCycle', { names: names.join(' → ') }) });
    }
    for (const w of walk) state[w] = 2;
  }
  return representative;
}

function eulerTour(parent: Int32Array): { tin: Int32Array; tout: Int32Array } {
  const n = parent.length;
  const childCount = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    const p = parent[v] ?? -1;
    if (p >= 0) childCount[p + 1] = (childCount[p + 1] ?? 0) + 1;
  }
  for (let v = 0; v < n; v++) childCount[v + 1] = (childCount[v + 1] ?? 0) + (childCount[v] ?? 0);
  const start = childCount.slice();
  const children = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const p = parent[v] ?? -1;
    if (p >= 0) {
      const slot = start[p] ?? 0;
      children[slot] = v;
      start[p] = slot + 1;
    }
  }
  const tin = new Int32Array(n);
  const tout = new Int32Array(n);
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  let clock = 0;
  for (let root = 0; root < n; root++) {
    if (parent[root] !== -1) continue;
    let top = 0;
    stack[0] = root;
    tin[root] = clock++;
    next[root] = childCount[root] ?? 0;
    while (top >= 0) {
      const v = stack[top] ?? 0;
      const c = next[v] ?? 0;
      if (c < (childCount[v + 1] ?? 0)) {
        next[v] = c + 1;
        const child = children[c] ?? 0;
        tin[child] = clock++;
        next[child] = childCount[child] ?? 0;
        stack[++top] = child;
      } else {
        tout[v] = clock++;
        top--;
      }
    }
  }
  return { tin, tout };
}

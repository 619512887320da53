// Modes (a) mentoring with capacities, (b) reciprocal duos, (c) peer pairs.
import { solveBipartite } from './solvers/bipartite.ts';
import { solveBipartiteWithPriority } from './solvers/bipartite-priority.ts';
import type { RunContext } from './context.ts';
import { solveGeneral } from './solvers/general.ts';
import { planLocked } from './locked.ts';
import { message } from './messages.ts';
import { explainUnmatched, MAX_ASSIGNMENT_CELLS, MAX_POOL_SIZE, TooLargeError, type ModeOutcome, type RawPair, type RawUnmatched } from './outcome.ts';
import type { Orientation } from './score.ts';
import { scoreMatrix } from './score-matrix.ts';
import { idHash } from './solvers/objective.ts';
import { chooseTrio } from './solvers/trio.ts';

export function mentorSide(ctx: RunContext, bothRoleSide: 'mentor' | 'mentee'): (i: number) => boolean {
  const people = ctx.features.people;
  return (i) => {
    const role = people[i]!.role;
    return role === 'mentor' || (role === 'both' && bothRoleSide === 'mentor');
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** (a) when `withCapacity`, else (b): one-to-one duos scored in both directions. */
export function runTwoSided(ctx: RunContext, bothRoleSide: 'mentor' | 'mentee', withCapacity: boolean): ModeOutcome {
  const orientation: Orientation = withCapacity ? 'directed' : 'symmetric';
  const isMentor = mentorSide(ctx, bothRoleSide);
  const all = range(ctx.features.people.length);
  const mentors = all.filter(isMentor);
  const mentees = all.filter((i) => !isMentor(i));
  const locked = planLocked(ctx, isMentor, withCapacity);
  const capacityOf = (m: number): number => (withCapacity ? ctx.features.capacity[m]! : 1);
  if (withCapacity) reportCapacityIssues(ctx, mentors, locked.lockedCount);
  const freeMentees = mentees.filter((i) => locked.taken[i] === 0);
  const left = freeMentees.length;
  const right = mentors.length;
  const capacity = Int32Array.from(mentors, (m) => Math.max(0, capacityOf(m) - locked.lockedCount[m]!));
  let slots = 0;
  for (const c of capacity) slots += Math.min(c, left);
  const cells = left * Math.max(slots, right);
  if (cells > MAX_ASSIGNMENT_CELLS) throw new TooLargeError(cells, MAX_ASSIGNMENT_CELLS, 'combinations');

  // Mentees are the solver's rows: the matrix is written transposed, hard rules and closed mentors already -1.
  const score = scoreMatrix(ctx.features, ctx.scorer, mentors, freeMentees, orientation, ctx.control, {
    transpose: true,
    rules: ctx.maskRows(freeMentees),
    closedRows: Uint8Array.from(capacity, (c) => (c > 0 ? 0 : 1)),
  });
  const hashes = (list: readonly number[]): Uint32Array => Uint32Array.from(list, (i) => idHash(ctx.features.people[i]!.id));
  const problem = { left, right, capacity, score, leftHash: hashes(freeMentees), rightHash: hashes(mentors) };
  const { priority, hasPriority } = ctx.rounds;
  const assignment = hasPriority
    ? solveBipartiteWithPriority(
        {
          ...problem,
          leftPriority: Uint8Array.from(freeMentees, (e) => priority[e]!),
          // A prioritised mentor with a locked mentee is matched already.
          rightPriority: Uint8Array.from(mentors, (m) => (locked.lockedCount[m]! > 0 ? 0 : priority[m]!)),
        },
        ctx.input.objective,
        ctx.control,
      )
    : solveBipartite(problem, ctx.input.objective, ctx.control);

  const pairs: RawPair[] = locked.pairs.map((p) => ({ a: p.a, b: p.b, locked: true }));
  const mentorUsed = new Int32Array(ctx.features.people.length);
  for (const p of locked.pairs) mentorUsed[p.a]!++;
  const unmatched: RawUnmatched[] = [];
  assignment.forEach((r, l) => {
    const e = freeMentees[l]!;
    if (r >= 0) {
      const m = mentors[r]!;
      pairs.push({ a: m, b: e, locked: false });
      mentorUsed[m]!++;
    } else {
      unmatched.push(withNoCandidates(explainUnmatched(ctx, e, mentors, withCapacity ? 'capacityUsedUp' : 'outscored'), right));
    }
  });
  for (const m of mentors) {
    if (mentorUsed[m]! > 0) continue;
    if (capacityOf(m) === 0) unmatched.push({ index: m, reason: 'zeroCapacity', eligible: 0 });
    else unmatched.push(withNoCandidates(explainUnmatched(ctx, m, freeMentees, 'outscored'), left));
  }
  return { orientation, pairs, groups: [], unmatched };
}

/** (c) pairs from one pool. */
export function runPeers(ctx: RunContext): ModeOutcome {
  const n = ctx.features.people.length;
  const locked = planLocked(ctx, null);
  const pool = range(n).filter((i) => locked.taken[i] === 0);
  const size = pool.length;
  if (size > MAX_POOL_SIZE) throw new TooLargeError(size, MAX_POOL_SIZE, 'participants');
  // The rules mark the diagonal too (a person cannot pair with themself).
  const score = scoreMatrix(ctx.features, ctx.scorer, pool, pool, 'symmetric', ctx.control, { rules: ctx.maskRows(pool) });
  const hash = Uint32Array.from(pool, (i) => idHash(ctx.features.people[i]!.id));
  const priority = ctx.rounds.hasPriority ? Uint8Array.from(pool, (i) => ctx.rounds.priority[i]!) : undefined;
  const problem = { size, score, hash, ...(priority === undefined ? {} : { priority }) };
  const pairsOnly = solveGeneral(problem, ctx.input.objective, ctx.control);
  const allowTrio = ctx.input.mode?.kind === 'peers' && ctx.input.mode.allowTrio;
  const { mate, trio } = allowTrio ? chooseTrio(problem, ctx.input.objective, pairsOnly, ctx.control) : { mate: pairsOnly, trio: null };
  const pairs: RawPair[] = locked.pairs.map((p) => ({ a: p.a, b: p.b, locked: true }));
  const unmatched: RawUnmatched[] = [];
  mate.forEach((y, x) => {
    if (y > x) pairs.push({ a: pool[x]!, b: pool[y]!, locked: false });
    else if (y < 0 && trio?.includes(x) !== true) unmatched.push(withNoCandidates(explainUnmatched(ctx, pool[x]!, pool, 'outscored'), size - 1));
  });
  const groups = trio === null ? [] : [{ members: trio.map((x) => pool[x]!), mentor: -1 }];
  return { orientation: 'symmetric', pairs, groups, unmatched };
}

/** Zero capacities and more locked mentees than places: both matter wherever capacity does. */
export function reportCapacityIssues(ctx: RunContext, mentors: readonly number[], lockedCount: Int32Array): void {
  for (const m of mentors) {
    const p = ctx.features.people[m]!;
    const capacity = ctx.features.capacity[m]!;
    if (capacity === 0) ctx.issues.push({ severity: 'warning', ids: [p.id], message: message('data.zeroCapacity', { name: p.name }) });
    if (lockedCount[m]! > capacity)
      ctx.issues.push({
        severity: 'warning',
        ids: [p.id],
        message: message('data.lockedOverCapacity', { name: p.name, capacity, locked: lockedCount[m]!, count: lockedCount[m]! }),
      });
  }
}

function withNoCandidates(u: RawUnmatched, candidates: number): RawUnmatched {
  return candidates === 0 ? { index: u.index, reason: 'noEligiblePartner', eligible: 0 } : u;
}

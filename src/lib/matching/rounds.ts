// Earlier rounds of the same programme (input `history`). Two effects on a new round:
// - a pair made in any earlier round is a hard rule (`repeatPair`) unless the coordinator
//   allows repeats, so it goes through the same mask as every other rule;
// - whoever the last round left unmatched is matched first whenever the rules allow. That
//   is lexicographic, not a bonus: the solvers give an edge one extra BIG per prioritised
//   end (see solvers/objective.ts `priorityWeight`). The sets of people a matching can
//   cover form a matroid (augmenting a matching never uncovers anyone), so one matching
//   has both the most pairs and the most prioritised people matched; maximising
//   pairs + prioritised people therefore maximises both at once, with BIG still above any
//   score total.
import type { Features } from './features.ts';
import { HARD_RULE_ORDER } from './hard-rules.ts';
import type { CleanHistory } from './sanitise.ts';

export const REPEAT_PAIR = 1 << HARD_RULE_ORDER.indexOf('repeatPair');

export interface Rounds {
  /** REPEAT_PAIR when a and b were paired in an earlier round and repeats are not allowed, else 0. */
  repeatMask(a: number, b: number): number;
  /** False when no earlier pair is forbidden: then `repeatMask` is always 0. */
  readonly hasRepeats: boolean;
  /** 1 for everyone the last round left unmatched. */
  readonly priority: Uint8Array;
  /** Whether anyone has priority: without, the modes solve exactly as before. */
  readonly hasPriority: boolean;
}

export function buildRounds(features: Features, history: CleanHistory): Rounds {
  const n = features.people.length;
  const repeated = new Set<number>();
  if (!history.allowRepeats) {
    for (const round of history.rounds) {
      for (const [x, y] of round.pairs) {
        const a = features.indexById.get(x);
        const b = features.indexById.get(y);
        if (a !== undefined && b !== undefined && a !== b) repeated.add(Math.min(a, b) * n + Math.max(a, b));
      }
    }
  }
  const priority = new Uint8Array(n);
  let hasPriority = false;
  for (const id of history.rounds[history.rounds.length - 1]?.unmatched ?? []) {
    const i = features.indexById.get(id);
    if (i === undefined) continue;
    priority[i] = 1;
    hasPriority = true;
  }
  return {
    repeatMask: repeated.size === 0 ? () => 0 : (a, b) => (repeated.has(Math.min(a, b) * n + Math.max(a, b)) ? REPEAT_PAIR : 0),
    hasRepeats: repeated.size > 0,
    priority,
    hasPriority,
  };
}

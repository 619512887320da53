// What the panel offers for one person: the kinds of change that make sense in the mode and
// their side, and for each kind everyone it could be made with, each previewed. A what-if is a
// few look-ups, so every candidate is previewed up front (300 people: a few milliseconds) and
// the list can be sorted by what the change costs. No words here: the view labels the kinds.
import type { Locale } from '../../i18n/locales.ts';
import { nameOf, type NameLookup } from '../result-view.ts';
import { separatedLocks, type Adjuster, type AdjustmentPreview, type ManualChange } from './adjust.ts';
import type { IdPair, MatchingInput, MatchingResult } from '../../matching/types.ts';

export type AdjustKind = 'swapMentee' | 'swapPeer' | 'swapGroup' | 'assignMentor' | 'assignMentee' | 'assignPeer' | 'move';

/** More are found by typing a name; a longer list helps no one choose. */
export const CANDIDATE_CAP = 200;

export interface Candidate {
  /** A person's id; for a move, the first member of the target group. */
  readonly id: string;
  /** The person's name, or the group's members: what the filter searches. */
  readonly members: readonly string[];
  /** Who the candidate is matched with now (not for a group). */
  readonly partners: readonly string[] | null;
  /** Places a mentor still has (capacity modes only). */
  readonly room: number | null;
  readonly preview: AdjustmentPreview;
  /** The score of the match the person is in after the change; null: they end up without one. */
  readonly newScore: number | null;
  /** Groups the change would make larger or smaller than the set-up allows. */
  readonly offSize: readonly OffSizeGroup[];
  /** The coordinator's locked pairs the change separates (and so takes off). */
  readonly endsLocks: readonly IdPair[];
  /** Breaks a hard rule, a mentor's capacity or a group size, ends a lock, or cannot be kept. */
  readonly flagged: boolean;
}

export interface Placement {
  readonly twoSided: boolean;
  readonly capacities: boolean;
  readonly groups: boolean;
  /** The group sizes the set-up allows (groups mode only), counted without the group's mentor as the engine counts them. */
  readonly groupSizes: { readonly min: number; readonly max: number } | null;
  /** Whether the groups each have a mentor on top of their members (group mentoring). */
  readonly groupMentors: boolean;
  /** A group's size as the set-up means it: its members but its mentor. */
  groupSize(ids: readonly string[]): number;
  readonly ids: readonly string[];
  isMentor(id: string): boolean;
  /** Indexes into `result.matches` of the matches this person is in. */
  matchesOf(id: string): readonly number[];
  partnersOf(id: string): string[];
  roomOf(id: string): number | null;
}

export function placement(input: MatchingInput, result: MatchingResult): Placement {
  const mode = input.mode;
  const twoSided = mode.kind === 'mentoring' || mode.kind === 'reciprocal' || mode.kind === 'stable';
  const capacities = mode.kind === 'mentoring' || mode.kind === 'stable';
  const bothSide = twoSided ? (mode.bothRoleSide ?? 'mentee') : 'mentee';
  const people = new Map(input.participants.map((person) => [person.id, person]));
  const matches = new Map<string, number[]>();
  result.matches.forEach((match, index) => {
    for (const id of match.ids) {
      const list = matches.get(id);
      if (list) list.push(index);
      else matches.set(id, [index]);
    }
  });
  const isMentor = (id: string): boolean => {
    const role = people.get(id)?.role;
    return twoSided && (role === 'mentor' || (role === 'both' && bothSide === 'mentor'));
  };
  const matchesOf = (id: string): readonly number[] => matches.get(id) ?? [];
  // The groups solver gives each group one mentor on top of minSize..maxSize others (groups.ts):
  // only the role 'mentor' counts, 'both' is an ordinary member there.
  const groupMentors = mode.kind === 'groups' && mode.oneMentorPerGroup === true;
  const isGroupMentor = (id: string): boolean => groupMentors && people.get(id)?.role === 'mentor';
  return {
    twoSided,
    capacities,
    groups: mode.kind === 'groups',
    groupSizes: mode.kind === 'groups' ? { min: mode.minSize ?? mode.size, max: mode.maxSize ?? mode.size } : null,
    groupMentors,
    groupSize: (ids) => ids.filter((member) => !isGroupMentor(member)).length,
    ids: [...people.keys()],
    isMentor,
    matchesOf,
    partnersOf: (id) => matchesOf(id).flatMap((index) => result.matches[index]!.ids.filter((other) => other !== id)),
    roomOf: (id) => (capacities && isMentor(id) ? Math.max(0, (people.get(id)?.capacity ?? 1) - matchesOf(id).length) : null),
  };
}

/** The kinds that make sense for this person, the likeliest first. */
export function kindsFor(place: Placement, id: string): AdjustKind[] {
  const matched = place.matchesOf(id).length > 0;
  if (place.groups) return ['move', 'swapGroup'];
  if (place.twoSided) return place.isMentor(id) ? ['assignMentee'] : matched ? ['swapMentee', 'assignMentor'] : ['assignMentor', 'swapMentee'];
  return matched ? ['swapPeer', 'assignPeer'] : ['assignPeer', 'swapPeer'];
}

function changeFor(kind: AdjustKind, id: string, other: string): ManualChange {
  switch (kind) {
    case 'swapMentee':
    case 'swapPeer':
    case 'swapGroup':
      return { kind: 'swap', ids: [id, other] };
    case 'assignMentor':
    case 'assignPeer':
      return { kind: 'assign', id, to: other };
    case 'assignMentee':
      return { kind: 'assign', id: other, to: id };
    case 'move':
      return { kind: 'move', id, to: other };
  }
}

/** The person's match after the change: the one holding them, else the first the change makes. */
function newScoreOf(preview: AdjustmentPreview, id: string): number | null {
  return preview.matches.find((match) => match.ids.includes(id))?.score ?? null;
}

export interface OffSizeGroup {
  readonly ids: readonly string[];
  readonly size: number;
}

/**
 * The engine keeps groups within the set-up's sizes but the what-if does not check them: a move
 * can make a group too big, or leave one too small. Not a hard rule, so it is said, not blocked.
 */
export function offSizeGroups(place: Placement, preview: AdjustmentPreview): OffSizeGroup[] {
  const bounds = place.groupSizes;
  if (!bounds || !preview.valid) return [];
  return preview.matches.flatMap((match) => {
    const size = place.groupSize(match.ids);
    return size < bounds.min || size > bounds.max ? [{ ids: match.ids, size }] : [];
  });
}

/** Everyone (or every group) the change could be made with, previewed, the least costly first. */
export function candidatesFor(
  place: Placement,
  adjuster: Adjuster,
  result: MatchingResult,
  kind: AdjustKind,
  id: string,
  names: NameLookup,
  locale: Locale,
  /** The coordinator's locked pairs (`project.review.locked`), not the pairs a run merely held. */
  locked: readonly IdPair[] = [],
): Candidate[] {
  const own = new Set(place.matchesOf(id));
  const together = new Set([id, ...place.partnersOf(id)]);
  const matched = own.size > 0;
  const targets: { id: string; members: string[]; partners: string[] | null }[] = [];
  if (kind === 'move') {
    result.matches.forEach((match, index) => {
      if (!own.has(index) && match.ids[0] !== undefined) targets.push({ id: match.ids[0], members: match.ids.map((member) => nameOf(names, member)), partners: null });
    });
  } else {
    const wantsMentor = kind === 'assignMentor';
    for (const other of place.ids) {
      if (together.has(other)) continue;
      if (place.twoSided && (wantsMentor ? !place.isMentor(other) : place.isMentor(other))) continue;
      // Two people without a match have no places to trade.
      if (kind.startsWith('swap') && !matched && place.matchesOf(other).length === 0) continue;
      // Two mentees of the same mentor (or members of one group) trading places change nothing.
      if (kind.startsWith('swap') && place.partnersOf(other).some((partner) => together.has(partner))) continue;
      targets.push({ id: other, members: [nameOf(names, other)], partners: place.partnersOf(other).map((partner) => nameOf(names, partner)) });
    }
  }
  const candidates = targets.map((target): Candidate => {
    const preview = adjuster.preview(changeFor(kind, id, target.id));
    const offSize = offSizeGroups(place, preview);
    const endsLocks = separatedLocks(result, preview, locked);
    return {
      ...target,
      offSize,
      endsLocks,
      room: kind === 'assignMentor' ? place.roomOf(target.id) : null,
      preview,
      newScore: newScoreOf(preview, id),
      flagged: !preview.valid || !preview.recordable || preview.brokenRules.length > 0 || preview.overCapacity.length > 0 || offSize.length > 0 || endsLocks.length > 0,
    };
  });
  const collator = new Intl.Collator(locale);
  return candidates
    .filter((candidate) => candidate.preview.valid && (candidate.preview.matches.length > 0 || candidate.preview.replaces.length > 0))
    .sort((a, b) => rank(a) - rank(b) || b.preview.delta - a.preview.delta || collator.compare(a.members.join(' '), b.members.join(' ')));
}

/** Changes that can be kept and break nothing first; then those that need a decision; then those that cannot be kept. */
function rank(candidate: Candidate): number {
  if (!candidate.preview.recordable) return 2;
  return candidate.flagged ? 1 : 0;
}

/** The candidates whose names hold the query (case and accents aside), at most `cap`, and how many matched. */
export function filterCandidates(candidates: readonly Candidate[], query: string, cap = CANDIDATE_CAP): { shown: Candidate[]; total: number } {
  const needle = fold(query.trim());
  const found = needle === '' ? candidates : candidates.filter((candidate) => foldedNames(candidate).some((name) => name.includes(needle)));
  return { shown: found.slice(0, cap), total: found.length };
}

/** Folded once per candidate: a keystroke then only compares strings. */
const folded = new WeakMap<Candidate, readonly string[]>();
function foldedNames(candidate: Candidate): readonly string[] {
  let names = folded.get(candidate);
  if (!names) folded.set(candidate, (names = candidate.members.map(fold)));
  return names;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

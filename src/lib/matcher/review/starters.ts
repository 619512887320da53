// Conversation starters for a pair card: three, drawn from what the pair has in common — the
// mentee's learning goals (the ones the partner can help with first) and interests they share —
// and topped up with general icebreakers. The choice depends only on the match, so a card
// printed twice says the same; the texts are in matcher-starters.ts in both languages.
import type { Message, MessageKey } from '../../i18n/message.ts';
import type { Participant } from '../../matching/types.ts';
import { matchKey } from '../model.ts';
import { inSentence } from '../tell/words.ts';

export const STARTER_COUNT = 3;

const VARIANTS = { goal: 4, offered: 3, interest: 4, general: 8 } as const;
type StarterKind = keyof typeof VARIANTS;

/** The first-meeting checklist, in the order a first conversation runs (from the guide's five stages). */
export const FIRST_MEETING_CHECKLIST: readonly Message[] = (
  ['why', 'strengths', 'expectations', 'contact', 'boundaries', 'goals', 'network', 'difficult', 'next'] as const
).map((item) => ({ key: `matcher.starters.checklist.${item}` }));

const normalise = (text: string): string => text.normalize('NFC').trim().toLowerCase();

/** FNV-1a of the match key: a fixed, well-spread starting point per pair. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

/** Each distinct entry once (compared as the engine compares text), spelled as first written. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const key = normalise(value);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(value.trim());
  }
  return kept;
}

interface Subject {
  readonly kind: Exclude<StarterKind, 'general'>;
  readonly value: string;
}

/**
 * Three starters for a match. `members` are the people in it; `mentorId` marks the mentor (in
 * the one-pool modes everyone's goals count). Goals a partner offers, shared interests and the
 * other goals take turns; general icebreakers fill what is left.
 */
export function conversationStarters(given: readonly Participant[], mentorId?: string): Message[] {
  // In id order, so neither the choice nor a word's spelling depends on the order people come in.
  const members = [...given].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = members.map((person) => person.id);
  const seed = seedOf(matchKey(ids));
  const learners = members.filter((person) => person.id !== mentorId);
  const goals = distinct(learners.flatMap((person) => person.skillsWanted ?? []));
  const offeredBy = (goal: string, learner: Participant | undefined): boolean =>
    members.some((person) => person !== learner && (person.skillsOffered ?? []).some((skill) => normalise(skill) === normalise(goal)));
  const ownerOf = (goal: string): Participant | undefined => learners.find((person) => (person.skillsWanted ?? []).some((want) => normalise(want) === normalise(goal)));
  const offered = goals.filter((goal) => offeredBy(goal, ownerOf(goal)));
  const otherGoals = goals.filter((goal) => !offered.includes(goal));
  const counts = new Map<string, number>();
  for (const person of members) for (const interest of distinct(person.interests ?? [])) counts.set(normalise(interest), (counts.get(normalise(interest)) ?? 0) + 1);
  const shared = distinct(members.flatMap((person) => person.interests ?? [])).filter((interest) => (counts.get(normalise(interest)) ?? 0) >= 2);

  // One of each kind in turn, so a card mixes what the partner can teach, the people themselves, and the rest of the goals.
  const lists: Subject[][] = [offered.map((value) => ({ kind: 'offered', value })), shared.map((value) => ({ kind: 'interest', value })), otherGoals.map((value) => ({ kind: 'goal', value }))];
  const ordered: Subject[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index++) for (const list of lists) if (index < list.length) ordered.push(list[index]!);

  const used = new Map<StarterKind, number>();
  const next = (kind: StarterKind): MessageKey => {
    const step = used.get(kind) ?? 0;
    used.set(kind, step + 1);
    return `matcher.starters.${kind}.${((seed + step) % VARIANTS[kind]) + 1}` as MessageKey;
  };
  const starters: Message[] = [];
  for (const subject of ordered) {
    if (starters.length === STARTER_COUNT) break;
    if ((used.get(subject.kind) ?? 0) >= VARIANTS[subject.kind]) continue;
    starters.push({ key: next(subject.kind), params: subject.kind === 'interest' ? { interest: inSentence(subject.value) } : { goal: inSentence(subject.value) } });
  }
  while (starters.length < STARTER_COUNT) starters.push({ key: next('general') });
  return starters;
}

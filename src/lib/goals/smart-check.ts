import { findActionVerb } from './action-verbs.ts';
import { formatDate } from './date-format.ts';
import { isBefore, isIsoDate } from './dates.ts';
import { findDeadlinesInNormalized } from './deadlines.ts';
import type { DeadlineMatch, DeadlineOptions } from './deadlines.ts';
import type { Message, SmartHintKey } from './message-keys.ts';
import { MEASURE_PHRASES } from './measure-words.ts';
import type { Goal, IsoDate, Locale, SmartLetter } from './model.ts';
import { SMART_LETTERS } from './model.ts';
import { NUMBER_WORD_SOURCE } from './number-words.ts';
import { alternation, blankOut, joinTexts, normalizeText, wholeWords, words } from './text.ts';
import { VAGUE_PATTERNS, VAGUE_PHRASES } from './vague-words.ts';

// An assistant, not a gate: every verdict comes with a hint the UI can show, and
// nothing here stops the user from saving. Dutch and English are always both tried,
// because people write in the language the goal came to them in.

export type { SmartHintKey } from './message-keys.ts';

export type SmartStatus = 'met' | 'weak' | 'missing';

export interface SmartVerdict {
  status: SmartStatus;
  hint: Message<SmartHintKey>;
}

export type SmartCheck = Record<SmartLetter, SmartVerdict>;

export type SmartCheckInput = Pick<Goal, 'statement' | 'smart' | 'targetDate'>;

export interface SmartCheckOptions {
  locale: Locale;
  today: IsoDate;
}

/** Below this a statement rarely says both what you will do and what comes out of it. */
export const MIN_SPECIFIC_WORDS = 5;
/** "Ja", "Yes, sure": an answer this short has not really thought about the question. */
export const MIN_ANSWER_WORDS = 4;

// Patterns first: at one position the regex takes the first alternative that matches.
const VAGUE = wholeWords([...VAGUE_PATTERNS, alternation(VAGUE_PHRASES)].join('|'));
const MEASURE_PHRASE = wholeWords(alternation(MEASURE_PHRASES));
const NUMBER = wholeWords(`\\d+(?:[.,]\\d+)?(?:x|%)?|${NUMBER_WORD_SOURCE}`);

function verdict(status: SmartStatus, key: SmartHintKey, params: Message['params'] = {}): SmartVerdict {
  return { status, hint: { key, params } };
}

/** The user's own words at a match, so hints quote what they typed. */
function quote(original: string, match: RegExpMatchArray): string {
  const start = match.index ?? 0;
  let end = start + match[0].trimEnd().length;
  // "één" was matched as "1" plus padding; take the whole word back.
  while (end < original.length && /[\p{L}\p{N}]/u.test(original[end] ?? '')) end += 1;
  return original.slice(start, end).replace(/\s+/g, ' ');
}

function toRange(match: RegExpMatchArray): { start: number; end: number } {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}

function checkSpecific(goal: SmartCheckInput): SmartVerdict {
  const original = joinTexts(goal.statement, goal.smart.specific);
  const text = normalizeText(original);
  const allWords = words(text);
  if (allWords.length === 0) return verdict('missing', 'smart.specific.missing');
  const vague = [...text.matchAll(VAGUE)];
  // A verb inside a vague phrase ("beter leren") must not count as the concrete action.
  const verb = findActionVerb(words(blankOut(text, vague.map(toRange))));
  const firstVague = vague[0];
  if (firstVague !== undefined && verb === null) {
    return verdict('weak', 'smart.specific.vague', { phrase: quote(original, firstVague) });
  }
  if (allWords.length < MIN_SPECIFIC_WORDS) return verdict('weak', 'smart.specific.tooShort', { min: MIN_SPECIFIC_WORDS });
  if (verb === null) return verdict('weak', 'smart.specific.noActionVerb');
  return verdict('met', 'smart.specific.met', { verb });
}

function checkMeasurable(goal: SmartCheckInput, options: DeadlineOptions): SmartVerdict {
  const original = joinTexts(goal.statement, goal.smart.measurable);
  const text = normalizeText(original);
  // "binnen 3 maanden" is a deadline, not a measure; "3 presentaties" is a measure.
  const withoutDeadlines = blankOut(text, findDeadlinesInNormalized(text, options));
  const evidence = firstMatch(withoutDeadlines, NUMBER) ?? firstMatch(withoutDeadlines, MEASURE_PHRASE);
  if (evidence !== null) return verdict('met', 'smart.measurable.met', { evidence: quote(original, evidence) });
  if (words(normalizeText(goal.smart.measurable)).length === 0) return verdict('missing', 'smart.measurable.missing');
  return verdict('weak', 'smart.measurable.noMeasure');
}

function firstMatch(text: string, regex: RegExp): RegExpMatchArray | null {
  regex.lastIndex = 0;
  const match = regex.exec(text);
  regex.lastIndex = 0;
  return match;
}

function checkAnswer(letter: 'achievable' | 'relevant', answer: string): SmartVerdict {
  const count = words(normalizeText(answer)).length;
  if (count === 0) return verdict('missing', `smart.${letter}.missing`);
  if (count < MIN_ANSWER_WORDS) return verdict('weak', `smart.${letter}.tooShort`, { min: MIN_ANSWER_WORDS });
  return verdict('met', `smart.${letter}.met`);
}

function dateParams(date: IsoDate, locale: Locale): Message['params'] {
  return { date: formatDate(date, locale), isoDate: date };
}

function latest(matches: readonly DeadlineMatch[]): IsoDate | null {
  let result: IsoDate | null = null;
  for (const { date } of matches) if (result === null || isBefore(result, date)) result = date;
  return result;
}

function checkTimeBound(goal: SmartCheckInput, options: SmartCheckOptions): SmartVerdict {
  const { today, locale } = options;
  const matches = findDeadlinesInNormalized(normalizeText(joinTexts(goal.statement, goal.smart.timeBound)), options);
  const targetDate = isIsoDate(goal.targetDate) ? goal.targetDate : null;
  if (targetDate !== null && isBefore(targetDate, today)) {
    return verdict('weak', 'smart.timeBound.pastTargetDate', dateParams(targetDate, locale));
  }
  const past = matches.find((match) => match.explicitYear && isBefore(match.date, today));
  if (past !== undefined) return verdict('weak', 'smart.timeBound.pastDate', dateParams(past.date, locale));
  if (targetDate !== null) return verdict('met', 'smart.timeBound.met', dateParams(targetDate, locale));
  const written = latest(matches);
  if (written !== null) return verdict('met', 'smart.timeBound.metSuggestTargetDate', dateParams(written, locale));
  if (words(normalizeText(goal.smart.timeBound)).length === 0) return verdict('missing', 'smart.timeBound.missing');
  return verdict('weak', 'smart.timeBound.noDate');
}

export function checkSmart(goal: SmartCheckInput, options: SmartCheckOptions): SmartCheck {
  return {
    specific: checkSpecific(goal),
    measurable: checkMeasurable(goal, options),
    achievable: checkAnswer('achievable', goal.smart.achievable),
    relevant: checkAnswer('relevant', goal.smart.relevant),
    timeBound: checkTimeBound(goal, options),
  };
}

/** How many letters are met/weak/missing, e.g. for a compact badge. */
export function summarizeSmart(check: SmartCheck): Record<SmartStatus, number> {
  const counts: Record<SmartStatus, number> = { met: 0, weak: 0, missing: 0 };
  for (const letter of SMART_LETTERS) counts[check[letter].status] += 1;
  return counts;
}

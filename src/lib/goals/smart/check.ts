import { formatDate, isBefore, isIsoDate } from '../dates.ts';
import type { Message, SmartHintKey } from '../message-keys.ts';
import type { Goal, IsoDate, Locale, SmartLetter } from '../model.ts';
import { SMART_LETTERS } from '../model.ts';
import { findDeadlinesInNormalised } from './deadlines.ts';
import type { DeadlineMatch, DeadlineOptions } from './deadlines.ts';
import { alternation, blankOut, joinTexts, normaliseText, wholeWords, words } from './text.ts';
import { findActionVerb, MEASURE_PHRASES, NUMBER_WORD_SOURCE, SITUATION_PATTERNS, VAGUE_PATTERNS, VAGUE_PHRASES } from './words.ts';

// An assistant, not a gate: every verdict comes with a hint the UI can show, and
// nothing here stops the user from saving. Dutch and English are always both tried,
// because people write in the language the goal came to them in.

export type { SmartHintKey } from '../message-keys.ts';

export type SmartStatus = 'met' | 'weak' | 'missing';

/**
 * What the verdict was drawn from: the letter's own answer, or (while that answer is empty)
 * the goal sentence, or for T the target date. A verdict from the goal sentence has its own
 * hint ("Uit je doelzin: …"), so the UI never praises an empty field as if it were answered.
 */
export type SmartSource = 'answer' | 'statement' | 'targetDate';

export interface SmartVerdict {
  status: SmartStatus;
  hint: Message<SmartHintKey>;
  source: SmartSource;
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
const SITUATION = wholeWords(SITUATION_PATTERNS.join('|'));

function verdict(status: SmartStatus, key: SmartHintKey, params: Message['params'] = {}, source: SmartSource = 'answer'): SmartVerdict {
  return { status, hint: { key, params }, source };
}

const isBlank = (answer: string): boolean => words(normaliseText(answer)).length === 0;

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

type SpecificKey = 'vague' | 'tooShort' | 'noActionVerb' | 'met';
const SPECIFIC_FROM_STATEMENT: Record<SpecificKey, SmartHintKey> = {
  vague: 'goals.smart.specific.vagueFromStatement',
  tooShort: 'goals.smart.specific.tooShortFromStatement',
  noActionVerb: 'goals.smart.specific.noActionVerbFromStatement',
  met: 'goals.smart.specific.metFromStatement',
};

/** A number, a measure or a recurring situation, outside any deadline: what makes "beter" concrete. */
function hasConcreteAnchor(text: string, options: DeadlineOptions): boolean {
  const withoutDeadlines = blankOut(text, findDeadlinesInNormalised(text, options));
  return [NUMBER, MEASURE_PHRASE, SITUATION].some((regex) => firstMatch(withoutDeadlines, regex) !== null);
}

function checkSpecific(goal: SmartCheckInput, options: DeadlineOptions): SmartVerdict {
  // While the S answer is empty, the goal sentence is all there is, and the hint says so.
  const source: SmartSource = isBlank(goal.smart.specific) ? 'statement' : 'answer';
  const original = source === 'statement' ? goal.statement : joinTexts(goal.statement, goal.smart.specific);
  const text = normaliseText(original);
  const allWords = words(text);
  if (allWords.length === 0) return verdict('missing', 'goals.smart.specific.missing');
  const result = (key: SpecificKey, params: Message['params'] = {}): SmartVerdict =>
    verdict(key === 'met' ? 'met' : 'weak', source === 'statement' ? SPECIFIC_FROM_STATEMENT[key] : `goals.smart.specific.${key}`, params, source);
  const vague = [...text.matchAll(VAGUE)];
  // A verb inside a vague phrase ("beter leren", "beter worden in feedback geven") is its topic,
  // not the concrete action.
  const outside = blankOut(text, vague.map(toRange));
  const verb = findActionVerb(words(outside));
  const firstVague = vague[0];
  // A vague phrase needs a concrete action beside it, and a situation or a measure:
  // "meer netwerken" is still vague, "na elk teamoverleg geef ik één collega feedback" is not.
  if (firstVague !== undefined && (verb === null || !hasConcreteAnchor(outside, options))) {
    return result('vague', { phrase: quote(original, firstVague) });
  }
  if (allWords.length < MIN_SPECIFIC_WORDS) return result('tooShort', { min: MIN_SPECIFIC_WORDS });
  if (verb === null) return result('noActionVerb');
  return result('met', { verb });
}

function checkMeasurable(goal: SmartCheckInput, options: DeadlineOptions): SmartVerdict {
  const fromStatement = isBlank(goal.smart.measurable);
  const original = fromStatement ? goal.statement : joinTexts(goal.statement, goal.smart.measurable);
  const text = normaliseText(original);
  // "binnen 3 maanden" is a deadline, not a measure; "3 presentaties" is a measure.
  const withoutDeadlines = blankOut(text, findDeadlinesInNormalised(text, options));
  const evidence = firstMatch(withoutDeadlines, NUMBER) ?? firstMatch(withoutDeadlines, MEASURE_PHRASE);
  if (evidence !== null && fromStatement) {
    return verdict('met', 'goals.smart.measurable.metFromStatement', { evidence: quote(original, evidence) }, 'statement');
  }
  if (evidence !== null) return verdict('met', 'goals.smart.measurable.met', { evidence: quote(original, evidence) });
  if (fromStatement) return verdict('missing', 'goals.smart.measurable.missing');
  return verdict('weak', 'goals.smart.measurable.noMeasure');
}

function firstMatch(text: string, regex: RegExp): RegExpMatchArray | null {
  regex.lastIndex = 0;
  const match = regex.exec(text);
  regex.lastIndex = 0;
  return match;
}

function checkAnswer(letter: 'achievable' | 'relevant', answer: string): SmartVerdict {
  const count = words(normaliseText(answer)).length;
  if (count === 0) return verdict('missing', `goals.smart.${letter}.missing`);
  if (count < MIN_ANSWER_WORDS) return verdict('weak', `goals.smart.${letter}.tooShort`, { min: MIN_ANSWER_WORDS });
  return verdict('met', `goals.smart.${letter}.met`);
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
  const fromStatement = isBlank(goal.smart.timeBound);
  const textSource: SmartSource = fromStatement ? 'statement' : 'answer';
  const matches = findDeadlinesInNormalised(normaliseText(joinTexts(goal.statement, goal.smart.timeBound)), options);
  const targetDate = isIsoDate(goal.targetDate) ? goal.targetDate : null;
  if (targetDate !== null && isBefore(targetDate, today)) {
    return verdict('weak', 'goals.smart.timeBound.pastTargetDate', dateParams(targetDate, locale), 'targetDate');
  }
  const past = matches.find((match) => match.explicitYear && isBefore(match.date, today));
  if (past !== undefined) {
    const key = fromStatement ? 'goals.smart.timeBound.pastDateFromStatement' : 'goals.smart.timeBound.pastDate';
    return verdict('weak', key, dateParams(past.date, locale), textSource);
  }
  if (targetDate !== null) return verdict('met', 'goals.smart.timeBound.met', dateParams(targetDate, locale), 'targetDate');
  const written = latest(matches);
  if (written !== null) {
    const key = fromStatement ? 'goals.smart.timeBound.metSuggestTargetDateFromStatement' : 'goals.smart.timeBound.metSuggestTargetDate';
    return verdict('met', key, dateParams(written, locale), textSource);
  }
  if (fromStatement) return verdict('missing', 'goals.smart.timeBound.missing');
  return verdict('weak', 'goals.smart.timeBound.noDate');
}

export function checkSmart(goal: SmartCheckInput, options: SmartCheckOptions): SmartCheck {
  return {
    specific: checkSpecific(goal, options),
    measurable: checkMeasurable(goal, options),
    achievable: checkAnswer('achievable', goal.smart.achievable),
    relevant: checkAnswer('relevant', goal.smart.relevant),
    timeBound: checkTimeBound(goal, options),
  };
}

/** How many letters are met/weak/missing, e.g. for a compact badge. */
export function summariseSmart(check: SmartCheck): Record<SmartStatus, number> {
  const counts: Record<SmartStatus, number> = { met: 0, weak: 0, missing: 0 };
  for (const letter of SMART_LETTERS) counts[check[letter].status] += 1;
  return counts;
}

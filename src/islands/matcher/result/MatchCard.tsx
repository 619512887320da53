import { criterionParts, formatScore, nameOf, type CriterionPart, type MatchView, type NameLookup } from '../../../lib/matcher/result-view.ts';
import type { CriterionSetting } from '../../../lib/matcher/model.ts';
import type { MatchReview } from '../../../lib/matcher/review/decisions.ts';
import type { Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { memo } from '../../ui/memo.ts';
import { MatchActions } from './MatchActions.tsx';
import { ScoreBar } from './ScoreBar.tsx';
import { StatusChips } from './StatusChips.tsx';
import type { ReviewActions } from './useReviewActions.ts';

export interface MatchRowProps {
  t: Translate;
  locale: Locale;
  match: MatchView;
  /** Its place in the shown list, for ids that tie the actions to the names. */
  index: number;
  status: MatchReview;
  names: NameLookup;
  criteria: readonly CriterionSetting[];
  actions: ReviewActions;
  onAdjust: (startWith: string | null, opener: HTMLButtonElement) => void;
}

/** The same match in a new result (a run after a decision remakes every view): nothing to draw again. */
function sameMatch(a: MatchView, b: MatchView): boolean {
  return (
    a === b ||
    (a.key === b.key &&
      a.score === b.score &&
      a.mentorId === b.mentorId &&
      a.brokenRules.join() === b.brokenRules.join() &&
      (a.breakdown === b.breakdown || JSON.stringify(a.breakdown) === JSON.stringify(b.breakdown)))
  );
}

/** Memo's comparison for a card or table row: every prop by identity, the match by content. */
export function sameRow(previous: Readonly<MatchRowProps>, next: Readonly<MatchRowProps>): boolean {
  for (const name of Object.keys(next) as (keyof MatchRowProps)[]) {
    if (name === 'match' ? !sameMatch(previous.match, next.match) : previous[name] !== next[name]) return false;
  }
  return true;
}

export function peopleOf(t: Translate, match: MatchView, names: NameLookup): string[] {
  return match.ids.map((id) => (id === match.mentorId ? t('matcher.result.matches.mentor', { name: nameOf(names, id) }) : nameOf(names, id)));
}

/**
 * One pair or group in the list: names, score, status, what can be done, and each criterion's
 * part in words. Memoised: a decision draws again only the cards whose match or status changed
 * (statuses are shared objects, the actions and onAdjust stable; a pause reaches the buttons by context).
 */
export const MatchCard = memo(function MatchCard({ t, locale, match, index, status, names, criteria, actions, onAdjust }: MatchRowProps) {
  const parts = match.breakdown ? criterionParts(match.breakdown, criteria) : null;
  const headingId = `review-match-${index}`;
  return (
    <li class="result-match" data-testid="result-match" data-approved={status.approved ? 'true' : undefined}>
      <div class="result-match__head">
        <h4 class="result-match__names" id={headingId}>
          {peopleOf(t, match, names).join(' · ')}
        </h4>
        <p class="result-match__score">
          <ScoreBar fill={match.score / 100} />
          <span>{t('matcher.result.matches.score', { score: formatScore(match.score, locale) })}</span>
        </p>
      </div>
      <StatusChips t={t} match={match} status={status} />
      {match.brokenRules.length > 0 && (
        <p class="result-match__broken">
          {t('matcher.result.matches.brokenRules', { rules: match.brokenRules.map((rule) => t(`matching.rule.${rule}`)).join(', ') })}
        </p>
      )}
      <MatchActions t={t} match={match} status={status} labelledBy={headingId} actions={actions} onAdjust={onAdjust} />
      {parts && parts.length > 0 && (
        <ul class="result-criteria" aria-label={t('matcher.result.matches.breakdown')}>
          {parts.map((part) => (
            <CriterionRow key={part.criterion} t={t} locale={locale} part={part} />
          ))}
        </ul>
      )}
    </li>
  );
}, sameRow);

function CriterionRow({ t, locale, part }: { t: Translate; locale: Locale; part: CriterionPart }) {
  return (
    <li class="result-criterion">
      <div class="result-criterion__head">
        <span class="result-criterion__label">{t(part.label.key, part.label.params)}</span>
        <span class="result-criterion__points">
          <ScoreBar fill={part.fill} small />
          {t('matcher.result.matches.points', { points: formatScore(part.points, locale), max: formatScore(part.maxPoints, locale) })}
        </span>
      </div>
      {part.reasons.length > 0 && (
        <ul class="result-criterion__reasons">
          {part.reasons.map((reason, index) => (
            <li key={index}>{t(reason.key, reason.params)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

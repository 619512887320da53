import { useMemo, useState } from 'preact/hooks';
import {
  arrangeMatches,
  criterionParts,
  formatScore,
  LOW_SCORE,
  MATCH_ORDERS,
  nameOf,
  type CriterionPart,
  type MatchOrder,
  type MatchView,
  type NameLookup,
} from '../../../lib/matcher/result-view.ts';
import type { CriterionSetting } from '../../../lib/matcher/model.ts';
import { translator, type Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { Field } from '../../ui/Field.tsx';
import { ShowMore } from './ShowMore.tsx';
import { useShowMore } from './useShowMore.ts';

interface Props {
  locale: Locale;
  matches: readonly MatchView[];
  names: NameLookup;
  criteria: readonly CriterionSetting[];
  groups: boolean;
}

/** Every pair or group with its score and, when the details are here, each criterion's part in words. */
export function MatchList({ locale, matches, names, criteria, groups }: Props) {
  const t = translator(locale);
  const [order, setOrder] = useState<MatchOrder>('scoreDescending');
  const [lowScoresOnly, setLowScoresOnly] = useState(false);
  const arranged = useMemo(() => arrangeMatches(matches, { order, lowScoresOnly }), [matches, order, lowScoresOnly]);
  const { shown, more } = useShowMore(arranged.length, `${order}:${lowScoresOnly}`);
  const detailsMissing = matches.some((match) => match.breakdown === null);
  return (
    <section class="result-matches" aria-labelledby="result-matches-heading">
      <h3 id="result-matches-heading">{t(groups ? 'matcher.result.matches.headingGroups' : 'matcher.result.matches.heading')}</h3>
      {matches.length === 0 ? (
        <p>{t('matcher.result.matches.none')}</p>
      ) : (
        <>
          <div class="result-matches__controls">
            <Field id="result-matches-order" label={t('matcher.result.matches.order')}>
              {(control) => (
                <select {...control} class="select" value={order} onChange={(event) => setOrder(event.currentTarget.value as MatchOrder)}>
                  {MATCH_ORDERS.map((value) => (
                    <option key={value} value={value}>
                      {t(`matcher.result.matches.order.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <label class="choice result-matches__filter">
              <input type="checkbox" checked={lowScoresOnly} onChange={(event) => setLowScoresOnly(event.currentTarget.checked)} />{' '}
              {t('matcher.result.matches.lowOnly', { threshold: LOW_SCORE })}
            </label>
          </div>
          {detailsMissing && <p class="field__help">{t('matcher.result.matches.noDetails')}</p>}
          {arranged.length === 0 ? (
            <p>{t('matcher.result.matches.noneLow', { threshold: LOW_SCORE })}</p>
          ) : (
            <ul class="result-matches__list" data-testid="result-match-list">
              {arranged.slice(0, shown).map((match) => (
                <MatchItem key={match.key} locale={locale} match={match} names={names} criteria={criteria} />
              ))}
            </ul>
          )}
          <ShowMore locale={locale} shown={shown} total={arranged.length} more={more} />
        </>
      )}
    </section>
  );
}

function MatchItem({ locale, match, names, criteria }: { locale: Locale; match: MatchView; names: NameLookup; criteria: readonly CriterionSetting[] }) {
  const t = translator(locale);
  const people = match.ids.map((id) => (id === match.mentorId ? t('matcher.result.matches.mentor', { name: nameOf(names, id) }) : nameOf(names, id)));
  const parts = match.breakdown ? criterionParts(match.breakdown, criteria) : null;
  return (
    <li class="result-match" data-testid="result-match">
      <div class="result-match__head">
        <h4 class="result-match__names">{people.join(' · ')}</h4>
        <p class="result-match__score">
          <ScoreBar fill={match.score / 100} />
          <span>{t('matcher.result.matches.score', { score: formatScore(match.score, locale) })}</span>
        </p>
      </div>
      {match.locked && <p class="result-chip">{t('matcher.result.matches.locked')}</p>}
      {match.brokenRules.length > 0 && (
        <p class="result-match__broken">
          {t('matcher.result.matches.brokenRules', { rules: match.brokenRules.map((rule) => t(`matching.rule.${rule}`)).join(', ') })}
        </p>
      )}
      {parts && parts.length > 0 && (
        <ul class="result-criteria" aria-label={t('matcher.result.matches.breakdown')}>
          {parts.map((part) => (
            <CriterionRow key={part.criterion} t={t} locale={locale} part={part} />
          ))}
        </ul>
      )}
    </li>
  );
}

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

/** A bar beside a figure that is always written out; drawn in SVG because the CSP allows no inline width. */
function ScoreBar({ fill, small = false }: { fill: number; small?: boolean }) {
  const width = Math.round(Math.min(1, Math.max(0, Number.isFinite(fill) ? fill : 0)) * 100);
  return (
    <svg class={small ? 'result-bar result-bar--small' : 'result-bar'} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="result-bar__track" x={0} y={0} width={100} height={8} rx={2} />
      <rect class="result-bar__fill" x={0} y={0} width={width} height={8} rx={2} />
    </svg>
  );
}

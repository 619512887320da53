import { useMemo, useRef, useState } from 'preact/hooks';
import { arrangeMatches, formatCount, MATCH_ORDERS, type MatchOrder, type MatchView, type NameLookup, type UnmatchedView } from '../../../lib/matcher/result-view.ts';
import type { CriterionSetting, MatchingProject } from '../../../lib/matcher/model.ts';
import { createMatchReview, holdsBeyondLocks } from '../../../lib/matcher/review/decisions.ts';
import { filterCounts, filterMatches, REVIEW_FILTERS, type ReviewFilter } from '../../../lib/matcher/review/filters.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { Field } from '../../ui/Field.tsx';
import { MatchCard } from './MatchCard.tsx';
import { MatchTable } from './MatchTable.tsx';
import { ReviewButton, ReviewPaused } from './ReviewButton.tsx';
import { ShowMore } from './ShowMore.tsx';
import { UnmatchedList } from './UnmatchedList.tsx';
import { useReviewActions } from './useReviewActions.ts';
import { useShowMore } from './useShowMore.ts';
import { useKeptFocus } from './useKeptFocus.ts';

/** Why the review actions cannot be used right now; null when they can. */
export type ReviewPause = 'busy' | 'noResult' | null;

interface Props {
  locale: Locale;
  project: MatchingProject;
  matches: readonly MatchView[];
  unmatched: readonly UnmatchedView[];
  names: NameLookup;
  criteria: readonly CriterionSetting[];
  groups: boolean;
  pause: ReviewPause;
  onAdjust: (startWith: string | null, opener: HTMLButtonElement) => void;
}

type View = 'list' | 'table';

/**
 * The review: every pair or group as a list (with the reasons per criterion) or a compact
 * table, sorted by score, filtered by where it stands, each with its status and actions; the
 * unmatched below, each with a way to assign them. The decisions' sets are built once per
 * render (createMatchReview), so each row's status is a few set look-ups at 300+ matches.
 */
export function MatchList({ locale, project, matches, unmatched, names, criteria, groups, pause, onAdjust }: Props) {
  const t = translator(locale);
  const [order, setOrder] = useState<MatchOrder>('scoreDescending');
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [view, setView] = useState<View>('list');
  const review = project.review;
  const status = useMemo(() => createMatchReview(review), [review]);
  const counts = useMemo(() => filterCounts(matches, unmatched.length, review), [matches, unmatched.length, review]);
  const arranged = useMemo(() => arrangeMatches(filterMatches(matches, review, filter), { order, lowScoresOnly: false }), [matches, review, filter, order]);
  const { shown, more } = useShowMore(arranged.length, `${order}:${filter}`);
  const heldInPlace = useMemo(() => holdsBeyondLocks(review, project.runs.at(-1)?.held), [review, project.runs]);
  const actions = useReviewActions(locale, project.id, names);
  const approved = matches.length - counts.notApproved;
  const unavailable = pause !== null;
  const detailsMissing = matches.some((match) => match.breakdown === null);
  const rows = arranged.slice(0, shown).map((match, index) => ({ match, index, status: status(match.ids), names, criteria, actions, onAdjust }));
  const filterName = (value: ReviewFilter) => t(`matcher.review.filter.${value}`);

  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useKeptFocus(section, heading);

  const busy = pause === 'busy' ? 'true' : undefined;
  return (
    <ReviewPaused.Provider value={unavailable}>
    <section ref={section} class="result-matches" aria-labelledby="result-matches-heading" aria-busy={busy} data-testid="review">
      <h3 id="result-matches-heading" ref={heading} tabIndex={-1}>{t(groups ? 'matcher.review.headingGroups' : 'matcher.review.heading')}</h3>
      {matches.length === 0 ? (
        <p>{t('matcher.result.matches.none')}</p>
      ) : (
        <>
          <p class="review-intro">{t('matcher.review.intro')}</p>
          <div class="review-approval">
            <p class="review-approval__count" data-testid="review-approved-count">
              {t('matcher.review.approvedCount', { approved: formatCount(approved, locale), total: formatCount(matches.length, locale) })}
            </p>
            <ReviewButton unavailable={approved === matches.length} testId="review-approve-all" onPress={() => actions.approveAll(matches)}>
              {t('matcher.review.approveAll')}
            </ReviewButton>
          </div>
          <div class="result-matches__controls">
            <fieldset class="review-choice">
              <legend>{t('matcher.review.filter.label')}</legend>
              <div class="review-choice__options">
                {REVIEW_FILTERS.map((value) => (
                  <label key={value} class="review-choice__option">
                    <input type="radio" name="review-filter" value={value} checked={filter === value} onChange={() => setFilter(value)} />
                    <span>{t('matcher.review.filter.option', { filter: filterName(value), count: formatCount(counts[value], locale) })}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset class="review-choice">
              <legend>{t('matcher.review.view.label')}</legend>
              <div class="review-choice__options">
                {(['list', 'table'] as const).map((value) => (
                  <label key={value} class="review-choice__option">
                    <input type="radio" name="review-view" value={value} checked={view === value} onChange={() => setView(value)} />
                    <span>{t(`matcher.review.view.${value}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {filter !== 'unmatched' && (
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
            )}
          </div>
          {pause === 'busy' && (
            <p class="review-pause" data-testid="review-busy">
              {t('matcher.review.busy')}
            </p>
          )}
          {pause === 'noResult' && <p class="field__help review-pause">{t('matcher.review.unavailable')}</p>}
          {detailsMissing && <p class="field__help">{t('matcher.result.matches.noDetails')}</p>}
          {filter === 'unmatched' ? null : arranged.length === 0 ? (
            <p>{t('matcher.review.filter.empty')}</p>
          ) : view === 'list' ? (
            <ul class="result-matches__list" data-testid="result-match-list">
              {rows.map((row) => (
                <MatchCard key={row.match.key} t={t} locale={locale} {...row} />
              ))}
            </ul>
          ) : (
            <MatchTable t={t} locale={locale} order={order} onOrder={setOrder} rows={rows} />
          )}
          {filter !== 'unmatched' && <ShowMore locale={locale} shown={shown} total={arranged.length} more={more} />}
        </>
      )}
    </section>
    <UnmatchedList locale={locale} unmatched={unmatched} names={names} busy={pause === 'busy'} heldInPlace={heldInPlace} onAssign={onAdjust} />
    </ReviewPaused.Provider>
  );
}

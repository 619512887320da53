import { criterionParts, formatScore, type CriterionPart, type MatchOrder } from '../../../lib/matcher/result-view.ts';
import type { Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { peopleOf, sameRow, type MatchRowProps } from './MatchCard.tsx';
import { memo } from '../../ui/memo.ts';
import { MatchActions } from './MatchActions.tsx';
import { StatusChips } from './StatusChips.tsx';

interface Props {
  t: Translate;
  order: MatchOrder;
  onOrder: (order: MatchOrder) => void;
  rows: readonly Omit<MatchRowProps, 't' | 'locale'>[];
  locale: Locale;
}

/** How well a criterion did, for the chip's tint; the chip always says the points as well. */
const level = (part: CriterionPart): 'high' | 'mid' | 'low' => (part.fill >= 2 / 3 ? 'high' : part.fill >= 1 / 3 ? 'mid' : 'low');

/** The same matches as the list, one row each: names, score (sortable), criteria as chips with their points, status, actions. */
export function MatchTable({ t, order, onOrder, rows, locale }: Props) {
  const descending = order === 'scoreDescending';
  return (
    <>
    <p class="review-scroll-hint" id="review-table-hint">{t('matcher.review.table.scrollHint')}</p>
    {/* Focusable, so the keyboard can scroll it sideways at 390 px; named by the hint. */}
    <div class="review-table-wrap scroll-x" tabIndex={0} role="region" aria-label={t('matcher.review.table.caption')} aria-describedby="review-table-hint">
      <table class="review-table" data-testid="review-table">
        <caption>{t('matcher.review.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matcher.review.table.names')}</th>
            <th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
              <button type="button" class="review-table__sort" onClick={() => onOrder(descending ? 'scoreAscending' : 'scoreDescending')}>
                {t(descending ? 'matcher.review.table.sortDescending' : 'matcher.review.table.sortAscending')}
                <span aria-hidden="true"> {descending ? '↓' : '↑'}</span>
              </button>
            </th>
            <th scope="col">{t('matcher.review.table.criteria')}</th>
            <th scope="col">{t('matcher.review.table.status')}</th>
            <th scope="col">{t('matcher.review.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <MatchTableRow key={row.match.key} t={t} locale={locale} {...row} />
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}

/** Memoised like MatchCard: a decision draws again only the rows it changed. */
const MatchTableRow = memo(function MatchTableRow({ t, locale, match, index, status, names, criteria, actions, onAdjust }: MatchRowProps) {
  const parts = match.breakdown ? criterionParts(match.breakdown, criteria) : null;
  const nameId = `review-row-${index}`;
  return (
    <tr data-testid="review-row" data-approved={status.approved ? 'true' : undefined}>
      <th scope="row" id={nameId}>
        {peopleOf(t, match, names).join(' · ')}
      </th>
      <td class="review-table__score">{formatScore(match.score, locale)}</td>
      <td>
        {parts && parts.length > 0 && (
          <ul class="review-criteria" aria-label={t('matcher.result.matches.breakdown')}>
            {parts.map((part) => (
              <li key={part.criterion} class="review-criterion" data-level={level(part)}>
                {t('matcher.review.table.criterion', {
                  criterion: t(part.label.key, part.label.params),
                  points: formatScore(part.points, locale),
                  max: formatScore(part.maxPoints, locale),
                })}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <StatusChips t={t} match={match} status={status} />
      </td>
      <td class="review-table__actions">
        <MatchActions t={t} match={match} status={status} labelledBy={nameId} actions={actions} onAdjust={onAdjust} />
      </td>
    </tr>
  );
}, sameRow);

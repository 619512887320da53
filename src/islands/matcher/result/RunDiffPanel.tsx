import { formatCount, formatScore, formatScoreChange, type NameLookup } from '../../../lib/matcher/result-view.ts';
import type { StoredMatch } from '../../../lib/matcher/model.ts';
import type { FigureChange, RunDiff } from '../../../lib/matcher/review/run-diff.ts';
import { translator, type Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MessageKey } from '../../../lib/i18n/message.ts';
import { listNames } from './review-words.ts';
import { ShowMore } from './ShowMore.tsx';
import { useShowMore } from './useShowMore.ts';

interface Props {
  locale: Locale;
  diff: RunDiff;
  names: NameLookup;
}

/** What the latest run changed against the one before: the figures first, then the matches it made and ended. */
export function RunDiffPanel({ locale, diff, names }: Props) {
  const t = translator(locale);
  const score = (value: number) => formatScore(value, locale);
  const count = (value: number) => formatCount(value, locale);
  const line = (key: MessageKey, change: FigureChange, format: (value: number) => string) =>
    t(key, { before: format(change.before), after: format(change.after), change: formatScoreChange(change.change, locale) });
  return (
    <section class="review-diff" aria-labelledby="review-diff-heading" data-testid="review-diff">
      <h3 id="review-diff-heading">{t('matcher.review.diff.heading')}</h3>
      {diff.same ? (
        <p>{t('matcher.review.diff.same')}</p>
      ) : (
        <p>
          {[t('matcher.review.diff.made', { count: diff.made.length }), t('matcher.review.diff.ended', { count: diff.ended.length }), t('matcher.review.diff.kept', { count: diff.kept })].join(' · ')}
        </p>
      )}
      <ul class="review-diff__figures">
        <li>{line('matcher.review.diff.total', diff.total, score)}</li>
        <li>{line('matcher.review.diff.mean', diff.mean, score)}</li>
        <li>{line('matcher.review.diff.matched', diff.matched, count)}</li>
      </ul>
      {diff.made.length > 0 && <ChangedMatches t={t} locale={locale} heading="matcher.review.diff.madeHeading" matches={diff.made} names={names} kind="made" />}
      {diff.ended.length > 0 && <ChangedMatches t={t} locale={locale} heading="matcher.review.diff.endedHeading" matches={diff.ended} names={names} kind="ended" />}
    </section>
  );
}

function ChangedMatches({ t, locale, heading, matches, names, kind }: { t: Translate; locale: Locale; heading: MessageKey; matches: readonly StoredMatch[]; names: NameLookup; kind: 'made' | 'ended' }) {
  const { shown, more } = useShowMore(matches.length, '');
  return (
    <details class="review-diff__matches" data-testid={`review-diff-${kind}`}>
      <summary>
        {t(heading)} ({formatCount(matches.length, locale)})
      </summary>
      <ul>
        {matches.slice(0, shown).map((match) => (
          <li key={match.ids.join('|')}>{t('matcher.review.diff.match', { names: listNames(locale, names, match.ids), score: formatScore(match.score, locale) })}</li>
        ))}
      </ul>
      <ShowMore locale={locale} shown={shown} total={matches.length} more={more} />
    </details>
  );
}

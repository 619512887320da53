import { formatCount, formatScore, summaryFigures } from '../../../lib/matcher/result-view.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MessageKey } from '../../../lib/i18n/message.ts';
import type { Summary } from '../../../lib/matching/types.ts';
import { ScoreHistogram } from './ScoreHistogram.tsx';

interface Props {
  locale: Locale;
  summary: Summary;
  groups: boolean;
}

/** The figures first (how many matched, how good), then how the scores are spread. */
export function ResultSummary({ locale, summary, groups }: Props) {
  const t = translator(locale);
  const figures = summaryFigures(summary);
  const score = (value: number | null) => (value === null ? t('matcher.result.summary.noScore') : formatScore(value, locale));
  const rows: [MessageKey, string, string][] = [
    ['matcher.result.summary.participants', formatCount(figures.participants, locale), 'participants'],
    ['matcher.result.summary.matched', formatCount(figures.matched, locale), 'matched'],
    ['matcher.result.summary.unmatched', formatCount(figures.unmatched, locale), 'unmatched'],
    [groups ? 'matcher.result.summary.groups' : 'matcher.result.summary.matches', formatCount(figures.matches, locale), 'matches'],
    ['matcher.result.summary.meanScore', score(figures.meanScore), 'meanScore'],
    ['matcher.result.summary.minScore', score(figures.minScore), 'minScore'],
  ];
  return (
    <section class="result-summary" aria-labelledby="result-summary-heading">
      <h3 id="result-summary-heading" tabIndex={-1}>{t('matcher.result.summary.heading')}</h3>
      <dl class="result-figures" data-testid="result-figures">
        {rows.map(([label, value, name]) => (
          <div class="result-figures__item" key={name} data-figure={name}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ScoreHistogram locale={locale} distribution={summary.distribution} />
    </section>
  );
}

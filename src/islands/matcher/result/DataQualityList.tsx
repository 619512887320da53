import type { DataIssue } from '../../../lib/matching/types.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { ShowMore } from './ShowMore.tsx';
import { useShowMore } from './useShowMore.ts';

interface Props {
  locale: Locale;
  issues: readonly DataIssue[];
}

/** What the engine found in the data (errors first), each with its severity in words, not only a colour. */
export function DataQualityList({ locale, issues }: Props) {
  const t = translator(locale);
  const ordered = [...issues.filter((issue) => issue.severity === 'error'), ...issues.filter((issue) => issue.severity !== 'error')];
  const { shown, more } = useShowMore(ordered.length, '');
  if (ordered.length === 0) return null;
  return (
    <section class="result-quality" aria-labelledby="result-quality-heading">
      <h3 id="result-quality-heading">{t('matcher.result.dataQuality.heading')}</h3>
      <ul class="result-quality__list" data-testid="result-quality-list">
        {ordered.slice(0, shown).map((issue, index) => (
          <li key={index} class="result-quality__item" data-severity={issue.severity}>
            <span class="result-chip" data-severity={issue.severity}>
              {t(issue.severity === 'error' ? 'matcher.result.dataQuality.error' : 'matcher.result.dataQuality.warning')}
            </span>{' '}
            {t(issue.message.key, issue.message.params)}
          </li>
        ))}
      </ul>
      <ShowMore locale={locale} shown={shown} total={ordered.length} more={more} />
    </section>
  );
}

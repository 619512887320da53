import { formatCount, PAGE_SIZE } from '../../../lib/matcher/result-view.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';

interface Props {
  locale: Locale;
  shown: number;
  total: number;
  more: () => void;
}

/** "Showing 50 of 1 000" and a button for the next page, only when there is more. */
export function ShowMore({ locale, shown, total, more }: Props) {
  const t = translator(locale);
  if (shown >= total) return null;
  const next = Math.min(PAGE_SIZE, total - shown);
  return (
    <p class="result-more">
      <span>{t('matcher.result.matches.shown', { shown: formatCount(shown, locale), total: formatCount(total, locale) })}</span>{' '}
      <button type="button" class="button button--small" onClick={more}>
        {t('matcher.result.matches.showMore', { count: next })}
      </button>
    </p>
  );
}

import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { Page } from '../../../lib/matcher/participants-view.ts';

interface Props {
  locale: Locale;
  page: Page<unknown>;
  onPage: (page: number) => void;
}

/** Previous and next page; nothing when everything fits on one. */
export function Pager({ locale, page, onPage }: Props) {
  const t = translator(locale);
  if (page.pageCount <= 1) return null;
  // aria-disabled, not disabled: the button someone pressed to reach the last page keeps the focus.
  const first = page.page === 0;
  const last = page.page >= page.pageCount - 1;
  return (
    <nav class="participants-pager" aria-label={t('matcher.participants.pager.label')}>
      <button type="button" class="button button--small" aria-disabled={first ? 'true' : undefined} onClick={() => !first && onPage(page.page - 1)}>
        {t('matcher.participants.pager.previous')}
      </button>
      <span class="participants-pager__position" aria-live="polite">
        {t('matcher.participants.pager.position', { page: page.page + 1, pages: page.pageCount })}
      </span>
      <button type="button" class="button button--small" aria-disabled={last ? 'true' : undefined} onClick={() => !last && onPage(page.page + 1)}>
        {t('matcher.participants.pager.next')}
      </button>
    </nav>
  );
}

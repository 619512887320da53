import type { Locale } from '../../../lib/i18n/locales.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { RowIssue } from '../../../lib/matcher/import/types.ts';

interface Props {
  locale: Locale;
  headers: readonly string[];
  /** Sorted by row, parse warnings included. */
  issues: readonly RowIssue[];
  participantCount: number;
}

/** At most this many findings are listed; a list with more needs fixing in the spreadsheet. */
const SHOWN = 100;

/** The checks on the list before it is used: counts per level, then each finding with its spreadsheet row. */
export function ImportPreview({ locale, headers, issues, participantCount }: Props) {
  const t = translator(locale);
  const errors = issues.filter((issue) => issue.level === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section class="matcher-preview" aria-labelledby="matcher-preview-heading">
      <h4 id="matcher-preview-heading">{t('matcher.import.ui.preview.heading')}</h4>
      <ul class="matcher-preview__counts" data-testid="matcher-preview-counts">
        <li>{t('matcher.import.ui.preview.ready', { count: participantCount })}</li>
        {errors > 0 && <li class="matcher-preview__count--error">{t('matcher.import.ui.preview.errors', { count: errors })}</li>}
        {warnings > 0 && <li class="matcher-preview__count--warning">{t('matcher.import.ui.preview.warnings', { count: warnings })}</li>}
      </ul>
      {issues.length === 0 ? (
        <p>{t('matcher.import.ui.preview.clean')}</p>
      ) : (
        <ul class="matcher-preview__issues" data-testid="matcher-preview-issues">
          {issues.slice(0, SHOWN).map((issue, index) => (
            <li class={`matcher-issue matcher-issue--${issue.level}`} key={index}>
              <span class="matcher-issue__level">{t(issue.level === 'error' ? 'matcher.import.ui.preview.error' : 'matcher.import.ui.preview.warning')}</span>{' '}
              <span class="matcher-issue__where">
                {t('matcher.import.ui.preview.row', { row: issue.row })}
                {issue.column !== undefined && headers[issue.column] ? ` · ${headers[issue.column]}` : ''}
              </span>
              {': '}
              <span class="matcher-issue__message">{t(issue.message.key, issue.message.params)}</span>
            </li>
          ))}
        </ul>
      )}
      {issues.length > SHOWN && <p>{t('matcher.import.ui.preview.more', { count: issues.length - SHOWN })}</p>}
    </section>
  );
}

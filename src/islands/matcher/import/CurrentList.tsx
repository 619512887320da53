import { formatDate } from '../../../lib/calendar/format-date.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { ImportSource, MatchingProject } from '../../../lib/matcher/model.ts';
import type { Translate } from '../../../lib/i18n/index.ts';

function sourceText(t: Translate, source: ImportSource): string {
  const file = source.fileName ?? '';
  switch (source.kind) {
    case 'csv':
      return source.encoding ? t('matcher.import.ui.source.csv', { file, encoding: t(`matcher.import.ui.encoding.${source.encoding}`) }) : file;
    case 'xlsx':
      return source.sheet ? t('matcher.import.ui.source.xlsx', { file, sheet: source.sheet }) : file;
    default:
      return t(`matcher.import.ui.source.${source.kind}`);
  }
}

/** What the project holds now: so many rows, from where, read when ("Deelnemers.csv, Windows-1252, 3 March"). */
export function CurrentList({ locale, project }: { locale: Locale; project: MatchingProject }) {
  if (!project.source || project.table.rows.length === 0) return null;
  const t = translator(locale);
  return (
    <p class="matcher-import__current" id="matcher-import-current" tabIndex={-1} data-testid="matcher-import-current">
      {t('matcher.import.ui.current', {
        count: project.table.rows.length,
        source: sourceText(t, project.source),
        date: formatDate(project.source.importedAt.slice(0, 10), locale),
      })}
    </p>
  );
}

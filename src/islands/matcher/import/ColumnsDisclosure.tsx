import type { Locale } from '../../../lib/i18n/locales.ts';
import { translator } from '../../../lib/i18n/index.ts';
import { mappingProblems } from '../../../lib/matcher/import/headers.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { setMapping } from '../../../stores/matcher.ts';
import { MappingTable } from './MappingTable.tsx';

/** The mapping of a list already imported, to change later: every change is stored at once and the participants follow. */
export function ColumnsDisclosure({ locale, project }: { locale: Locale; project: MatchingProject }) {
  if (!project.mapping) return null;
  const t = translator(locale);
  const rows = project.table.rows.map((row) => row.cells);
  const problems = mappingProblems(project.mapping);
  return (
    <details class="matcher-columns" data-testid="matcher-columns">
      <summary>{t('matcher.import.ui.columns.summary')}</summary>
      <p>{t('matcher.import.ui.columns.intro')}</p>
      {problems.length > 0 && (
        <ul class="alert alert--warning">
          {problems.map((problem) => (
            <li key={problem.key}>{t(problem.key, problem.params)}</li>
          ))}
        </ul>
      )}
      <MappingTable
        locale={locale}
        idPrefix="matcher-columns"
        headers={project.table.headers}
        rows={rows}
        mapping={project.mapping}
        onChange={(mapping) => setMapping(project.id, mapping)}
      />
    </details>
  );
}

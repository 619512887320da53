import { useStore } from '@nanostores/preact';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { $runs } from '../../../stores/matcher-run.ts';
import { DataQualityList } from './DataQualityList.tsx';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/**
 * The engine's own findings about the data (a mentor with no places, a locked pair that cannot
 * stand…) next to the import's checks, where the list is fixed: they come with a calculation,
 * so they are shown from the last one made in this tab.
 */
export function LastRunFindings({ locale, project }: Props) {
  const t = translator(locale);
  const state = useStore($runs)[project.id];
  if (state?.kind !== 'done' || state.result.dataQuality.length === 0) return null;
  return (
    <div class="matcher-last-findings">
      <p class="field__help">{t('matcher.result.dataQuality.fromLastRun')}</p>
      <DataQualityList locale={locale} issues={state.result.dataQuality} />
    </div>
  );
}

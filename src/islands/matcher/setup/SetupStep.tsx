import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { CriteriaSection } from './CriteriaSection.tsx';
import { ModeSection } from './ModeSection.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { RulesSection } from './RulesSection.tsx';
import '../../../styles/kit.css';
import '../../../styles/matcher-setup.css';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/** The criteria and rules step: programme type, how people are matched, what counts, and what never may. */
export function SetupStep({ locale, project }: Props) {
  return (
    <div class="matcher-setup">
      <PresetPicker locale={locale} project={project} />
      <ModeSection locale={locale} project={project} />
      <CriteriaSection locale={locale} project={project} />
      <RulesSection locale={locale} project={project} />
    </div>
  );
}

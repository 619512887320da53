import type { MatchingProject } from '../../../lib/matcher/model.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';

export interface RoundsPanelProps {
  locale: Locale;
  project: MatchingProject;
}

/** Close the round, the rounds so far, and a pair that broke up (exit reason, rematch). */
export function RoundsPanel(_props: RoundsPanelProps) {
  return null;
}

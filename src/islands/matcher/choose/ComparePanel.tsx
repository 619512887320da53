import type { MatchingProject } from '../../../lib/matcher/model.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingInput, MatchingResult } from '../../../lib/matching/types.ts';

export interface ComparePanelProps {
  locale: Locale;
  project: MatchingProject;
  result: MatchingResult;
  input: MatchingInput;
}

/** Objectives side by side on the same data; the coordinator picks one. */
export function ComparePanel(_props: ComparePanelProps) {
  return null;
}

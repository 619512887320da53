import type { MatchingProject } from '../../../lib/matcher/model.ts';
import type { NameLookup } from '../../../lib/matcher/result-view.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingInput, MatchingResult } from '../../../lib/matching/types.ts';

export interface AdjustPanelProps {
  locale: Locale;
  project: MatchingProject;
  /** The shown result and the input it was made from (the latest run's, with its held pairs). */
  result: MatchingResult;
  input: MatchingInput;
  names: NameLookup;
  /** The person the coordinator started from (a match's or an unmatched person's button); null: choose freely. */
  startWith: string | null;
  onClose: () => void;
}

/** Swap, move or assign by hand with the cost previewed; lock or forbid. */
export function AdjustPanel(_props: AdjustPanelProps) {
  return null;
}

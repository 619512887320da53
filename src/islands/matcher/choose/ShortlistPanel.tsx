import type { MatchingProject } from '../../../lib/matcher/model.ts';
import type { NameLookup } from '../../../lib/matcher/result-view.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingInput } from '../../../lib/matching/types.ts';

export interface ShortlistPanelProps {
  locale: Locale;
  project: MatchingProject;
  input: MatchingInput;
  names: NameLookup;
}

/** The top five candidates per person, for programmes where mentees choose: printable and exportable. */
export function ShortlistPanel(_props: ShortlistPanelProps) {
  return null;
}

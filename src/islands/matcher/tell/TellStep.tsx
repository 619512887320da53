import type { MatchingProject } from '../../../lib/matcher/model.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/** Step 4: approve, tell the pairs (introductions, pair cards, exports), close the round. */
export function TellStep(_props: Props) {
  return null;
}

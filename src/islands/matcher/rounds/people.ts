import type { Translate } from '../../../lib/i18n/message.ts';
import type { NameLookup } from '../../../lib/matcher/result-view.ts';

/**
 * A person named from the current list. A closed round keeps ids only, and the list may have
 * changed since; someone no longer in it is shown by id, said to be gone, rather than left out.
 */
export function personName(t: Translate, names: NameLookup, id: string): string {
  return names.get(id) ?? t('matcher.rounds.gone', { id });
}

/** Names as a sentence reads them: "Ann, Bo en Cas". */
export { nameList } from '../../../lib/matcher/tell/words.ts';

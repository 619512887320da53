import { useEffect, useState } from 'preact/hooks';
import { registerMessages, translator, type Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MessageTable } from '../../../lib/i18n/table.ts';

// An introduction may be written in the other language than the page's. The page ships only its
// own words, so the other language's templates (matcher-tell) and the engine's reasons the
// message quotes (matching) are fetched when the coordinator picks it, and registered once.
const LOADERS: Readonly<Record<Locale, () => Promise<readonly MessageTable[]>>> = {
  nl: async () => {
    const [tell, matching] = await Promise.all([import('../../../lib/i18n/nl/matcher-tell.ts'), import('../../../lib/i18n/nl/matching.ts')]);
    return [tell.matcherTell, matching.matching];
  },
  en: async () => {
    const [tell, matching] = await Promise.all([import('../../../lib/i18n/en/matcher-tell.ts'), import('../../../lib/i18n/en/matching.ts')]);
    return [tell.matcherTell, matching.matching];
  },
};

const loading = new Map<Locale, Promise<void>>();
const loaded = new Set<Locale>();

function load(locale: Locale): Promise<void> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then((tables) => {
      registerMessages(locale, ...tables);
      loaded.add(locale);
    });
    // A failed fetch (offline) may be tried again on the next pick.
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}

/**
 * A translator for the messages' language: at once for the page's own language (its entry
 * registered those tables), after the fetch for the other. Null while it loads.
 */
export function useMessageLanguage(pageLocale: Locale, chosen: Locale): Translate | null {
  const ready = chosen === pageLocale || loaded.has(chosen);
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void load(chosen).then(
      () => current && setVersion((version) => version + 1),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [chosen, ready]);
  return ready ? translator(chosen) : null;
}

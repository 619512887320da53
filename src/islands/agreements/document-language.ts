import { useEffect, useState } from 'preact/hooks';
import type { DocumentLanguage } from '../../lib/agreements/model.ts';
import { registerMessages } from '../../lib/i18n/index.ts';

// The document is written in its own language, which need not be the page's: a Dutch page only
// downloads the English tables when someone chooses an English document. The page's entry has
// registered its own language's agreements and records already (the bundler shares those
// modules, so importing them again costs nothing); the document's own table always comes here.

const loaders: Readonly<Record<DocumentLanguage, () => Promise<void>>> = {
  nl: async () => {
    const [document, agreements, records] = await Promise.all([
      import('../../lib/i18n/nl/agreement-document.ts'),
      import('../../lib/i18n/nl/agreements.ts'),
      import('../../lib/i18n/nl/records.ts'),
    ]);
    registerMessages('nl', document.agreementDocument, agreements.agreements, records.records);
  },
  en: async () => {
    const [document, agreements, records] = await Promise.all([
      import('../../lib/i18n/en/agreement-document.ts'),
      import('../../lib/i18n/en/agreements.ts'),
      import('../../lib/i18n/en/records.ts'),
    ]);
    registerMessages('en', document.agreementDocument, agreements.agreements, records.records);
  },
};

const loading = new Map<DocumentLanguage, Promise<void>>();
const loaded = new Set<DocumentLanguage>();

/** Registers the tables the document shows in `language`; once per language, retried after a failure. */
export function loadDocumentMessages(language: DocumentLanguage): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    promise = loaders[language]().then(
      () => void loaded.add(language),
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, promise);
  }
  return promise;
}

/** True once the document's words in `language` are registered; synchronous, so a print frame can render at once. */
export function documentMessagesLoaded(language: DocumentLanguage): boolean {
  return loaded.has(language);
}

export type DocumentMessagesState = 'loading' | 'ready' | 'failed';

/** Loads the document's words in `language` and says when they are there. */
export function useDocumentMessages(language: DocumentLanguage): DocumentMessagesState {
  const [state, setState] = useState<{ language: DocumentLanguage; state: DocumentMessagesState }>(() => ({
    language,
    state: documentMessagesLoaded(language) ? 'ready' : 'loading',
  }));
  useEffect(() => {
    if (documentMessagesLoaded(language)) {
      setState({ language, state: 'ready' });
      return;
    }
    let current = true;
    setState({ language, state: 'loading' });
    loadDocumentMessages(language).then(
      () => current && setState({ language, state: 'ready' }),
      () => current && setState({ language, state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [language]);
  // A language switched a moment ago is not loaded until the effect says so.
  if (state.language !== language) return documentMessagesLoaded(language) ? 'ready' : 'loading';
  return state.state;
}

import type { Locale } from '../lib/i18n/locales.ts';
import { translator } from '../lib/i18n/index.ts';
import type { DocumentState } from '../lib/storage/synced-document.ts';

interface Props {
  locale: Locale;
  state: DocumentState<unknown>;
  onResolveConflict: (choice: 'theirs' | 'mine') => void;
}

/** The saved state, the memory-only warning, storage errors and the conflict choice, for any document. */
export function SaveStatus({ locale, state, onResolveConflict }: Props) {
  const t = translator(locale);
  const statusKey = state.save === 'pending' ? 'storage.status.saving' : (`storage.status.${state.save}` as const);
  return (
    <div class="save-area">
      {state.backend === 'memory' && (
        <p class="alert alert--warning" role="alert" data-testid="memory-warning">
          {t('storage.memoryWarning')}
        </p>
      )}
      {state.error && (
        <p class="alert alert--error" role="alert">
          {t(state.error.key, state.error.params)}
        </p>
      )}
      {state.save === 'conflict' && (
        <div class="alert alert--warning" role="alert">
          <p>{t('storage.conflict.body')}</p>
          <button type="button" class="button button--small" onClick={() => onResolveConflict('theirs')}>
            {t('storage.conflict.loadTheirs')}
          </button>{' '}
          <button type="button" class="button button--small" onClick={() => onResolveConflict('mine')}>
            {t('storage.conflict.keepMine')}
          </button>
        </div>
      )}
      <p class="save-status" role="status" aria-live="polite" data-save-state={state.save}>
        {state.phase === 'ready' ? t(statusKey) : ''}
      </p>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales.ts';
import { translator, type Translate } from '../../lib/i18n/index.ts';
import type { DocumentState, FieldConflict, SyncedDocument } from '../../lib/storage/synced-document.ts';
import { backupReminderDays } from '../../lib/storage/service.ts';
import { downloadBackup, downloadFile } from './download.ts';
import '../../styles/kit.css';

interface Props {
  locale: Locale;
  state: DocumentState<unknown>;
  document: SyncedDocument<unknown>;
  /**
   * Show the save state here (a small card, the note). A long workbook passes false and puts
   * `WorkbookBar` at its end instead, which keeps the save state in sight; either way it is
   * the one live region that tells it.
   */
  saveLine?: boolean;
}

const MAX_REPAIRS_SHOWN = 8;

function shown(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 1).slice(0, 400);
}

function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "Saved in this browser", "Saving…", "Not saved — this tab only", …; empty while loading. */
export function saveStatusText(state: DocumentState<unknown>, t: Translate): string {
  if (state.phase !== 'ready') return '';
  const memory = state.backend === 'memory';
  if (state.vanished) return t('storage.status.vanished');
  if (memory && state.save !== 'error' && state.save !== 'conflict') return t('storage.status.memory');
  return t(state.save === 'pending' ? 'storage.status.saving' : `storage.status.${state.save}`);
}

/**
 * Everything a person needs to know about where their work is, for any workbook: saved or not,
 * what went wrong and what to do about it, questions after two tabs edited the same field, and
 * when the last backup was made. Each fault comes with the action that fixes it, in place.
 */
export function StorageStatus({ locale, state, document, saveLine = true }: Props) {
  const t = translator(locale);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (state.phase === 'loading') return <div class="storage-status" />;

  const memory = state.backend === 'memory';

  const backupNow = async () => {
    setBusy(true);
    try {
      await downloadBackup();
    } finally {
      setBusy(false);
    }
  };
  const backupButton = (
    <button type="button" class="button button--small" onClick={() => void backupNow()} disabled={busy}>
      {t('storage.backup.download')}
    </button>
  );
  const reminderDays = backupReminderDays(state.unbackedSince, now);

  return (
    <div class="storage-status">
      {memory && (
        <div class="alert alert--warning" role="alert" data-testid="memory-warning">
          <p>{t('storage.memoryWarning')}</p>
          <p>{t('storage.backup.memoryAdvice')}</p>
          {backupButton}
        </div>
      )}
      {state.error && (
        <p class="alert alert--error" role="alert">
          {t(state.error.key, state.error.params)}
        </p>
      )}
      {state.vanished && (
        <div class="alert alert--warning" role="alert" data-testid="vanished">
          <p>{t('storage.vanished.body')}</p>
          <button type="button" class="button button--small button--primary" onClick={() => void document.writeBack()}>
            {t('storage.vanished.writeBack')}
          </button>{' '}
          {backupButton}
        </div>
      )}
      {state.stash && (
        <div class="alert alert--warning" role="alert" data-testid="stash">
          <p>{t('storage.stash.body', { time: formatDateTime(state.stash.at, locale) })}</p>
          <button type="button" class="button button--small button--primary" onClick={() => void document.reapplyStash()}>
            {t('storage.stash.reapply')}
          </button>{' '}
          <button type="button" class="button button--small" onClick={() => document.discardStash()}>
            {t('storage.stash.discard')}
          </button>
        </div>
      )}
      {state.conflicts.length > 0 && <ConflictList locale={locale} conflicts={state.conflicts} document={document} />}
      {state.repairs.length > 0 && (
        <div class="alert alert--warning" role="alert" data-testid="repairs">
          <p>
            <strong>{t('storage.repairs.title')}</strong>
          </p>
          <p>{t('storage.repairs.intro')}</p>
          <ul>
            {state.repairs.slice(0, MAX_REPAIRS_SHOWN).map((repair, index) => (
              <li key={index}>{t(repair.key, repair.params)}</li>
            ))}
          </ul>
          {state.repairs.length > MAX_REPAIRS_SHOWN && <p>{t('storage.repairs.more', { count: state.repairs.length - MAX_REPAIRS_SHOWN })}</p>}
          <p>{t('storage.repairs.keep')}</p>
          <button
            type="button"
            class="button button--small"
            onClick={async () => {
              const original = await document.setAsideOriginal();
              downloadFile(`mentorkit-${document.kind}-original.json`, `${JSON.stringify(original, null, 2)}\n`);
            }}
          >
            {t('storage.repairs.download')}
          </button>{' '}
          <button type="button" class="button button--small" onClick={() => void document.dismissRepairs()}>
            {t('storage.repairs.dismiss')}
          </button>
        </div>
      )}
      {state.recovered && state.save !== 'conflict' && (
        <p class="alert alert--success" role="status" data-testid="recovered">
          {t('storage.recovered')}
        </p>
      )}
      <div class="storage-status__line">
        {saveLine && (
          <p class="save-status" role="status" aria-live="polite" data-save-state={state.save} data-testid="save-status">
            {saveStatusText(state, t)}
          </p>
        )}
        {state.phase === 'ready' && !memory && (
          <p class="storage-status__backup" data-testid="backup-status">
            {state.lastBackupAt
              ? t('storage.backup.last', { date: formatDateTime(state.lastBackupAt, locale) })
              : t('storage.backup.never')}
          </p>
        )}
      </div>
      {state.phase === 'ready' && !memory && reminderDays !== null && (
        <div class="storage-status__reminder" data-testid="backup-reminder">
          <p>{t('storage.backup.reminder', { count: reminderDays })}</p>
          {backupButton}
        </div>
      )}
    </div>
  );
}

function ConflictList({ locale, conflicts, document }: { locale: Locale; conflicts: readonly FieldConflict[]; document: SyncedDocument<unknown> }) {
  const t = translator(locale);
  const empty = t('storage.conflict.empty');
  return (
    <div class="alert alert--warning conflict" role="alert" data-testid="conflict">
      <p>
        <strong>{t('storage.conflict.title')}</strong>
      </p>
      <p>{t('storage.conflict.body')}</p>
      <ul class="conflict__list">
        {conflicts.map((conflict, index) => (
          <li key={index} class="conflict__item">
            <p class="conflict__field">{t(conflict.field.key, conflict.field.params)}</p>
            <div class="conflict__sides">
              <div class="conflict__side">
                <p class="conflict__label">{t('storage.conflict.mine')}</p>
                <p class="conflict__value">{shown(conflict.mine, empty)}</p>
                <button type="button" class="button button--small" onClick={() => void document.resolveConflict('mine', index)}>
                  {t('storage.conflict.keepMine')}
                </button>
              </div>
              <div class="conflict__side">
                <p class="conflict__label">{t('storage.conflict.theirs')}</p>
                <p class="conflict__value">{shown(conflict.theirs, empty)}</p>
                <button type="button" class="button button--small" onClick={() => void document.resolveConflict('theirs', index)}>
                  {t('storage.conflict.keepTheirs')}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {conflicts.length > 1 && (
        <p>
          <button type="button" class="button button--small" onClick={() => void document.resolveConflict('mine')}>
            {t('storage.conflict.keepAllMine')}
          </button>{' '}
          <button type="button" class="button button--small" onClick={() => void document.resolveConflict('theirs')}>
            {t('storage.conflict.keepAllTheirs')}
          </button>
        </p>
      )}
    </div>
  );
}

import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales.ts';
import { translator, type Message } from '../../lib/i18n/index.ts';
import type { ImportMode, ImportPlan } from '../../lib/storage/backup.ts';
import { describeStorageError } from '../../lib/storage/errors.ts';
import type { ImportPreview } from '../../lib/storage/service.ts';
import { $dataStatus, applyImport, deleteAll, describeIncoming, exportBackup, previewBackupFile } from '../../stores/data.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { downloadFile } from '../ui/download.ts';
import { Field } from '../ui/Field.tsx';
import { FilePicker } from '../ui/FilePicker.tsx';
import { formatList } from '../../lib/i18n/format.ts';
import '../../styles/kit.css';

interface Props {
  locale: Locale;
}

type Feedback = { tone: 'success' | 'error'; message: Message; details?: readonly Message[] } | null;
type PendingReplace = { preview: ImportPreview; incoming: readonly Message[] };

function joinMessages(locale: Locale, parts: readonly string[]): string {
  return formatList(parts, locale);
}

/** Backup, restore and delete-all for everything the storage module keeps (through `stores/data.ts`). */
export default function DataControls({ locale }: Props) {
  const t = translator(locale);
  const status = useStore($dataStatus);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [pendingReplace, setPendingReplace] = useState<PendingReplace | null>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmWord = t('deleteAll.confirmWord');

  // A delete-all started elsewhere, or a service that went away, leaves no question open.
  useEffect(() => {
    if (!status.ready) setPendingReplace(null);
  }, [status.ready]);

  async function run(action: () => Promise<Feedback>): Promise<void> {
    if (!status.ready) return;
    setBusy(true);
    try {
      setFeedback(await action());
    } catch (error) {
      setFeedback({ tone: 'error', message: describeStorageError(error) });
    } finally {
      setBusy(false);
    }
  }

  const onExport = () =>
    run(async () => {
      const { fileName, json } = await exportBackup();
      downloadFile(fileName, json);
      return { tone: 'success', message: { key: 'backup.exported', params: { file: fileName } } };
    });

  const restoredFeedback = (plan: ImportPlan): Feedback => ({
    tone: 'success',
    message: { key: 'backup.restored', params: { outcome: joinMessages(locale, plan.outcome.map((line) => t(line.key, line.params))) } },
    details: plan.repairs,
  });

  const onRestore = (event: Event) => {
    event.preventDefault();
    if (!file) return;
    void run(async () => {
      const preview = await previewBackupFile(file, mode);
      if (!preview.ok) return { tone: 'error', message: preview.error };
      // Replacing removes what is here: show what, and ask first. A merge removes nothing.
      if (mode === 'replace') {
        setPendingReplace({ preview: preview.value, incoming: await describeIncoming(preview.value) });
        return null;
      }
      return restoredFeedback(await applyImport(preview.value));
    });
  };

  const confirmReplace = () => {
    const pending = pendingReplace;
    if (!pending) return;
    void run(async () => {
      setPendingReplace(null);
      return restoredFeedback(await applyImport(pending.preview));
    });
  };

  const cancelReplace = () => {
    setPendingReplace(null);
    setFeedback({ tone: 'success', message: { key: 'backup.cancelled' } });
  };

  const confirmDelete = () => {
    if (confirmation.trim() !== confirmWord) return;
    void run(async () => {
      await deleteAll();
      setConfirming(false);
      setConfirmation('');
      return { tone: 'success', message: { key: 'deleteAll.done' } };
    });
  };

  const cancelDelete = () => {
    setConfirming(false);
    setConfirmation('');
  };

  return (
    <div class="data-controls" data-pagefind-ignore="all">
      {status.backendKind === 'memory' && (
        <p class="alert alert--warning" role="alert">
          {t('storage.memoryWarning')}
        </p>
      )}
      {status.persisted !== undefined && (
        <p class="field__help" data-testid="persistence">
          {t(status.persisted ? 'storage.persist.granted' : 'storage.persist.denied')}
        </p>
      )}
      <div aria-live="polite">
        {feedback && (
          <div class={`alert alert--${feedback.tone}`} role={feedback.tone === 'error' ? 'alert' : 'status'} data-testid="backup-feedback">
            <p>{t(feedback.message.key, feedback.message.params)}</p>
            {feedback.details && feedback.details.length > 0 && (
              <>
                <p>{t('backup.repaired')}</p>
                <ul>
                  {feedback.details.map((detail, index) => (
                    <li key={index}>{t(detail.key, detail.params)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>

      <section class="card" aria-labelledby="backup-title">
        <h3 id="backup-title">{t('backup.title')}</h3>
        <button type="button" class="button button--primary" onClick={() => void onExport()} disabled={!status.ready || busy}>
          {t('backup.export')}
        </button>
        <form onSubmit={onRestore}>
          <h4>{t('backup.import')}</h4>
          <FilePicker id="backup-file" label={t('backup.chooseFile')} accept="application/json,.json" onChange={setFile} />
          <fieldset class="field">
            <legend>{t('backup.mode.label')}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <label class="choice" key={option}>
                <input type="radio" name="backup-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />{' '}
                {t(`backup.mode.${option}`)}
              </label>
            ))}
          </fieldset>
          <button
            type="submit"
            class="button"
            ref={restoreButton}
            disabled={!status.ready || !file || busy || pendingReplace !== null}
          >
            {t('backup.restore')}
          </button>
        </form>
        {pendingReplace && (
          <ConfirmDialog
            id="replace"
            title={t('backup.preview.title')}
            tone="warning"
            testId="replace-preview"
            confirmLabel={t('backup.preview.confirm')}
            cancelLabel={t('backup.preview.cancel')}
            confirmDisabled={busy}
            onConfirm={confirmReplace}
            onCancel={cancelReplace}
            returnFocus={restoreButton}
          >
            {pendingReplace.preview.plan.removes.length > 0 ? (
              <>
                <p>{t('backup.preview.removes')}</p>
                <ul>
                  {pendingReplace.preview.plan.removes.map((line, index) => (
                    <li key={index}>{t(line.key, line.params)}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('backup.preview.nothingHere')}</p>
            )}
            <p>{t('backup.preview.restores')}</p>
            {pendingReplace.incoming.length === 0 ? (
              <p>{t('backup.preview.restoresNothing')}</p>
            ) : (
              <ul>
                {pendingReplace.incoming.map((line, index) => (
                  <li key={index}>{t(line.key, line.params)}</li>
                ))}
              </ul>
            )}
          </ConfirmDialog>
        )}
      </section>

      <section class="card" aria-labelledby="delete-title">
        <h3 id="delete-title">{t('deleteAll.title')}</h3>
        <p>{t('deleteAll.explain')}</p>
        {!confirming ? (
          <button type="button" class="button button--danger" ref={deleteButton} onClick={() => setConfirming(true)} disabled={!status.ready}>
            {t('deleteAll.button')}
          </button>
        ) : (
          <ConfirmDialog
            id="delete-all"
            labelledBy="delete-title"
            confirmLabel={t('deleteAll.button')}
            cancelLabel={t('deleteAll.cancel')}
            confirmDisabled={confirmation.trim() !== confirmWord || busy}
            onConfirm={confirmDelete}
            onCancel={cancelDelete}
            returnFocus={deleteButton}
          >
            <Field id="delete-confirmation" label={t('deleteAll.confirm')}>
              {(control) => (
                <input
                  {...control}
                  class="input"
                  autoComplete="off"
                  value={confirmation}
                  onInput={(event) => setConfirmation(event.currentTarget.value)}
                />
              )}
            </Field>
          </ConfirmDialog>
        )}
      </section>
    </div>
  );
}

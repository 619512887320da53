import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locales.ts';
import { translator, type Message } from '../lib/i18n/index.ts';
import type { ImportMode } from '../lib/storage/backup.ts';
import { describeStorageError } from '../lib/storage/errors.ts';
import { getStorageService, type StorageService } from '../lib/storage/service.ts';

interface Props {
  locale: Locale;
}

type Feedback = { tone: 'success' | 'error'; message: Message } | null;

function download(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Backup, restore and delete-all for everything the storage module keeps. */
export default function DataControls({ locale }: Props) {
  const t = translator(locale);
  const [service, setService] = useState<StorageService | null>(null);
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getStorageService().then(async (ready) => {
      setService(ready);
      setPersisted(await ready.requestPersistence());
    });
  }, []);

  async function run(action: (ready: StorageService) => Promise<Feedback>): Promise<void> {
    if (!service) return;
    setBusy(true);
    try {
      setFeedback(await action(service));
    } catch (error) {
      setFeedback({ tone: 'error', message: describeStorageError(error) });
    } finally {
      setBusy(false);
    }
  }

  const exportBackup = () =>
    run(async (ready) => {
      const { fileName, json } = await ready.exportBackup();
      download(fileName, json);
      return { tone: 'success', message: { key: 'backup.exported', params: { file: fileName } } };
    });

  const importBackup = (event: Event) => {
    event.preventDefault();
    if (!file) return;
    void run(async (ready) => {
      let text: string;
      try {
        text = await file.text();
      } catch {
        return { tone: 'error', message: { key: 'backup.error.readFailed' } };
      }
      const result = await ready.importBackup(text, file.size, mode);
      return result.ok
        ? { tone: 'success', message: { key: 'backup.restored', params: { count: result.value } } }
        : { tone: 'error', message: result.error };
    });
  };

  const deleteAll = (event: Event) => {
    event.preventDefault();
    if (confirmation.trim() !== t('deleteAll.confirmWord')) return;
    void run(async (ready) => {
      await ready.deleteAll();
      setConfirming(false);
      setConfirmation('');
      return { tone: 'success', message: { key: 'deleteAll.done' } };
    });
  };

  return (
    <div class="data-controls">
      {service?.backendKind === 'memory' && (
        <p class="alert alert--warning" role="alert">
          {t('storage.memoryWarning')}
        </p>
      )}
      {persisted !== undefined && (
        <p class="field__help" data-testid="persistence">
          {t(persisted ? 'storage.persist.granted' : 'storage.persist.denied')}
        </p>
      )}
      <div aria-live="polite">
        {feedback && (
          <p class={`alert alert--${feedback.tone}`} role={feedback.tone === 'error' ? 'alert' : 'status'}>
            {t(feedback.message.key, feedback.message.params)}
          </p>
        )}
      </div>

      <section class="card" aria-labelledby="backup-title">
        <h3 id="backup-title">{t('backup.title')}</h3>
        <button type="button" class="button button--primary" onClick={() => void exportBackup()} disabled={!service || busy}>
          {t('backup.export')}
        </button>
        <form onSubmit={importBackup}>
          <h4>{t('backup.import')}</h4>
          <div class="field">
            <label for="backup-file">{t('backup.chooseFile')}</label>
            <input
              id="backup-file"
              type="file"
              accept="application/json,.json"
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <fieldset class="field">
            <legend>{t('backup.mode.label')}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <label class="choice" key={option}>
                <input type="radio" name="backup-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />{' '}
                {t(`backup.mode.${option}`)}
              </label>
            ))}
          </fieldset>
          <button type="submit" class="button" disabled={!service || !file || busy}>
            {t('backup.restore')}
          </button>
        </form>
      </section>

      <section class="card" aria-labelledby="delete-title">
        <h3 id="delete-title">{t('deleteAll.title')}</h3>
        <p>{t('deleteAll.explain')}</p>
        {!confirming ? (
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)} disabled={!service}>
            {t('deleteAll.button')}
          </button>
        ) : (
          <form onSubmit={deleteAll}>
            <div class="field">
              <label for="delete-confirmation">{t('deleteAll.confirm')}</label>
              <input
                id="delete-confirmation"
                class="input"
                autoComplete="off"
                value={confirmation}
                onInput={(event) => setConfirmation(event.currentTarget.value)}
              />
            </div>
            <button type="submit" class="button button--danger" disabled={confirmation.trim() !== t('deleteAll.confirmWord') || busy}>
              {t('deleteAll.button')}
            </button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('deleteAll.cancel')}
            </button>
          </form>
        )}
      </section>
    </div>
  );
}

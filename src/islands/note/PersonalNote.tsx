import { useStore } from '@nanostores/preact';
import type { Locale } from '../../lib/i18n/locales.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { SyncedDocument } from '../../lib/storage/synced-document.ts';
import { MAX_NOTE_LENGTH, noteDocument, setNoteText } from '../../stores/note.ts';
import { Field } from '../ui/Field.tsx';
import { StorageStatus } from '../ui/StorageStatus.tsx';

interface Props {
  locale: Locale;
}

export default function PersonalNote({ locale }: Props) {
  const t = translator(locale);
  const state = useStore(noteDocument.$state);
  return (
    <div class="card personal-note" data-pagefind-ignore="all">
      <Field id="personal-note" label={t('note.label')} hint={t('note.help')}>
        {(control) => (
          <textarea
            {...control}
            class="textarea"
            maxLength={MAX_NOTE_LENGTH}
            value={state.data.text}
            disabled={state.phase !== 'ready'}
            onInput={(event) => setNoteText(event.currentTarget.value)}
          />
        )}
      </Field>
      <StorageStatus locale={locale} state={state} document={noteDocument as SyncedDocument<unknown>} />
    </div>
  );
}

import type { Locale } from '../lib/i18n/locales.ts';
import { translator } from '../lib/i18n/index.ts';
import { MAX_NOTE_LENGTH } from '../lib/notes/note-record.ts';
import { noteDocument } from '../stores/note.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useSyncedDocument } from './useSyncedDocument.ts';

interface Props {
  locale: Locale;
}

export default function PersonalNote({ locale }: Props) {
  const t = translator(locale);
  const state = useSyncedDocument(noteDocument);
  return (
    <div class="card personal-note">
      <div class="field">
        <label for="personal-note">{t('note.label')}</label>
        <span class="field__help" id="personal-note-help">
          {t('note.help')}
        </span>
        <textarea
          id="personal-note"
          class="textarea"
          aria-describedby="personal-note-help"
          maxLength={MAX_NOTE_LENGTH}
          value={state.data.text}
          disabled={state.phase !== 'ready'}
          onInput={(event) => {
            const text = event.currentTarget.value;
            noteDocument.update((note) => ({ ...note, text }));
          }}
        />
      </div>
      <SaveStatus locale={locale} state={state} onResolveConflict={(choice) => void noteDocument.resolveConflict(choice)} />
    </div>
  );
}

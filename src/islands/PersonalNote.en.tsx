// The English entry of the personal note. The page imports this file, so it ships the
// English words only: the feature tables the island uses.
import { registerMessages } from '../lib/i18n/index.ts';
import { records } from '../lib/i18n/en/records.ts';
import { storage } from '../lib/i18n/en/storage.ts';
import PersonalNote from './note/PersonalNote.tsx';

registerMessages('en', storage, records);

export default function PersonalNoteEn() {
  return <PersonalNote locale="en" />;
}

// The Dutch entry of the personal note. The page imports this file, so it ships the
// Dutch words only: the feature tables the island uses.
import { registerMessages } from '../lib/i18n/index.ts';
import { records } from '../lib/i18n/nl/records.ts';
import { storage } from '../lib/i18n/nl/storage.ts';
import PersonalNote from './note/PersonalNote.tsx';

registerMessages('nl', storage, records);

export default function PersonalNoteNl() {
  return <PersonalNote locale="nl" />;
}

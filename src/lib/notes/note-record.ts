import type { RecordType } from '../storage/record-type.ts';
import { invalid, isPlainObject, valid } from '../storage/validation.ts';

/** The sample record behind the personal note on the "Your data" page. */
export interface Note {
  text: string;
}

export const MAX_NOTE_LENGTH = 20_000;

function clampNote(text: string): string {
  const cut = text.slice(0, MAX_NOTE_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export const noteRecord: RecordType<Note> = {
  kind: 'note',
  version: 1,
  migrations: {},
  empty: () => ({ text: '' }),
  validate: (data) => {
    if (!isPlainObject(data)) return invalid({ key: 'storage.validation.notAnObject' });
    if (typeof data['text'] !== 'string') return invalid({ key: 'storage.validation.wrongType', params: { field: 'text' } });
    if (data['text'].length > MAX_NOTE_LENGTH) {
      return invalid({ key: 'note.tooLong', params: { max: MAX_NOTE_LENGTH, count: data['text'].length } });
    }
    return valid({ text: data['text'] });
  },
  salvage: (data) => {
    const text = isPlainObject(data) && typeof data['text'] === 'string' ? data['text'] : '';
    if (text.length > MAX_NOTE_LENGTH) return { value: { text: clampNote(text) }, repairs: [{ key: 'note.repair.shortened', params: { max: MAX_NOTE_LENGTH } }] };
    return { value: { text }, repairs: isPlainObject(data) && typeof data['text'] === 'string' ? [] : [{ key: 'storage.repair.unreadable' }] };
  },
  describeField: () => ({ key: 'note.label' }),
  describeContents: (data) => (data.text.trim() === '' ? { key: 'note.contentsEmpty' } : { key: 'note.contents' }),
  isEmpty: (data) => data.text.trim() === '',
};

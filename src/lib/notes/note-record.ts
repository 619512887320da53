import type { RecordType } from '../storage/record-type.ts';
import { invalid, isPlainObject, valid } from '../storage/validation.ts';

/** The sample record behind the personal note on the "Your data" page. */
export interface Note {
  text: string;
}

export const MAX_NOTE_LENGTH = 20_000;

export const noteRecord: RecordType<Note> = {
  kind: 'note',
  version: 1,
  migrations: {},
  empty: () => ({ text: '' }),
  validate: (data) => {
    if (!isPlainObject(data)) return invalid({ key: 'validation.notAnObject' });
    if (typeof data['text'] !== 'string') return invalid({ key: 'validation.wrongType', params: { field: 'text' } });
    if (data['text'].length > MAX_NOTE_LENGTH) return invalid({ key: 'validation.tooLong', params: { field: 'text' } });
    return valid({ text: data['text'] });
  },
};

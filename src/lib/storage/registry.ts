import { goalsRecord } from '../goals/record.ts';
import { noteRecord } from '../notes/note-record.ts';
import type { RecordType } from './record-type.ts';

/** Every kind of record the app stores. Backups accept exactly these. */
export const recordTypes: readonly RecordType<unknown>[] = [noteRecord as RecordType<unknown>, goalsRecord as RecordType<unknown>];

import { agreementsRecord } from '../lib/agreements/record.ts';
import { matcherRecord } from '../lib/matcher/record.ts';
import { goalsRecord } from '../lib/goals/record.ts';
import { noteRecord } from '../lib/notes/note-record.ts';
import type { RecordType } from '../lib/storage/record-type.ts';

/** Every kind of record the app stores. Backups accept exactly these; a new workbook adds its record here. */
export const recordTypes: readonly RecordType<unknown>[] = [
  noteRecord as RecordType<unknown>,
  goalsRecord as RecordType<unknown>,
  agreementsRecord as RecordType<unknown>,
  matcherRecord as RecordType<unknown>,
];

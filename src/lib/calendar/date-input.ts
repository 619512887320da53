import type { Message } from '../i18n/message.ts';
import { DATE_RANGE, isAllowedDate, isIsoDate } from './dates.ts';

// Every workbook's date fields share this rule (the kit's DateInput), so its words live in the
// storage table every workbook registers.

/**
 * What to say about a date field's raw value: nothing when it is empty or allowed. Operations
 * refuse anything else, so a half-typed year is shown as an error instead of being saved.
 */
export function checkDateInput(value: string): Message | null {
  if (value === '' || isAllowedDate(value)) return null;
  if (!isIsoDate(value) && !/^\d+-\d{2}-\d{2}$/.test(value)) return { key: 'storage.date.invalid' };
  return { key: 'storage.date.outOfRange', params: { earliest: DATE_RANGE.earliest.slice(0, 4), latest: DATE_RANGE.latest.slice(0, 4) } };
}

// The goals workbook's dates: all shared with the other workbooks (src/lib/calendar).
export * from '../calendar/dates.ts';
export { checkDateInput } from '../calendar/date-input.ts';
export { formatDate } from '../calendar/format-date.ts';
export { icsUtcStamp as toIcsUtcStamp } from '../calendar/ics-text.ts';

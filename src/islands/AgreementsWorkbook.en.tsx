// The English entry of the mentoring agreement workbook: the page imports this file, so it ships the
// English words only. The document's words in another language arrive when that language is chosen.
import { registerMessages } from '../lib/i18n/index.ts';
import { agreementShare } from '../lib/i18n/en/agreement-share.ts';
import { agreementWorkbook } from '../lib/i18n/en/agreement-workbook.ts';
import { agreementCalendar } from '../lib/i18n/en/agreement-calendar.ts';
import { agreements } from '../lib/i18n/en/agreements.ts';
import { records } from '../lib/i18n/en/records.ts';
import { storage } from '../lib/i18n/en/storage.ts';
import AgreementsWorkbook from './agreements/AgreementsWorkbook.tsx';

registerMessages('en', storage, records, agreements, agreementWorkbook, agreementCalendar, agreementShare);

export default function AgreementsWorkbookEn() {
  return <AgreementsWorkbook locale="en" />;
}

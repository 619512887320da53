// The Dutch entry of the mentoring agreement workbook: the page imports this file, so it ships the
// Dutch words only. The document's words in another language arrive when that language is chosen.
import { registerMessages } from '../lib/i18n/index.ts';
import { agreementShare } from '../lib/i18n/nl/agreement-share.ts';
import { agreementWorkbook } from '../lib/i18n/nl/agreement-workbook.ts';
import { agreementCalendar } from '../lib/i18n/nl/agreement-calendar.ts';
import { agreements } from '../lib/i18n/nl/agreements.ts';
import { records } from '../lib/i18n/nl/records.ts';
import { storage } from '../lib/i18n/nl/storage.ts';
import AgreementsWorkbook from './agreements/AgreementsWorkbook.tsx';

registerMessages('nl', storage, records, agreements, agreementWorkbook, agreementCalendar, agreementShare);

export default function AgreementsWorkbookNl() {
  return <AgreementsWorkbook locale="nl" />;
}

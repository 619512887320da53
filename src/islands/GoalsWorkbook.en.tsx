// The English entry of the SMART goals workbook. The page imports this file, so it ships the
// English words only: the feature tables the island uses, and, once the gallery opens, the English examples.
import { registerMessages } from '../lib/i18n/index.ts';
import { goals } from '../lib/i18n/en/goals.ts';
import { records } from '../lib/i18n/en/records.ts';
import { storage } from '../lib/i18n/en/storage.ts';
import GoalsWorkbook from './goals/GoalsWorkbook.tsx';

registerMessages('en', storage, records, goals);

// The examples arrive when the gallery opens: someone returning to their own goals never needs them.
const loadExamples = () => import('../lib/goals/examples/gallery.en.ts').then((module) => module.examplesEn);

export default function GoalsWorkbookEn() {
  return <GoalsWorkbook locale="en" loadExamples={loadExamples} />;
}

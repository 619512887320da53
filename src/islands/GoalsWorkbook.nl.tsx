// The Dutch entry of the SMART goals workbook. The page imports this file, so it ships the
// Dutch words only: the feature tables the island uses, and, once the gallery opens, the Dutch examples.
import { registerMessages } from '../lib/i18n/index.ts';
import { goals } from '../lib/i18n/nl/goals.ts';
import { records } from '../lib/i18n/nl/records.ts';
import { storage } from '../lib/i18n/nl/storage.ts';
import GoalsWorkbook from './goals/GoalsWorkbook.tsx';

registerMessages('nl', storage, records, goals);

// The examples arrive when the gallery opens: someone returning to their own goals never needs them.
const loadExamples = () => import('../lib/goals/examples/gallery.nl.ts').then((module) => module.examplesNl);

export default function GoalsWorkbookNl() {
  return <GoalsWorkbook locale="nl" loadExamples={loadExamples} />;
}

// The English entry of the backup, restore and delete-all controls. The page imports this file,
// so it ships one language's words only: saving, the data page, and what each record says about
// its data (a restore lists "3 goals"; a damaged part quotes its own repair).
import { registerMessages } from '../lib/i18n/index.ts';
import { data } from '../lib/i18n/en/data.ts';
import { records } from '../lib/i18n/en/records.ts';
import { storage } from '../lib/i18n/en/storage.ts';
import DataControls from './data/DataControls.tsx';

registerMessages('en', storage, data, records);

export default function DataControlsEn() {
  return <DataControls locale="en" />;
}

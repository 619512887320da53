// The English entry of the matcher workbook: the page imports this file, so it ships the English words only.
import { registerMessages } from '../lib/i18n/index.ts';
import { matcher } from '../lib/i18n/en/matcher.ts';
import { matcherImport } from '../lib/i18n/en/matcher-import.ts';
import { matcherParticipants } from '../lib/i18n/en/matcher-participants.ts';
import { matcherResult } from '../lib/i18n/en/matcher-result.ts';
import { matcherSetup } from '../lib/i18n/en/matcher-setup.ts';
import { matcherWorkbook } from '../lib/i18n/en/matcher-workbook.ts';
import { matcherReview } from '../lib/i18n/en/matcher-review.ts';
import { matcherTell } from '../lib/i18n/en/matcher-tell.ts';
import { matcherStarters } from '../lib/i18n/en/matcher-starters.ts';
import { matcherAdjust } from '../lib/i18n/en/matcher-adjust.ts';
import { matcherChoose } from '../lib/i18n/en/matcher-choose.ts';
import { matcherRounds } from '../lib/i18n/en/matcher-rounds.ts';
import { matching } from '../lib/i18n/en/matching.ts';
import { records } from '../lib/i18n/en/records.ts';
import { storage } from '../lib/i18n/en/storage.ts';
import MatcherWorkbook from './matcher/MatcherWorkbook.tsx';

registerMessages('en', storage, records, matching, matcher, matcherWorkbook, matcherImport, matcherParticipants, matcherSetup, matcherResult, matcherReview, matcherTell, matcherStarters, matcherAdjust, matcherChoose, matcherRounds);

export default function MatcherWorkbookEn() {
  return <MatcherWorkbook locale="en" />;
}

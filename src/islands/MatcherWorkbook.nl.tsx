// The Dutch entry of the matcher workbook: the page imports this file, so it ships the Dutch words only.
import { registerMessages } from '../lib/i18n/index.ts';
import { matcher } from '../lib/i18n/nl/matcher.ts';
import { matcherImport } from '../lib/i18n/nl/matcher-import.ts';
import { matcherParticipants } from '../lib/i18n/nl/matcher-participants.ts';
import { matcherResult } from '../lib/i18n/nl/matcher-result.ts';
import { matcherSetup } from '../lib/i18n/nl/matcher-setup.ts';
import { matcherWorkbook } from '../lib/i18n/nl/matcher-workbook.ts';
import { matcherReview } from '../lib/i18n/nl/matcher-review.ts';
import { matcherTell } from '../lib/i18n/nl/matcher-tell.ts';
import { matcherStarters } from '../lib/i18n/nl/matcher-starters.ts';
import { matcherAdjust } from '../lib/i18n/nl/matcher-adjust.ts';
import { matcherChoose } from '../lib/i18n/nl/matcher-choose.ts';
import { matcherRounds } from '../lib/i18n/nl/matcher-rounds.ts';
import { matching } from '../lib/i18n/nl/matching.ts';
import { records } from '../lib/i18n/nl/records.ts';
import { storage } from '../lib/i18n/nl/storage.ts';
import MatcherWorkbook from './matcher/MatcherWorkbook.tsx';

registerMessages('nl', storage, records, matching, matcher, matcherWorkbook, matcherImport, matcherParticipants, matcherSetup, matcherResult, matcherReview, matcherTell, matcherStarters, matcherAdjust, matcherChoose, matcherRounds);

export default function MatcherWorkbookNl() {
  return <MatcherWorkbook locale="nl" />;
}

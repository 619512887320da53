import type { SharedKeys } from '../table.ts';
import { agreements } from './agreements.ts';
import { agreementWorkbook } from './agreement-workbook.ts';
import { agreementCalendar } from './agreement-calendar.ts';
import { agreementShare } from './agreement-share.ts';
import { agreementDocument } from './agreement-document.ts';
import { goals } from './goals.ts';
import { matching } from './matching.ts';
import { matcher } from './matcher.ts';
import { matcherWorkbook } from './matcher-workbook.ts';
import { matcherImport } from './matcher-import.ts';
import { matcherSetup } from './matcher-setup.ts';
import { matcherResult } from './matcher-result.ts';
import { matcherTell } from './matcher-tell.ts';
import { matcherReview } from './matcher-review.ts';
import { matcherStarters } from './matcher-starters.ts';
import { matcherParticipants } from './matcher-participants.ts';
import { matcherRounds } from './matcher-rounds.ts';
import { matcherChoose } from './matcher-choose.ts';
import { matcherAdjust } from './matcher-adjust.ts';
import { site } from './site.ts';
import { data } from './data.ts';
import { records } from './records.ts';
import { storage } from './storage.ts';

// The Dutch namespace, merged from one file per feature. An island's entry registers
// only the feature tables it uses (see src/lib/i18n/README.md); Astro pages and tests use all of it.
export { agreements, agreementWorkbook, agreementCalendar, agreementShare, agreementDocument, data, goals, matcher, matcherWorkbook, matcherImport, matcherSetup, matcherResult, matcherTell, matcherReview, matcherStarters, matcherParticipants, matcherAdjust, matcherChoose, matcherRounds, matching, records, site, storage };

export const nl = { ...site, ...storage, ...data, ...records, ...goals, ...matching, ...matcher, ...matcherWorkbook, ...matcherImport, ...matcherSetup, ...matcherResult, ...matcherTell, ...matcherReview, ...matcherStarters, ...matcherParticipants, ...matcherAdjust, ...matcherChoose, ...matcherRounds, ...agreements, ...agreementWorkbook, ...agreementCalendar, ...agreementShare, ...agreementDocument };

// A key defined by two features would silently lose one text in the merge: make it a type error.
type Tables = [typeof site, typeof storage, typeof data, typeof records, typeof goals, typeof matching, typeof matcher, typeof matcherWorkbook, typeof matcherImport, typeof matcherSetup, typeof matcherResult, typeof matcherTell, typeof matcherReview, typeof matcherStarters, typeof matcherParticipants, typeof matcherAdjust, typeof matcherChoose, typeof matcherRounds, typeof agreements, typeof agreementWorkbook, typeof agreementCalendar, typeof agreementShare, typeof agreementDocument];
type Collisions<T extends unknown[]> = T extends [infer First, ...infer Rest]
  ? (Rest extends unknown[] ? { [I in keyof Rest]: SharedKeys<First, Rest[I]> }[number] | Collisions<Rest> : never)
  : never;
const noCollisions: [Collisions<Tables>] extends [never] ? true : Collisions<Tables> = true;
void noCollisions;

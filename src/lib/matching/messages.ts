// Messages are i18n keys with parameters; the UI renders them with messages.nl.ts or
// messages.en.ts. A parameter value of the form `@<key>` names another message key
// (e.g. a property or rule label) so that it is translated as well.

export const MATCHING_MESSAGE_KEYS = [
  'property.department',
  'property.location',
  'property.interests',
  'property.languages',
  'property.skillsOffered',
  'property.skillsWanted',
  'property.level',
  'property.timeZone',
  'rule.reportingLine',
  'rule.excluded',
  'rule.sameDepartment',
  'rule.noSharedLanguage',
  'rule.timeZoneTooFar',
  'criterion.offerMeetsWant.covers',
  'criterion.offerMeetsWant.none',
  'criterion.offerMeetsWant.noGoals',
  'criterion.shared.languages',
  'criterion.shared.some',
  'criterion.shared.none',
  'criterion.same.yes',
  'criterion.same.no',
  'criterion.different.yes',
  'criterion.different.no',
  'criterion.unknown',
  'criterion.levelGap.directed',
  'criterion.levelGap.peers',
  'criterion.timeZone.apart',
  'criterion.nomination.ranked',
  'criterion.nomination.none',
  'criterion.closeness.values',
  'unmatched.noEligiblePartner',
  'unmatched.noCandidates',
  'unmatched.capacityUsedUp',
  'unmatched.outscored',
  'unmatched.zeroCapacity',
  'unmatched.duplicateId',
  'unmatched.noNominations',
  'unmatched.rejected',
  'unmatched.groupNotFormed',
  'data.noParticipants',
  'data.emptyId',
  'data.invalidRole',
  'data.unknownCriterion',
  'data.unknownMode',
  'data.duplicateId',
  'data.unknownManager',
  'data.reportingCycle',
  'data.selfNomination',
  'data.selfExclusion',
  'data.unknownNomination',
  'data.unknownExcluded',
  'data.zeroCapacity',
  'data.invalidCapacity',
  'data.noLanguages',
  'data.invalidWeight',
  'data.invalidNumber',
  'data.unknownLockedParticipant',
  'data.lockedPairConflict',
  'data.lockedPairBreaksRule',
  'data.lockedOverCapacity',
  'data.lockedPairsIgnored',
  'data.invalidGroupSize',
  'data.tooLarge',
] as const;

export type MatchingMessageKey = (typeof MATCHING_MESSAGE_KEYS)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

export interface MatchingMessage {
  readonly key: MatchingMessageKey;
  readonly params: MessageParams;
}

export function message(key: MatchingMessageKey, params: MessageParams = {}): MatchingMessage {
  return { key, params };
}

/** A parameter that the formatter translates as a message key of its own. */
export function labelParam(key: MatchingMessageKey): string {
  return `@${key}`;
}

import type { Translation } from '../table.ts';
import type { matcherRounds as nl } from '../nl/matcher-rounds.ts';

// Closing a round, starting the next, and a pair that breaks up.

export const matcherRounds = {
  'matcher.rounds.heading': 'Rounds',
  'matcher.rounds.intro': 'Does your programme run in rounds? Close a round once its pairs are settled. The next round takes into account who has already been matched with whom.',
  'matcher.rounds.undo': 'Undo',

  'matcher.rounds.current.heading': 'Round {number}',
  'matcher.rounds.current.noRun': 'Nothing has been calculated in this round yet.',
  'matcher.rounds.current.approved': {
    one: '1 of the {total} matches is approved.',
    other: '{count} of the {total} matches are approved.',
  },
  'matcher.rounds.close.button': 'Close this round',
  'matcher.rounds.close.disabledNoRun': 'You can close the round once the matches are calculated and at least one is approved.',
  'matcher.rounds.close.disabledNoApproval': 'You can close the round once at least one match is approved.',
  'matcher.rounds.close.title': 'Close round {number}?',
  'matcher.rounds.close.kept': {
    one: 'The approved pair goes into this programme’s history.',
    other: 'The {count} approved pairs go into this programme’s history.',
  },
  'matcher.rounds.close.keptExits': {
    one: 'So does the pair that broke up in this round.',
    other: 'So do the {count} pairs that broke up in this round.',
  },
  'matcher.rounds.close.noRepeats': 'In the next round those pairs are not put together again, unless you allow it below.',
  'matcher.rounds.close.repeatsAllowed': 'You allow earlier pairs to meet again, so they may come back in the next round.',
  'matcher.rounds.close.unmatched': {
    one: '1 participant has no approved match and comes first in the next round.',
    other: '{count} participants have no approved match; they come first in the next round.',
  },
  'matcher.rounds.close.reset': 'The next round starts with no locked or approved matches and no runs. Matches you did not approve do not count.',
  'matcher.rounds.close.forbiddenStay': 'Forbidden pairs stay forbidden.',
  'matcher.rounds.close.confirm': 'Close the round',
  'matcher.rounds.close.cancel': 'Cancel',
  'matcher.rounds.closed': 'Round {number} is closed. You can now calculate the next round.',
  'matcher.rounds.reopened': 'Round {number} is open again.',

  'matcher.rounds.history.heading': 'Closed rounds',
  'matcher.rounds.history.none': 'No round closed yet.',
  'matcher.rounds.history.round': 'Round {number}',
  'matcher.rounds.history.closedAt': 'Closed on {date}',
  'matcher.rounds.history.noDate': 'Date closed unknown',
  'matcher.rounds.history.pairs': { one: '1 approved pair', other: '{count} approved pairs' },
  'matcher.rounds.history.unmatched': { one: '1 participant had no approved match: {names}', other: '{count} participants had no approved match: {names}' },
  'matcher.rounds.history.allMatched': 'Everyone had an approved match.',
  'matcher.rounds.history.exits': { one: '1 pair broke up', other: '{count} pairs broke up' },
  'matcher.rounds.gone': '{id} (no longer in the list)',

  'matcher.rounds.exit.line': '{a} and {b}: {reason}',
  'matcher.rounds.exit.rematched': 'New partner asked for {names}',
  'matcher.rounds.exit.noRematch': 'No new partner asked for',

  'matcher.rounds.repeats.label': 'Earlier pairs may meet again',
  'matcher.rounds.repeats.hint': 'When this is off, nobody is matched again with someone they were paired with in an earlier round.',
  'matcher.rounds.repeats.on': 'Earlier pairs may now meet again.',
  'matcher.rounds.repeats.off': 'Earlier pairs are no longer repeated.',

  'matcher.rounds.breakUp.heading': 'A pair broke up',
  'matcher.rounds.breakUp.intro': 'Did a pair stop partway through the round? Choose the pair and the reason. Whoever wants one gets a new partner from the participants who still have room; every other match stays as it is. The pair is forbidden, so it is not formed again.',
  'matcher.rounds.breakUp.noResult': 'Calculate this round’s matches first. Then you can record a pair that stopped here.',
  'matcher.rounds.breakUp.outdated': 'The last calculation no longer fits the list or the settings. Calculate the matches again; then you can record a pair that stopped here.',
  'matcher.rounds.breakUp.loading': 'Getting the details of the last calculation…',
  'matcher.rounds.breakUp.noPairs': 'This round has no matches of two people.',
  'matcher.rounds.breakUp.noApproved': 'No match of two people is approved yet. Only an approved match can stop: first approve the matches that have really started.',
  'matcher.rounds.breakUp.pair': 'Pair',
  'matcher.rounds.breakUp.choosePair': 'Choose a pair',
  'matcher.rounds.breakUp.pairOption': '{a} and {b}',
  'matcher.rounds.breakUp.pairRequired': 'Choose the pair that stopped first.',
  'matcher.rounds.breakUp.reason': 'Why did it stop?',
  'matcher.rounds.breakUp.who': 'Who wants a new partner?',
  'matcher.rounds.breakUp.both': 'Both',
  'matcher.rounds.breakUp.only': 'Only {name}',
  'matcher.rounds.breakUp.neither': 'Neither',
  'matcher.rounds.breakUp.submit': 'Record the break-up',
  'matcher.rounds.breakUp.done': '{a} and {b} have stopped.',
  'matcher.rounds.breakUp.withdrawn': '{a} and {b} are a pair again.',
  'matcher.rounds.breakUp.failed': 'This pair cannot be broken up: {reason}',
  'matcher.rounds.breakUp.changes': 'What changed',
  'matcher.rounds.breakUp.notAsked': '{name} did not want a new partner and stays without a match.',
  'matcher.rounds.breakUp.notAskedKeeps': '{name} did not want a new partner and stays matched with {names}.',

  'matcher.rounds.exits.heading': 'Stopped in this round',
  'matcher.rounds.exits.none': 'No pair has stopped in this round yet.',
} as const satisfies Translation<typeof nl>;

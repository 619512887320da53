import type { MessageTable } from '../table.ts';

// Een ronde afsluiten, de volgende beginnen, en een koppel dat uit elkaar gaat.

export const matcherRounds = {
  'matcher.rounds.heading': 'Rondes',
  'matcher.rounds.intro': 'Loopt je programma in rondes? Sluit een ronde af als de koppels bekend zijn. De volgende ronde houdt rekening met wie er al met wie gekoppeld was.',
  'matcher.rounds.undo': 'Ongedaan maken',

  'matcher.rounds.current.heading': 'Ronde {number}',
  'matcher.rounds.current.noRun': 'In deze ronde is nog niets berekend.',
  'matcher.rounds.current.approved': {
    one: 'Van de {total} koppelingen is er 1 goedgekeurd.',
    other: 'Van de {total} koppelingen zijn er {count} goedgekeurd.',
  },
  'matcher.rounds.close.button': 'Deze ronde afsluiten',
  'matcher.rounds.close.disabledNoRun': 'Afsluiten kan pas als je de koppelingen hebt berekend en er minstens één hebt goedgekeurd.',
  'matcher.rounds.close.disabledNoApproval': 'Afsluiten kan pas als je minstens één koppeling hebt goedgekeurd.',
  'matcher.rounds.close.title': 'Ronde {number} afsluiten?',
  'matcher.rounds.close.kept': {
    one: 'De goedgekeurde koppeling gaat naar de geschiedenis van dit programma.',
    other: 'De {count} goedgekeurde koppelingen gaan naar de geschiedenis van dit programma.',
  },
  'matcher.rounds.close.noRepeats': 'In de volgende ronde komen die koppels niet opnieuw bij elkaar, tenzij je dat hieronder toestaat.',
  'matcher.rounds.close.repeatsAllowed': 'Je staat toe dat eerdere koppels elkaar opnieuw treffen, dus ze kunnen in de volgende ronde terugkomen.',
  'matcher.rounds.close.unmatched': {
    one: '1 deelnemer heeft nu geen koppeling en gaat in de volgende ronde voor.',
    other: '{count} deelnemers hebben nu geen koppeling en gaan in de volgende ronde voor.',
  },
  'matcher.rounds.close.reset': 'Vastgezette en goedgekeurde koppelingen beginnen weer leeg, net als de berekeningen. Koppelingen die je niet hebt goedgekeurd, tellen niet mee.',
  'matcher.rounds.close.forbiddenStay': 'Uitgesloten koppels blijven uitgesloten.',
  'matcher.rounds.close.confirm': 'Ronde afsluiten',
  'matcher.rounds.close.cancel': 'Annuleren',
  'matcher.rounds.closed': 'Ronde {number} is afgesloten. Je kunt nu de volgende ronde berekenen.',
  'matcher.rounds.reopened': 'Ronde {number} is weer open.',

  'matcher.rounds.history.heading': 'Afgesloten rondes',
  'matcher.rounds.history.none': 'Nog geen ronde afgesloten.',
  'matcher.rounds.history.round': 'Ronde {number}',
  'matcher.rounds.history.closedAt': 'Afgesloten op {date}',
  'matcher.rounds.history.noDate': 'Datum van afsluiten onbekend',
  'matcher.rounds.history.pairs': { one: '1 koppel', other: '{count} koppels' },
  'matcher.rounds.history.unmatched': { one: '1 deelnemer zonder koppeling: {names}', other: '{count} deelnemers zonder koppeling: {names}' },
  'matcher.rounds.history.allMatched': 'Iedereen had een koppeling.',
  'matcher.rounds.history.exits': { one: '1 koppel gestopt', other: '{count} koppels gestopt' },
  'matcher.rounds.gone': '{id} (staat niet meer in de lijst)',

  'matcher.rounds.exit.line': '{a} en {b}: {reason}',
  'matcher.rounds.exit.rematched': 'Nieuwe partner gevraagd voor {names}',
  'matcher.rounds.exit.noRematch': 'Geen nieuwe partner gevraagd',

  'matcher.rounds.repeats.label': 'Eerdere koppels mogen elkaar opnieuw treffen',
  'matcher.rounds.repeats.hint': 'Staat dit uit, dan koppelen we niemand opnieuw aan iemand met wie diegene in een eerdere ronde al een koppel vormde.',
  'matcher.rounds.repeats.on': 'Eerdere koppels mogen elkaar nu opnieuw treffen.',
  'matcher.rounds.repeats.off': 'Eerdere koppels worden niet meer herhaald.',

  'matcher.rounds.breakUp.heading': 'Een koppel gaat uit elkaar',
  'matcher.rounds.breakUp.intro': 'Stopt een koppel halverwege de ronde? Kies het koppel en de reden. Wie dat wil, krijgt een nieuwe partner uit de deelnemers die nog ruimte hebben; alle andere koppelingen blijven zoals ze zijn. Het koppel wordt uitgesloten, zodat het niet opnieuw wordt gevormd.',
  'matcher.rounds.breakUp.noResult': 'Bereken eerst de koppelingen van deze ronde. Daarna kun je hier een koppel laten stoppen.',
  'matcher.rounds.breakUp.noPairs': 'Deze ronde heeft geen koppels van twee personen.',
  'matcher.rounds.breakUp.pair': 'Koppel',
  'matcher.rounds.breakUp.choosePair': 'Kies een koppel',
  'matcher.rounds.breakUp.pairOption': '{a} en {b}',
  'matcher.rounds.breakUp.pairRequired': 'Kies eerst het koppel dat stopt.',
  'matcher.rounds.breakUp.reason': 'Waarom stopt het?',
  'matcher.rounds.breakUp.who': 'Wie wil een nieuwe partner?',
  'matcher.rounds.breakUp.both': 'Allebei',
  'matcher.rounds.breakUp.only': 'Alleen {name}',
  'matcher.rounds.breakUp.neither': 'Niemand',
  'matcher.rounds.breakUp.submit': 'Koppel laten stoppen',
  'matcher.rounds.breakUp.done': '{a} en {b} zijn gestopt.',
  'matcher.rounds.breakUp.withdrawn': '{a} en {b} zijn weer een koppel.',
  'matcher.rounds.breakUp.failed': 'Dit koppel kan niet stoppen: {reason}',
  'matcher.rounds.breakUp.changes': 'Wat er is veranderd',
  'matcher.rounds.breakUp.notAsked': '{name} wilde geen nieuwe partner en blijft zonder koppeling.',

  'matcher.rounds.exits.heading': 'Gestopt in deze ronde',
  'matcher.rounds.exits.none': 'In deze ronde is nog geen koppel gestopt.',
} as const satisfies MessageTable;

import type { MessageTable } from '../table.ts';

// Words of what a coordinator sends out: the export of the matches (CSV, .xlsx, JSON) and the
// introduction messages to the pairs and groups. The default introductions are templates with
// placeholders the coordinator may edit; src/lib/matcher/tell/introduction.ts fills them.

export const matcherTell = {
  'matcher.tell.export.column.status.approvedOnly': 'Status (alleen goedgekeurde koppelingen)',
  'matcher.tell.export.column.status.all': 'Status (alle koppelingen, ook niet goedgekeurde)',
  'matcher.tell.export.column.mentor': 'Mentor',
  'matcher.tell.export.column.mentorId': 'Id mentor',
  'matcher.tell.export.column.mentee': 'Mentee',
  'matcher.tell.export.column.menteeId': 'Id mentee',
  'matcher.tell.export.column.menteeNumbered': 'Mentee {number}',
  'matcher.tell.export.column.menteeIdNumbered': 'Id mentee {number}',
  'matcher.tell.export.column.person': 'Deelnemer {number}',
  'matcher.tell.export.column.personId': 'Id deelnemer {number}',
  'matcher.tell.export.column.score': 'Score',
  'matcher.tell.export.column.locked': 'Vastgezet',
  'matcher.tell.export.column.explanation': 'Toelichting',
  'matcher.tell.export.status.approved': 'Goedgekeurd',
  'matcher.tell.export.status.proposed': 'Voorstel, nog niet goedgekeurd',
  'matcher.tell.export.status.unmatched': 'Niet gekoppeld',
  'matcher.tell.export.yes': 'Ja',
  'matcher.tell.export.no': 'Nee',
  'matcher.tell.export.lockedBreaking': 'Ja, hoewel het ingaat tegen: {rules}',
  'matcher.tell.export.noDetails': 'Bereken het resultaat opnieuw voor de toelichting per koppeling.',
  'matcher.tell.export.sheet': 'Koppelingen',
  'matcher.tell.json.notJson': 'Dit bestand is geen JSON-bestand en kan dus niet als project worden gelezen.',
  'matcher.tell.json.notAProject': 'Dit bestand is geen project uit de koppeltool van Mentorkit.',
  'matcher.tell.json.newerVersion': 'Dit project is bewaard met een nieuwere versie van Mentorkit (versie {version}). Werk de pagina bij en probeer het opnieuw.',
  'matcher.tell.intro.subject.mentoring': 'Kennismaking in het mentorprogramma: {mentor} en {mentee}',
  'matcher.tell.intro.subject.pair': 'Kennismaking in het mentorprogramma: {names}',
  'matcher.tell.intro.subject.group': 'Jullie mentorgroep: {names}',
  'matcher.tell.intro.body.mentoring':
    'Beste {mentor} en {mentee},\n\n' +
    'Jullie zijn aan elkaar gekoppeld in ons mentorprogramma: {mentor} als mentor en {mentee} als mentee. Leuk dat jullie meedoen!\n\n' +
    'Waarom jullie? Dit gaf de doorslag:\n{reasons}\n\n' +
    'Zo gaan jullie van start:\n{firstSteps}\n\n' +
    'Afspraken samen vastleggen: {agreementLink}\n' +
    'Leerdoelen concreet maken: {smartLink}\n\n' +
    'Klikt het toch niet, of loop je ergens tegenaan? Laat het me gerust weten, dan zoeken we samen een oplossing.\n\n' +
    'Hartelijke groet,\n{coordinator}',
  'matcher.tell.intro.body.pair':
    'Beste {names},\n\n' +
    'Jullie zijn aan elkaar gekoppeld in ons mentorprogramma. Leuk dat jullie meedoen!\n\n' +
    'Waarom jullie? Dit gaf de doorslag:\n{reasons}\n\n' +
    'Zo gaan jullie van start:\n{firstSteps}\n\n' +
    'Afspraken samen vastleggen: {agreementLink}\n' +
    'Leerdoelen concreet maken: {smartLink}\n\n' +
    'Klikt het toch niet, of loop je ergens tegenaan? Laat het me gerust weten, dan zoeken we samen een oplossing.\n\n' +
    'Hartelijke groet,\n{coordinator}',
  'matcher.tell.intro.body.group':
    'Beste {names},\n\n' +
    'Jullie vormen samen een groep in ons mentorprogramma. Leuk dat jullie meedoen!\n\n' +
    'Waarom deze groep? Dit gaf de doorslag:\n{reasons}\n\n' +
    'Zo gaan jullie van start:\n{firstSteps}\n\n' +
    'Afspraken samen vastleggen: {agreementLink}\n' +
    'Leerdoelen concreet maken: {smartLink}\n\n' +
    'Loopt het ergens vast? Laat het me gerust weten, dan zoeken we samen een oplossing.\n\n' +
    'Hartelijke groet,\n{coordinator}',
  'matcher.tell.intro.firstSteps':
    '1. Plan binnen twee weken een eerste gesprek van een uur, op kantoor of online.\n' +
    '2. Vertel elkaar wat je van deze samenwerking verwacht en hoe vaak jullie willen afspreken.\n' +
    '3. Zet jullie afspraken en een eerste leerdoel op papier, met de hulpmiddelen hieronder.',
  'matcher.tell.intro.reasonLine': '• {reason}',
} as const satisfies MessageTable;

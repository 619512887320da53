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
  'matcher.tell.json.newerVersion': 'Dit project is bewaard met een nieuwere versie van Mentorkit (versie {version}). Laad de pagina opnieuw en probeer het nog eens.',
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
  // The step itself (src/islands/matcher/tell).
  'matcher.tell.ui.noRun': 'Er zijn nog geen koppelingen om bekend te maken. Bereken ze eerst in stap 3.',
  'matcher.tell.ui.toRun': 'Naar stap 3: Koppelen',
  'matcher.tell.ui.outdated': 'Je hebt de lijst of de instellingen veranderd na de laatste berekening, dus die uitkomst klopt niet meer. Bereken de koppelingen opnieuw in stap 3 voordat je de koppels iets laat weten.',
  'matcher.tell.ui.restoring': 'De uitkomst wordt opgehaald…',
  'matcher.tell.ui.unsolved': 'De laatste berekening leverde geen koppelingen op. Kijk in stap 3 wat er aan de lijst moet gebeuren.',
  'matcher.tell.ui.approve.heading': 'Goedkeuren',
  'matcher.tell.ui.approve.count': { one: '{approved} van {count} koppeling goedgekeurd', other: '{approved} van {count} koppelingen goedgekeurd' },
  'matcher.tell.ui.approve.all': 'Alles goedkeuren',
  'matcher.tell.ui.approve.allDone': 'Alle koppelingen zijn goedgekeurd.',
  'matcher.tell.ui.approve.done': { one: '{count} koppeling goedgekeurd', other: '{count} koppelingen goedgekeurd' },
  'matcher.tell.ui.approve.undo': 'Ongedaan maken',
  'matcher.tell.ui.approve.undone': 'Goedkeuring ongedaan gemaakt',
  'matcher.tell.ui.approve.note': 'Berichten, koppelkaarten en exports gaan alleen over goedgekeurde koppelingen. Keur ze één voor één goed bij de uitkomst in stap 3, of hier allemaal tegelijk.',
  'matcher.tell.ui.approve.none': 'Nog geen koppeling goedgekeurd. Zodra je er een goedkeurt, staan hier het bericht en de koppelkaart klaar.',
  'matcher.tell.ui.messages.heading': 'Kennismakingsberichten',
  'matcher.tell.ui.messages.intro': 'Pas de tekst aan zoals je hem wilt versturen. De invulvelden tussen accolades worden per koppeling ingevuld; je wijzigingen worden bewaard bij dit project.',
  'matcher.tell.ui.messages.language': 'Taal van de berichten',
  'matcher.tell.ui.messages.loadingLanguage': 'De teksten in die taal worden geladen…',
  'matcher.tell.ui.language.nl': 'Nederlands',
  'matcher.tell.ui.language.en': 'Engels',
  'matcher.tell.ui.template.legend.mentoring': 'Bericht aan mentor en mentee',
  'matcher.tell.ui.template.legend.pair': 'Bericht aan een koppel',
  'matcher.tell.ui.template.legend.group': 'Bericht aan een groep',
  'matcher.tell.ui.template.subject': 'Onderwerp',
  'matcher.tell.ui.template.body': 'Tekst',
  'matcher.tell.ui.template.reset': 'Standaardtekst terugzetten',
  'matcher.tell.ui.template.resetDone': 'De standaardtekst staat er weer',
  'matcher.tell.ui.template.unknown': { one: 'Dit invulveld kennen we niet: {names}. Het blijft letterlijk in het bericht staan; kijk de spelling na.', other: 'Deze {count} invulvelden kennen we niet: {names}. Ze blijven letterlijk in het bericht staan; kijk de spelling na.' },
  'matcher.tell.ui.placeholders.heading': 'Invulvelden',
  'matcher.tell.ui.placeholders.hint': 'Een knop zet het invulveld in de tekst op de plek van de cursor (of in het onderwerp, als je daar het laatst was).',
  'matcher.tell.ui.placeholders.insert': '{placeholder} invoegen',
  'matcher.tell.ui.placeholder.names': 'de namen van iedereen in de koppeling',
  'matcher.tell.ui.placeholder.mentor': 'de mentor (leeg bij twee gelijken)',
  'matcher.tell.ui.placeholder.mentee': 'de mentee of mentees',
  'matcher.tell.ui.placeholder.reasons': 'waarom ze gekoppeld zijn, een regel per reden',
  'matcher.tell.ui.placeholder.firstSteps': 'de eerste stappen',
  'matcher.tell.ui.placeholder.agreementLink': 'de link naar de mentoringafspraken',
  'matcher.tell.ui.placeholder.smartLink': 'de link naar het werkboek SMART-doelen',
  'matcher.tell.ui.placeholder.coordinator': 'jouw ondertekening',
  'matcher.tell.ui.signature': 'Ondertekening',
  'matcher.tell.ui.signatureHint': 'Je naam, en eventueel op een volgende regel je functie, zoals je onder de berichten wilt staan.',
  'matcher.tell.ui.preview.heading': 'Per koppeling',
  'matcher.tell.ui.preview.subject': 'Onderwerp: {subject}',
  'matcher.tell.ui.preview.body': 'Bericht aan {names}',
  'matcher.tell.ui.preview.empty': { one: 'Leeg in dit bericht: {names}.', other: 'Leeg in dit bericht: {names} ({count} invulvelden).' },
  'matcher.tell.ui.preview.more': { one: 'Nog {count} bericht tonen', other: 'Nog {count} berichten tonen' },
  'matcher.tell.ui.copy': 'Kopiëren',
  'matcher.tell.ui.actionsFor': 'Versturen aan {names}',
  'matcher.tell.ui.copied': 'Bericht aan {names} gekopieerd',
  'matcher.tell.ui.copyFailed': 'Kopiëren lukte niet. De tekst staat geselecteerd: kopieer hem met Ctrl+C (op een Mac Cmd+C).',
  'matcher.tell.ui.mail': 'Openen in je mailprogramma',
  'matcher.tell.ui.mailTooLong': 'Dit bericht is te lang om als maillink te openen. Kopieer het en plak het in een nieuwe mail.',
  'matcher.tell.ui.mailMissing': 'Geen e-mailadres bekend van {names}: vul dat zelf in bij Aan.',
  'matcher.tell.ui.cards.heading': 'Koppelkaarten',
  'matcher.tell.ui.cards.intro': 'Een kaart per goedgekeurde koppeling om uit te delen bij de start: wie, waarom, drie vragen om mee te beginnen en wat je in het eerste gesprek bespreekt.',
  'matcher.tell.ui.cards.layout': 'Kaarten per A4',
  'matcher.tell.ui.cards.layout.four': 'Vier per pagina',
  'matcher.tell.ui.cards.layout.one': 'Eén per pagina',
  'matcher.tell.ui.cards.print': { one: '{count} kaart afdrukken', other: '{count} kaarten afdrukken' },
  'matcher.tell.ui.cards.preview': 'Voorbeeld van de eerste kaart',
  'matcher.tell.ui.card.why': 'Waarom jullie',
  'matcher.tell.ui.card.reasons': 'Dit gaf de doorslag: {reasons}.',
  'matcher.tell.ui.card.noReasons': 'Jullie zijn gekoppeld op wat jullie allebei hebben opgegeven.',
  'matcher.tell.ui.card.starters': 'Om mee te beginnen',
  'matcher.tell.ui.card.checklist': 'In het eerste gesprek',
  'matcher.tell.ui.export.heading': 'Exporteren',
  'matcher.tell.ui.export.scope': 'Ook voorgestelde koppelingen meenemen die nog niet zijn goedgekeurd',
  'matcher.tell.ui.export.scopeHint': 'Uit: alleen goedgekeurde koppelingen. Aan: alle koppelingen, en per regel of hij is goedgekeurd. Geldt voor CSV en Excel.',
  'matcher.tell.ui.export.noteApproved': { one: 'De export bevat alleen de goedgekeurde koppeling ({count}) en wie geen koppeling kreeg.', other: 'De export bevat alleen de {count} goedgekeurde koppelingen en wie geen koppeling kreeg.' },
  'matcher.tell.ui.export.noteAll': { one: 'De export bevat alle koppelingen ({count}), ook die nog niet zijn goedgekeurd, en wie geen koppeling kreeg.', other: 'De export bevat alle {count} koppelingen, ook die nog niet zijn goedgekeurd, en wie geen koppeling kreeg.' },
  'matcher.tell.ui.export.separator': 'Scheidingsteken in de CSV',
  'matcher.tell.ui.export.separator.semicolon': 'Puntkomma (;), voor Nederlandse Excel',
  'matcher.tell.ui.export.separator.comma': 'Komma (,), voor Engelstalige spreadsheets',
  'matcher.tell.ui.export.csv': 'CSV downloaden',
  'matcher.tell.ui.export.xlsx': 'Excel-bestand (.xlsx) downloaden',
  'matcher.tell.ui.export.xlsxBusy': 'Het Excel-bestand wordt gemaakt…',
  'matcher.tell.ui.export.xlsxTooLarge': 'Deze lijst is te groot om in de browser een Excel-bestand van te maken. Download de CSV: Excel opent die net zo goed.',
  'matcher.tell.ui.export.xlsxFailed': 'Het Excel-bestand kon niet worden gemaakt. Download de CSV: Excel opent die net zo goed.',
  'matcher.tell.ui.export.json': 'Hele project downloaden (JSON)',
  'matcher.tell.ui.export.jsonHint': 'Alles van dit project in één bestand: de lijst, de instellingen, je beslissingen en de uitkomsten. Om te bewaren of aan een collega te geven.',
  'matcher.tell.ui.export.downloaded': '{file} gedownload',
  'matcher.tell.ui.file.matches': 'koppelingen',
  'matcher.tell.ui.file.project': 'project',
  'matcher.tell.ui.file.comma': 'komma',
} as const satisfies MessageTable;

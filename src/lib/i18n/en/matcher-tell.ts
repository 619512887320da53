import type { matcherTell as nl } from '../nl/matcher-tell.ts';
import type { Translation } from '../table.ts';

export const matcherTell = {
  'matcher.tell.export.column.status.approvedOnly': 'Status (approved matches only)',
  'matcher.tell.export.column.status.all': 'Status (all matches, approved or not)',
  'matcher.tell.export.column.mentor': 'Mentor',
  'matcher.tell.export.column.mentorId': 'Mentor ID',
  'matcher.tell.export.column.mentee': 'Mentee',
  'matcher.tell.export.column.menteeId': 'Mentee ID',
  'matcher.tell.export.column.menteeNumbered': 'Mentee {number}',
  'matcher.tell.export.column.menteeIdNumbered': 'Mentee {number} ID',
  'matcher.tell.export.column.person': 'Participant {number}',
  'matcher.tell.export.column.personId': 'Participant {number} ID',
  'matcher.tell.export.column.score': 'Score',
  'matcher.tell.export.column.locked': 'Locked',
  'matcher.tell.export.column.explanation': 'Explanation',
  'matcher.tell.export.status.approved': 'Approved',
  'matcher.tell.export.status.proposed': 'Proposed, not yet approved',
  'matcher.tell.export.status.unmatched': 'Not matched',
  'matcher.tell.export.yes': 'Yes',
  'matcher.tell.export.no': 'No',
  'matcher.tell.export.lockedBreaking': 'Yes, although it goes against: {rules}',
  'matcher.tell.export.noDetails': 'Calculate the result again for the explanation of each match.',
  'matcher.tell.export.sheet': 'Matches',
  'matcher.tell.json.notJson': 'This file is not a JSON file, so it cannot be read as a project.',
  'matcher.tell.json.notAProject': 'This file is not a project from the Mentorkit matcher.',
  'matcher.tell.json.newerVersion': 'This project was saved by a newer version of Mentorkit (version {version}). Reload the page and try again.',
  'matcher.tell.intro.subject.mentoring': 'Meet your mentoring match: {mentor} and {mentee}',
  'matcher.tell.intro.subject.pair': 'Meet your mentoring match: {names}',
  'matcher.tell.intro.subject.group': 'Your mentoring group: {names}',
  'matcher.tell.intro.body.mentoring':
    'Dear {mentor} and {mentee},\n\n' +
    'You have been matched in our mentoring programme: {mentor} as the mentor and {mentee} as the mentee. Great to have you both on board!\n\n' +
    'Why the two of you? This is what stood out:\n{reasons}\n\n' +
    'How to get started:\n{firstSteps}\n\n' +
    'Put your agreements in writing together: {agreementLink}\n' +
    'Make your learning goals specific: {smartLink}\n\n' +
    'If it does not click, or you run into anything at all, just let me know and we will sort it out together.\n\n' +
    'Best wishes,\n{coordinator}',
  'matcher.tell.intro.body.pair':
    'Dear {names},\n\n' +
    'You have been matched with each other in our mentoring programme. Great to have you both on board!\n\n' +
    'Why the two of you? This is what stood out:\n{reasons}\n\n' +
    'How to get started:\n{firstSteps}\n\n' +
    'Put your agreements in writing together: {agreementLink}\n' +
    'Make your learning goals specific: {smartLink}\n\n' +
    'If it does not click, or you run into anything at all, just let me know and we will sort it out together.\n\n' +
    'Best wishes,\n{coordinator}',
  'matcher.tell.intro.body.group':
    'Dear {names},\n\n' +
    'Together you form a group in our mentoring programme. Great to have you all on board!\n\n' +
    'Why this group? This is what stood out:\n{reasons}\n\n' +
    'How to get started:\n{firstSteps}\n\n' +
    'Put your agreements in writing together: {agreementLink}\n' +
    'Make your learning goals specific: {smartLink}\n\n' +
    'If anything gets stuck, just let me know and we will sort it out together.\n\n' +
    'Best wishes,\n{coordinator}',
  'matcher.tell.intro.firstSteps':
    '1. Within the next two weeks, plan a first conversation of about an hour, in the office or online.\n' +
    '2. Tell each other what you expect from working together and how often you would like to meet.\n' +
    '3. Write down your agreements and a first learning goal, using the tools below.',
  'matcher.tell.intro.reasonLine': '• {reason}',
  'matcher.tell.ui.noRun': 'There are no matches to tell anyone about yet. Calculate them first in step 3.',
  'matcher.tell.ui.toRun': 'Go to step 3: Match',
  'matcher.tell.ui.outdated': 'You changed the list or the settings after the last calculation, so that result no longer holds. Calculate the matches again in step 3 before you tell the pairs.',
  'matcher.tell.ui.restoring': 'Fetching the result…',
  'matcher.tell.ui.unsolved': 'The last calculation made no matches. Step 3 shows what the list needs.',
  'matcher.tell.ui.approve.heading': 'Approve',
  'matcher.tell.ui.approve.count': { one: '{approved} of {count} match approved', other: '{approved} of {count} matches approved' },
  'matcher.tell.ui.approve.all': 'Approve all',
  'matcher.tell.ui.approve.allDone': 'All matches are approved.',
  'matcher.tell.ui.approve.done': { one: '{count} match approved', other: '{count} matches approved' },
  'matcher.tell.ui.approve.undo': 'Undo',
  'matcher.tell.ui.approve.undone': 'Approval undone',
  'matcher.tell.ui.approve.note': 'Messages, pair cards and exports cover approved matches only. Approve them one by one with the result in step 3, or all at once here.',
  'matcher.tell.ui.approve.none': 'No match approved yet. As soon as you approve one, its message and pair card are ready here.',
  'matcher.tell.ui.messages.heading': 'Introduction messages',
  'matcher.tell.ui.messages.intro': 'Edit the text the way you want to send it. The placeholders in braces are filled in for each match; your changes are kept with this project.',
  'matcher.tell.ui.messages.language': 'Language of the messages',
  'matcher.tell.ui.messages.loadingLanguage': 'Loading the texts in that language…',
  'matcher.tell.ui.language.nl': 'Dutch',
  'matcher.tell.ui.language.en': 'English',
  'matcher.tell.ui.template.legend.mentoring': 'Message to mentor and mentee',
  'matcher.tell.ui.template.legend.pair': 'Message to a pair',
  'matcher.tell.ui.template.legend.group': 'Message to a group',
  'matcher.tell.ui.template.subject': 'Subject',
  'matcher.tell.ui.template.body': 'Text',
  'matcher.tell.ui.template.reset': 'Restore the default text',
  'matcher.tell.ui.template.resetDone': 'The default text is back',
  'matcher.tell.ui.template.unknown': { one: 'This placeholder is not one we know: {names}. It stays in the message as typed; check the spelling.', other: 'These {count} placeholders are not ones we know: {names}. They stay in the message as typed; check the spelling.' },
  'matcher.tell.ui.placeholders.heading': 'Placeholders',
  'matcher.tell.ui.placeholders.hint': 'A button puts the placeholder into the text where the cursor is (or into the subject, if you were there last).',
  'matcher.tell.ui.placeholders.insert': 'Insert {placeholder}',
  'matcher.tell.ui.placeholder.names': 'the names of everyone in the match',
  'matcher.tell.ui.placeholder.mentor': 'the mentor (empty for two peers)',
  'matcher.tell.ui.placeholder.mentee': 'the mentee or mentees',
  'matcher.tell.ui.placeholder.reasons': 'why they were matched, one line per reason',
  'matcher.tell.ui.placeholder.firstSteps': 'the first steps',
  'matcher.tell.ui.placeholder.agreementLink': 'the link to the mentoring agreement',
  'matcher.tell.ui.placeholder.smartLink': 'the link to the SMART goals workbook',
  'matcher.tell.ui.placeholder.coordinator': 'your signature',
  'matcher.tell.ui.signature': 'Signature',
  'matcher.tell.ui.signatureHint': 'Your name, and your role on the next line if you like, as you want it under the messages.',
  'matcher.tell.ui.preview.heading': 'Per match',
  'matcher.tell.ui.preview.subject': 'Subject: {subject}',
  'matcher.tell.ui.preview.body': 'Message to {names}',
  'matcher.tell.ui.preview.empty': { one: 'Empty in this message: {names}.', other: 'Empty in this message: {names} ({count} placeholders).' },
  'matcher.tell.ui.preview.more': { one: 'Show {count} more message', other: 'Show {count} more messages' },
  'matcher.tell.ui.copy': 'Copy',
  'matcher.tell.ui.actionsFor': 'Sending to {names}',
  'matcher.tell.ui.copied': 'Message to {names} copied',
  'matcher.tell.ui.copyFailed': 'Copying did not work. The text is selected: copy it with Ctrl+C (Cmd+C on a Mac).',
  'matcher.tell.ui.mail': 'Open in your mail app',
  'matcher.tell.ui.mailTooLong': 'This message is too long to open as a mail link. Copy it and paste it into a new e-mail.',
  'matcher.tell.ui.mailMissing': 'No e-mail address known for {names}: add it to the To line yourself.',
  'matcher.tell.ui.cards.heading': 'Pair cards',
  'matcher.tell.ui.cards.intro': 'A card for each approved match to hand out at the start: who, why, three questions to begin with and what to cover in the first meeting.',
  'matcher.tell.ui.cards.layout': 'Cards per A4 page',
  'matcher.tell.ui.cards.layout.four': 'Four per page',
  'matcher.tell.ui.cards.layout.one': 'One per page',
  'matcher.tell.ui.cards.print': { one: 'Print {count} card', other: 'Print {count} cards' },
  'matcher.tell.ui.cards.preview': 'Preview of the first card',
  'matcher.tell.ui.card.why': 'Why you were matched',
  'matcher.tell.ui.card.reasons': 'What stood out: {reasons}.',
  'matcher.tell.ui.card.noReasons': 'You were matched on what you both told us.',
  'matcher.tell.ui.card.starters': 'To get you started',
  'matcher.tell.ui.card.checklist': 'In your first meeting',
  'matcher.tell.ui.export.heading': 'Export',
  'matcher.tell.ui.export.scope': 'Also include proposed matches that are not approved yet',
  'matcher.tell.ui.export.scopeHint': 'Off: approved matches only. On: every match, with each row saying whether it is approved. Applies to CSV and Excel.',
  'matcher.tell.ui.export.noteApproved': { one: 'The export holds the approved match only ({count}) and everyone left without a match.', other: 'The export holds the {count} approved matches only and everyone left without a match.' },
  'matcher.tell.ui.export.noteAll': { one: 'The export holds every match ({count}), approved or not, and everyone left without a match.', other: 'The export holds all {count} matches, approved or not, and everyone left without a match.' },
  'matcher.tell.ui.export.separator': 'Separator in the CSV',
  'matcher.tell.ui.export.separator.semicolon': 'Semicolon (;), for Dutch Excel',
  'matcher.tell.ui.export.separator.comma': 'Comma (,), for English spreadsheets',
  'matcher.tell.ui.export.csv': 'Download CSV',
  'matcher.tell.ui.export.xlsx': 'Download Excel file (.xlsx)',
  'matcher.tell.ui.export.xlsxBusy': 'Making the Excel file…',
  'matcher.tell.ui.export.xlsxTooLarge': 'This list is too large to make an Excel file of in the browser. Download the CSV: Excel opens it just as well.',
  'matcher.tell.ui.export.xlsxFailed': 'The Excel file could not be made. Download the CSV: Excel opens it just as well.',
  'matcher.tell.ui.export.json': 'Download the whole project (JSON)',
  'matcher.tell.ui.export.jsonHint': 'Everything in this project in one file: the list, the settings, your decisions and the results. To keep, or to hand to a colleague.',
  'matcher.tell.ui.export.downloaded': '{file} downloaded',
  'matcher.tell.ui.file.matches': 'matches',
  'matcher.tell.ui.file.project': 'project',
  'matcher.tell.ui.file.comma': 'comma',
} as const satisfies Translation<typeof nl>;

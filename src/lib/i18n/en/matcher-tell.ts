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
} as const satisfies Translation<typeof nl>;

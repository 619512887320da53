import { describe, expect, it } from 'vitest';
import { goalsToMarkdown, goalToMarkdown } from '../../../src/lib/goals/export/markdown.ts';
import { escapeMarkdown, escapeMarkdownLine } from '../../../src/lib/goals/export/markdown-text.ts';
import { en as goalsMessagesEn } from '../../../src/lib/i18n/en/index.ts';
// Exports translate through the registered dictionaries, as the page's island entry registers them.
import '../../../src/lib/i18n/all.ts';
import { makeGoal, makeStep, TODAY } from './fixtures.ts';

const goal = makeGoal({
  title: 'Presenteren *zonder* spiekbriefje',
  statement: 'Ik geef drie presentaties vóór 1 maart 2027.\n# geen kop',
  smart: {
    specific: 'Drie presentaties in het teamoverleg',
    measurable: '3 gegeven',
    achievable: '',
    relevant: 'Zichtbaarder worden\n- geen lijst',
    timeBound: 'Vóór 1 maart',
  },
  targetDate: '2027-03-01',
  relationship: 'Sanne [mentor]',
  steps: [
    makeStep({ id: 'a', text: 'Onderwerp kiezen', dueDate: '2026-11-30', done: true }),
    makeStep({ id: 'b', text: 'Eerste presentatie_geven', dueDate: '2026-11-20' }),
    makeStep({ id: 'c', text: '1. Feedback vragen' }),
  ],
  checkIns: [
    { id: 'c2', date: '2026-11-20', happened: 'Onderwerp gekozen', nextStep: 'Oefenen' },
    { id: 'c1', date: '2026-11-01', happened: 'Kennismaking', nextStep: '' },
  ],
});

describe('goalToMarkdown', () => {
  it('renders a complete goal in Dutch', () => {
    expect(goalToMarkdown(goal, { locale: 'nl', today: TODAY })).toBe(`# Presenteren \\*zonder\\* spiekbriefje

Ik geef drie presentaties vóór 1 maart 2027.
\\# geen kop

- **Rol:** Mentee
- **Samen met:** Sanne \\[mentor\\]
- **Streefdatum:** 1 maart 2027
- 1 van 3 stappen klaar (33%)

## SMART

- **Specifiek:** Drie presentaties in het teamoverleg
- **Meetbaar:** 3 gegeven
- **Acceptabel:** —
- **Relevant:** Zichtbaarder worden
  \\- geen lijst
- **Tijdgebonden:** Vóór 1 maart

## Stappen

- [x] Onderwerp kiezen (uiterlijk 30 november 2026)
- [ ] Eerste presentatie\\_geven (uiterlijk 20 november 2026, **over tijd**)
- [ ] 1\\. Feedback vragen

## Check-ins

### 20 november 2026

**Wat er gebeurde:** Onderwerp gekozen

**Volgende stap:** Oefenen

### 1 november 2026

**Wat er gebeurde:** Kennismaking

**Volgende stap:** —
`);
  });

  it('renders English labels, an archived note and empty sections', () => {
    const markdown = goalToMarkdown(makeGoal({ title: '', statement: '', archived: true, ownerRole: 'mentor' }), { locale: 'en', today: TODAY });
    expect(markdown).toContain('# Untitled goal\n');
    expect(markdown).toContain('_This goal is archived._');
    expect(markdown).toContain('- **Role:** Mentor');
    expect(markdown).toContain('- **Target date:** not chosen yet');
    expect(markdown).toContain('## Steps\n\nNo steps yet.');
    expect(markdown).toContain('## Check-ins\n\nNo check-ins yet.\n');
    expect(markdown).not.toContain('Together with');
  });

  it('accepts custom templates', () => {
    const messages = { ...goalsMessagesEn, 'goals.export.md.stepsHeading': 'To do' };
    expect(goalToMarkdown(goal, { locale: 'en', today: TODAY, messages })).toContain('## To do');
  });
});

describe('goalsToMarkdown', () => {
  it('joins goals with rules and ends with the export date', () => {
    const markdown = goalsToMarkdown([makeGoal({ title: 'Een' }), makeGoal({ title: 'Twee' })], { locale: 'nl', today: TODAY });
    expect(markdown.startsWith('# Een\n')).toBe(true);
    expect(markdown).toContain('\n---\n\n# Twee\n');
    expect(markdown.endsWith('---\n\n_Geëxporteerd uit Mentorkit op 23 november 2026._\n')).toBe(true);
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<script>', '\\<script\\>'],
    ['a | b', 'a \\| b'],
    ['# kop', '\\# kop'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['12. punt', '12\\. punt'],
    ['3) punt', '3\\) punt'],
    ['gewone zin. Met punt!', 'gewone zin. Met punt!'],
    ['C:\\pad', 'C:\\\\pad'],
    ['🎯 doel', '🎯 doel'],
  ])('%s → %s', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  it('escapes every line and indents continuation lines', () => {
    expect(escapeMarkdown('een\n# twee\r\n- drie', '  ')).toBe('een\n  \\# twee\n  \\- drie');
  });
});

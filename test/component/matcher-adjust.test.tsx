// The change-by-hand panel on a real project: the store runs the engine (in a fake worker), the
// panel previews every candidate with the engine's what-if, and confirming records the change
// as locked pairs, with a toast whose Undo takes it back.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as renderNow } from 'preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { AdjustPanel } from '../../src/islands/matcher/adjust/AdjustPanel.tsx';
import { formatScoreChange } from '../../src/lib/matcher/result-view.ts';
import { emptyProject, person } from '../unit/matcher/review/helpers.ts';
import { runMatching } from '../../src/lib/matching/engine.ts';
import type { MatchingInput } from '../../src/lib/matching/types.ts';
import { nameLookup } from '../../src/lib/matcher/result-view.ts';
import { createAdjuster } from '../../src/lib/matcher/review/adjust.ts';
import { PRESETS } from '../../src/lib/matcher/presets.ts';
import { mockMatchingWorker } from './support/run-step.tsx';

const HEADERS = ['Personeelsnummer', 'Naam', 'Rol', 'Talen', 'Kan helpen met', 'Leerdoelen', 'Interesses', 'Capaciteit'];
/** Three mentors, three mentees who each want what one mentor offers; Gijs speaks only English, so no one can take him by the rules. */
const ROWS = [
  ['1', 'Anna', 'mentor', 'Nederlands', 'Excel', '', 'jazz', '1'],
  ['2', 'Bart', 'mentor', 'Nederlands', 'Python', '', 'schaken', '1'],
  ['3', 'Cees', 'mentor', 'Nederlands', 'Verkoop', '', 'wandelen', '2'],
  ['4', 'Dirk', 'mentee', 'Nederlands', '', 'Excel', 'schaken', ''],
  ['5', 'Eva', 'mentee', 'Nederlands', '', 'Python', 'jazz, wandelen', ''],
  ['6', 'Fien', 'mentee', 'Nederlands', '', 'Verkoop', 'wandelen', ''],
  ['7', 'Gijs', 'mentee', 'Engels', '', 'Verkoop', 'wandelen', ''],
];

async function setUp(locale: Locale, preset: 'careerMentoring' | 'peerProgramme' = 'careerMentoring', rows: readonly (readonly string[])[] = ROWS) {
  vi.resetModules();
  const { workers } = mockMatchingWorker();
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const runs = await import('../../src/stores/matcher-run.ts');
  const { findProject } = await import('../../src/lib/matcher/model.ts');
  const { nameLookup } = await import('../../src/lib/matcher/result-view.ts');
  const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
  const { AdjustPanel } = await import('../../src/islands/matcher/adjust/AdjustPanel.tsx');
  const { AnnounceContext } = await import('../../src/islands/ui/announce.ts');
  const { Toast, useToast } = await import('../../src/islands/ui/Toast.tsx');

  let id = '';
  let startWith: string | null = null;
  /** What the review list does: a button per person opens the panel, the workbook's toast takes its announcements. */
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    useStore(runs.$runs);
    const { toast, announce, dismiss } = useToast();
    const [open, setOpen] = useState(false);
    const project = findProject(state.data, id);
    const result = project ? runs.currentResult(project) : null;
    const input = project ? runs.heldInput(project, project.runs.at(-1)?.held).input : null;
    return (
      <AnnounceContext.Provider value={announce}>
        <button type="button" onClick={() => setOpen(true)}>
          open
        </button>
        {open && project && result && input && (
          <AdjustPanel locale={locale} project={project} result={result} input={input} names={nameLookup(input.participants)} startWith={startWith} onClose={() => setOpen(false)} />
        )}
        <Toast toast={toast} onDismiss={dismiss} dismissLabel="close" />
      </AnnounceContext.Provider>
    );
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const project = store.createProject('Voorjaar 2026', preset)!;
  store.importIntoProject(project.id, {
    headers: HEADERS,
    rows,
    mapping: suggestMapping(HEADERS, rows),
    source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null },
  });
  id = project.id;
  const stored = () => store.currentProject(id)!;
  const personId = (name: string) => stored().table.rows.find((row) => row.cells.includes(name))!.id;
  const finishRun = async () => {
    await waitFor(() => expect(runs.runStateOf(id).kind).toBe('running'));
    workers.at(-1)!.deliverAll();
    await waitFor(() => expect(runs.currentResult(stored())).not.toBeNull());
  };
  runs.startRun(id);
  await finishRun();
  const shown = () => {
    const current = stored();
    return { result: runs.currentResult(current)!, input: runs.heldInput(current, current.runs.at(-1)?.held).input };
  };
  const open = async (name: string) => {
    startWith = shown().input.participants.find((person) => person.name === name)!.id;
    const opener = screen.getByRole('button', { name: 'open' });
    opener.focus();
    fireEvent.click(opener);
    return screen.findByRole('dialog');
  };
  return { view, stored, shown, open, finishRun, personId, runs };
}

const matchOf = (result: { matches: readonly { ids: readonly string[] }[] }, id: string) => result.matches.find((match) => match.ids.includes(id))!;

describe('the change-by-hand panel', () => {
  it('shows the cost of a swap before it is made, records it as locked pairs, and undoes it', async () => {
    const { stored, shown, open, finishRun } = await setUp('nl');
    const { result, input } = shown();
    const idOf = (name: string) => input.participants.find((person) => person.name === name)!.id;
    const [dirk, eva, anna, bart] = [idOf('Dirk'), idOf('Eva'), idOf('Anna'), idOf('Bart')];
    expect(matchOf(result, dirk).ids).toContain(anna);
    expect(matchOf(result, eva).ids).toContain(bart);

    const dialog = await open('Dirk');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe('Met de hand aanpassen');
    // Dirk is a matched mentee: swapping comes first, and the kind has focus.
    const swapKind = within(dialog).getByRole('radio', { name: 'Van mentor ruilen met een andere mentee' }) as HTMLInputElement;
    expect(swapKind.checked).toBe(true);
    expect(document.activeElement).toBe(swapKind);
    within(dialog).getByText('Nu gekoppeld aan Anna.');

    // Every candidate with its new score and change in total, from the engine's what-if.
    const { createAdjuster } = await import('../../src/lib/matcher/review/adjust.ts');
    const { formatScore } = await import('../../src/lib/matcher/result-view.ts');
    const expected = createAdjuster(input, result).preview({ kind: 'swap', ids: [dirk, eva] });
    expect(expected.delta).toBeLessThan(0);
    const minus = `−${formatScore(-expected.delta, 'nl')}`;
    // The score is that of Dirk's new match, and the line says so.
    const dirkWithBart = expected.matches.find((match) => match.ids.includes(dirk))!;
    const evaOption = within(dialog).getByRole('radio', { name: `Eva nu met Bart nieuwe koppeling van Dirk scoort ${formatScore(dirkWithBart.score, 'nl')}, totaal ${minus}` });
    // Swapping with someone without a match: one phrase for what happens, not "zonder koppeling" and "geen koppeling" both.
    const gijsOption = within(dialog).getByRole('radio', { name: /^Gijs heeft nog geen koppeling en neemt de plek van Dirk over, totaal −[\d,]+ gaat tegen een harde regel in$/ });
    expect(gijsOption.closest('label')!.textContent).not.toMatch(/zonder koppeling|geen koppeling,/);
    const confirm = within(dialog).getByRole('button', { name: 'Wijziging doorvoeren' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    within(dialog).getByText('Kies hierboven iemand, dan zie je hier wat het kost.');

    fireEvent.click(evaOption);
    const preview = within(dialog).getByTestId('adjust-preview');
    expect(within(preview).getByTestId('adjust-delta').textContent).toBe(minus);
    expect(within(preview).getByTestId('adjust-total').textContent).toBe(`${formatScore(expected.totalAfter, 'nl')} (was ${formatScore(expected.totalBefore, 'nl')})`);
    within(preview).getByText('Dirk en Eva ruilen van plek');
    for (const match of expected.matches) within(preview).getByText(match.ids.map((pid) => input.participants.find((p) => p.id === pid)!.name).join(' · '));
    expect(confirm.disabled).toBe(false);

    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const { pairKey } = await import('../../src/lib/matcher/review/decisions.ts');
    expect(stored().review.locked.map(pairKey).sort()).toEqual([pairKey([anna, eva]), pairKey([bart, dirk])].sort());
    expect(stored().review.manual?.map(pairKey).sort()).toEqual([pairKey([anna, eva]), pairKey([bart, dirk])].sort());
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Gedaan: Dirk en Eva ruilen van plek.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'open' })));

    // The run that shows it holds everything else: its total is the previewed one.
    await finishRun();
    expect(shown().result.summary.totalScore).toBeCloseTo(expected.totalAfter, 1);

    fireEvent.click(within(toast).getByRole('button', { name: 'Ongedaan maken' }));
    expect(stored().review.locked).toEqual([]);
    expect(screen.getByTestId('toast').textContent).toContain('Teruggedraaid: Dirk en Eva ruilen van plek.');
  });

  it('asks for an explicit yes before breaking a hard rule, and marks the match', async () => {
    const { stored, shown, open, finishRun } = await setUp('en');
    const { result, input } = shown();
    const idOf = (name: string) => input.participants.find((person) => person.name === name)!.id;
    const [gijs, cees] = [idOf('Gijs'), idOf('Cees')];
    expect(result.unmatched.map((person) => person.id)).toContain(gijs);

    const dialog = await open('Gijs');
    // Unmatched: assigning to a mentor comes first; Cees still has room.
    expect((within(dialog).getByRole('radio', { name: 'Match with a mentor' }) as HTMLInputElement).checked).toBe(true);
    const ceesOption = within(dialog).getByRole('radio', { name: /^Cees now with Fien · 1 place free Gijs’s new match scores [\d.]+, total \+[\d.]+ breaks a hard rule$/ });
    fireEvent.click(ceesOption);
    const notes = within(dialog).getByTestId('adjust-notes');
    within(notes).getByText(/^Cees, Gijs: this goes against a hard rule \(no shared language\)/);
    within(notes).getByText('Gijs would get a match.');

    const confirm = within(dialog).getByRole('button', { name: 'Do it anyway — marked as breaking a rule' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(stored().review.locked).toEqual([]);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'I know this breaks a hard rule and want it anyway' }));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const { pairKey } = await import('../../src/lib/matcher/review/decisions.ts');
    expect(stored().review.locked.map(pairKey)).toEqual([pairKey([cees, gijs])]);
    expect(screen.getByTestId('toast').textContent).toContain('Done: Match Gijs with Cees.');
    await finishRun();
    expect(matchOf(shown().result, gijs)).toMatchObject({ locked: true, brokenRules: ['noSharedLanguage'] });
  });

  it('locks or forbids the pair a person is in, and Escape closes without a change', async () => {
    const { stored, shown, open } = await setUp('en');
    const idOf = (name: string) => shown().input.participants.find((person) => person.name === name)!.id;
    let dialog = await open('Dirk');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(stored().review.locked).toEqual([]);

    dialog = await open('Dirk');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lock Dirk and Anna' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const { pairKey } = await import('../../src/lib/matcher/review/decisions.ts');
    expect(stored().review.locked.map(pairKey)).toEqual([pairKey([idOf('Anna'), idOf('Dirk')])]);
    expect(screen.getByTestId('toast').textContent).toContain('Done: Lock Dirk and Anna.');
  });

  it('flags a swap that ends a lock the coordinator set, names the pair in the preview, and still lets it be made', async () => {
    const { stored, shown, open, finishRun } = await setUp('nl');
    const idOf = (name: string) => shown().input.participants.find((person) => person.name === name)!.id;
    const { lock } = await import('../../src/stores/matcher-review.ts');
    lock(stored().id, [idOf('Dirk'), idOf('Anna')]);
    await finishRun();
    const dialog = await open('Eva');
    const options = within(dialog).getAllByTestId('adjust-candidate');
    const dirk = within(dialog).getByRole('radio', { name: /^Dirk nu met Anna .* maakt een vastgezet koppel los$/ });
    // After every candidate that ends no lock.
    const at = options.findIndex((option) => option.contains(dirk));
    expect(options.slice(0, at).every((option) => !option.textContent!.includes('vastgezet'))).toBe(true);
    fireEvent.click(dirk);
    within(within(dialog).getByTestId('adjust-notes')).getByText('Je hebt Anna en Dirk vastgezet. Deze wijziging haalt ze uit elkaar, en dan staan ze niet meer vast.');
    const confirm = within(dialog).getByRole('button', { name: 'Wijziging doorvoeren' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const { pairKey } = await import('../../src/lib/matcher/review/decisions.ts');
    expect(stored().review.locked.map(pairKey)).not.toContain(pairKey([idOf('Anna'), idOf('Dirk')]));
  });

  it('shows a change it cannot keep, says why, and offers no confirm', async () => {
    const PEERS = [
      ['1', 'Anna', 'mentee', 'Nederlands', 'Excel', 'Excel', 'jazz', ''],
      ['2', 'Bart', 'mentee', 'Nederlands', 'Excel', 'Excel', 'jazz', ''],
      ['3', 'Cees', 'mentee', 'Nederlands', 'Python', 'Python', 'schaken', ''],
      ['4', 'Dirk', 'mentee', 'Nederlands', 'Python', 'Python', 'schaken', ''],
    ];
    const { shown, open } = await setUp('nl', 'peerProgramme', PEERS);
    expect(shown().result.matches).toHaveLength(2);
    const dialog = await open('Anna');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Met iemand anders koppelen' }));
    // Joining Cees and Dirk makes a match of three, which locked pairs cannot hold.
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Cees nu met Dirk .* kan niet blijven staan$/ }));
    within(dialog).getByTestId('adjust-not-kept');
    expect((within(dialog).getByRole('button', { name: 'Wijziging doorvoeren' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the panel in groups mode', () => {
  const pool: MatchingInput = {
    participants: ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map((id, index) => person(id, 'both', { interests: [index < 3 ? 'jazz' : 'chess'] })),
    criteria: [{ kind: 'shared', weight: 1, property: 'interests' }],
    mode: { kind: 'groups', size: 3, minSize: 2, maxSize: 3 },
  };

  it('moves a person to another group with its cost, and says when a group gets too big', () => {
    const result = runMatching(pool);
    const expected = createAdjuster(pool, result).preview({ kind: 'move', id: 'g1', to: 'g4' });
    render(<AdjustPanel locale="en" project={emptyProject()} result={result} input={pool} names={nameLookup(pool.participants)} startWith="g1" onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Change by hand' });
    expect((within(dialog).getByRole('radio', { name: 'Move to another group' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Group of G4, G5, G6 .*group too big or too small$/ }));
    expect(within(dialog).getByTestId('adjust-delta').textContent).toBe(formatScoreChange(expected.delta, 'en'));
    expect(formatScoreChange(expected.delta, 'en')).toMatch(/^−\d/);
    within(dialog).getByText('G1 · G4 · G5 · G6: this group would have 4 members; you set 2 to 3.');
    // Too big is not a hard rule: the change can still be made, without the extra yes.
    expect((within(dialog).getByRole('button', { name: 'Make this change' }) as HTMLButtonElement).disabled).toBe(false);
    // Every current group member, to lock with or rule out.
    within(dialog).getByRole('button', { name: 'Lock G1 and G2' });
    within(dialog).getByRole('button', { name: 'Never match G1 and G3 again' });
  });
});

describe('opening the panel', () => {
  it('shows the dialog, focus inside it, in the same commit as the click that opened it (no frame without it)', () => {
    const pool: MatchingInput = {
      participants: ['a', 'b', 'c', 'd'].map((id) => person(id, 'both', { interests: ['jazz'] })),
      criteria: [{ kind: 'shared', weight: 1, property: 'interests' }],
      mode: { kind: 'peers' },
    };
    const result = runMatching(pool);
    const container = document.body.appendChild(document.createElement('div'));
    // Plain Preact render, not wrapped in act(): effects that wait for a paint have not run yet.
    renderNow(<AdjustPanel locale="en" project={emptyProject()} result={result} input={pool} names={nameLookup(pool.participants)} startWith="a" onClose={() => {}} />, container);
    try {
      const dialog = container.querySelector('dialog')!;
      expect(dialog.open).toBe(true);
      expect(dialog.contains(document.activeElement)).toBe(true);
    } finally {
      renderNow(null, container);
      container.remove();
    }
  });
});

describe('Tab in the panel', () => {
  it('goes from the last control back to the first, and Shift+Tab from the first to the last', () => {
    const pool: MatchingInput = {
      participants: ['a', 'b', 'c', 'd'].map((id) => person(id, 'both', { interests: ['jazz'] })),
      criteria: [{ kind: 'shared', weight: 1, property: 'interests' }],
      mode: { kind: 'peers' },
    };
    const result = runMatching(pool);
    render(<AdjustPanel locale="en" project={emptyProject()} result={result} input={pool} names={nameLookup(pool.participants)} startWith="a" onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Change by hand' });
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const buttons = within(dialog).getAllByRole('button');
    const last = buttons.at(-1)!;
    last.focus();
    expect(fireEvent.keyDown(last, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(close);
    expect(fireEvent.keyDown(close, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(last);
    // In between, Tab is the browser's own.
    const filter = within(dialog).getByRole('searchbox');
    filter.focus();
    expect(fireEvent.keyDown(filter, { key: 'Tab' })).toBe(true);
  });
});

describe('the panel in group mentoring', () => {
  // Preset "Groepsmentoring": 4 to 6 members per group, and a mentor on top of them.
  const input: MatchingInput = {
    participants: [
      person('x1', 'mentor', { interests: ['jazz'] }),
      person('x2', 'mentor', { interests: ['chess'] }),
      ...Array.from({ length: 10 }, (_, index) => person(`m${index}`, 'mentee', { interests: [index < 5 ? 'jazz' : 'chess'] })),
    ],
    criteria: [{ kind: 'shared', weight: 1, property: 'interests' }],
    mode: PRESETS.groupMentoring.mode,
  };

  it('does not count the mentor in a group’s size, so a move within the sizes is not flagged', () => {
    const result = runMatching(input);
    const mover = result.matches[0]!.ids.find((id) => id.startsWith('m'))!;
    render(<AdjustPanel locale="en" project={emptyProject()} result={result} input={input} names={nameLookup(input.participants)} startWith={mover} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Change by hand' });
    const [option] = within(dialog).getAllByTestId('adjust-candidate');
    expect(option!.querySelector('.adjust-candidate__flag')).toBeNull();
    fireEvent.click(within(option!).getByRole('radio'));
    expect(within(dialog).queryByTestId('adjust-notes')?.textContent ?? '').not.toMatch(/members/);
  });
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { MatchingProject } from '../../src/lib/matcher/model.ts';
import type { ToastMessage } from '../../src/islands/ui/Toast.tsx';

const HEADERS = ['Id', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Talen', 'Biedt aan', 'Wil leren', 'Niveau', 'Team sport'];
const ROWS = [
  ['1', 'Renée', 'mentor', 'IT', '', 'nl, en', 'Excel', '', '6', 'Hockey'],
  ['2', 'Joël', 'mentee', 'IT', '1', 'nl', '', 'Excel', '2', 'Tennis'],
  ['3', 'Zoë', 'mentor', 'HR', '', 'en', 'Coaching', '', '5', 'Hockey'],
  ['4', 'Anaïs', 'mentee', 'HR', '3', 'nl', '', 'Coaching', '1', 'Tennis'],
  ['5', 'Sam', 'mentee', 'IT', '', 'en', '', 'Excel', '2', 'Hockey'],
];

/** The step for a stored project with a five-person list, re-rendered on every change as the workbook does. */
async function renderStep(locale: Locale = 'en') {
  vi.resetModules();
  // The workbook's entry registers the words; after resetModules the test does.
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
  const { SetupStep } = await import('../../src/islands/matcher/setup/SetupStep.tsx');
  const { AnnounceContext } = await import('../../src/islands/ui/announce.ts');
  const toasts: (Partial<ToastMessage> & { text: string })[] = [];
  const announce = (text: string, extra: Partial<ToastMessage> = {}) => void toasts.push({ text, ...extra });
  let id = '';
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    const project = state.data.projects.find((candidate) => candidate.id === id);
    return project ? (
      <AnnounceContext.Provider value={announce}>
        <SetupStep locale={locale} project={project} />
      </AnnounceContext.Provider>
    ) : (
      <p>no project</p>
    );
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const created = store.createProject('Spring round', 'careerMentoring')!;
  const mapping = suggestMapping(HEADERS, ROWS);
  store.importIntoProject(created.id, { headers: HEADERS, rows: ROWS, mapping, source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null } });
  id = created.id;
  view.rerender(<Workbook />);
  await screen.findByRole('heading', { name: locale === 'nl' ? 'Wat maakt een goede match' : 'What makes a good match' });
  const stored = (): MatchingProject => store.currentProject(id)!;
  return { stored, toasts };
}

describe('SetupStep', () => {
  it('applies a preset, changes a weight, toggles a rule and shows what each rule rules out', async () => {
    const { stored } = await renderStep('en');
    expect(stored().table.rows.length).toBe(5);

    // An unchanged project takes another programme type at once.
    const presets = screen.getByRole('group', { name: 'Type of programme' });
    fireEvent.click(within(presets).getByRole('radio', { name: /Reciprocal duos/ }));
    await waitFor(() => expect(stored().preset).toBe('reciprocalDuos'));
    expect(stored().mode.kind).toBe('reciprocal');
    expect(within(presets).getByRole<HTMLInputElement>('radio', { name: /Reciprocal duos/ }).checked).toBe(true);
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'How people are matched' })).getByRole<HTMLInputElement>('radio', { name: /Reciprocal duos/ }).checked).toBe(true));

    // Importance as words, not numbers: "Offer meets learning goal" from "Decisive" to "A little".
    const skills = screen.getByRole('group', { name: 'How important is ‘Offer meets learning goal’' });
    expect(within(skills).getByRole<HTMLInputElement>('radio', { name: 'Decisive' }).checked).toBe(true);
    fireEvent.click(within(skills).getByRole('radio', { name: 'A little' }));
    await waitFor(() => expect(stored().criteria.find((setting) => setting.id === 'skills')?.importance).toBe(1));
    expect(screen.getByText('The mentor offers what the mentee wants to learn.')).toBeTruthy();

    // The counts: two mentors × three mentees. Joël reports to Renée and shares no language with Zoë,
    // so the reporting-line rule leaves him with nobody.
    const reporting = await screen.findByTestId('rule-impact-noReportingLine');
    expect(reporting.textContent).toBe('This rule rules out 2 pairs; 1 person is left with nobody.');
    const department = screen.getByTestId('rule-impact-differentDepartment');
    expect(department.textContent).toMatch(/^Switched on, it would rule out 3 pairs; /);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Always a different department' }));
    await waitFor(() => expect(stored().rules.differentDepartment).toBe(true));
    await waitFor(() => expect(screen.getByTestId('rule-impact-differentDepartment').textContent).toMatch(/^This rule rules out 3 pairs; /));
    expect(screen.getByTestId('rule-summary').textContent).toMatch(/With these rules, \d+ of the 6 possible matches remain/);

    // Now that settings were changed, another preset asks first; keeping them changes nothing.
    fireEvent.click(within(presets).getByRole('radio', { name: /Group mentoring/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace your changes?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep my settings' }));
    expect(stored().preset).toBe('reciprocalDuos');
    expect(stored().rules.differentDepartment).toBe(true);
    fireEvent.click(within(presets).getByRole('radio', { name: /Group mentoring/ }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Choose this programme' }));
    await waitFor(() => expect(stored().preset).toBe('groupMentoring'));
    expect(stored().mode).toEqual({ kind: 'groups', size: 5, minSize: 4, maxSize: 6, oneMentorPerGroup: true });
    expect(stored().rules.differentDepartment).toBe(false);
  });

  it('removes a criterion with Undo, adds one from the questionnaire and marks one without a column', async () => {
    const { stored, toasts } = await renderStep('en');
    fireEvent.click(screen.getByRole('button', { name: 'Remove ‘Own preference’' }));
    await waitFor(() => expect(stored().criteria.some((setting) => setting.id === 'nominations')).toBe(false));
    const toast = toasts.at(-1)!;
    expect(toast.text).toBe('‘Own preference’ was removed.');
    toast.action!.run();
    await waitFor(() => expect(stored().criteria.map((setting) => setting.id)).toEqual(['skills', 'seniority', 'otherDepartment', 'nominations', 'interests']));
    // The list has no nominations or interests column: the criteria say so.
    expect(screen.getAllByText('Your list has no column for nominations. Map one when you import, or leave this criterion out.')).toHaveLength(1);

    const add = screen.getByRole('combobox', { name: 'Add a criterion' });
    fireEvent.change(add, { target: { value: within(add).getByRole('option', { name: 'Same answer to ‘Team sport’' }).getAttribute('value') } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(stored().criteria.at(-1)).toMatchObject({ spec: { kind: 'same', property: { attribute: 'Team sport' } }, importance: 2 }));
    // The form empties itself; focus goes to the criterion just added, not to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Same answer to ‘Team sport’' })));
    expect(within(add).getByRole('option', { name: 'Shared languages' })).toBeTruthy();
    expect(within(add).getByRole('option', { name: 'Same location (no column in your list)' })).toBeTruthy();
  });

  it('speaks Dutch', async () => {
    await renderStep('nl');
    expect(screen.getByRole('radio', { name: /Peerduo’s/ })).toBeTruthy();
    // The radio cards are the kit's, like every radio card on the site (no bold descriptions).
    expect(screen.getByRole('radio', { name: /Peerduo’s/ }).closest('label')?.classList.contains('choice-card')).toBe(true);
    expect(screen.getByRole('radio', { name: /Peerduo’s/ }).closest('label')?.querySelector('.choice-card__description')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Meer over de vormen van mentoring' }).getAttribute('href')).toBe('/nl/vormen-van-mentoring/');
    expect((await screen.findByTestId('rule-impact-noReportingLine')).textContent).toMatch(/^Deze regel sluit 2 koppelingen uit; /);
  });
});

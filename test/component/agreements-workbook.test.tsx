import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { AgreementsDocument } from '../../src/lib/agreements/index.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

/** A fresh module graph per test: a fresh store on the fresh fake IndexedDB from setup.ts. */
async function renderWorkbook(locale: Locale = 'en') {
  vi.resetModules();
  const { getStorageService } = await import('../../src/stores/storage.ts');
  const { agreementsRecord } = await import('../../src/lib/agreements/record.ts');
  const { default: Workbook } = await (locale === 'nl' ? import('../../src/islands/AgreementsWorkbook.nl.tsx') : import('../../src/islands/AgreementsWorkbook.en.tsx'));
  const { agreementsDocument } = await import('../../src/stores/agreements.ts');
  const view = render(<Workbook />);
  await waitFor(() => expect(view.container.querySelector('.agreements-workbook[data-phase="ready"]')).not.toBeNull());
  const stored = async (): Promise<AgreementsDocument> => {
    await agreementsDocument.flush();
    const loaded = await (await getStorageService()).repository.load(agreementsRecord);
    return loaded.data;
  };
  return { view, stored, agreementsDocument };
}

const type = (element: Element, value: string) => fireEvent.input(element, { target: { value } });

async function createFromTemplate(name: RegExp | string) {
  fireEvent.click(screen.getByRole('radio', { name }));
  fireEvent.click(screen.getByRole('button', { name: 'Create agreement' }));
  await screen.findByRole('heading', { level: 2, name: 'Untitled mentoring agreement' });
}

describe('mentoring agreement workbook', () => {
  it('starts from a template with its defaults, leaving out what does not apply, and saves', async () => {
    const { stored } = await renderWorkbook();
    expect(screen.getByText(/You have no mentoring agreements yet/)).toBeTruthy();
    await createFromTemplate(/Peer duo/);
    // The peer template leaves out the mentor's network and the coordinator's view.
    expect(screen.queryByRole('heading', { level: 3, name: 'Access to the mentor’s network' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add “Access to the mentor’s network”' })).toBeTruthy();
    expect((screen.getByLabelText('How often') as HTMLSelectElement).value).toBe('fortnightly');
    type(screen.getByLabelText('Title'), 'Peer duo Sam and Noor');
    await waitFor(() => expect(document.querySelector('.agreement-editor__heading')?.textContent).toBe('Peer duo Sam and Noor'));
    const doc = await stored();
    expect(doc.agreements).toHaveLength(1);
    expect(doc.agreements[0]!.title).toBe('Peer duo Sam and Noor');
    expect(doc.agreements[0]!.template).toBe('peerDuo');
    expect(doc.agreements[0]!.parties.map((party) => party.role)).toEqual(['peer', 'peer']);
  });

  it('a group template asks how many mentees, and creates that many parties', async () => {
    const { stored } = await renderWorkbook();
    fireEvent.click(screen.getByRole('radio', { name: /^Group/ }));
    type(screen.getByLabelText('Number of mentees'), '4');
    fireEvent.click(screen.getByRole('button', { name: 'Create agreement' }));
    await screen.findByRole('heading', { level: 2, name: 'Untitled mentoring agreement' });
    expect((await stored()).agreements[0]!.parties.map((party) => party.role)).toEqual(['mentor', 'mentee', 'mentee', 'mentee', 'mentee']);
  });

  it('shows the rules next to the fields: end after start, a frequency that fits', async () => {
    await renderWorkbook();
    await createFromTemplate(/One mentor, one mentee/);
    const start = screen.getByLabelText('Start date') as HTMLInputElement;
    type(start, '2027-03-01');
    type(screen.getByLabelText('End date'), '2027-02-01');
    const errorOf = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null;
    await waitFor(() => expect(errorOf('agreement-duration-end')).toBe('The end date must be after the start date.'));
    // The same rule is among what signing still needs.
    expect(within(screen.getByTestId('sign-missing')).getByText('The end date must be after the start date.')).toBeTruthy();
    type(screen.getByLabelText('End date'), '2027-03-20');
    fireEvent.change(screen.getByLabelText('How often'), { target: { value: 'monthly' } });
    await waitFor(() => expect(errorOf('agreement-meetings-frequency')).toMatch(/At this frequency 2 meetings do not fit in this duration/));
    expect(errorOf('agreement-duration-end')).toBeNull();
  });

  it('refuses a meeting length out of range next to the field, keeping the saved value', async () => {
    const { stored } = await renderWorkbook();
    await createFromTemplate(/One mentor, one mentee/);
    const minutes = screen.getByLabelText('Length of a meeting (minutes)');
    type(minutes, '5000');
    await screen.findByText(/Choose a whole number from 15 to 480/);
    expect((await stored()).agreements[0]!.sections.meetings!.minutes).toBe(60);
    type(minutes, '45');
    await waitFor(async () => expect((await stored()).agreements[0]!.sections.meetings!.minutes).toBe(45));
  });

  it('shows a value changed elsewhere (a combined draft, another tab) in the same render as the rest of the editor', async () => {
    await renderWorkbook();
    await createFromTemplate(/One mentor, one mentee/);
    const store = await import('../../src/stores/agreements.ts');
    const { setTitle, updateSectionField } = await import('../../src/lib/agreements/index.ts');
    const id = store.currentAgreements()[0]!.id;
    // Outside act(), as a store change arrives in the browser: the heading and the fields must agree at every render.
    store.editAgreement(id, (agreement, context) =>
      updateSectionField(
        updateSectionField(setTitle(agreement, 'Changed elsewhere', context.now), 'meetings', 'minutes', 90, context.now),
        'duration',
        'start',
        '2027-03-04',
        context.now,
      ),
    );
    await waitFor(() => expect(document.querySelector('.agreement-editor__heading')?.textContent).toBe('Changed elsewhere'));
    expect((screen.getByLabelText('Length of a meeting (minutes)') as HTMLInputElement).value).toBe('90');
    expect((screen.getByLabelText('Start date') as HTMLInputElement).value).toBe('2027-03-04');
  });

  it('leaves a section out and puts it back with Undo', async () => {
    const { stored } = await renderWorkbook();
    await createFromTemplate(/One mentor, one mentee/);
    fireEvent.click(screen.getByRole('button', { name: 'Leave out “Feedback”' }));
    await screen.findByText('The section “Feedback” has been left out.');
    expect((await stored()).agreements[0]!.sections.feedback).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('heading', { level: 3, name: 'Feedback' });
    expect((await stored()).agreements[0]!.sections.feedback).toBeDefined();
  });

  it('lists what signing needs, then signs with the fingerprint; a change unsigns and keeps the signed version', async () => {
    const { stored } = await renderWorkbook();
    await createFromTemplate(/One mentor, one mentee/);
    const missing = await screen.findByTestId('sign-missing');
    expect(within(missing).getByText('Write down at least one goal before you sign.')).toBeTruthy();
    expect(within(missing).getAllByText('Fill in the name before you sign.')).toHaveLength(2);
    expect((screen.getByRole('button', { name: 'Sign as party 1' }) as HTMLButtonElement).disabled).toBe(true);

    const names = screen.getAllByLabelText('Name');
    type(names[0]!, 'Sam de Vries');
    type(names[1]!, 'Noor Amrani');
    fireEvent.click(screen.getByRole('button', { name: 'Add a goal' }));
    type(await screen.findByLabelText('Goal 1'), 'Lead a client meeting on my own by June');
    await waitFor(() => expect(screen.queryByTestId('sign-missing')).toBeNull());
    const code = (await within(document.querySelector<HTMLElement>('.agreement-sign')!).findByText(/^Fingerprint of this text: [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/)).textContent!.split(': ')[1];

    fireEvent.click(screen.getByRole('button', { name: 'Sign as Sam de Vries' }));
    await within(document.querySelector<HTMLElement>('.agreement-sign')!).findByText(/^Signed by Sam de Vries on/);
    fireEvent.click(screen.getByRole('button', { name: 'Sign as Noor Amrani' }));
    await within(document.querySelector<HTMLElement>('.agreement-sign')!).findByText(/^Signed by Noor Amrani on/);
    await screen.findByText('Everyone has signed. Print it, or keep it as Markdown?');
    const signed = (await stored()).agreements[0]!;
    expect(signed.signatures).toHaveLength(2);
    expect(new Set(signed.signatures.map((signature) => signature.fingerprint)).size).toBe(1);
    expect(signed.signatures[0]!.fingerprint.slice(0, 4).toUpperCase()).toBe(code!.slice(0, 4));
    expect(screen.getByTestId('unsign-warning')).toBeTruthy();

    type(screen.getByLabelText('Goal 1'), 'Lead two client meetings on my own by June');
    await waitFor(() => expect(screen.queryAllByTestId('signature')).toHaveLength(0));
    const changed = (await stored()).agreements[0]!;
    expect(changed.signatures).toEqual([]);
    expect(changed.history).toHaveLength(1);
    expect(changed.history[0]!.signatures.map((signature) => signature.name)).toEqual(['Sam de Vries', 'Noor Amrani']);
    expect(screen.getByText('Earlier signed version (1)')).toBeTruthy();
  });

  it('duplicates, archives and deletes with Undo', async () => {
    const { stored } = await renderWorkbook();
    await createFromTemplate(/Reverse mentoring/);
    type(screen.getByLabelText('Title'), 'Reverse');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    await screen.findByRole('heading', { level: 2, name: 'Reverse (copy)' });
    expect((await stored()).agreements.map((agreement) => agreement.title)).toEqual(['Reverse', 'Reverse (copy)']);
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await screen.findByText('Archived (1)');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText('“Reverse (copy)” has been deleted.');
    expect((await stored()).agreements.map((agreement) => agreement.title)).toEqual(['Reverse']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('“Reverse (copy)” has been restored.');
    expect((await stored()).agreements.map((agreement) => agreement.title)).toEqual(['Reverse', 'Reverse (copy)']);
  });

  it('takes a goal from the SMART goals workbook', async () => {
    vi.resetModules();
    const { getStorageService } = await import('../../src/stores/storage.ts');
    const { goalsRecord } = await import('../../src/lib/goals/record.ts');
    const { createGoal } = await import('../../src/lib/goals/index.ts');
    const goal = { ...createGoal({ title: 'Present at the team meeting', ownerRole: 'mentee' }, { newId: () => 'g1', now: '2027-01-01T00:00:00.000Z' }), statement: 'Give three presentations by June' };
    await (await getStorageService()).repository.save(goalsRecord, { goals: [goal] }, 0);
    const { default: Workbook } = await import('../../src/islands/AgreementsWorkbook.en.tsx');
    const view = render(<Workbook />);
    await waitFor(() => expect(view.container.querySelector('.agreements-workbook[data-phase="ready"]')).not.toBeNull());
    await createFromTemplate(/One mentor, one mentee/);
    const picker = await screen.findByLabelText('From your SMART goals');
    fireEvent.change(picker, { target: { value: 'g1' } });
    expect(((await screen.findByLabelText('Goal 1')) as HTMLTextAreaElement).value).toBe('Present at the team meeting: Give three presentations by June');
    expect(screen.getByText('Linked to the SMART goal “Present at the team meeting”')).toBeTruthy();
  });

  it('speaks Dutch on the Dutch page', async () => {
    await renderWorkbook('nl');
    fireEvent.click(screen.getByRole('button', { name: 'Afspraken maken' }));
    await screen.findByRole('heading', { level: 2, name: 'Mentoringafspraken zonder titel' });
    expect(screen.getByRole('heading', { level: 3, name: 'Vertrouwelijkheid en de grenzen daarvan' })).toBeTruthy();
  });
});

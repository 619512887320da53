// Drafting apart, agreeing together: a draft shared as a link or file, opened on the other
// device, compared field by field and combined into one agreed version.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agreement } from '../../src/lib/agreements/index.ts';
import type { FieldSpec, SectionId } from '../../src/lib/agreements/index.ts';
import {
  createFromTemplate, decodeDraft, encodeDraft, parseDraftFile, PARTY_ROLES, SECTION_IDS, SECTION_SPECS, STANDARD_RESPONSIBILITIES, WHO,
} from '../../src/lib/agreements/index.ts';

const PAGE = '/en/workbooks/agreement/';

/**
 * A fresh module graph (so a fresh agreements store on the fresh fake IndexedDB), the English entry
 * imported as on the page (it registers the words), and the store started and loaded.
 */
async function start() {
  vi.resetModules();
  await import('../../src/islands/AgreementsWorkbook.en.tsx');
  await import('../../src/islands/AgreementsWorkbook.nl.tsx');
  const { translator } = await import('../../src/lib/i18n/index.ts');
  const store = await import('../../src/stores/agreements.ts');
  const { getStorageService } = await import('../../src/stores/storage.ts');
  const { agreementsRecord } = await import('../../src/lib/agreements/record.ts');
  const { OpenDraft } = await import('../../src/islands/agreements/OpenDraft.tsx');
  const { SharePanel } = await import('../../src/islands/agreements/SharePanel.tsx');
  const { describeValue } = await import('../../src/islands/agreements/format-value.ts');
  const stop = store.agreementsDocument.$state.listen(() => undefined);
  await waitFor(() => expect(store.agreementsDocument.$state.get().phase).toBe('ready'));
  const stored = async (): Promise<Agreement[]> => {
    await store.agreementsDocument.flush();
    const loaded = await (await getStorageService()).repository.load(agreementsRecord);
    if (!loaded.ok) throw new Error('not stored');
    return loaded.data.agreements;
  };
  return { store, stored, stop, OpenDraft, SharePanel, describeValue, translator };
}

type Started = Awaited<ReturnType<typeof start>>;

/** An agreement made in the store as the workbook makes one, with a title and a text filled in. */
function mineIn({ store }: Started): Agreement {
  const created = store.createAgreement('oneOnOne', { language: 'en', title: 'Sam and Noor' });
  if (!created) throw new Error('not created');
  store.editAgreement(created.id, (agreement) => ({
    ...agreement,
    parties: agreement.parties.map((party, index) => ({ ...party, name: index === 0 ? 'Sam' : 'Noor' })),
    sections: { ...agreement.sections, boundaries: { ...agreement.sections.boundaries!, offLimits: 'Salary' } },
  }));
  return store.currentAgreement(created.id)!;
}

/** The other party's copy: another title, longer meetings, more topics off limits. */
function theirsOf(mine: Agreement): Agreement {
  return {
    ...structuredClone(mine),
    title: 'Sam & Noor',
    sections: {
      ...structuredClone(mine.sections),
      meetings: { ...mine.sections.meetings!, minutes: 90 },
      boundaries: { ...mine.sections.boundaries!, offLimits: 'Salary and appraisals' },
    },
  };
}

async function openWith(fragment: string, started: Started) {
  history.replaceState(null, '', `${PAGE}?tab=agreements#${fragment}`);
  const onOpened = vi.fn();
  const onAnnounce = vi.fn();
  render(<started.OpenDraft locale="en" onOpened={onOpened} onAnnounce={onAnnounce} />);
  return { onOpened, onAnnounce };
}

function choose(field: string, option: string): void {
  fireEvent.click(within(screen.getByRole('group', { name: field })).getByRole('radio', { name: option }));
}

let started: Started;
beforeEach(async () => {
  started = await start();
});
afterEach(() => {
  started.stop();
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('opening a shared draft of an agreement that is here', () => {
  it('shows the differences by section, takes a choice per field and saves the agreed version', async () => {
    const mine = mineIn(started);
    const encoded = await encodeDraft(theirsOf(mine));
    if (!encoded.ok) throw new Error('too long');
    const { onOpened, onAnnounce } = await openWith(encoded.fragment, started);

    await screen.findByRole('heading', { level: 3, name: 'Compare your versions' });
    // Read once, then out of the address; the path and query stay.
    expect(location.hash).toBe('');
    expect(location.pathname).toBe(PAGE);
    expect(location.search).toBe('?tab=agreements');

    const groups = [...document.querySelectorAll('.exchange-group')];
    expect(groups.map((group) => group.querySelector('h4')?.textContent)).toEqual(['Title, language and parties', 'Meetings', 'Boundaries']);
    expect(within(groups[0] as HTMLElement).getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual(['The title']);
    const minutes = screen.getByRole('group', { name: 'How long a meeting lasts' });
    expect(groups[1]!.contains(minutes)).toBe(true);
    expect(within(minutes).getByText('60 minutes')).toBeTruthy();
    expect(within(minutes).getByText('90 minutes')).toBeTruthy();
    // A number is chosen, not written: only texts can be written together.
    expect(within(minutes).queryByRole('radio', { name: 'Write together' })).toBeNull();
    expect(screen.getByTestId('exchange-progress').textContent).toBe('0 of 3 decided');
    const make = screen.getByRole('button', { name: 'Make the agreed version' }) as HTMLButtonElement;
    expect(make.disabled).toBe(true);

    choose('The title', 'Take theirs');
    choose('How long a meeting lasts', 'Keep mine');
    expect(screen.getByTestId('exchange-progress').textContent).toBe('2 of 3 decided');
    expect(make.disabled).toBe(true);
    choose('Topics that are off limits', 'Write together');
    const together = (await screen.findByLabelText('The text you agree on together')) as HTMLTextAreaElement;
    expect(together.value).toBe('Salary\n\nSalary and appraisals');
    fireEvent.input(together, { target: { value: 'Salary, appraisals and promotions' } });
    await waitFor(() => expect(screen.getByTestId('exchange-progress').textContent).toBe('3 of 3 decided'));
    expect(make.disabled).toBe(false);
    expect(screen.queryByTestId('exchange-signed-warning')).toBeNull();
    fireEvent.click(make);

    await waitFor(() => expect(onOpened).toHaveBeenCalledWith(mine.id));
    expect(onAnnounce).toHaveBeenCalledWith('The agreed version was saved.');
    const agreed = (await started.stored()).find((agreement) => agreement.id === mine.id)!;
    expect(agreed.title).toBe('Sam & Noor');
    expect(agreed.sections.meetings?.minutes).toBe(60);
    expect(agreed.sections.boundaries?.offLimits).toBe('Salary, appraisals and promotions');
    expect((await started.stored()).length).toBe(1);
    expect(screen.queryByRole('heading', { name: 'Compare your versions' })).toBeNull();
  });

  it('names a party’s field after the party, and writes a name together', async () => {
    const mine = mineIn(started);
    const mentee = mine.parties[1]!;
    const theirs = { ...mine, parties: [mine.parties[0]!, { ...mentee, name: 'Noor Amrani-de Wit' }] };
    const encoded = await encodeDraft(theirs);
    if (!encoded.ok) throw new Error('too long');
    const { onOpened } = await openWith(encoded.fragment, started);
    const group = await screen.findByRole('group', { name: 'Party 2 (mentee): the name' });
    expect(within(group).getByText('Noor Amrani-de Wit')).toBeTruthy();
    choose('Party 2 (mentee): the name', 'Write together');
    fireEvent.input(await screen.findByLabelText('The text you agree on together'), { target: { value: 'Noor de Wit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make the agreed version' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith(mine.id));
    const agreed = (await started.stored()).find((agreement) => agreement.id === mine.id)!;
    expect(agreed.parties.map((party) => party.name)).toEqual([mine.parties[0]!.name, 'Noor de Wit']);
  });

  it('sets every field at once, refuses a text written together that is too long, and warns when mine was signed', async () => {
    const mine = mineIn(started);
    const signed: Agreement = { ...mine, signatures: [{ partyId: mine.parties[0]!.id, name: 'Sam', date: '2026-03-01', fingerprint: 'f'.repeat(64) }] };
    started.store.replaceAgreement(signed);
    const encoded = await encodeDraft(theirsOf(mine));
    if (!encoded.ok) throw new Error('too long');
    await openWith(encoded.fragment, started);
    await screen.findByRole('heading', { name: 'Compare your versions' });
    expect(screen.getByTestId('exchange-signed-warning').textContent).toContain('will need signing again');

    fireEvent.click(screen.getByRole('button', { name: 'Take all theirs' }));
    expect(screen.getByTestId('exchange-progress').textContent).toBe('3 of 3 decided');
    for (const radio of screen.getAllByRole('radio', { name: 'Take theirs' })) expect((radio as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Keep all mine' }));
    for (const radio of screen.getAllByRole('radio', { name: 'Keep mine' })) expect((radio as HTMLInputElement).checked).toBe(true);

    choose('The title', 'Write together');
    const title = screen.getByLabelText('The text you agree on together') as HTMLInputElement;
    // A title is one line: it starts from mine.
    expect(title.value).toBe('Sam and Noor');
    fireEvent.input(title, { target: { value: 'x'.repeat(201) } });
    const error = await screen.findByText('This text is 201 characters long; 200 fit.');
    expect(title.getAttribute('aria-describedby')).toContain(error.id);
    expect((screen.getByRole('button', { name: 'Make the agreed version' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(title, { target: { value: 'Sam, Noor and the plan' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Make the agreed version' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Make the agreed version' }));

    const agreed = await waitFor(() => {
      const current = started.store.currentAgreement(mine.id)!;
      expect(current.title).toBe('Sam, Noor and the plan');
      return current;
    });
    // The domain's unsign rule: the signed version goes to the history.
    expect(agreed.signatures).toEqual([]);
    expect(agreed.history.length).toBe(1);
    expect(agreed.sections.meetings?.minutes).toBe(60);
  });

  it('says so when the versions are the same, and changes nothing', async () => {
    const mine = mineIn(started);
    const encoded = await encodeDraft(mine);
    if (!encoded.ok) throw new Error('too long');
    const before = started.store.agreementsDocument.$state.get().data;
    const { onOpened, onAnnounce } = await openWith(encoded.fragment, started);
    await screen.findByText('Your versions are the same. Nothing has changed.');
    expect(onOpened).toHaveBeenCalledWith(mine.id);
    await waitFor(() => expect(onAnnounce).toHaveBeenCalledWith('Your versions are the same. Nothing has changed.'));
    expect(started.store.agreementsDocument.$state.get().data).toBe(before);
  });
});

describe('opening a draft that cannot be used', () => {
  it('shows the translated error for a damaged link, removes it from the address and changes nothing', async () => {
    mineIn(started);
    const before = started.store.agreementsDocument.$state.get().data;
    const { onOpened } = await openWith('mka1.garbage', started);
    const alert = await screen.findByTestId('exchange-open-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('This draft is damaged (the data in the link cannot be read). Nothing has changed. Ask the other party to send it again.');
    expect(location.hash).toBe('');
    expect(location.pathname).toBe(PAGE);
    expect(onOpened).not.toHaveBeenCalled();
    expect(started.store.agreementsDocument.$state.get().data).toBe(before);
    expect(screen.queryByRole('heading', { name: 'Compare your versions' })).toBeNull();
  });

  it('refuses a file that is not a draft, in Dutch too', async () => {
    const before = started.store.agreementsDocument.$state.get().data;
    render(<started.OpenDraft locale="nl" onOpened={vi.fn()} onAnnounce={vi.fn()} />);
    const picker = screen.getByLabelText('Kies een conceptbestand (.json)') as HTMLInputElement;
    fireEvent.change(picker, { target: { files: [new File(['{"app":"something else"}'], 'backup.json', { type: 'application/json' })] } });
    const alert = await screen.findByTestId('exchange-open-error');
    expect(alert.textContent).toBe('Dit is geen concept van een mentoringovereenkomst uit Mentorkit. Er is niets veranderd.');
    expect(started.store.agreementsDocument.$state.get().data).toBe(before);
  });
});

describe('opening a draft of an agreement that is not here', () => {
  it('shows what it is and keeps it as a new agreement', async () => {
    const mine = mineIn(started);
    const stranger: Agreement = { ...theirsOf(mine), id: 'from-noor' };
    const encoded = await encodeDraft(stranger);
    if (!encoded.ok) throw new Error('too long');
    const { onOpened, onAnnounce } = await openWith(encoded.fragment, started);
    const incoming = await screen.findByTestId('exchange-incoming');
    expect(within(incoming).getByRole('heading', { name: 'A new draft' })).toBeTruthy();
    expect(within(incoming).getByText('Sam & Noor')).toBeTruthy();
    expect(within(incoming).getByText('Mentor: Sam')).toBeTruthy();
    expect(within(incoming).getByText('Mentee: Noor')).toBeTruthy();
    expect(started.store.currentAgreement('from-noor')).toBeUndefined();

    fireEvent.click(within(incoming).getByRole('button', { name: 'Keep as a new agreement' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith('from-noor'));
    expect(onAnnounce).toHaveBeenCalledWith('The draft was kept as a new agreement.');
    const all = await started.stored();
    expect(all.map((agreement) => agreement.id).sort()).toEqual([mine.id, 'from-noor'].sort());
    expect(all.find((agreement) => agreement.id === 'from-noor')?.sections.meetings?.minutes).toBe(90);
  });

  it('opens a draft file the same way', async () => {
    const { draftToFile } = await import('../../src/lib/agreements/index.ts');
    const stranger: Agreement = { ...theirsOf(mineIn(started)), id: 'file-draft' };
    const onOpened = vi.fn();
    render(<started.OpenDraft locale="en" onOpened={onOpened} onAnnounce={vi.fn()} />);
    const picker = screen.getByLabelText('Choose a draft file (.json)') as HTMLInputElement;
    fireEvent.change(picker, { target: { files: [new File([draftToFile(stranger)], 'sam-noor.mentorkit-agreement.json', { type: 'application/json' })] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep as a new agreement' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith('file-draft'));
    expect(started.store.currentAgreement('file-draft')?.title).toBe('Sam & Noor');
  });
});

/** Text that does not compress much: a long link must come from a big draft, not a repetitive one. */
function noise(length: number, seed: number): string {
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += state % 7 === 0 ? ' ' : String.fromCharCode(97 + (state % 26));
  }
  return text;
}

function draft(): Agreement {
  let n = 0;
  const agreement = createFromTemplate('oneOnOne', { newId: () => `id-${(n += 1)}`, now: '2026-03-01T10:00:00.000Z', language: 'en' });
  return { ...agreement, title: 'Sam and Noor' };
}

describe('sharing a draft', () => {
  it('creates a link that carries the agreement after the #, copies it, and drops it when the agreement changes', async () => {
    const agreement = draft();
    const onAnnounce = vi.fn();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    history.replaceState(null, '', PAGE);
    const view = render(<started.SharePanel locale="en" agreement={agreement} onAnnounce={onAnnounce} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Share this draft' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    const field = (await screen.findByLabelText('Link to this draft')) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value.startsWith(`${location.origin}${PAGE}#mka1.`)).toBe(true);
    const decoded = await decodeDraft(field.value.slice(field.value.indexOf('#')));
    expect(decoded).toEqual({ ok: true, agreement });

    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(onAnnounce).toHaveBeenCalledWith('Link copied.'));
    expect(writeText).toHaveBeenCalledWith(field.value);

    view.rerender(<started.SharePanel locale="en" agreement={{ ...agreement, title: 'Sam and Noor, 2026' }} onAnnounce={onAnnounce} />);
    expect(screen.queryByLabelText('Link to this draft')).toBeNull();
    expect(screen.getByRole('button', { name: 'Create link' })).toBeTruthy();
  });

  it('selects the link for copying by hand when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, configurable: true });
    render(<started.SharePanel locale="en" agreement={draft()} onAnnounce={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    const field = (await screen.findByLabelText('Link to this draft')) as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText(/Copying did not work\. The link is selected/);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('offers only the file when the draft is too big for a link, and the file opens back', async () => {
    const base = draft();
    const texts = { purpose: noise(2000, 1), offLimits: noise(2000, 2), network: noise(2000, 3), feedback: noise(2000, 4), difficulties: noise(2000, 5), exit: noise(2000, 6), closure: noise(2000, 7) };
    const huge: Agreement = {
      ...base,
      sections: {
        ...base.sections,
        purpose: { purpose: texts.purpose, goals: [] },
        boundaries: { ...base.sections.boundaries!, offLimits: texts.offLimits },
        network: { ...base.sections.network!, note: texts.network },
        feedback: { ...base.sections.feedback!, note: texts.feedback },
        difficulties: { ...base.sections.difficulties!, note: texts.difficulties },
        exit: { ...base.sections.exit!, note: texts.exit },
        closure: { ...base.sections.closure!, celebration: texts.closure },
      },
    };
    expect((await encodeDraft(huge)).ok).toBe(false);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:draft';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const onAnnounce = vi.fn();
    render(<started.SharePanel locale="en" agreement={huge} onAnnounce={onAnnounce} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    const notice = await screen.findByText(/This link would be too long to send\. Send the draft as a file instead\./);
    expect(notice.textContent).toMatch(/too large for a link \([\d.,]+ characters, 8000 at most\)/);
    expect(screen.queryByLabelText('Link to this draft')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create link' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    const download = screen.getByRole('button', { name: 'Download as file' });
    // Focus leaves the button that went away for the one thing left to do.
    await waitFor(() => expect(document.activeElement).toBe(download));

    fireEvent.click(download);
    expect(onAnnounce).toHaveBeenCalledWith('The draft was downloaded as sam-and-noor.mentorkit-agreement.json. Send that file to the other party.');
    expect(blobs).toHaveLength(1);
    expect(parseDraftFile(await blobs[0]!.text())).toEqual({ ok: true, agreement: huge });
  });
});

describe('reading the values side by side', () => {
  it('names every choice, role and standard responsibility, in both languages, never by its code', () => {
    const agreement = draft();
    const samples: [SectionId | null, string, unknown][] = [
      [null, 'language', 'nl'],
      [null, 'language', 'en'],
      ...PARTY_ROLES.map((role): [null, string, unknown] => [null, 'parties', [{ id: 'p', role, name: 'Sam', contact: '' }]]),
      ...WHO.flatMap((who) => STANDARD_RESPONSIBILITIES.map((standard): [SectionId, string, unknown] => ['responsibilities', 'items', [{ id: 'r', who, standard, text: '' }]])),
    ];
    for (const section of SECTION_IDS) {
      samples.push([section, '*', agreement.sections[section]]);
      for (const [field, spec] of Object.entries(SECTION_SPECS[section]) as [string, FieldSpec][]) {
        if (spec.kind === 'choice') for (const value of spec.values) samples.push([section, field, value]);
        else if (spec.kind === 'choices') for (const value of spec.values) samples.push([section, field, [value]]);
        else samples.push([section, field, (agreement.sections[section] as unknown as Record<string, unknown>)[field]]);
      }
    }
    for (const locale of ['nl', 'en'] as const) {
      for (const [section, field, value] of samples) {
        for (const line of started.describeValue(started.translator(locale), locale, section, field, value)) {
          expect(line, `${section}.${field} = ${JSON.stringify(value)} (${locale})`).not.toMatch(/agreements\.[a-z]|undefined|\[object/);
        }
      }
    }
  });
});

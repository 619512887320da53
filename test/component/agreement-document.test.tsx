// The document renders in its own language, which the page need not have loaded: each test starts
// on a fresh module graph where only the Dutch entry's tables are registered (as on a Dutch page),
// so an English document proves that its words arrive by themselves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Agreement, DocumentLanguage } from '../../src/lib/agreements/model.ts';
import { createFromTemplate } from '../../src/lib/agreements/templates.ts';

function agreement(language: DocumentLanguage): Agreement {
  let n = 0;
  const created = createFromTemplate('oneOnOne', { newId: () => `id-${(n += 1)}`, now: '2026-03-01T10:00:00.000Z', language, today: '2026-03-02' });
  const [mentor, mentee] = created.parties;
  return {
    ...created,
    parties: [{ ...mentor!, name: 'Sam de Vries', contact: 'sam@example.org' }, { ...mentee!, name: 'Noor Bakker' }],
    sections: { ...created.sections, purpose: { purpose: '', goals: [{ id: 'g1', text: 'Run a retrospective', smartGoalId: null }] } },
    signatures: [{ partyId: mentor!.id, name: 'Sam de Vries', date: '2026-03-04', fingerprint: 'a'.repeat(64) }],
  };
}

/** A Dutch page: a fresh module graph with only what the Dutch entry registers. */
async function dutchPage() {
  vi.resetModules();
  const i18n = await import('../../src/lib/i18n/index.ts');
  const [{ storage }, { records }, { agreements }, { agreementWorkbook }] = await Promise.all([
    import('../../src/lib/i18n/nl/storage.ts'),
    import('../../src/lib/i18n/nl/records.ts'),
    import('../../src/lib/i18n/nl/agreements.ts'),
    import('../../src/lib/i18n/nl/agreement-workbook.ts'),
  ]);
  i18n.registerMessages('nl', storage, records, agreements, agreementWorkbook);
  const documentModule = await import('../../src/islands/agreements/AgreementDocument.tsx');
  const { CopyMarkdownButton } = await import('../../src/islands/agreements/CopyMarkdownButton.tsx');
  const { useAgreementPrint } = await import('../../src/islands/agreements/useAgreementPrint.tsx');
  return { ...documentModule, CopyMarkdownButton, useAgreementPrint, translate: i18n.translate };
}

// happy-dom has no print dialog: the stub stands in for it.
const print = vi.fn();
beforeEach(() => {
  print.mockClear();
  vi.stubGlobal('print', print);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('the agreement document', () => {
  it('loads the English words on a Dutch page and renders the whole document in English', async () => {
    const { AgreementDocument, translate } = await dutchPage();
    expect(translate('en', 'agreements.doc.signatures.heading')).toBe('agreements.doc.signatures.heading');

    const { container } = render(<AgreementDocument agreement={agreement('en')} fingerprint="A1B2-C3D4-E5F6" />);
    expect(container.querySelector('article')).toBeNull();
    const article = (await screen.findByRole('article')) as HTMLElement;

    expect(article.getAttribute('lang')).toBe('en');
    expect(within(article).getByRole('heading', { level: 2 }).textContent).toBe('Mentoring agreement');
    const sections = within(article).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(sections[0]).toBe('The parties');
    expect(sections.slice(1, 4)).toEqual(['1. Purpose and goals', '2. Duration', '3. Meetings']);
    expect(sections.at(-1)).toBe('Signatures');
    expect(article.textContent).toContain('The mentor is not the mentee’s line manager.');
    expect(article.textContent).toContain('The mentoring runs from 2 March 2026 up to and including 2 September 2026.');
    expect(article.textContent).toContain('Signed by Sam de Vries on 4 March 2026');
    expect(article.textContent).toContain('Fingerprint of this text: A1B2-C3D4-E5F6');
    expect(article.textContent).toContain('It is not a legal signature');
    expect(article.textContent).not.toMatch(/agreements\.[a-z]/);

    // The parties, with the contact given; the unsigned party gets lines to sign on.
    const parties = article.querySelector('.agreement-document__party-list') as HTMLElement;
    expect(within(parties).getByText('Mentor').nextElementSibling?.textContent).toBe('Sam de Vriessam@example.org');
    const unsigned = article.querySelector('[data-signed="false"]') as HTMLElement;
    expect(within(unsigned).getByText('Noor Bakker')).toBeTruthy();
    expect(unsigned.querySelectorAll('.agreement-document__blank')).toHaveLength(2);

    // Only the document's language came: the page's Dutch was not fetched again for it, nor the Dutch document.
    expect(translate('nl', 'agreements.doc.signatures.heading')).toBe('agreements.doc.signatures.heading');
  });

  it('follows a change of the document language', async () => {
    const { AgreementDocument } = await dutchPage();
    const { rerender } = render(<AgreementDocument agreement={agreement('en')} fingerprint={null} />);
    await screen.findByRole('heading', { level: 2, name: 'Mentoring agreement' });
    expect(screen.queryByText(/Fingerprint/)).toBeNull();
    rerender(<AgreementDocument agreement={agreement('nl')} fingerprint={null} />);
    await screen.findByRole('heading', { level: 2, name: 'Mentoringovereenkomst' });
    expect(screen.getByRole('article').getAttribute('lang')).toBe('nl');
    expect(screen.getByRole('heading', { level: 3, name: '5. Vertrouwelijkheid en de grenzen daarvan' })).toBeTruthy();
  });

  it('copies the document as Markdown in its own language and reports the text', async () => {
    const { CopyMarkdownButton } = await dutchPage();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopied = vi.fn();
    render(<CopyMarkdownButton locale="nl" agreement={agreement('en')} fingerprint="A1B2-C3D4-E5F6" onCopied={onCopied} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kopiëren als Markdown' }));
    await waitFor(() => expect(onCopied).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]![0];
    expect(onCopied).toHaveBeenCalledWith(text);
    expect(text.startsWith('# Mentoring agreement\n')).toBe(true);
    expect(text).toContain('\n## 1. Purpose and goals\n');
    expect(text).toContain('- **Mentee:** Noor Bakker\n');
    expect(text).toContain('Fingerprint of this text: A1B2-C3D4-E5F6');
  });

  it('reports a refused clipboard instead of claiming a copy', async () => {
    const { CopyMarkdownButton } = await dutchPage();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    const onCopied = vi.fn();
    const onCopyFailed = vi.fn();
    render(<CopyMarkdownButton locale="nl" agreement={agreement('nl')} fingerprint={null} onCopied={onCopied} onCopyFailed={onCopyFailed} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kopiëren als Markdown' }));
    await waitFor(() => expect(onCopyFailed).toHaveBeenCalledTimes(1));
    expect(onCopied).not.toHaveBeenCalled();
  });

  it('prints the document alone, in the kit’s print frame', async () => {
    const { AgreementDocument, useAgreementPrint } = await dutchPage();
    const current = agreement('en');
    function Workbook() {
      const printAgreement = useAgreementPrint(() => ({ agreement: current, fingerprint: 'A1B2-C3D4-E5F6' }));
      return (
        <div>
          <AgreementDocument agreement={current} fingerprint="A1B2-C3D4-E5F6" />
          <button type="button" onClick={printAgreement}>print</button>
        </div>
      );
    }
    render(<Workbook />);
    await screen.findByRole('article');
    fireEvent.click(screen.getByRole('button', { name: 'print' }));
    expect(print).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('beforeprint'));
    const frame = document.querySelector('.kit-print-frame.agreement-print') as HTMLElement;
    expect(document.documentElement.classList.contains('kit-printing')).toBe(true);
    expect(within(frame).getByRole('heading', { level: 2 }).textContent).toBe('Mentoring agreement');
    expect(frame.textContent).toContain('Fingerprint of this text: A1B2-C3D4-E5F6');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.classList.contains('kit-printing')).toBe(false);
    expect(frame.childElementCount).toBe(0);
  });
});

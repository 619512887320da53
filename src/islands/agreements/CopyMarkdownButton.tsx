import { useState } from 'preact/hooks';
import type { Agreement } from '../../lib/agreements/model.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { agreementMarkdown } from './AgreementDocument.tsx';
import { useDocumentMessages } from './document-language.ts';

interface Props {
  /** The interface language (the button's label); the Markdown is in the agreement's own language. */
  locale: Locale;
  agreement: Agreement;
  fingerprint: string | null;
  smartGoalTitles?: ReadonlyMap<string, string>;
  /** The workbook shows the toast: this button only reports. */
  onCopied: (text: string) => void;
  onCopyFailed?: (error: unknown) => void;
}

/** Copies the agreement as Markdown to the clipboard. Shown once its label has arrived. */
export function CopyMarkdownButton({ locale, agreement, fingerprint, smartGoalTitles, onCopied, onCopyFailed }: Props) {
  const labels = useDocumentMessages(locale);
  const [busy, setBusy] = useState(false);
  if (labels !== 'ready') return null;
  const t = translator(locale);
  const copy = async () => {
    setBusy(true);
    try {
      const text = await agreementMarkdown(agreement, fingerprint, smartGoalTitles);
      await navigator.clipboard.writeText(text);
      onCopied(text);
    } catch (error) {
      onCopyFailed?.(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="button button--small agreement-copy-markdown no-print" onClick={() => {
      if (!busy) void copy();
    }} aria-disabled={busy ? 'true' : undefined}>
      {t('agreements.doc.ui.copyMarkdown')}
    </button>
  );
}

import type { Agreement } from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { useAnnounce } from '../ui/announce.ts';
import { AgreementDocument } from './AgreementDocument.tsx';
import { CopyMarkdownButton } from './CopyMarkdownButton.tsx';

interface Props {
  locale: Locale;
  agreement: Agreement;
  fingerprint: string | null;
  smartGoalTitles: ReadonlyMap<string, string>;
  onPrint: () => void;
}

/** The document as it will be printed, kept up to date while the form is filled in. */
export function DocumentPreview({ locale, agreement, fingerprint, smartGoalTitles, onPrint }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  return (
    <section class="agreement-preview" aria-labelledby="agreement-preview-heading">
      <div class="agreement-preview__head no-print">
        <h2 id="agreement-preview-heading" class="agreement-preview__heading">
          {t('agreements.ui.editor.preview')}
        </h2>
        <div class="agreement-preview__buttons">
          <button type="button" class="button button--small" onClick={onPrint}>
            {t('agreements.ui.editor.print')}
          </button>
          <CopyMarkdownButton
            locale={locale}
            agreement={agreement}
            fingerprint={fingerprint}
            smartGoalTitles={smartGoalTitles}
            onCopied={() => announce(t('agreements.ui.editor.copied'), { tone: 'success' })}
            onCopyFailed={() => announce(t('agreements.ui.editor.copyFailed'))}
          />
        </div>
      </div>
      <div class="agreement-preview__paper">
        <AgreementDocument agreement={agreement} fingerprint={fingerprint} smartGoalTitles={smartGoalTitles} />
      </div>
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Agreement } from '../../lib/agreements/index.ts';
import { draftToFile, encodeDraft } from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { downloadFile } from '../ui/download.ts';
import { Field } from '../ui/Field.tsx';
import '../../styles/agreement-exchange.css';

interface Props {
  locale: Locale;
  agreement: Agreement;
  onAnnounce(text: string): void;
}

/** A link is made for one version of the agreement; it is shown only while that version is current. */
type Link =
  | { for: Agreement; status: 'working' }
  | { for: Agreement; status: 'ready'; url: string }
  | { for: Agreement; status: 'tooLong'; length: number; max: number }
  | { for: Agreement; status: 'failed' };

export const DRAFT_FILE_SUFFIX = '.mentorkit-agreement.json';

/** A file name a person recognises: the title, without accents or characters file systems refuse. */
export function draftFileName(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || fallback}${DRAFT_FILE_SUFFIX}`;
}

/**
 * Sends a draft to the other party without a server: a link whose fragment carries the draft
 * (browsers never send what follows '#'), or a file when the link would be too long.
 */
export function SharePanel({ locale, agreement, onAnnounce }: Props) {
  const t = translator(locale);
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [link, setLink] = useState<Link | null>(null);
  const [copyRefused, setCopyRefused] = useState(false);
  const latest = useRef(agreement);
  latest.current = agreement;
  const linkField = useRef<HTMLInputElement>(null);
  const downloadButton = useRef<HTMLButtonElement>(null);

  // An edit makes the link stale: it would send the version before the edit.
  const current = link?.for === agreement ? link : null;
  useEffect(() => {
    setCopyRefused(false);
    setLink((shown) => (shown && shown.for !== agreement ? null : shown));
  }, [agreement]);

  useEffect(() => {
    if (current?.status === 'ready') linkField.current?.focus();
    if (current?.status === 'tooLong') downloadButton.current?.focus();
  }, [current?.status]);

  const createLink = async () => {
    const version = agreement;
    setCopyRefused(false);
    setLink({ for: version, status: 'working' });
    let next: Link;
    try {
      const encoded = await encodeDraft(version);
      next = encoded.ok
        ? { for: version, status: 'ready', url: `${location.origin}${location.pathname}#${encoded.fragment}` }
        : { for: version, status: 'tooLong', length: encoded.length, max: encoded.max };
    } catch {
      next = { for: version, status: 'failed' };
    }
    // Edited while compressing: that link is already stale.
    if (latest.current === version) setLink(next);
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyRefused(false);
      onAnnounce(t('agreements.exchange.share.copied'));
    } catch {
      // No clipboard (an insecure page, a refused permission): the selected text is one keystroke from copied.
      setCopyRefused(true);
      linkField.current?.focus();
      linkField.current?.select();
    }
  };

  const download = () => {
    const fileName = draftFileName(agreement.title, t('agreements.exchange.share.fileName'));
    downloadFile(fileName, draftToFile(agreement));
    onAnnounce(t('agreements.exchange.share.downloaded', { file: fileName }));
  };

  return (
    <section class="agreement-exchange exchange-share" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('agreements.exchange.share.heading')}</h3>
      <p class="exchange-share__intro">{t('agreements.exchange.share.intro')}</p>
      {current?.status === 'ready' && (
        <>
          <Field id={`${id}-link`} label={t('agreements.exchange.share.linkLabel')} hint={t('agreements.exchange.share.linkHint')}>
            {(control) => (
              <input
                {...control}
                ref={linkField}
                class="input exchange-share__link"
                type="text"
                readOnly
                value={current.url}
                onFocus={(event) => event.currentTarget.select()}
              />
            )}
          </Field>
          {copyRefused && (
            <p class="alert alert--warning" role="alert">
              {t('agreements.exchange.share.copyRefused')}
            </p>
          )}
        </>
      )}
      {current?.status === 'tooLong' && (
        <p class="alert alert--warning" role="status">
          {t('agreements.share.tooLong')} {t('agreements.exchange.share.tooLongDetail', { length: current.length, max: current.max })}
        </p>
      )}
      {current?.status === 'failed' && (
        <p class="alert alert--error" role="alert">
          {t('agreements.exchange.share.failed')}
        </p>
      )}
      <div class="exchange-actions">
        {current?.status === 'ready' && (
          <button type="button" class="button button--primary" onClick={() => void copy(current.url)}>
            {t('agreements.exchange.share.copy')}
          </button>
        )}
        {(current === null || current.status === 'working') && (
          <button type="button" class="button button--primary" disabled={current?.status === 'working'} onClick={() => void createLink()}>
            {current?.status === 'working' ? t('agreements.exchange.share.working') : t('agreements.exchange.share.createLink')}
          </button>
        )}
        <button type="button" class="button" ref={downloadButton} onClick={download}>
          {t('agreements.exchange.share.download')}
        </button>
      </div>
    </section>
  );
}

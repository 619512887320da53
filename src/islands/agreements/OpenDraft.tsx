import { useStore } from '@nanostores/preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Agreement, Decoded } from '../../lib/agreements/index.ts';
import { compareDrafts, decodeDraft, findAgreement, FRAGMENT_PREFIX, LIMITS, MAX_DRAFT_BYTES, parseDraftFile, takeSignatures, TEMPLATES } from '../../lib/agreements/index.ts';
import { translator, type Message } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { agreementsDocument, currentAgreement, insertAgreement, nowIso, replaceAgreement } from '../../stores/agreements.ts';
import { FilePicker } from '../ui/FilePicker.tsx';
import { describeValue } from './format-value.ts';
import '../../styles/agreement-exchange.css';

interface Props {
  locale: Locale;
  onOpened(agreementId: string): void;
  onAnnounce(text: string): void;
}

type View =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; message: Message }
  | { kind: 'new'; theirs: Agreement }
  | { kind: 'same' }
  | { kind: 'compare'; theirs: Agreement };

/** The address without its fragment, so the draft stays out of the history and bookmarks. */
function forgetFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

const isDraftFragment = (hash: string): boolean => hash.startsWith(`#${FRAGMENT_PREFIX}`);

/**
 * Opens a draft the other party sent: from the link this page was opened with, or from a file.
 * A draft of an agreement that is not here can be kept as new; one that is, is compared field by
 * field. On any problem one clear message, and nothing changed.
 */
export function OpenDraft({ locale, onOpened, onAnnounce }: Props) {
  const t = translator(locale);
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const state = useStore(agreementsDocument.$state);
  const [view, setView] = useState<View>({ kind: 'idle' });
  const reading = useRef(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const ready = state.phase === 'ready';
  // The fragment listener outlives a render; it reports through the latest callbacks.
  const callbacks = useRef({ onOpened, onAnnounce });
  callbacks.current = { onOpened, onAnnounce };

  /** Shows what a decoded draft means for this device; a later read wins over an earlier slow one. */
  const settle = (attempt: number, decoded: Decoded) => {
    if (attempt !== reading.current) return;
    if (!decoded.ok) {
      setView({ kind: 'error', message: decoded.error });
      return;
    }
    const stored = agreementsDocument.$state.get();
    if (stored.phase !== 'ready') {
      setView({ kind: 'error', message: { key: 'agreements.exchange.open.notReady' } });
      return;
    }
    const theirs = decoded.agreement;
    const mine = findAgreement(stored.data, theirs.id);
    if (!mine) {
      setView({ kind: 'new', theirs });
      return;
    }
    if (compareDrafts(mine, theirs).differences.length === 0) {
      setView({ kind: 'same' });
      callbacks.current.onOpened(mine.id);
      // The same text, perhaps signed over there: their signature belongs here too.
      void takeSignatures(mine, theirs, nowIso()).then(({ agreement, added }) => {
        if (added.length > 0 && currentAgreement(mine.id) === mine) replaceAgreement(agreement);
        const names = added.map((signature) => signature.name).join(', ');
        callbacks.current.onAnnounce(added.length > 0 ? t('agreements.exchange.open.signaturesAdded', { names, count: added.length }) : t('agreements.exchange.open.same'));
      });
      return;
    }
    setView({ kind: 'compare', theirs });
  };

  const read = (source: () => Promise<Decoded>) => {
    const attempt = (reading.current += 1);
    setView({ kind: 'reading' });
    source().then(
      (decoded) => settle(attempt, decoded),
      () => settle(attempt, { ok: false, error: { key: 'agreements.exchange.open.unreadableFile' } }),
    );
  };

  const readFragment = () => {
    const hash = location.hash;
    if (!isDraftFragment(hash)) return;
    // Read once, then gone from the address: a reload does not open it again, nor does the history keep it.
    forgetFragment();
    read(() => decodeDraft(hash));
  };

  // The link this page was opened with, once the agreements are loaded; and a link pasted into this
  // tab later (only the fragment changes, so the page does not reload).
  useEffect(() => {
    if (!ready) return;
    readFragment();
    addEventListener('hashchange', readFragment);
    return () => removeEventListener('hashchange', readFragment);
  }, [ready]);

  // Storage that failed to load cannot take the draft; the link stays in the address, so a reload
  // once storage works opens it after all.
  useEffect(() => {
    if (state.phase === 'failed' && isDraftFragment(location.hash)) setView({ kind: 'error', message: { key: 'agreements.exchange.open.notReady' } });
  }, [state.phase]);

  useEffect(() => {
    if (view.kind === 'new' || view.kind === 'error' || view.kind === 'same') resultHeading.current?.focus();
  }, [view]);

  const openFile = (file: File | null) => {
    if (!file) return;
    read(async () => (file.size > MAX_DRAFT_BYTES ? { ok: false, error: { key: 'agreements.share.tooLarge' } } : parseDraftFile(await file.text())));
  };

  const keepNew = async (draft: Agreement) => {
    // Only signatures under this very text come along.
    const { agreement: theirs } = await takeSignatures({ ...draft, signatures: [] }, draft, draft.updatedAt);
    if (insertAgreement(theirs)) {
      setView({ kind: 'idle' });
      onAnnounce(t('agreements.exchange.open.kept'));
      onOpened(theirs.id);
    } else {
      setView({ kind: 'error', message: { key: 'agreements.exchange.open.full', params: { max: LIMITS.agreements } } });
    }
  };

  // The comparison is needed only when a draft of an agreement on this device arrives.
  const [compareView, setCompareView] = useState<typeof import('./CompareDrafts.tsx').CompareDrafts | null>(null);
  useEffect(() => {
    if (view.kind !== 'compare' || compareView) return;
    void import('./CompareDrafts.tsx').then((module) => setCompareView(() => module.CompareDrafts));
  }, [view.kind]);
  const CompareDrafts = compareView;

  // The stored version as it is now: an edit in another tab shows up in the comparison at once.
  const mine = view.kind === 'compare' && ready ? findAgreement(state.data, view.theirs.id) : undefined;

  return (
    <>
      <section class="agreement-exchange exchange-open" aria-labelledby={`${id}-heading`} aria-busy={view.kind === 'reading' ? 'true' : undefined}>
        <h3 id={`${id}-heading`}>{t('agreements.exchange.open.heading')}</h3>
        <p>{t('agreements.exchange.open.intro')}</p>
        <FilePicker id={`${id}-file`} label={t('agreements.exchange.open.file')} accept=".json,application/json" disabled={!ready} onChange={openFile} />
        {view.kind === 'reading' && <p role="status">{t('agreements.exchange.open.reading')}</p>}
        {view.kind === 'error' && (
          <p class="alert alert--error" role="alert" ref={resultHeading} tabIndex={-1} data-testid="exchange-open-error">
            {t(view.message.key, view.message.params)}
          </p>
        )}
        {view.kind === 'same' && (
          <p class="alert alert--success" role="status" ref={resultHeading} tabIndex={-1}>
            {t('agreements.exchange.open.same')}
          </p>
        )}
        {view.kind === 'new' && (
          <div class="exchange-incoming" data-testid="exchange-incoming">
            <h4 ref={resultHeading} tabIndex={-1}>
              {t('agreements.exchange.open.newHeading')}
            </h4>
            <p>{t('agreements.exchange.open.newIntro')}</p>
            <dl class="exchange-summary">
              <dt>{t('agreements.exchange.open.summaryTitle')}</dt>
              <dd>{describeValue(t, locale, null, 'title', view.theirs.title)[0]}</dd>
              <dt>{t('agreements.exchange.open.summaryTemplate')}</dt>
              <dd>{t(TEMPLATES[view.theirs.template].name)}</dd>
              <dt>{t('agreements.exchange.open.summaryParties')}</dt>
              <dd>
                <ul class="exchange-side__list">
                  {describeValue(t, locale, null, 'parties', view.theirs.parties).map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </dd>
            </dl>
            <div class="exchange-actions">
              <button type="button" class="button button--primary" onClick={() => void keepNew(view.theirs)}>
                {t('agreements.exchange.open.keepNew')}
              </button>
              <button type="button" class="button" onClick={() => setView({ kind: 'idle' })}>
                {t('agreements.exchange.open.dismiss')}
              </button>
            </div>
          </div>
        )}
      </section>
      {view.kind === 'compare' && mine && CompareDrafts && (
        <CompareDrafts
          locale={locale}
          mine={mine}
          theirs={view.theirs}
          onAnnounce={onAnnounce}
          onOpened={(agreementId) => {
            setView({ kind: 'idle' });
            onOpened(agreementId);
          }}
          onCancel={() => setView({ kind: 'idle' })}
        />
      )}
    </>
  );
}

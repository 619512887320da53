import { useRef } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { nameOf, type MatchView, type NameLookup } from '../../../lib/matcher/result-view.ts';
import type { Introduction } from '../../../lib/matcher/tell/introduction.ts';
import { mailtoLink } from '../../../lib/matcher/tell/mailto.ts';
import { nameList } from '../../../lib/matcher/tell/words.ts';
import { useAnnounce } from '../../ui/announce.ts';

interface Props {
  locale: Locale;
  language: Locale;
  match: MatchView;
  message: Introduction;
  names: NameLookup;
  addresses: ReadonlyMap<string, string>;
}

/** One match's filled message, to copy or to open in the mail app. */
export function MessagePreview({ locale, language, match, message, names, addresses }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const text = useRef<HTMLTextAreaElement>(null);
  const people = nameList(locale, match.ids.map((id) => nameOf(names, id)));
  const id = `tell-message-${match.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const subject = message.subject.text;
  const body = message.body.text;
  const mail = mailtoLink(match.ids, addresses, subject, body);
  const missing = mail.missing.map((person) => nameOf(names, person));

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(body);
      announce(t('matcher.tell.ui.copied', { names: people }), { tone: 'success' });
    } catch {
      // Selected, so Ctrl+C (or the context menu) copies it by hand.
      text.current?.focus();
      text.current?.select();
      announce(t('matcher.tell.ui.copyFailed'));
    }
  };

  return (
    <li class="tell-message" data-testid="tell-message">
      <h5 class="tell-message__names">{people}</h5>
      <p class="tell-message__subject">
        <span lang={language}>{t('matcher.tell.ui.preview.subject', { subject })}</span>
      </p>
      <label class="visually-hidden" for={id}>
        {t('matcher.tell.ui.preview.body', { names: people })}
      </label>
      <textarea id={id} ref={text} class="textarea tell-message__body" lang={language} readOnly rows={Math.min(18, body.split('\n').length + 1)} value={body} />
      {message.empty.length > 0 && (
        <p class="tell-message__empty">{t('matcher.tell.ui.preview.empty', { count: message.empty.length, names: message.empty.map((name) => `{${name}}`).join(', ') })}</p>
      )}
      {/* The group carries whose message it is, so each button's name stays its visible text. */}
      <div class="tell-message__actions" role="group" aria-label={t('matcher.tell.ui.actionsFor', { names: people })}>
        <button type="button" class="button" onClick={() => void copy()}>
          {t('matcher.tell.ui.copy')}
        </button>
        {mail.kind === 'ok' ? (
          <a class="button" href={mail.url}>
            {t('matcher.tell.ui.mail')}
          </a>
        ) : (
          <p class="tell-message__note">{t('matcher.tell.ui.mailTooLong')}</p>
        )}
      </div>
      {mail.kind === 'ok' && missing.length > 0 && <p class="tell-message__note">{t('matcher.tell.ui.mailMissing', { names: nameList(locale, missing) })}</p>}
    </li>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Icon } from '../ui/Icon.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  /** Unique per removal, so a second removal restarts the timer. */
  id: string;
  text: string;
  onUndo: () => void;
  /** Time is up (or it was dismissed); `hadFocus` asks the list to put focus somewhere sensible. */
  onExpire: (hadFocus: boolean) => void;
}

const UNDO_MS = 10_000;

/**
 * Stands in for a removed step or check-in, where it was, with an Undo button that takes
 * the focus. It stays while focused or hovered, then goes after ten seconds.
 */
export function RemovedRow({ locale, id, text, onUndo, onExpire }: Props) {
  const t = translator(locale);
  const row = useRef<HTMLLIElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState(false);
  const hasFocus = () => row.current?.contains(document.activeElement) ?? false;

  useEffect(() => {
    undo.current?.focus();
  }, [id]);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onExpire(hasFocus()), UNDO_MS);
    return () => clearTimeout(timer);
  }, [id, held]);

  return (
    <li
      ref={row}
      class="removed-row no-print"
      onFocusIn={() => setHeld(true)}
      onFocusOut={(event) => {
        if (!row.current?.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(hasFocus())}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onExpire(hasFocus());
      }}
      data-testid="removed-row"
    >
      <span id={`removed-${id}`} class="removed-row__text">
        {text}
      </span>
      <button ref={undo} type="button" class="button button--small" aria-describedby={`removed-${id}`} onClick={onUndo}>
        {t('goals.ui.notice.undo')}
      </button>
      <button
        type="button"
        class="button button--small kit-icon-button"
        aria-label={t('goals.ui.notice.dismiss')}
        onClick={() => onExpire(true)}
      >
        <Icon name="remove" />
      </button>
    </li>
  );
}

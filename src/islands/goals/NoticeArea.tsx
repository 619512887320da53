import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Icon } from './Icon.tsx';
import { texts } from './i18n.ts';

export interface Notice {
  /** Changes with every notice, so the same text twice is announced twice. */
  id: number;
  text: string;
  tone?: 'success' | 'info';
  action?: { label: string; run: () => void };
  /** Put focus on the action button (after a delete, where the focused button disappeared). */
  focusAction?: boolean;
}

interface Props {
  locale: Locale;
  notice: Notice | null;
  onDismiss: (hadFocus: boolean) => void;
}

const WITH_ACTION_MS = 10_000;
const PLAIN_MS = 6_000;

/**
 * One polite live region for the workbook's confirmations, with an optional action (Undo).
 * It stays while the keyboard or pointer is inside it, so nobody loses the Undo mid-reach.
 */
export function NoticeArea({ locale, notice, onDismiss }: Props) {
  const { t } = texts(locale);
  const region = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (notice?.focusAction) actionButton.current?.focus();
  }, [notice?.id]);

  useEffect(() => {
    if (!notice || held) return;
    const timer = setTimeout(() => onDismiss(false), notice.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => clearTimeout(timer);
  }, [notice?.id, held]);

  const hasFocus = () => region.current?.contains(document.activeElement) ?? false;
  const dismiss = () => {
    const hadFocus = hasFocus();
    setHeld(false);
    onDismiss(hadFocus);
  };

  return (
    <div
      ref={region}
      class="goals-notice-region no-print"
      aria-live="polite"
      aria-atomic="true"
      onFocusIn={() => setHeld(true)}
      onFocusOut={(event) => {
        if (!region.current?.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(hasFocus())}
      onKeyDown={(event) => {
        if (event.key === 'Escape') dismiss();
      }}
    >
      {notice && (
        <div class={`goals-notice goals-notice--${notice.tone ?? 'info'}`} key={notice.id} data-testid="goals-notice">
          <p class="goals-notice__text">
            {notice.tone === 'success' && <Icon name="met" />}
            {notice.text}
          </p>
          <div class="goals-notice__buttons">
            {notice.action && (
              <button
                ref={actionButton}
                type="button"
                class="button button--small button--primary"
                onClick={() => {
                  // The action replaces this notice with its own outcome and decides where focus
                  // goes next (Undo opens the restored goal).
                  notice.action?.run();
                  setHeld(false);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              class="button button--small goals-icon-button"
              onClick={dismiss}
              aria-label={t('goals.ui.notice.dismiss')}
            >
              <Icon name="remove" />
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from './Icon.tsx';

export interface ToastMessage {
  /** Changes with every toast, so the same text twice is announced (and timed) twice. */
  id: number;
  text: string;
  tone?: 'success' | 'info';
  action?: { label: string; run: () => void };
  /** Put focus on the action button (after a delete, where the focused button disappeared). */
  focusAction?: boolean;
}

interface Props {
  toast: ToastMessage | null;
  /** Time is up, the close button, or Escape on a toast without an action; `hadFocus` asks the owner to put focus somewhere sensible. */
  onDismiss: (hadFocus: boolean) => void;
  /** The close button's accessible name, in the page's language. */
  dismissLabel: string;
  testId?: string;
}

/** A plain confirmation goes after 6 s; one with an action (Undo) after 10 s. */
export const TOAST_MS = 6_000;
export const TOAST_WITH_ACTION_MS = 10_000;
/** Time left after the pointer or the focus leaves a held toast. */
const AFTER_HOLD_MS = 2_000;

/**
 * One polite live region for confirmations, with an optional action (Undo). A new toast replaces
 * the old one and starts its own clock. The clock stops while focus is inside (nobody loses the
 * Undo they tabbed to) or while the pointer moves over it, and runs again when they leave. A
 * toast appearing under a resting pointer is not held: only a real move counts.
 *
 * Place it in a `WorkbookBar`, which keeps it (and the save state) clear of the focused field.
 */
export function Toast({ toast, onDismiss, dismissLabel, testId = 'toast' }: Props) {
  const region = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  /** Where focus was before it entered the toast (null when the toast took it itself). */
  const origin = useRef<HTMLElement | null>(null);
  const [held, setHeld] = useState(false);
  const [delay, setDelay] = useState<number | null>(null);
  const hasFocus = () => region.current?.contains(document.activeElement) ?? false;

  useEffect(() => {
    setHeld(false);
    setDelay(toast ? (toast.action ? TOAST_WITH_ACTION_MS : TOAST_MS) : null);
    if (toast?.focusAction) actionButton.current?.focus();
  }, [toast?.id]);

  useEffect(() => {
    if (!toast || held || delay === null) return;
    const timer = setTimeout(() => onDismiss(hasFocus()), delay);
    return () => clearTimeout(timer);
  }, [toast?.id, held, delay]);

  const hold = () => setHeld(true);
  const release = (remaining: number) => {
    setHeld(false);
    setDelay((current) => (current === null ? null : remaining));
  };
  const dismiss = () => {
    const hadFocus = hasFocus();
    setHeld(false);
    onDismiss(hadFocus);
  };
  // Escape while focus is in the toast means "out of here", not "throw the Undo away": an action
  // that vanished on Escape could not be found again (WAI-ARIA lets Escape close a non-modal
  // message, it does not ask it to). So a plain confirmation closes, and the owner puts focus
  // somewhere sensible; a toast with an action stays, focus goes back to where it came from, and
  // leaving releases its clock. When the toast took focus itself (after a delete) there is no
  // place to go back to, and it stays on the action: the close button is one Tab away.
  const escape = () => {
    if (!toast?.action) return dismiss();
    const back = origin.current;
    if (!back?.isConnected || region.current?.contains(back)) return;
    back.focus();
  };

  return (
    <div
      ref={region}
      class="kit-toast-region"
      aria-live="polite"
      aria-atomic="true"
      onFocusIn={(event) => {
        const from = event.relatedTarget as HTMLElement | null;
        if (!region.current?.contains(from)) origin.current = from;
        hold();
      }}
      onFocusOut={(event) => {
        if (!region.current?.contains(event.relatedTarget as Node | null)) release(toast?.action ? TOAST_WITH_ACTION_MS : AFTER_HOLD_MS);
      }}
      onPointerMove={(event) => {
        if (!held && event.pointerType === 'mouse' && (event.movementX !== 0 || event.movementY !== 0)) hold();
      }}
      onPointerLeave={() => {
        if (held && !hasFocus()) release(AFTER_HOLD_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') escape();
      }}
    >
      {toast && (
        <div class={`kit-toast kit-toast--${toast.tone ?? 'info'}${toast.action ? ' kit-toast--action' : ''}`} key={toast.id} data-testid={testId}>
          <p class="kit-toast__text">
            {toast.tone === 'success' && <Icon name="met" />}
            {toast.text}
          </p>
          <div class="kit-toast__buttons">
            {toast.action && (
              <button
                ref={actionButton}
                type="button"
                class="button button--small button--primary"
                onClick={() => {
                  // The action replaces this toast with its own outcome and decides where focus
                  // goes next (Undo opens the restored goal).
                  toast.action?.run();
                  setHeld(false);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" class="button button--small kit-icon-button" onClick={dismiss} aria-label={dismissLabel}>
              <Icon name="remove" />
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** Shows a toast: a confirmation, or a removal with its Undo. */
export type Announce = (text: string, extra?: Partial<Omit<ToastMessage, 'id' | 'text'>>) => void;

/**
 * A workbook's one toast: `announce` replaces the current one (with a fresh id, so the same
 * text twice is announced twice), `dismiss` clears it.
 */
export function useToast(): { toast: ToastMessage | null; announce: Announce; dismiss: () => void } {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const counter = useRef(0);
  const announce: Announce = useCallback((text, extra = {}) => {
    counter.current += 1;
    setToast({ id: counter.current, text, ...extra });
  }, []);
  const dismiss = useCallback(() => setToast(null), []);
  return { toast, announce, dismiss };
}

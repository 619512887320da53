import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import '../../styles/kit.css';

interface Props {
  /** Id of the title, `<id>-title`, and of the body, `<id>-body`. */
  id: string;
  /** A heading of its own; without one, `labelledBy` names the dialog (the section's heading). */
  title?: ComponentChildren;
  labelledBy?: string;
  /** Heading level of the title, to fit the section it sits in. */
  level?: 3 | 4;
  /** What will happen; may hold a field (a typed confirmation). */
  children: ComponentChildren;
  confirmLabel: ComponentChildren;
  cancelLabel: ComponentChildren;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirm button stays disabled until this is false (a confirmation word not yet typed). */
  confirmDisabled?: boolean;
  tone?: 'danger' | 'warning';
  /** Where focus goes when the dialog closes and focus was inside it (the button that opened it). */
  returnFocus?: { current: HTMLElement | null };
  testId?: string;
}

/**
 * A confirmation in place, next to what it confirms (not a modal): role=alertdialog, focus on
 * open, Enter confirms (it is a form), Escape cancels, and focus goes back where it came from.
 */
export function ConfirmDialog({
  id,
  title,
  labelledBy,
  level = 4,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  confirmDisabled = false,
  tone = 'danger',
  returnFocus,
  testId,
}: Props) {
  const root = useRef<HTMLFormElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const Heading = level === 3 ? 'h3' : 'h4';

  // Focus on open: the first field in the body when there is one, else the confirm button.
  useEffect(() => {
    const field = root.current?.querySelector<HTMLElement>('input, textarea, select');
    (field ?? confirm.current)?.focus();
    const form = root.current;
    return () => {
      // Only when focus was in the dialog (it is gone with it); never steal it from elsewhere.
      const lost = document.activeElement === document.body || document.activeElement === null || form?.contains(document.activeElement);
      if (lost) setTimeout(() => returnFocus?.current?.focus(), 0);
    };
  }, []);

  return (
    <form
      ref={root}
      class={`alert alert--${tone} kit-confirm`}
      role="alertdialog"
      aria-labelledby={title ? `${id}-title` : labelledBy}
      aria-describedby={`${id}-body`}
      data-testid={testId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!confirmDisabled) onConfirm();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {title && <Heading id={`${id}-title`}>{title}</Heading>}
      <div id={`${id}-body`}>{children}</div>
      <div class="kit-confirm__buttons">
        <button type="submit" class="button button--danger" disabled={confirmDisabled} ref={confirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}

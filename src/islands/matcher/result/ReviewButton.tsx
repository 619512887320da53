import type { ComponentChildren } from 'preact';

interface Props {
  /** Unavailable: announced as dimmed, ignores presses, and keeps focus (a disabled button would drop it to the page). */
  unavailable: boolean;
  onPress: (button: HTMLButtonElement) => void;
  class?: string | undefined;
  testId?: string;
  children: ComponentChildren;
}

/**
 * A review action that stays focusable while the matches are being updated. Most are toggles
 * whose label changes under the pointer, so the second click of a double click (detail 2 and
 * up) is ignored: a double click on Approve approves once instead of approving and withdrawing.
 * A keyboard press has detail 0 and always counts.
 */
export function ReviewButton({ unavailable, onPress, class: className, testId, children }: Props) {
  return (
    <button
      type="button"
      class={className ? `button button--small ${className}` : 'button button--small'}
      aria-disabled={unavailable ? 'true' : undefined}
      data-testid={testId}
      onClick={(event) => {
        if (unavailable || event.detail > 1) return;
        onPress(event.currentTarget);
      }}
    >
      {children}
    </button>
  );
}

import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The review is paused (a run after a decision, no current result): every review button is
 * unavailable. A context, so the cards (memoised) are not drawn again when a pause starts or ends.
 */
export const ReviewPaused = createContext(false);

interface Props {
  /** Unavailable besides a pause: announced as dimmed, ignores presses, and keeps focus (a disabled button would drop it to the page). */
  unavailable?: boolean;
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
export function ReviewButton({ unavailable: own = false, onPress, class: className, testId, children }: Props) {
  const unavailable = useContext(ReviewPaused) || own;
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

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { Toast, TOAST_WITH_ACTION_MS, useToast, type Announce } from '../../src/islands/ui/Toast.tsx';

// The kit's toast on its own: what Escape does while focus is inside it. A keyboard user who
// tabbed to an Undo must not lose it to Escape; a plain confirmation may close.

let announce: Announce = () => {};
const undone = vi.fn();
const dismissed = vi.fn();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  undone.mockClear();
  dismissed.mockClear();
});
afterEach(() => vi.useRealTimers());

/** A field, then the toast; a dismissal with focus inside puts focus on the heading, as workbooks do. */
function Harness() {
  const { toast, announce: show, dismiss } = useToast();
  const heading = useRef<HTMLHeadingElement>(null);
  announce = show;
  return (
    <div>
      <h2 tabIndex={-1} ref={heading}>
        Goals
      </h2>
      <label>
        Title <input id="title" />
      </label>
      <Toast
        toast={toast}
        dismissLabel="Close message"
        onDismiss={(hadFocus) => {
          dismissed(hadFocus);
          dismiss();
          if (hadFocus) heading.current?.focus();
        }}
      />
    </div>
  );
}

/** Focus moves from `from` into the toast, as a Tab press does in a browser. */
function tabInto(from: HTMLElement, to: HTMLElement) {
  from.focus();
  to.focus();
  fireEvent.focusIn(to, { relatedTarget: from });
  fireEvent.focusOut(from, { relatedTarget: to });
}

const withUndo = () => act(() => announce('Goal “Read” deleted.', { action: { label: 'Undo', run: undone } }));

describe('kit toast and Escape', () => {
  it('keeps a toast with Undo on Escape: focus goes back to where it came from, and the clock runs', async () => {
    render(<Harness />);
    withUndo();
    const undo = await screen.findByRole('button', { name: 'Undo' });
    const field = screen.getByLabelText('Title');
    tabInto(field, undo);
    expect(document.activeElement).toBe(undo);

    fireEvent.keyDown(undo, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    // The Undo is still there to come back to.
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(dismissed).not.toHaveBeenCalled();

    // Not held any more: it goes by itself, and nothing was undone.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(TOAST_WITH_ACTION_MS + 100);
    });
    await waitFor(() => expect(screen.queryByTestId('toast')).toBeNull());
    expect(dismissed).toHaveBeenCalledWith(false);
    expect(undone).not.toHaveBeenCalled();
  });

  it('keeps a toast with Undo on Escape when focus was put on it and has nowhere to go back to', async () => {
    render(<Harness />);
    act(() => announce('Goal “Read” deleted.', { action: { label: 'Undo', run: undone }, focusAction: true }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.keyDown(undo, { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(document.activeElement).toBe(undo);
    expect(dismissed).not.toHaveBeenCalled();
  });

  it('closes a plain confirmation on Escape and lets the owner put focus somewhere sensible', async () => {
    render(<Harness />);
    act(() => announce('Goal “Read” added.', { tone: 'success' }));
    const close = await screen.findByRole('button', { name: 'Close message' });
    tabInto(screen.getByLabelText('Title'), close);
    fireEvent.keyDown(close, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('toast')).toBeNull());
    expect(dismissed).toHaveBeenCalledWith(true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Goals' }));
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { addGoal, renderWorkbook, goalAction } from './goals-helpers.tsx';

// The two things people hit in the workbook: confirmations that stayed on screen over the field
// that just received focus, and a save state that was out of sight far down a long goal.

beforeEach(() => {
  // Real time still passes (IndexedDB needs it); advanceTimersByTime jumps the toast's clock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function useFirstExample(): Promise<HTMLElement> {
  const button = (await screen.findAllByRole('button', { name: 'Use this example' }))[0]!;
  fireEvent.click(button);
  const notice = await screen.findByTestId('goals-notice');
  expect(notice.textContent).toMatch(/added as a new goal/);
  return notice;
}

function rect(top: number, height: number): DOMRect {
  return { top, bottom: top + height, left: 0, right: 400, width: 400, height, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
}

describe('workbook toasts', () => {
  it('closes a confirmation by itself, even when it appears under a resting pointer', async () => {
    await renderWorkbook('en');
    const notice = await useFirstExample();
    // The page scrolled to the new goal's title; the browser reports the pointer entering the
    // toast that appeared under it, without the pointer moving. That must not hold the toast.
    fireEvent.mouseEnter(notice.parentElement!);
    fireEvent.mouseOver(notice);
    await vi.advanceTimersByTimeAsync(7_000);
    await waitFor(() => expect(screen.queryByTestId('goals-notice')).toBeNull());
  });

  it('keeps a toast with Undo longer than a plain confirmation, and a new toast replaces the old', async () => {
    await renderWorkbook('en');
    addGoal('First');
    await screen.findByRole('heading', { level: 2, name: 'First' });
    addGoal('Second');
    await screen.findByRole('heading', { level: 2, name: 'Second' });
    // Two toasts in a row: only the newest shows.
    expect(screen.getAllByTestId('goals-notice')).toHaveLength(1);
    expect(screen.getByTestId('goals-notice').textContent).toContain('Second');

    fireEvent.click(goalAction('Delete'));
    const notice = await screen.findByTestId('goals-notice');
    const undo = within(notice).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    // The person moves on; the Undo stays a while longer than a plain confirmation would.
    (screen.getByLabelText('Title of a new goal') as HTMLInputElement).focus();
    fireEvent.focusOut(undo, { relatedTarget: screen.getByLabelText('Title of a new goal') });
    await vi.advanceTimersByTimeAsync(7_000);
    expect(screen.getByTestId('goals-notice').textContent).toContain('deleted');
    await vi.advanceTimersByTimeAsync(4_000);
    await waitFor(() => expect(screen.queryByTestId('goals-notice')).toBeNull());
  });

  it('never leaves a toast over the focused field: the page moves the field clear of it', async () => {
    await renderWorkbook('en');
    const scrollBy = vi.fn();
    vi.stubGlobal('scrollBy', scrollBy);
    window.scrollBy = scrollBy as typeof window.scrollBy;
    // Layout as a browser would report it: the title field ends below the top of the toast.
    const original = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      if (this.id === 'goal-title') return rect(700, 40);
      if (this.dataset['testid'] === 'goals-notice' || this.classList.contains('kit-toast-region')) return rect(720, 60);
      return original.call(this);
    });
    await useFirstExample();
    await waitFor(() => expect(document.activeElement?.id).toBe('goal-title'));
    await waitFor(() => expect(scrollBy).toHaveBeenCalled());
    const call = scrollBy.mock.calls.at(-1)![0] as ScrollToOptions;
    // At least the overlap (700 + 40 − 720 = 20 px), so the field ends above the toast.
    expect(call.top).toBeGreaterThanOrEqual(20);
    vi.unstubAllGlobals();
  });
});

describe('workbook save state', () => {
  it('is one live region, in a bar that stays at the bottom of the workbook while editing far down', async () => {
    await renderWorkbook('en');
    addGoal('Long goal');
    await screen.findByRole('heading', { level: 2, name: 'Long goal' });
    const workbook = document.querySelector<HTMLElement>('.goals-workbook')!;
    const status = screen.getByTestId('save-status');
    // One live region tells the save state; it sits in the sticky bar, the workbook's last part.
    expect(document.querySelectorAll('[data-testid="save-status"]')).toHaveLength(1);
    expect(status.getAttribute('role')).toBe('status');
    const bar = status.closest('.kit-bar');
    expect(bar).toBeTruthy();
    expect(workbook.lastElementChild).toBe(bar);
    await waitFor(() => expect(status.textContent).toBe('Saved in this browser'));
    const liveWithSaveText = [...workbook.querySelectorAll('[role="status"], [aria-live]')].filter((region) =>
      region.textContent?.includes('Saved in this browser'),
    );
    expect(liveWithSaveText).toEqual([status]);
  });
});

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { DocumentState } from '../../lib/storage/synced-document.ts';
import { keepClearOf } from './focus.ts';
import { saveStatusText } from './StorageStatus.tsx';
import '../../styles/kit.css';

interface Props {
  locale: Locale;
  state: DocumentState<unknown>;
  /** A `Toast`, shown above the save state. */
  children?: ComponentChildren;
}

/**
 * The last part of a workbook: the save state (the workbook's one live region for it; pair it
 * with `<StorageStatus saveLine={false}>` at the top) and the toasts, stuck to the bottom of the
 * window while the workbook is in view, so both stay in sight far down a long workbook.
 *
 * It never covers the field being edited: the page's scroll padding reserves its height, and
 * when a click lands on a field under it, or a toast grows it over the focused field, the page
 * scrolls that field up.
 */
export function WorkbookBar({ locale, state, children }: Props) {
  const t = translator(locale);
  const bar = useRef<HTMLDivElement>(null);
  const checkAfterRender = useRef<() => void>(() => {});
  // A new toast changes the bar even where ResizeObserver is missing.
  useEffect(() => checkAfterRender.current(), [children]);

  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--kit-bar-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    measure();
    const clear = () => keepClearOf([...element.children] as HTMLElement[]);
    // The browser brings a field it focuses into view above the bar (scroll padding). This covers
    // the rest: a click on a field half under the bar, and the bar growing over the focused field
    // when a toast appears. Checked a moment later, once focus and layout have settled.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(pending);
      pending = setTimeout(clear, 0);
    };
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(() => (measure(), later())) : null;
    resized?.observe(element);
    document.addEventListener('focusin', later);
    checkAfterRender.current = later;
    return () => {
      clearTimeout(pending);
      resized?.disconnect();
      document.removeEventListener('focusin', later);
      root.style.removeProperty('--kit-bar-height');
    };
  }, []);

  return (
    <div class="kit-bar no-print" ref={bar}>
      {children}
      <p class="kit-bar__status save-status" role="status" aria-live="polite" data-save-state={state.save} data-testid="save-status">
        {saveStatusText(state, t)}
      </p>
    </div>
  );
}

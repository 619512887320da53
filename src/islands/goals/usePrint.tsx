import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Goal } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { currentGoals } from './actions.ts';
import { PrintView } from './PrintView.tsx';

export type PrintMode = 'one' | 'all';
const PRINTING_CLASS = 'goals-printing';

/**
 * Printing shows only goals: on `beforeprint` the print sheet is rendered (synchronously,
 * with preact's render) into an element at the end of <body>, and a class on <html> makes
 * the print stylesheet hide everything else. Ctrl+P prints the open goal; the buttons
 * choose one or all. Nothing is rendered for print while you type.
 */
export function usePrint(locale: Locale, selectedId: string | null, today: string): (mode: PrintMode) => void {
  const latest = useRef({ selectedId, today, mode: 'one' as PrintMode });
  latest.current.selectedId = selectedId;
  latest.current.today = today;

  useEffect(() => {
    const sheet = document.createElement('div');
    sheet.className = 'goals-print';
    document.body.append(sheet);
    const before = () => {
      const { mode, selectedId: id, today: date } = latest.current;
      const goals: readonly Goal[] = mode === 'all' ? currentGoals() : currentGoals().filter((goal) => goal.id === id);
      if (goals.length === 0) return;
      render(<PrintView locale={locale} goals={goals} today={date} />, sheet);
      document.documentElement.classList.add(PRINTING_CLASS);
    };
    const after = () => {
      latest.current.mode = 'one';
      document.documentElement.classList.remove(PRINTING_CLASS);
      render(null, sheet);
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      after();
      sheet.remove();
    };
  }, [locale]);

  return (mode) => {
    latest.current.mode = mode;
    print();
  };
}

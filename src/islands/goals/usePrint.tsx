import { useRef } from 'preact/hooks';
import type { Goal } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { currentGoals } from '../../stores/goals.ts';
import { usePrintFrame } from '../ui/PrintFrame.ts';
import { PrintView } from './PrintView.tsx';

export type PrintMode = 'one' | 'all';

/** Prints the open goal (Ctrl+P, or the button) or all goals, in the kit's print frame. */
export function usePrint(locale: Locale, selectedId: string | null, today: string): (mode: PrintMode) => void {
  const mode = useRef<PrintMode>('one');
  const print = usePrintFrame(
    'goals-print',
    () => {
      const goals: readonly Goal[] = mode.current === 'all' ? currentGoals() : currentGoals().filter((goal) => goal.id === selectedId);
      return goals.length === 0 ? null : <PrintView locale={locale} goals={goals} today={today} />;
    },
    () => {
      mode.current = 'one';
    },
  );
  return (wanted) => {
    mode.current = wanted;
    print();
  };
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { calendarFileName, goalsForCalendar } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { currentGoals, nowIso } from '../../stores/goals.ts';
import { translator } from '../../lib/i18n/index.ts';
import { downloadFile } from '../ui/download.ts';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; text: string };

/**
 * "Copy as Markdown" with a visible confirmation, and a text box to copy by hand when the
 * clipboard is unavailable. The button lives in the goal's actions menu; the confirmation and
 * the text box (`feedback`) stay in view after the menu closes.
 */
export function useCopyMarkdown({ locale, goalId, today }: { locale: Locale; goalId: string; today: string }) {
  const t = translator(locale);
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fallback = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setState({ kind: 'idle' }), [goalId]);
  useEffect(() => {
    if (state.kind !== 'fallback') return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 6000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy(): Promise<void> {
    // Read the goal at click time: the latest keystroke may not have re-rendered yet.
    const goal = currentGoals().find((candidate) => candidate.id === goalId);
    if (!goal) return;
    // Exports load when first used; within the click's activation, so the clipboard still allows it.
    const { goalToMarkdown } = await import('../../lib/goals/export/markdown.ts');
    const text = goalToMarkdown(goal, { locale, today });
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'fallback', text });
    }
  }

  const feedback = (
    <>
      <span class="goal-actions__feedback" role="status">
        {state.kind === 'copied' ? t('goals.ui.export.copied') : ''}
      </span>
      {state.kind === 'fallback' && (
        <div class="goals-copy-fallback alert alert--warning">
          <p id="goals-copy-fallback-help">{t('goals.ui.export.copyFallback')}</p>
          <label for="goals-copy-fallback" class="visually-hidden">
            {t('goals.ui.export.copyFallbackLabel')}
          </label>
          <textarea
            id="goals-copy-fallback"
            ref={fallback}
            class="textarea"
            readOnly
            rows={8}
            value={state.text}
            aria-describedby="goals-copy-fallback-help"
          />
          <button type="button" class="button button--small" onClick={() => setState({ kind: 'idle' })}>
            {t('goals.ui.export.close')}
          </button>
        </div>
      )}
    </>
  );
  return { copy, feedback };
}

interface AllProps {
  locale: Locale;
  today: string;
  onPrint: (mode: 'one' | 'all') => void;
  onAnnounce: (text: string) => void;
}

/** Exports that cover every goal: print all, and a calendar file for the ones not archived. */
export function ExportMenu({ locale, today, onPrint, onAnnounce }: AllProps) {
  const t = translator(locale);
  const downloadCalendar = async () => {
    const { goalsToIcs } = await import('../../lib/goals/export/ics.ts');
    const ics = goalsToIcs(goalsForCalendar(currentGoals()), {
      now: nowIso(),
      locale,
      productId: `-//Mentorkit//Goals 1.0//${locale.toUpperCase()}`,
    });
    const file = calendarFileName(today);
    downloadFile(file, ics, 'text/calendar;charset=utf-8');
    onAnnounce(t('goals.ui.export.icsDone', { file }));
  };
  return (
    <section class="goals-export no-print" aria-labelledby="goals-export-title">
      <h3 id="goals-export-title">{t('goals.ui.export.title')}</h3>
      <div class="goals-export__buttons">
        <button type="button" class="button button--small" onClick={() => onPrint('all')}>
          {t('goals.ui.export.printAll')}
        </button>
        <button
          type="button"
          class="button button--small"

          onClick={() => void downloadCalendar()}
          aria-describedby="goals-export-ics-help"
        >
          {t('goals.ui.export.ics')}
        </button>
      </div>
      <p class="field__help" id="goals-export-ics-help">
        {t('goals.ui.export.icsHelp')}
      </p>
    </section>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../../lib/i18n/index.ts';
import type { MessageKey } from '../../../lib/i18n/message.ts';

interface Props {
  t: Translate;
  /** The panel's id: the controls' ids are made from it. */
  id: string;
  words: { readonly failed: MessageKey; readonly stale: MessageKey; readonly progress: MessageKey; readonly cancel: MessageKey; readonly start: MessageKey };
  staleTestId: string;
  /** The worker's error, technical, for the details line; null when the last job did not fail. */
  error: string | null;
  stale: boolean;
  /** Percent done while the job runs; null when none runs. */
  progress: number | null;
  /** The start button is the primary action (nothing shown yet, or out of date). */
  primary: boolean;
  status: string;
  onStart: () => void;
  onCancel: () => void;
}

/** A job in a worker asked for by hand: its failure, the out-of-date notice, start or progress with Cancel, and a live status line. */
export function JobControls({ t, id, words, staleTestId, error, stale, progress, primary, status, onStart, onCancel }: Props) {
  const controls = useRef<HTMLDivElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The pressed button gives way to the other (Start ↔ Cancel): keep focus on what took its place.
  const running = progress !== null;
  const shownRunning = useRef(running);
  useEffect(() => {
    if (shownRunning.current === running) return;
    shownRunning.current = running;
    const focused = document.activeElement;
    const lost = focused === null || focused === document.body || (controls.current?.contains(focused) ?? false);
    if (lost) (running ? cancelButton : startButton).current?.focus();
  }, [running]);
  return (
    <>
      {error !== null && (
        <div class="alert alert--error" role="alert">
          <p>{t(words.failed)}</p>
          <details>
            <summary>{t('matcher.result.failedDetails')}</summary>
            <p class="choose-error">{error}</p>
          </details>
        </div>
      )}
      {stale && (
        <p class="alert alert--warning" id={`${id}-stale`} data-testid={staleTestId}>
          {t(words.stale)}
        </p>
      )}
      <div class="choose-run" ref={controls}>
        {progress !== null ? (
          <div class="choose-progress">
            <label for={`${id}-progress`}>{t(words.progress)}</label>
            <div class="choose-progress__row">
              <progress id={`${id}-progress`} max={100} value={progress} aria-describedby={`${id}-percent`} />
              <span id={`${id}-percent`}>{t('matcher.choose.progress.percent', { percent: progress })}</span>
            </div>
            <button type="button" class="button button--small" ref={cancelButton} onClick={onCancel}>
              {t(words.cancel)}
            </button>
          </div>
        ) : (
          <button type="button" class={primary ? 'button button--primary' : 'button'} ref={startButton} aria-describedby={stale ? `${id}-stale` : undefined} onClick={onStart}>
            {t(words.start)}
          </button>
        )}
        <p class="choose-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </>
  );
}

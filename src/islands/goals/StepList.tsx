import { DateInput } from '../ui/DateInput.tsx';
import { Field } from '../ui/Field.tsx';
import type { JSX } from 'preact';
import { memo } from '../ui/memo.ts';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  addStep,
  formatDate,
  isOverdue,
  LIMITS,
  moveStep,
  progress,
  removeStep,
  restoreStep,
  toggleStep,
  updateStep,
  type Step,
} from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { createContext, currentGoal, editGoal, nowIso } from '../../stores/goals.ts';
import { Icon } from '../ui/Icon.tsx';
import { RemovedRow } from './RemovedRow.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  goalId: string;
  steps: readonly Step[];
  today: string;
}

type FocusRequest = { stepId: string; control: 'up' | 'down' | 'text'; at?: number } | { stepId: null; control: 'new' };

/** Steps with progress: memoised on the steps array, so typing in the goal statement skips it entirely. */
export const StepList = memo(function StepList({ locale, goalId, steps, today }: Props) {
  const t = translator(locale);
  const { done, total, percent } = progress({ steps: steps as Step[] });
  const list = useRef<HTMLOListElement>(null);
  const newInput = useRef<HTMLTextAreaElement>(null);
  const focusRequest = useRef<FocusRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Rows are memoised and may hold an older onMove/onRemove; these read the stored steps.
  const stepsNow = (): readonly Step[] => currentGoal(goalId)?.steps ?? steps;

  // Keyed rows may be moved in the DOM, which drops focus; put it back where the user was.
  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    if (request.stepId === null) {
      focusRequest.current = null;
      newInput.current?.focus();
      return;
    }
    const rows = [...(list.current?.children ?? [])].filter((item) => (item as HTMLElement).dataset['stepId'] !== undefined);
    const row = rows.find((item) => (item as HTMLElement).dataset['stepId'] === request.stepId);
    // The edit may reach this list a render later (local state first, then the store): wait for it.
    if (!row || (request.at !== undefined && rows.indexOf(row) !== request.at)) return;
    focusRequest.current = null;
    const wanted = row.querySelector<HTMLButtonElement | HTMLTextAreaElement>(`[data-control="${request.control}"]`);
    const other = row.querySelector<HTMLButtonElement>(`[data-control="${request.control === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled
      ? wanted
      : other && !other.disabled
        ? other
        : row.querySelector<HTMLTextAreaElement>('[data-control="text"]')
    )?.focus();
  });

  const onMove = (stepId: string, from: number, to: number) => {
    focusRequest.current = { stepId, control: to < from ? 'up' : 'down', at: to };
    editGoal(goalId, (goal, now) => moveStep(goal, from, to, now));
    setAnnouncement(t('goals.ui.steps.moved', { n: to + 1, total: stepsNow().length }));
  };
  // Dragging is a pointer shortcut for the move buttons; the keyboard uses the buttons.
  const dragFrom = useRef<number | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const drag: DragHandlers = {
    start: (index) => {
      dragFrom.current = index;
    },
    over: (index) => {
      if (dragFrom.current === null) return false;
      setDropIndex(index);
      return true;
    },
    drop: (index) => {
      const from = dragFrom.current;
      dragFrom.current = null;
      setDropIndex(null);
      const moving = from === null ? undefined : stepsNow()[from];
      if (from === null || !moving || from === index) return;
      editGoal(goalId, (goal, now) => moveStep(goal, from, index, now));
      setAnnouncement(t('goals.ui.steps.moved', { n: index + 1, total: stepsNow().length }));
    },
    end: () => {
      dragFrom.current = null;
      setDropIndex(null);
    },
  };
  // A removed step leaves an Undo row in its place for a few seconds (focus goes to Undo).
  const [removed, setRemoved] = useState<{ step: Step; index: number } | null>(null);
  const onRemove = (stepId: string, index: number) => {
    const step = stepsNow()[index];
    if (!step || step.id !== stepId) return;
    editGoal(goalId, (goal, now) => removeStep(goal, stepId, now));
    setRemoved({ step, index });
  };
  const onUndoRemove = () => {
    if (!removed) return;
    editGoal(goalId, (goal, now) => restoreStep(goal, removed.step, removed.index, now));
    focusRequest.current = { stepId: removed.step.id, control: 'text' };
    setRemoved(null);
    setAnnouncement(t('goals.ui.steps.restored'));
  };
  const onRemovedExpire = (hadFocus: boolean) => {
    if (removed && hadFocus) {
      const neighbour = stepsNow()[removed.index] ?? stepsNow()[removed.index - 1];
      focusRequest.current = neighbour ? { stepId: neighbour.id, control: 'text' } : { stepId: null, control: 'new' };
    }
    setRemoved(null);
  };
  const removedRow = removed && (
    <RemovedRow
      key={`removed-${removed.step.id}`}
      locale={locale}
      id={removed.step.id}
      text={t('goals.ui.steps.removedNamed', { text: removed.step.text })}
      onUndo={onUndoRemove}
      onExpire={onRemovedExpire}
    />
  );
  const removedAt = removed ? Math.min(removed.index, steps.length) : -1;
  const atLimit = steps.length >= LIMITS.stepsPerGoal;

  return (
    <section class="goal-steps" aria-labelledby="goal-steps-title">
      <h3 id="goal-steps-title">{t('goals.ui.steps.title')}</h3>
      <div class="goal-steps__progress">
        <span id="goal-steps-progress-label" class="goal-steps__progress-label">
          {t('goals.ui.steps.progressLabel')}
        </span>
        <progress
          max={100}
          value={percent}
          aria-labelledby="goal-steps-progress-label"
          aria-describedby="goal-steps-progress-text"
          data-testid="steps-progress"
        />
        <span id="goal-steps-progress-text" class="goal-steps__progress-text">
          {t('goals.progress.summary', { done, total, percent })}
        </span>
      </div>
      {steps.length === 0 && !removed ? (
        <p class="goal-steps__empty">{t('goals.ui.steps.empty')}</p>
      ) : (
        <ol class="goal-steps__list" ref={list} data-testid="step-list">
          {withRemovedRow(
            steps.map((step, index) => (
              <StepItem
                key={step.id}
                locale={locale}
                goalId={goalId}
                step={step}
                index={index}
                isLast={index === steps.length - 1}
                today={today}
                dropTarget={
                  dropIndex === index && dragFrom.current !== null && dragFrom.current !== index
                    ? dragFrom.current < index
                      ? 'after'
                      : 'before'
                    : null
                }
                onMove={onMove}
                onRemove={onRemove}
                drag={drag}
              />
            )),
            removedAt,
            removedRow,
          )}
        </ol>
      )}
      <AddStepForm
        locale={locale}
        goalId={goalId}
        disabled={atLimit}
        inputRef={newInput}
        onAdded={() => setAnnouncement(t('goals.ui.steps.added'))}
      />
      {atLimit && <p class="field__help">{t('goals.ui.steps.limit', { max: LIMITS.stepsPerGoal })}</p>}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
});

/** One flat, keyed list (nested arrays would scope the keys and remount rows on every move). */
function withRemovedRow(rows: JSX.Element[], at: number, row: JSX.Element | null): JSX.Element[] {
  return row && at >= 0 ? rows.toSpliced(at, 0, row) : rows;
}

interface DragHandlers {
  start: (index: number) => void;
  /** True when a step is being dragged, so the row accepts the drop. */
  over: (index: number) => boolean;
  drop: (index: number) => void;
  end: () => void;
}

interface ItemProps {
  locale: Locale;
  goalId: string;
  step: Step;
  index: number;
  isLast: boolean;
  today: string;
  /** Where the dragged step would land, relative to this row. */
  dropTarget: 'before' | 'after' | null;
  onMove: (stepId: string, from: number, to: number) => void;
  onRemove: (stepId: string, index: number) => void;
  drag: DragHandlers;
}

/** One step row. Memoised on the step object itself: ticking one step re-renders one row. */
const StepItem = memo(
  function StepItem({ locale, goalId, step, index, isLast, today, dropTarget, onMove, onRemove, drag }: ItemProps) {
    const t = translator(locale);
    const n = index + 1;
    const overdue = isOverdue(step, today);
    const base = `step-${step.id}`;
    return (
      <li
        class={`step${step.done ? ' step--done' : ''}${overdue ? ' step--overdue' : ''}${dropTarget ? ` step--drop-${dropTarget}` : ''}`}
        data-step-id={step.id}
        onDragOver={(event) => {
          if (!drag.over(index)) return;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        }}
        onDrop={(event) => {
          event.preventDefault();
          drag.drop(index);
        }}
      >
        <span
          class="step__grip"
          aria-hidden="true"
          // Pressing the grip must not hand focus to the page's main region: focusing that scrolls
          // the page (scroll padding) and pulls the row from under the pointer before the drag starts.
          tabIndex={-1}
          draggable
          onDragStart={(event) => {
            const row = event.currentTarget.parentElement;
            if (event.dataTransfer) {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', step.text);
              if (row) event.dataTransfer.setDragImage(row, 16, 16);
            }
            drag.start(index);
          }}
          onDragEnd={() => drag.end()}
        >
          <Icon name="grip" />
        </span>
        <input
          type="checkbox"
          id={`${base}-done`}
          class="step__check"
          checked={step.done}
          aria-describedby={`${base}-text`}
          onChange={() => editGoal(goalId, (goal, now) => toggleStep(goal, step.id, now))}
        />
        <label for={`${base}-done`} class="visually-hidden">
          {t('goals.ui.steps.doneLabel', { n })}
        </label>
        <div class="step__body">
          <label for={`${base}-text`} class="visually-hidden">
            {t('goals.ui.steps.textLabel', { n })}
          </label>
          {/* A text area that grows with the step (field-sizing: content; rows as the fallback).
              Enter goes on to the "New step" field, without a line break: a step is one item that
              wraps, and every keystroke is already saved. Shift+Enter is left to the text area. */}
          <textarea
            id={`${base}-text`}
            class="textarea step__text"
            rows={2}
            value={step.text}
            maxLength={LIMITS.stepText}
            autoComplete="off"
            data-control="text"
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
              event.preventDefault();
              document.getElementById('goal-step-new')?.focus();
            }}
            onInput={(event) => {
              const text = event.currentTarget.value;
              editGoal(goalId, (goal, now) => updateStep(goal, step.id, { text }, now));
            }}
          />
          <div class="step__meta">
            <label for={`${base}-due`} class="visually-hidden">
              {t('goals.ui.steps.dueLabel', { n })}
            </label>
            <DateInput
              id={`${base}-due`}
              locale={locale}
              class="input step__due"
              value={step.dueDate ?? ''}
              onCommit={(value) => {
                const dueDate = value || null;
                editGoal(goalId, (goal, now) => updateStep(goal, step.id, { dueDate }, now));
              }}
            />
            {overdue && step.dueDate !== null && (
              <span class="step__overdue" data-testid="step-overdue">
                <Icon name="overdue" />
                {t('goals.ui.steps.overdue')}
                <span class="visually-hidden"> ({formatDate(step.dueDate, locale)})</span>
              </span>
            )}
            {step.done && (
              <span class="step__done-badge">
                <Icon name="completed" />
                {t('goals.status.completed')}
              </span>
            )}
          </div>
        </div>
        <div class="step__buttons">
          <button
            type="button"
            class="button button--small kit-icon-button"
            data-control="up"
            disabled={index === 0}
            aria-label={t('goals.ui.steps.moveUp', { n })}
            onClick={() => onMove(step.id, index, index - 1)}
          >
            <Icon name="up" />
          </button>
          <button
            type="button"
            class="button button--small kit-icon-button"
            data-control="down"
            disabled={isLast}
            aria-label={t('goals.ui.steps.moveDown', { n })}
            onClick={() => onMove(step.id, index, index + 1)}
          >
            <Icon name="down" />
          </button>
          <button
            type="button"
            class="button button--small button--danger kit-icon-button"
            aria-label={t('goals.ui.steps.remove', { n })}
            onClick={() => onRemove(step.id, index)}
          >
            <Icon name="remove" />
          </button>
        </div>
      </li>
    );
  },
  (a, b) =>
    a.step === b.step &&
    a.dropTarget === b.dropTarget &&
    a.index === b.index &&
    a.isLast === b.isLast &&
    a.today === b.today &&
    a.locale === b.locale &&
    a.goalId === b.goalId,
);

interface AddProps {
  locale: Locale;
  goalId: string;
  disabled: boolean;
  inputRef: { current: HTMLTextAreaElement | null };
  onAdded: () => void;
}

function AddStepForm({ locale, goalId, disabled, inputRef, onAdded }: AddProps) {
  const t = translator(locale);
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  return (
    <form
      class="goal-steps__add"
      onSubmit={(event) => {
        event.preventDefault();
        if (disabled || text.trim() === '') return;
        const input = { text: text.trim(), dueDate: dueDate || null };
        editGoal(goalId, (goal) => addStep(goal, input, { ...createContext(), now: nowIso() }));
        setText('');
        setDueDate('');
        onAdded();
        inputRef.current?.focus();
      }}
    >
      <Field id="goal-step-new" class="goal-steps__add-text" label={t('goals.ui.steps.new')} describedBy="goal-step-new-help">
        {(control) => (
          // Grows like the steps above it; Enter still adds the step (Shift+Enter: a line break).
          <textarea
            {...control}
            ref={inputRef}
            class="textarea goal-steps__new-text"
            rows={1}
            value={text}
            maxLength={LIMITS.stepText}
            autoComplete="off"
            disabled={disabled}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="goal-step-new-due" class="goal-steps__add-due" label={t('goals.ui.steps.newDue')}>
        {(control) => <DateInput id={control.id} locale={locale} value={dueDate} disabled={disabled} onCommit={setDueDate} />}
      </Field>
      <button type="submit" class="button" disabled={disabled}>
        <Icon name="plus" />
        {t('goals.ui.steps.add')}
      </button>
      <p class="field__help goal-steps__add-help" id="goal-step-new-help">
        {t('goals.ui.steps.newHelp')}
      </p>
    </form>
  );
}

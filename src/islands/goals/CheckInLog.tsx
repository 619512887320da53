import { DateInput } from '../ui/DateInput.tsx';
import { Field } from '../ui/Field.tsx';
import { memo } from '../ui/memo.ts';
import { useRef, useState } from 'preact/hooks';
import { addCheckIn, formatDate, LIMITS, removeCheckIn, restoreCheckIn, type CheckIn } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { createContext, currentGoal, editGoal } from '../../stores/goals.ts';
import { Icon } from '../ui/Icon.tsx';
import { RemovedRow } from './RemovedRow.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  goalId: string;
  checkIns: readonly CheckIn[];
  today: string;
}

/** How many check-ins show before "Show all": a long log stays quick to open and to scroll past. */
export const CHECK_INS_SHOWN = 20;

/** The check-in form and the log, newest first (the stored order). Memoised on the check-ins array. */
export const CheckInLog = memo(function CheckInLog({ locale, goalId, checkIns, today }: Props) {
  const t = translator(locale);
  const [showAll, setShowAll] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const logHeading = useRef<HTMLHeadingElement>(null);
  const shown = showAll ? checkIns : checkIns.slice(0, CHECK_INS_SHOWN);

  // A removed check-in leaves an Undo row in its place for a few seconds (focus goes to Undo).
  const [removed, setRemoved] = useState<{ checkIn: CheckIn; index: number } | null>(null);
  const onRemove = (checkInId: string) => {
    const stored = currentGoal(goalId)?.checkIns ?? checkIns;
    const index = stored.findIndex((checkIn) => checkIn.id === checkInId);
    const checkIn = stored[index];
    if (!checkIn) return;
    editGoal(goalId, (goal, now) => removeCheckIn(goal, checkInId, now));
    setRemoved({ checkIn, index });
  };
  const onUndoRemove = () => {
    if (!removed) return;
    editGoal(goalId, (goal, now) => restoreCheckIn(goal, removed.checkIn, removed.index, now));
    setRemoved(null);
    setAnnouncement(t('goals.ui.checkIns.restored'));
    logHeading.current?.focus();
  };
  const onRemovedExpire = (hadFocus: boolean) => {
    setRemoved(null);
    if (hadFocus) logHeading.current?.focus();
  };
  const rows = shown.map((checkIn) => <CheckInItem key={checkIn.id} locale={locale} checkIn={checkIn} onRemove={onRemove} />);
  if (removed && removed.index <= rows.length) {
    rows.splice(
      removed.index,
      0,
      <RemovedRow
        key={`removed-${removed.checkIn.id}`}
        locale={locale}
        id={removed.checkIn.id}
        text={t('goals.ui.checkIns.removedNamed', { date: formatDate(removed.checkIn.date, locale) })}
        onUndo={onUndoRemove}
        onExpire={onRemovedExpire}
      />,
    );
  }

  return (
    <section class="goal-checkins" aria-labelledby="goal-checkins-title">
      <h3 id="goal-checkins-title">{t('goals.ui.checkIns.title')}</h3>
      <p class="field__help">{t('goals.ui.checkIns.intro')}</p>
      <CheckInForm
        locale={locale}
        goalId={goalId}
        today={today}
        disabled={checkIns.length >= LIMITS.checkInsPerGoal}
        onAdded={() => setAnnouncement(t('goals.ui.checkIns.added'))}
      />
      <h4 id="goal-checkins-log" ref={logHeading} tabIndex={-1}>
        {t('goals.ui.checkIns.log')}
      </h4>
      {rows.length === 0 ? (
        <p class="goal-checkins__empty">{t('goals.ui.checkIns.empty')}</p>
      ) : (
        <>
          <ol class="goal-checkins__list" aria-labelledby="goal-checkins-log" data-testid="checkin-list">
            {rows}
          </ol>
          {shown.length < checkIns.length && (
            <p class="goal-checkins__more">
              <span>{t('goals.ui.checkIns.showing', { shown: shown.length, count: checkIns.length })}</span>{' '}
              <button type="button" class="button button--small" onClick={() => setShowAll(true)}>
                {t('goals.ui.checkIns.showAll', { count: checkIns.length })}
              </button>
            </p>
          )}
        </>
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
});

const CheckInItem = memo(
  function CheckInItem({ locale, checkIn, onRemove }: { locale: Locale; checkIn: CheckIn; onRemove: (id: string) => void }) {
    const t = translator(locale);
    const date = formatDate(checkIn.date, locale);
    return (
      <li class="checkin">
        <div class="checkin__head">
          <time dateTime={checkIn.date} class="checkin__date">
            {date}
          </time>
          <button
            type="button"
            class="button button--small button--danger kit-icon-button"
            aria-label={t('goals.ui.checkIns.remove', { date })}
            onClick={() => onRemove(checkIn.id)}
          >
            <Icon name="remove" />
          </button>
        </div>
        <dl class="checkin__body">
          {checkIn.happened.trim() !== '' && (
            <>
              <dt>{t('goals.export.md.checkInHappened')}</dt>
              <dd>{checkIn.happened}</dd>
            </>
          )}
          {checkIn.nextStep.trim() !== '' && (
            <>
              <dt>{t('goals.export.md.checkInNextStep')}</dt>
              <dd>{checkIn.nextStep}</dd>
            </>
          )}
        </dl>
      </li>
    );
  },
  (a, b) => a.checkIn === b.checkIn && a.locale === b.locale,
);

interface FormProps {
  locale: Locale;
  goalId: string;
  today: string;
  disabled: boolean;
  onAdded: () => void;
}

function CheckInForm({ locale, goalId, today, disabled, onAdded }: FormProps) {
  const t = translator(locale);
  const [date, setDate] = useState<string | null>(null);
  const [happened, setHappened] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [error, setError] = useState(false);
  const happenedField = useRef<HTMLTextAreaElement>(null);
  const chosenDate = date ?? today;

  return (
    <form
      class="goal-checkins__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (disabled) return;
        if (happened.trim() === '' && nextStep.trim() === '') {
          setError(true);
          happenedField.current?.focus();
          return;
        }
        const input = { date: chosenDate || today, happened: happened.trim(), nextStep: nextStep.trim() };
        editGoal(goalId, (goal) => addCheckIn(goal, input, createContext()));
        setHappened('');
        setNextStep('');
        setDate(null);
        setError(false);
        onAdded();
      }}
    >
      <Field id="goal-checkin-date" class="goal-checkins__date" label={t('goals.ui.checkIns.date')}>
        {(control) => <DateInput id={control.id} locale={locale} value={chosenDate} required onCommit={setDate} />}
      </Field>
      <Field id="goal-checkin-happened" label={t('goals.ui.checkIns.happened')} describedBy={error ? 'goal-checkin-error' : undefined}>
        {(control) => (
          <textarea
            {...control}
            ref={happenedField}
            class="textarea"
            rows={2}
            maxLength={LIMITS.checkInText}
            value={happened}
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => setHappened(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="goal-checkin-next" label={t('goals.ui.checkIns.nextStep')}>
        {(control) => (
          <textarea
            {...control}
            class="textarea"
            rows={2}
            maxLength={LIMITS.checkInText}
            value={nextStep}
            onInput={(event) => setNextStep(event.currentTarget.value)}
          />
        )}
      </Field>
      {error && (
        <p class="goals-error" id="goal-checkin-error" role="alert">
          {t('goals.ui.checkIns.needText')}
        </p>
      )}
      <button type="submit" class="button" disabled={disabled}>
        <Icon name="plus" />
        {t('goals.ui.checkIns.add')}
      </button>
    </form>
  );
}

import { useMemo, useState } from 'preact/hooks';
import { isLocalTime } from '../../lib/agreements/calendar/dates.ts';
import { planCalendar } from '../../lib/agreements/calendar/plan.ts';
import { CALENDAR_LIMITS, setCalendar, type Agreement, type CalendarSettings } from '../../lib/agreements/index.ts';
import { formatDate } from '../../lib/calendar/format-date.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { currentAgreement, editAgreement, nowIso } from '../../stores/agreements.ts';
import { DateInput } from '../ui/DateInput.tsx';
import { useTypedText } from '../ui/useTypedText.ts';
import { Field } from '../ui/Field.tsx';
import { downloadFile } from '../ui/download.ts';
import '../../styles/agreement-calendar.css';

interface Props {
  locale: Locale;
  agreement: Agreement;
}

/** How many meeting dates the panel lists before the downloads; the calendar app shows the rest. */
const FIRST_DATES = 6;
const ICS_TYPE = 'text/calendar;charset=utf-8';

/** Applies a change to the planning as stored at that moment (the props may lag one keystroke). */
function changeCalendar(id: string, change: (calendar: CalendarSettings) => CalendarSettings): void {
  editAgreement(id, (agreement, context) => setCalendar(agreement, change(agreement.calendar), context.now));
}

/** The agreement's meetings in a calendar: time of day, days to skip, and the two .ics files. */
export function CalendarPanel({ locale, agreement }: Props) {
  const t = translator(locale);
  const plan = useMemo(() => planCalendar(agreement), [agreement]);
  const { calendar } = agreement;
  const base = `agreement-calendar-${agreement.id}`;
  const date = (iso: string) => formatDate(iso, locale);
  const [announcement, setAnnouncement] = useState('');

  const [time, setTime] = useTypedText(calendar.time, (stored) => stored ?? '');
  const takeTime = (value: string) => {
    const accepted = value === '' || isLocalTime(value);
    setTime(value, accepted ? (value === '' ? null : value) : calendar.time);
    if (accepted) changeCalendar(agreement.id, (current) => ({ ...current, time: value === '' ? null : value }));
  };

  const toggleHoliday = (holidayDate: string, skip: boolean) =>
    changeCalendar(agreement.id, (current) => ({
      ...current,
      skipDates: skip ? [...current.skipDates, holidayDate] : current.skipDates.filter((skipped) => skipped !== holidayDate),
    }));

  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  const [breakError, setBreakError] = useState<string | null>(null);
  const rangeLabel = (text: string) => text.trim() || t('agreements.calendarPanel.breaks.unnamed');

  const addBreak = () => {
    if (calendar.skipRanges.length >= CALENDAR_LIMITS.skipRanges) {
      setBreakError(t('agreements.calendarPanel.breaks.full', { count: CALENDAR_LIMITS.skipRanges }));
      return;
    }
    if (from === '' || to === '') return setBreakError(t('agreements.calendarPanel.breaks.incomplete'));
    if (to < from) return setBreakError(t('agreements.calendarPanel.breaks.reversed'));
    const range = { from, to, label: label.trim().slice(0, CALENDAR_LIMITS.label) };
    changeCalendar(agreement.id, (current) => ({ ...current, skipRanges: [...current.skipRanges, range] }));
    setFrom('');
    setTo('');
    setLabel('');
    setBreakError(null);
    setAnnouncement(t('agreements.calendarPanel.breaks.added', { label: rangeLabel(range.label) }));
  };

  const removeBreak = (index: number) => {
    const removed = calendar.skipRanges[index];
    if (!removed) return;
    changeCalendar(agreement.id, (current) => {
      const at = current.skipRanges.findIndex((range) => range.from === removed.from && range.to === removed.to && range.label === removed.label);
      return at < 0 ? current : { ...current, skipRanges: current.skipRanges.toSpliced(at, 1) };
    });
    setAnnouncement(t('agreements.calendarPanel.breaks.removed', { label: rangeLabel(removed.label) }));
    // The button is gone: keep the keyboard in the breaks part.
    document.getElementById(`${base}-break-from`)?.focus();
  };

  const productId = `-//Mentorkit//Agreements 1.0//${locale.toUpperCase()}`;
  const titled = (title: string, withTitle: 'series' | 'review' | 'closure') => {
    const trimmed = title.trim();
    return trimmed ? t(`agreements.calendarPanel.ics.${withTitle}`, { title: trimmed }) : t(`agreements.calendarPanel.ics.${withTitle}Untitled`);
  };

  const download = async (which: 'series' | 'milestones') => {
    // Read at click time: the latest keystroke may not have re-rendered yet.
    const latest = currentAgreement(agreement.id) ?? agreement;
    const latestPlan = planCalendar(latest);
    const series = latestPlan.series;
    if (!series) return;
    const ics = await import('../../lib/agreements/calendar/ics.ts');
    const place = latest.sections.meetings?.place ?? '';
    const now = nowIso();
    const text =
      which === 'series'
        ? ics.seriesToIcs({ agreementId: latest.id, series, summary: titled(latest.title, 'series'), location: place, now, productId })
        : ics.milestonesToIcs({
            agreementId: latest.id,
            now,
            productId,
            milestones: latestPlan.milestones.map((milestone) => ({
              ...milestone,
              startTime: series.startTime,
              durationMinutes: series.durationMinutes,
              location: place,
              ...(milestone.kind === 'midpointReview'
                ? { summary: titled(latest.title, 'review'), description: t('agreements.calendarPanel.ics.reviewDescription') }
                : { summary: titled(latest.title, 'closure'), description: t('agreements.calendarPanel.ics.closureDescription') }),
            })),
          });
    const file = t(which === 'series' ? 'agreements.calendarPanel.file.series' : 'agreements.calendarPanel.file.milestones');
    downloadFile(file, text, ICS_TYPE);
    setAnnouncement(t('agreements.calendarPanel.downloaded', { file }));
  };

  const { summary } = plan;
  let summaryText = '';
  if (summary.first && summary.last) {
    summaryText = t('agreements.calendarPanel.summary', { count: summary.meetings, first: date(summary.first), last: date(summary.last) });
    if (summary.skipped > 0) {
      summaryText = t('agreements.calendarPanel.summaryWithSkipped', {
        summary: summaryText,
        skipped: t('agreements.calendarPanel.summarySkipped', { count: summary.skipped }),
      });
    }
  }
  const review = plan.milestones.find((milestone) => milestone.kind === 'midpointReview');
  const closure = plan.milestones.find((milestone) => milestone.kind === 'closure');
  const firstDates = plan.meetings.filter((meeting) => meeting.replacedBy === null).slice(0, FIRST_DATES);
  const ready = plan.series !== null;
  const minutes = agreement.sections.meetings?.minutes;

  return (
    <section class="agreement-calendar" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{t('agreements.calendarPanel.title')}</h3>
      <p class="field__help">{t('agreements.calendarPanel.intro')}</p>

      <Field id={`${base}-time`} label={t('agreements.calendarPanel.time')} hint={minutes ? t('agreements.calendarPanel.timeHint', { minutes }) : undefined}>
        {(control) => (
          <input
            {...control}
            type="time"
            class="input agreement-calendar__time"
            value={time}
            onInput={(event) => takeTime(event.currentTarget.value)}
            onChange={(event) => takeTime(event.currentTarget.value)}
          />
        )}
      </Field>

      <fieldset class="field agreement-calendar__holidays" aria-describedby={`${base}-holidays-help`}>
        <legend>{t('agreements.calendarPanel.holidays.title')}</legend>
        {plan.holidays.length === 0 ? (
          <p class="field__help" id={`${base}-holidays-help`}>
            {t('agreements.calendarPanel.holidays.none')}
          </p>
        ) : (
          <>
            <p class="field__help" id={`${base}-holidays-help`}>
              {t('agreements.calendarPanel.holidays.hint')}
            </p>
            <ul class="agreement-calendar__list" role="list">
              {plan.holidays.map(({ holiday, skipped }) => (
                <li key={holiday.date}>
                  <label class="choice">
                    <input type="checkbox" checked={skipped} onChange={(event) => toggleHoliday(holiday.date, event.currentTarget.checked)} />
                    <span>
                      {t('agreements.calendarPanel.holidays.skip', { name: t(holiday.nameKey), date: date(holiday.date) })}
                      {holiday.optional && <span class="field__help"> ({t('agreements.calendarPanel.holidays.optional')})</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>

      <div class="agreement-calendar__breaks" role="group" aria-labelledby={`${base}-breaks-title`}>
        <h4 id={`${base}-breaks-title`}>{t('agreements.calendarPanel.breaks.title')}</h4>
        <p class="field__help">{t('agreements.calendarPanel.breaks.hint')}</p>
        {calendar.skipRanges.length > 0 && (
          <ul class="agreement-calendar__list" role="list">
            {calendar.skipRanges.map((range, index) => {
              const name = rangeLabel(range.label);
              return (
                <li key={`${range.from}-${range.to}-${index}`} class="agreement-calendar__break">
                  <span>{t('agreements.calendarPanel.breaks.item', { label: name, from: date(range.from), to: date(range.to) })}</span>
                  <button type="button" class="button button--small" onClick={() => removeBreak(index)}>
                    {t('agreements.calendarPanel.breaks.remove', { label: name })}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div class="agreement-calendar__new-break">
          <Field id={`${base}-break-from`} label={t('agreements.calendarPanel.breaks.from')}>
            {(control) => <DateInput id={control.id} describedBy={control['aria-describedby']} locale={locale} value={from} onCommit={setFrom} />}
          </Field>
          <Field id={`${base}-break-to`} label={t('agreements.calendarPanel.breaks.to')}>
            {(control) => <DateInput id={control.id} describedBy={control['aria-describedby']} locale={locale} value={to} onCommit={setTo} />}
          </Field>
          <Field id={`${base}-break-label`} label={t('agreements.calendarPanel.breaks.label')} hint={t('agreements.calendarPanel.breaks.labelHint')}>
            {(control) => (
              <input
                {...control}
                type="text"
                class="input"
                value={label}
                maxLength={CALENDAR_LIMITS.label}
                onInput={(event) => setLabel(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addBreak();
                  }
                }}
              />
            )}
          </Field>
        </div>
        {breakError && (
          <p class="field__error" role="alert">
            {breakError}
          </p>
        )}
        <button type="button" class="button button--small" onClick={addBreak}>
          {t('agreements.calendarPanel.breaks.add')}
        </button>
      </div>

      <div class="agreement-calendar__summary">
        {summaryText && <p data-testid="calendar-summary">{summaryText}</p>}
        {review && closure && (
          <p>
            {t('agreements.calendarPanel.milestones', { review: date(review.date), closure: date(closure.date) })}{' '}
            {plan.meetings.some((meeting) => meeting.replacedBy !== null) && t('agreements.calendarPanel.milestonesReplace')}
          </p>
        )}
        {firstDates.length > 0 && (
          <>
            <h4 id={`${base}-dates-title`}>{t('agreements.calendarPanel.firstDates')}</h4>
            <ul class="agreement-calendar__dates" aria-labelledby={`${base}-dates-title`}>
              {firstDates.map((meeting) => (
                <li key={meeting.date} class={meeting.skipped ? 'agreement-calendar__skipped' : undefined}>
                  {date(meeting.date)}
                  {meeting.skipped && ` (${t('agreements.calendarPanel.skippedMark')})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {!ready && (
        <div class="agreement-calendar__issues" id={`${base}-issues`}>
          <p>{t('agreements.calendarPanel.blocked')}</p>
          <ul>
            {plan.issues.map((issue) => (
              <li key={`${issue.field}-${issue.message.key}`}>{t(issue.message.key, issue.message.params)}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="agreement-calendar__buttons">
        <button
          type="button"
          class="button button--small"
          disabled={!ready}
          aria-describedby={ready ? `${base}-files-help` : `${base}-issues ${base}-files-help`}
          onClick={() => void download('series')}
        >
          {t('agreements.calendarPanel.downloadSeries')}
        </button>
        <button
          type="button"
          class="button button--small"
          disabled={!ready}
          aria-describedby={ready ? `${base}-files-help` : `${base}-issues ${base}-files-help`}
          onClick={() => void download('milestones')}
        >
          {t('agreements.calendarPanel.downloadMilestones')}
        </button>
      </div>
      <p class="field__help" id={`${base}-files-help`}>
        {t('agreements.calendarPanel.filesHelp')}
      </p>
      <p class="field__help" role="status">
        {announcement}
      </p>
    </section>
  );
}

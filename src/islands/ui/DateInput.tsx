import { useTypedText } from './useTypedText.ts';
import { checkDateInput } from '../../lib/calendar/date-input.ts';
import { DATE_RANGE } from '../../lib/calendar/dates.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import '../../styles/kit.css';

interface Props {
  id: string;
  locale: Locale;
  /** The stored value; what the person is typing stays here until it is a date the record accepts. */
  value: string;
  /** Called with every value that may be written: an allowed date, or '' for none. */
  onCommit: (value: string) => void;
  class?: string;
  describedBy?: string | undefined;
  required?: boolean;
  disabled?: boolean;
}

/**
 * A date field that never hands on a half-typed or impossible date (a five-digit year, 0002 on
 * the way to 2026): it says what is wrong next to the field and keeps the last good value stored.
 */
export function DateInput({ id, locale, value, onCommit, class: className = 'input', describedBy, required, disabled }: Props) {
  const t = translator(locale);
  const [raw, setRaw] = useTypedText(value, (stored) => stored);
  const problem = checkDateInput(raw);
  const errorId = `${id}-error`;
  const describedByIds = [describedBy, problem ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const take = (next: string) => {
    const accepted = checkDateInput(next) === null;
    setRaw(next, accepted ? next : value);
    if (accepted) onCommit(next);
  };
  return (
    <>
      <input
        id={id}
        type="date"
        class={className}
        value={raw}
        min={DATE_RANGE.earliest}
        max={DATE_RANGE.latest}
        required={required}
        disabled={disabled}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedByIds}
        onInput={(event) => take(event.currentTarget.value)}
        onChange={(event) => take(event.currentTarget.value)}
      />
      {problem && (
        <span class="field__error" id={errorId} role="alert">
          {t(problem.key, problem.params)}
        </span>
      )}
    </>
  );
}

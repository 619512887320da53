import { useState } from 'preact/hooks';
import { LIMITS } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Icon } from '../ui/Icon.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  disabled: boolean;
  onCreate: (title: string) => void;
}

/** A title and Enter: the quickest way to a new goal. An empty title gives an untitled goal. */
export function NewGoalForm({ locale, disabled, onCreate }: Props) {
  const t = translator(locale);
  const [title, setTitle] = useState('');
  return (
    <form
      class="goals-new"
      onSubmit={(event) => {
        event.preventDefault();
        if (disabled) return;
        onCreate(title.trim());
        setTitle('');
      }}
    >
      <label for="goals-new-title">{t('goals.ui.new.label')}</label>
      <div class="goals-inline">
        <input
          id="goals-new-title"
          class="input"
          value={title}
          maxLength={LIMITS.title}
          placeholder={t('goals.ui.new.placeholder')}
          autoComplete="off"
          disabled={disabled}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
        <button type="submit" class="button button--primary" disabled={disabled}>
          <Icon name="plus" />
          {t('goals.ui.new.submit')}
        </button>
      </div>
    </form>
  );
}

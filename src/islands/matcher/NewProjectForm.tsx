import { useState } from 'preact/hooks';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { LIMITS, PRESET_IDS, type PresetId } from '../../lib/matcher/model.ts';
import { Field } from '../ui/Field.tsx';

interface Props {
  locale: Locale;
  disabled: boolean;
  onCreate: (title: string, preset: PresetId) => void;
  onCancel: (() => void) | undefined;
  headingRef: { current: HTMLHeadingElement | null };
}

/** The start of a project: its name and the type of programme, which sets mode, criteria and rules to begin with. */
export function NewProjectForm({ locale, disabled, onCreate, onCancel, headingRef }: Props) {
  const t = translator(locale);
  const [title, setTitle] = useState('');
  const [preset, setPreset] = useState<PresetId>('careerMentoring');
  return (
    <form
      class="matcher-new"
      aria-labelledby="matcher-new-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(title, preset);
      }}
    >
      <h2 id="matcher-new-heading" ref={headingRef} tabIndex={-1}>
        {t('matcher.workbook.new.heading')}
      </h2>
      <p class="field__help">{t('matcher.workbook.new.intro')}</p>
      <Field id="matcher-new-title" label={t('matcher.workbook.new.title')} hint={t('matcher.workbook.new.titleHint')}>
        {(control) => <input {...control} class="input" value={title} maxLength={LIMITS.title} onInput={(event) => setTitle(event.currentTarget.value)} />}
      </Field>
      <fieldset class="field choice-cards">
        <legend>{t('matcher.workbook.new.type')}</legend>
        {PRESET_IDS.map((id) => (
          <label key={id} class="choice-card" data-preset={id}>
            <input type="radio" name="matcher-preset" value={id} checked={preset === id} onChange={() => setPreset(id)} />
            <span class="choice-card__text">
              <span class="choice-card__name">{t(`matcher.setup.preset.${id}.name`)}</span>
              <span class="choice-card__description">{t(`matcher.setup.preset.${id}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="matcher-new__buttons">
        <button type="submit" class="button button--primary" disabled={disabled}>
          {t('matcher.workbook.new.create')}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {t('matcher.workbook.new.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

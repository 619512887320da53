import { useState } from 'preact/hooks';
import { DOCUMENT_LANGUAGES, LIMITS, TEMPLATE_IDS, TEMPLATES, type DocumentLanguage, type TemplateId } from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Field } from '../ui/Field.tsx';

interface Props {
  locale: Locale;
  disabled: boolean;
  onCreate: (template: TemplateId, language: DocumentLanguage, mentees: number) => void;
  onCancel: (() => void) | undefined;
  headingRef: { current: HTMLHeadingElement | null };
}

/** The start: one of the five templates, the document's language and, for a group, its size. */
export function NewAgreementForm({ locale, disabled, onCreate, onCancel, headingRef }: Props) {
  const t = translator(locale);
  const [template, setTemplate] = useState<TemplateId>('oneOnOne');
  const [language, setLanguage] = useState<DocumentLanguage>(locale);
  const [mentees, setMentees] = useState(3);
  return (
    <form
      class="agreement-new"
      aria-labelledby="agreement-new-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(template, language, mentees);
      }}
    >
      <h2 id="agreement-new-heading" ref={headingRef} tabIndex={-1}>
        {t('agreements.ui.new.heading')}
      </h2>
      <p class="field__help">{t('agreements.ui.new.intro')}</p>
      <fieldset class="field choice-cards">
        <legend>{t('agreements.ui.new.template')}</legend>
        {TEMPLATE_IDS.map((id) => (
          <label key={id} class="choice-card" data-template={id}>
            <input type="radio" name="agreement-template" value={id} checked={template === id} onChange={() => setTemplate(id)} />
            <span class="choice-card__text">
              <span class="choice-card__name">{t(TEMPLATES[id].name)}</span>
              <span class="choice-card__description">{t(TEMPLATES[id].description)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="agreement-item__row">
        <Field id="agreement-new-language" label={t('agreements.ui.new.language')} hint={t('agreements.ui.new.languageHint')}>
          {(control) => (
            <select {...control} class="select" value={language} onChange={(event) => setLanguage(event.currentTarget.value as DocumentLanguage)}>
              {DOCUMENT_LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {t(`agreements.ui.language.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {template === 'group' && (
          <Field id="agreement-new-mentees" label={t('agreements.ui.new.mentees')}>
            {(control) => (
              <input
                {...control}
                class="input agreement-number"
                type="number"
                min={2}
                max={LIMITS.parties - 1}
                value={mentees}
                onInput={(event) => {
                  const value = Number(event.currentTarget.value);
                  if (Number.isInteger(value)) setMentees(Math.min(LIMITS.parties - 1, Math.max(2, value)));
                }}
              />
            )}
          </Field>
        )}
      </div>
      <div class="agreement-new__buttons">
        <button type="submit" class="button button--primary" disabled={disabled}>
          {t('agreements.ui.new.create')}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {t('agreements.ui.new.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

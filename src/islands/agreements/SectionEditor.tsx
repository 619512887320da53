import { useTypedText } from '../ui/useTypedText.ts';
import {
  fieldApplies,
  LIMITS,
  SECTION_SPECS,
  updateSectionField,
  type Agreement,
  type FieldIssue,
  type FieldSpec,
  type SectionId,
} from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editAgreement } from '../../stores/agreements.ts';
import { DateInput } from '../ui/DateInput.tsx';
import { Field } from '../ui/Field.tsx';
import { choiceKey, fieldLabelKey, sectionKey } from './labels.ts';
import { GoalsField } from './GoalsField.tsx';
import { ResponsibilitiesField } from './ResponsibilitiesField.tsx';

interface Props {
  locale: Locale;
  agreement: Agreement;
  section: SectionId;
  issues: readonly FieldIssue[];
  onRemove: (section: SectionId) => void;
}

/** Texts up to this length get a one-line input; longer ones a text area. */
const SHORT_TEXT = LIMITS.shortText;

function setField(agreementId: string, section: SectionId, field: string, value: unknown): void {
  editAgreement(agreementId, (agreement, context) =>
    updateSectionField(agreement, section, field as never, value as never, context.now),
  );
}

/**
 * One section of the agreement as a form: its help and example, and a control for each field,
 * drawn from the field's spec in the model (the same table validation and compare read).
 */
export function SectionEditor({ locale, agreement, section, issues, onRemove }: Props) {
  const t = translator(locale);
  const value = agreement.sections[section] as Record<string, unknown> | undefined;
  if (!value) return null;
  const specs = SECTION_SPECS[section] as Readonly<Record<string, FieldSpec>>;
  const headingId = `agreement-section-${section}`;
  const idFor = (field: string) => `agreement-${section}-${field}`;
  const issueFor = (field: string) => {
    const issue = issues.find((candidate) => candidate.section === section && candidate.field === field);
    return issue ? t(issue.message.key, issue.message.params) : null;
  };

  return (
    <section class="agreement-section" aria-labelledby={headingId} data-section={section}>
      <div class="agreement-section__head">
        <h3 id={headingId}>{t(sectionKey(section))}</h3>
        <button
          type="button"
          class="button button--small"
          aria-label={t('agreements.ui.sections.removeLabel', { section: { key: sectionKey(section) } })}
          onClick={() => onRemove(section)}
        >
          {t('agreements.ui.sections.remove')}
        </button>
      </div>
      <p class="field__help agreement-section__help">{t(`agreements.ui.section.${section}.help` as never)}</p>
      <p class="agreement-section__example">
        <span class="agreement-section__example-label">{t('agreements.ui.sections.example')}: </span>
        {t(`agreements.ui.section.${section}.example` as never)}
      </p>
      {Object.entries(specs).map(([field, spec]) => {
        if (!fieldApplies(section, field, value)) return null;
        if (section === 'purpose' && field === 'goals') return <GoalsField key={field} locale={locale} agreement={agreement} error={issueFor(field)} />;
        if (section === 'responsibilities' && field === 'items') return <ResponsibilitiesField key={field} locale={locale} agreement={agreement} />;
        return (
          <FieldControl
            key={field}
            locale={locale}
            id={idFor(field)}
            label={t(fieldLabelKey(section, field))}
            spec={spec}
            section={section}
            field={field}
            value={value[field]}
            error={issueFor(field)}
            onChange={(next) => setField(agreement.id, section, field, next)}
          />
        );
      })}
    </section>
  );
}

interface ControlProps {
  locale: Locale;
  id: string;
  label: string;
  spec: FieldSpec;
  section: SectionId;
  field: string;
  value: unknown;
  error: string | null;
  onChange: (value: unknown) => void;
}

function FieldControl({ locale, id, label, spec, section, field, value, error, onChange }: ControlProps) {
  const t = translator(locale);
  switch (spec.kind) {
    case 'text':
      return (
        <Field id={id} label={label} error={error}>
          {(control) =>
            spec.max > SHORT_TEXT ? (
              <textarea {...control} class="textarea" rows={3} maxLength={spec.max} value={String(value ?? '')} onInput={(event) => onChange(event.currentTarget.value)} />
            ) : (
              <input {...control} class="input" type="text" maxLength={spec.max} value={String(value ?? '')} onInput={(event) => onChange(event.currentTarget.value)} />
            )
          }
        </Field>
      );
    case 'date':
      return (
        <Field id={id} label={label} error={error}>
          {(control) => (
            <DateInput id={id} locale={locale} value={String(value ?? '')} describedBy={control['aria-describedby']} onCommit={(next) => onChange(next === '' ? null : next)} />
          )}
        </Field>
      );
    case 'number':
      return <NumberControl locale={locale} id={id} label={label} spec={spec} value={Number(value)} error={error} onChange={onChange} />;
    case 'choice':
      return (
        <Field id={id} label={label} error={error}>
          {(control) => (
            <select {...control} class="select" value={String(value)} onChange={(event) => onChange(event.currentTarget.value)}>
              {spec.values.map((option) => (
                <option key={option} value={option}>
                  {t(choiceKey(section, field, option))}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case 'choices': {
      const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
      return (
        <fieldset class="field agreement-choices" aria-describedby={error ? `${id}-error` : undefined}>
          <legend>{label}</legend>
          {spec.values.map((option) => (
            <label key={option} class="choice">
              <input
                type="checkbox"
                checked={chosen.has(option)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.currentTarget.checked) next.add(option);
                  else next.delete(option);
                  onChange(spec.values.filter((candidate) => next.has(candidate)));
                }}
              />
              {t(choiceKey(section, field, option))}
            </label>
          ))}
          {error && (
            <span class="field__error" id={`${id}-error`} role="alert">
              {error}
            </span>
          )}
        </fieldset>
      );
    }
    case 'flag':
      return (
        <div class="field">
          <label class="choice" for={id}>
            <input id={id} type="checkbox" checked={value === true} onChange={(event) => onChange(event.currentTarget.checked)} />
            {label}
          </label>
        </div>
      );
    default:
      return null;
  }
}

function NumberControl({
  locale,
  id,
  label,
  spec,
  value,
  error,
  onChange,
}: {
  locale: Locale;
  id: string;
  label: string;
  spec: { min: number; max: number };
  value: number;
  error: string | null;
  onChange: (value: unknown) => void;
}) {
  const t = translator(locale);
  const [raw, setRaw] = useTypedText(value, String);
  const parsed = Number(raw);
  const outOfRange = raw.trim() === '' || !Number.isInteger(parsed) || parsed < spec.min || parsed > spec.max;
  const problem = outOfRange ? t('agreements.ui.numberRange', { min: spec.min, max: spec.max }) : error;
  return (
    <Field id={id} label={label} error={problem}>
      {(control) => (
        <input
          {...control}
          class="input agreement-number"
          type="number"
          inputMode="numeric"
          min={spec.min}
          max={spec.max}
          step={1}
          value={raw}
          onInput={(event) => {
            const next = event.currentTarget.value;
            const number = Number(next);
            const accepted = next.trim() !== '' && Number.isInteger(number) && number >= spec.min && number <= spec.max;
            setRaw(next, accepted ? number : value);
            if (accepted) onChange(number);
          }}
        />
      )}
    </Field>
  );
}


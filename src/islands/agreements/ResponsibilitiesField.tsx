import {
  addResponsibility,
  LIMITS,
  removeResponsibility,
  restoreResponsibility,
  STANDARD_RESPONSIBILITIES,
  updateResponsibility,
  WHO,
  type Agreement,
  type Responsibility,
  type StandardResponsibility,
  type Who,
} from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editAgreement } from '../../stores/agreements.ts';
import { Field } from '../ui/Field.tsx';
import { useAnnounce } from '../ui/announce.ts';
import { responsibilityKey, whoKey } from './labels.ts';

interface Props {
  locale: Locale;
  agreement: Agreement;
}

/** Who does what: a standard line in the document's language, or the parties' own words, or both. */
export function ResponsibilitiesField({ locale, agreement }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const items = agreement.sections.responsibilities?.items ?? [];
  const patch = (id: string, next: Partial<Omit<Responsibility, 'id'>>) =>
    editAgreement(agreement.id, (current, context) => updateResponsibility(current, id, next, context.now));

  const remove = (id: string) => {
    let removed: ReturnType<typeof removeResponsibility>['removed'] = null;
    editAgreement(agreement.id, (current, context) => {
      const result = removeResponsibility(current, id, context.now);
      removed = result.removed;
      return result.agreement;
    });
    const undo = removed;
    if (!undo) return;
    announce(t('agreements.ui.notice.itemRemoved'), {
      focusAction: true,
      action: { label: t('agreements.ui.notice.undo'), run: () => editAgreement(agreement.id, (current, context) => restoreResponsibility(current, undo, context.now)) },
    });
  };

  return (
    <fieldset class="field agreement-responsibilities">
      <legend>{t('agreements.ui.label.responsibilities.items')}</legend>
      <ol class="agreement-items">
        {items.map((item, index) => {
          const base = `agreement-responsibility-${item.id}`;
          return (
            <li key={item.id} class="agreement-item">
              <fieldset class="agreement-item__group">
                <legend class="visually-hidden">{t('agreements.ui.responsibilities.item', { n: index + 1 })}</legend>
                <div class="agreement-item__row">
                  <Field id={`${base}-who`} label={t('agreements.ui.responsibilities.who')}>
                    {(control) => (
                      <select {...control} class="select" value={item.who} onChange={(event) => patch(item.id, { who: event.currentTarget.value as Who })}>
                        {WHO.map((who) => (
                          <option key={who} value={who}>
                            {t(whoKey(who))}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field id={`${base}-standard`} label={t('agreements.ui.responsibilities.standard')}>
                    {(control) => (
                      <select
                        {...control}
                        class="select"
                        value={item.standard ?? ''}
                        onChange={(event) => patch(item.id, { standard: (event.currentTarget.value || null) as StandardResponsibility | null })}
                      >
                        <option value="">{t('agreements.ui.responsibilities.none')}</option>
                        {STANDARD_RESPONSIBILITIES.map((standard) => (
                          <option key={standard} value={standard}>
                            {t(responsibilityKey(standard))}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </div>
                <Field id={`${base}-text`} label={t('agreements.ui.responsibilities.text')}>
                  {(control) => (
                    <textarea
                      {...control}
                      class="textarea agreement-item__text"
                      rows={2}
                      maxLength={LIMITS.longText}
                      value={item.text}
                      onInput={(event) => patch(item.id, { text: event.currentTarget.value })}
                    />
                  )}
                </Field>
                <button type="button" class="button button--small" onClick={() => remove(item.id)}>
                  {t('agreements.ui.responsibilities.remove', { n: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {items.length < LIMITS.responsibilities && (
        <button
          type="button"
          class="button button--small"
          onClick={() => editAgreement(agreement.id, (current, context) => addResponsibility(current, context))}
        >
          {t('agreements.ui.responsibilities.add')}
        </button>
      )}
    </fieldset>
  );
}

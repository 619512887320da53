import { addParty, LIMITS, PARTY_ROLES, removeParty, restoreParty, updateParty, type Agreement, type Party, type PartyRole } from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editAgreement } from '../../stores/agreements.ts';
import { Field } from '../ui/Field.tsx';
import { useAnnounce } from '../ui/announce.ts';
import { roleKey } from './labels.ts';

interface Props {
  locale: Locale;
  agreement: Agreement;
}

/** Who makes the agreement: a role, a name and how to reach them, for each party. */
// What signing still needs (a name, a second party) is listed by the sign panel, not shouted at
// a form someone has only just opened.
export function PartiesEditor({ locale, agreement }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();

  const remove = (partyId: string) => {
    let removed: ReturnType<typeof removeParty>['removed'] = null;
    editAgreement(agreement.id, (current, context) => {
      const result = removeParty(current, partyId, context.now);
      removed = result.removed;
      return result.agreement;
    });
    const undo = removed;
    if (!undo) return;
    announce(t('agreements.ui.notice.partyRemoved'), {
      focusAction: true,
      action: { label: t('agreements.ui.notice.undo'), run: () => editAgreement(agreement.id, (current, context) => restoreParty(current, undo, context.now)) },
    });
  };

  return (
    <section class="agreement-section" aria-labelledby="agreement-parties-heading" data-section="parties">
      <h3 id="agreement-parties-heading">{t('agreements.ui.parties.heading')}</h3>
      <p class="field__help agreement-section__help">{t('agreements.ui.parties.help')}</p>
      <ol class="agreement-items">
        {agreement.parties.map((party, index) => {
          const base = `agreement-party-${party.id}`;
          return (
            <li key={party.id} class="agreement-item">
              <fieldset class="agreement-item__group">
                <legend>{t('agreements.ui.parties.party', { n: index + 1 })}</legend>
                <div class="agreement-item__row">
                  <Field id={`${base}-role`} label={t('agreements.ui.parties.role')}>
                    {(control) => (
                      <select
                        {...control}
                        class="select"
                        value={party.role}
                        onChange={(event) =>
                          editAgreement(agreement.id, (current, context) => updateParty(current, party.id, 'role', event.currentTarget.value as PartyRole, context.now))
                        }
                      >
                        {PARTY_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(roleKey(role))}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <PartyText agreementId={agreement.id} party={party} field="name" id={`${base}-name`} label={t('agreements.ui.parties.name')} />
                </div>
                <PartyText
                  agreementId={agreement.id}
                  party={party}
                  field="contact"
                  id={`${base}-contact`}
                  label={t('agreements.ui.parties.contact')}
                  hint={t('agreements.ui.parties.contactHint')}
                />
                <button type="button" class="button button--small" onClick={() => remove(party.id)}>
                  {t('agreements.ui.parties.remove', { n: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {agreement.parties.length < LIMITS.parties && (
        <button
          type="button"
          class="button button--small"
          onClick={() =>
            editAgreement(agreement.id, (current, context) => addParty(current, agreement.template === 'peerDuo' || agreement.template === 'reciprocalDuo' ? 'peer' : 'mentee', context).agreement)
          }
        >
          {t('agreements.ui.parties.add')}
        </button>
      )}
    </section>
  );
}

/** A party's name or contact details, written through on every keystroke. */
function PartyText({ agreementId, party, field, id, label, hint }: { agreementId: string; party: Party; field: 'name' | 'contact'; id: string; label: string; hint?: string }) {
  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          class="input"
          type="text"
          autoComplete="off"
          maxLength={LIMITS[field]}
          value={party[field]}
          onInput={(event) => {
            const value = event.currentTarget.value;
            editAgreement(agreementId, (current, context) => updateParty(current, party.id, field, value, context.now));
          }}
        />
      )}
    </Field>
  );
}

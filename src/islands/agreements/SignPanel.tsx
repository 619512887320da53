import { useState } from 'preact/hooks';
import { checkReadyToSign, removeSignature, shortCode, signatureStatus, type Agreement, type Party } from '../../lib/agreements/index.ts';
import { formatDate } from '../../lib/calendar/format-date.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editAgreement, sign } from '../../stores/agreements.ts';
import { DateInput } from '../ui/DateInput.tsx';
import { Field } from '../ui/Field.tsx';
import { useToday } from '../ui/useToday.ts';
import { useAnnounce } from '../ui/announce.ts';
import { roleKey } from './labels.ts';

interface Props {
  locale: Locale;
  agreement: Agreement;
  fingerprint: string | null;
}

/** Typed names and dates under the fingerprint of the text; what is still missing, in words. */
export function SignPanel({ locale, agreement, fingerprint }: Props) {
  const t = translator(locale);
  const missing = checkReadyToSign(agreement);
  const status = signatureStatus(agreement);
  return (
    <section class="agreement-section agreement-sign" aria-labelledby="agreement-sign-heading" data-section="sign">
      <h3 id="agreement-sign-heading">{t('agreements.ui.sign.heading')}</h3>
      <p class="field__help">{t('agreements.ui.sign.intro')}</p>
      <p class="agreement-sign__legal">{t('agreements.ui.sign.notLegal')}</p>
      <p class="agreement-sign__fingerprint" data-testid="fingerprint">
        {fingerprint ? t('agreements.ui.sign.fingerprint', { code: fingerprint }) : '\u00a0'}
      </p>
      {missing.length > 0 && (
        <div class="alert alert--warning" data-testid="sign-missing">
          <p>{t('agreements.ui.sign.notReady')}</p>
          <ul class="agreement-sign__missing">
            {missing.map((issue, index) => (
              <li key={`${issue.section}-${issue.field}-${issue.itemId ?? index}`}>
                <a href={`#${targetId(issue.section, issue.field, issue.itemId)}`}>{t(issue.message.key, issue.message.params)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="agreement-sign__parties">
        {agreement.parties.map((party, index) => (
          <li key={party.id}>
            <PartySignature locale={locale} agreement={agreement} party={party} n={index + 1} ready={missing.length === 0} />
          </li>
        ))}
      </ul>
      {status === 'signed' && <p class="alert alert--success">{t('agreements.ui.sign.allSigned')}</p>}
      {agreement.history.length > 0 && (
        <details class="agreement-sign__history">
          <summary>{t('agreements.ui.sign.history', { count: agreement.history.length })}</summary>
          <ul>
            {agreement.history.toReversed().map((version) => (
              <li key={version.unsignedAt}>
                {t('agreements.ui.sign.historyItem', {
                  signedOn: formatDate(version.signedOn, locale),
                  code: shortCode(version.fingerprint),
                  unsignedAt: formatDate(version.unsignedAt.slice(0, 10), locale),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The id of the control a missing item points at, so the list links straight to it. */
function targetId(section: string, field: string, itemId?: string): string {
  if (section === 'parties') return itemId ? `agreement-party-${itemId}-name` : 'agreement-parties-heading';
  if (section === 'purpose' && field === 'goals') return 'agreement-section-purpose';
  return `agreement-${section}-${field}`;
}

function PartySignature({ locale, agreement, party, n, ready }: { locale: Locale; agreement: Agreement; party: Party; n: number; ready: boolean }) {
  const t = translator(locale);
  const announce = useAnnounce();
  const today = useToday();
  const signature = agreement.signatures.find((candidate) => candidate.partyId === party.id);
  const [name, setName] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const typedName = name ?? party.name;
  const signDate = date ?? today;
  const base = `agreement-sign-${party.id}`;
  const who = `${t(roleKey(party.role))}${party.name.trim() ? ` ${party.name.trim()}` : ''}`;

  if (signature) {
    return (
      <div class="agreement-sign__party agreement-sign__party--signed" data-testid="signature">
        <p>
          <strong>{t('agreements.ui.sign.signedBy', { name: signature.name, date: formatDate(signature.date, locale) })}</strong> ({t(roleKey(party.role))})
        </p>
        <button
          type="button"
          class="button button--small"
          onClick={() => editAgreement(agreement.id, (current, context) => removeSignature(current, party.id, context.now))}
        >
          {t('agreements.ui.sign.withdraw')}
        </button>
      </div>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const signed = await sign(agreement.id, { partyId: party.id, name: typedName, date: signDate });
      announce(signed ? t('agreements.ui.sign.signed', { name: typedName.trim() }) : t('agreements.ui.sign.changed'), signed ? { tone: 'success' } : {});
      if (signed) {
        setName(null);
        setDate(null);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="agreement-sign__party" onSubmit={(event) => void submit(event)} aria-label={who}>
      <div class="agreement-item__row">
        <Field id={`${base}-name`} label={`${t('agreements.ui.sign.name')} (${who})`}>
          {(control) => <input {...control} class="input" type="text" autoComplete="off" value={typedName} onInput={(event) => setName(event.currentTarget.value)} />}
        </Field>
        <Field id={`${base}-date`} label={t('agreements.ui.sign.date')}>
          {(control) => <DateInput id={`${base}-date`} locale={locale} value={signDate} describedBy={control['aria-describedby']} onCommit={(next) => setDate(next)} />}
        </Field>
      </div>
      <button type="submit" class="button button--primary" disabled={!ready || busy || typedName.trim() === '' || signDate === ''}>
        {typedName.trim() ? t('agreements.ui.sign.button', { name: typedName.trim() }) : t('agreements.ui.sign.buttonUnnamed', { n })}
      </button>
    </form>
  );
}

import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Agreement, Choice, Difference, DifferenceKey, Party, SectionId } from '../../lib/agreements/index.ts';
import { combine, compareDrafts, isSigned, takeSignatures } from '../../lib/agreements/index.ts';
import { translator, type Translate } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { currentAgreement, nowIso, replaceAgreement } from '../../stores/agreements.ts';
import { Field } from '../ui/Field.tsx';
import { describeValue, fieldName, sectionName, writableTextMax } from './format-value.ts';
import '../../styles/agreement-exchange.css';

interface Props {
  locale: Locale;
  /** The version on this device, as stored now (it may change while the comparison is open). */
  mine: Agreement;
  /** The version the other party sent. */
  theirs: Agreement;
  onOpened(agreementId: string): void;
  onAnnounce(text: string): void;
  onCancel?(): void;
}

type Decision = 'mine' | 'theirs' | 'written';

interface Group {
  section: SectionId | null;
  differences: Difference[];
}

/** Consecutive differences of one section (compareDrafts lists them in document order). */
function bySection(differences: readonly Difference[]): Group[] {
  const groups: Group[] = [];
  for (const difference of differences) {
    const last = groups.at(-1);
    if (last && last.section === difference.section) last.differences.push(difference);
    else groups.push({ section: difference.section, differences: [difference] });
  }
  return groups;
}

/** What "write together" starts from: both texts when both say something, else whichever does. */
function startingText(difference: Difference, max: number): string {
  const mine = typeof difference.mine === 'string' ? difference.mine.trim() : '';
  const theirs = typeof difference.theirs === 'string' ? difference.theirs.trim() : '';
  // A short text (a title, a place) is one line: start from mine rather than glue two together.
  if (max <= 200) return mine || theirs;
  return [mine, theirs].filter(Boolean).join('\n\n');
}

function Lines({ lines }: { lines: readonly string[] }) {
  return lines.length === 1 ? (
    <p class="exchange-side__value">{lines[0]}</p>
  ) : (
    <ul class="exchange-side__list">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

interface DifferenceProps {
  /** My version's parties, so a party's field is named after the party. */
  parties: readonly Party[];
  t: Translate;
  locale: Locale;
  idPrefix: string;
  difference: Difference;
  decision: Decision | undefined;
  written: string | undefined;
  problem: string | null;
  onDecide(key: DifferenceKey, decision: Decision): void;
  onWrite(key: DifferenceKey, text: string): void;
}

function DifferenceChoice({ parties, t, locale, idPrefix, difference, decision, written, problem, onDecide, onWrite }: DifferenceProps) {
  const { key, section, field } = difference;
  const id = `${idPrefix}-${key.replace(/[^A-Za-z0-9]/g, '-')}`;
  const max = writableTextMax(section, field);
  const legend = field === '*' ? t('agreements.exchange.compare.wholeSection') : fieldName(t, locale, section, field, parties);
  const options: [Decision, string][] = [
    ['mine', t('agreements.exchange.compare.keepMine')],
    ['theirs', t('agreements.exchange.compare.takeTheirs')],
  ];
  if (max !== null) options.push(['written', t('agreements.exchange.compare.writeTogether')]);
  return (
    <fieldset class="exchange-choice" data-key={key} data-decision={decision ?? 'none'} aria-describedby={problem && decision !== 'written' ? `${id}-problem` : undefined}>
      <legend class="exchange-choice__legend">{legend}</legend>
      <div class="exchange-sides">
        <div class="exchange-side exchange-side--mine">
          <p class="exchange-side__label">{t('agreements.exchange.compare.mine')}</p>
          <Lines lines={describeValue(t, locale, section, field, difference.mine)} />
        </div>
        <div class="exchange-side exchange-side--theirs">
          <p class="exchange-side__label">{t('agreements.exchange.compare.theirs')}</p>
          <Lines lines={describeValue(t, locale, section, field, difference.theirs)} />
        </div>
      </div>
      <div class="exchange-options">
        {options.map(([value, label]) => (
          <label class="choice exchange-option" key={value}>
            <input type="radio" name={id} value={value} checked={decision === value} onChange={() => onDecide(key, value)} />
            {label}
          </label>
        ))}
      </div>
      {decision === 'written' && max !== null && (
        <Field
          id={`${id}-written`}
          label={t('agreements.exchange.compare.writtenLabel')}
          hint={t('agreements.exchange.compare.writtenHint')}
          error={problem}
        >
          {(control) =>
            max <= 200 ? (
              <input {...control} class="input" type="text" value={written ?? ''} onInput={(event) => onWrite(key, event.currentTarget.value)} />
            ) : (
              <textarea {...control} class="textarea" rows={5} value={written ?? ''} onInput={(event) => onWrite(key, event.currentTarget.value)} />
            )
          }
        </Field>
      )}
      {problem && decision !== 'written' && (
        <p class="field__error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Two drafts of one agreement side by side, section by section: per difference keep mine, take
 * theirs or (for texts) write one together; then one agreed version replaces mine.
 */
export function CompareDrafts({ locale, mine, theirs, onOpened, onAnnounce, onCancel }: Props) {
  const t = translator(locale);
  const idPrefix = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const heading = useRef<HTMLHeadingElement>(null);
  const [decisions, setDecisions] = useState<Partial<Record<DifferenceKey, Decision>>>({});
  const [written, setWritten] = useState<Partial<Record<DifferenceKey, string>>>({});
  const [invalid, setInvalid] = useState<ReadonlySet<DifferenceKey>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const { differences } = useMemo(() => compareDrafts(mine, theirs), [mine, theirs]);
  const groups = useMemo(() => bySection(differences), [differences]);

  useEffect(() => heading.current?.focus(), []);

  const decided = differences.filter((difference) => decisions[difference.key] !== undefined).length;

  const tooLong = (difference: Difference): number | null => {
    if (decisions[difference.key] !== 'written') return null;
    const max = writableTextMax(difference.section, difference.field);
    const length = (written[difference.key] ?? '').length;
    return max !== null && length > max ? max : null;
  };
  const problemOf = (difference: Difference): string | null => {
    const max = tooLong(difference);
    if (max !== null) return t('agreements.exchange.compare.writtenTooLong', { count: (written[difference.key] ?? '').length, max });
    return invalid.has(difference.key) ? t('agreements.exchange.compare.invalid') : null;
  };
  const ready = differences.length > 0 && decided === differences.length && !differences.some((difference) => tooLong(difference) !== null);

  const forget = (key: DifferenceKey) => {
    if (!invalid.has(key)) return;
    const next = new Set(invalid);
    next.delete(key);
    setInvalid(next);
  };

  const decide = (key: DifferenceKey, decision: Decision) => {
    forget(key);
    setNotice(null);
    setDecisions((current) => ({ ...current, [key]: decision }));
    if (decision === 'written' && written[key] === undefined) {
      const difference = differences.find((item) => item.key === key);
      const max = difference ? writableTextMax(difference.section, difference.field) : null;
      if (difference && max !== null) setWritten((current) => ({ ...current, [key]: startingText(difference, max) }));
    }
  };

  const write = (key: DifferenceKey, text: string) => {
    forget(key);
    setWritten((current) => ({ ...current, [key]: text }));
  };

  const decideAll = (decision: 'mine' | 'theirs') => {
    setInvalid(new Set());
    setNotice(null);
    setDecisions(Object.fromEntries(differences.map((difference) => [difference.key, decision])));
  };

  const makeAgreed = async () => {
    // The stored version, not the rendered one: another tab may have saved a change a moment ago.
    const stored = currentAgreement(mine.id);
    if (!stored) return;
    const choices: Partial<Record<DifferenceKey, Choice>> = {};
    for (const [key, decision] of Object.entries(decisions) as [DifferenceKey, Decision][]) {
      choices[key] = decision === 'written' ? { written: written[key] ?? '' } : decision;
    }
    const result = combine(stored, theirs, choices, nowIso());
    if (!result.ok) {
      setInvalid(new Set(result.invalid));
      if (result.undecided.length > 0) setNotice(t('agreements.exchange.compare.changedMeanwhile'));
      return;
    }
    // Where the agreed text is theirs word for word, their signatures stand under it here too.
    const { agreement, added } = await takeSignatures(result.agreement, theirs, nowIso());
    replaceAgreement(agreement);
    onAnnounce(
      added.length > 0
        ? `${t('agreements.exchange.compare.combined')} ${t('agreements.exchange.open.signaturesAdded', { names: added.map((signature) => signature.name).join(', '), count: added.length })}`
        : t('agreements.exchange.compare.combined'),
    );
    onOpened(agreement.id);
  };

  const hintId = `${idPrefix}-combine-hint`;
  return (
    <section class="agreement-exchange exchange-compare" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`} ref={heading} tabIndex={-1}>
        {t('agreements.exchange.compare.heading')}
      </h3>
      <p>{t('agreements.exchange.compare.intro')}</p>
      {isSigned(mine) && (
        <p class="alert alert--warning" data-testid="exchange-signed-warning">
          {t('agreements.exchange.compare.signedWarning')}
        </p>
      )}
      <div class="exchange-bulk">
        <button type="button" class="button button--small" onClick={() => decideAll('mine')}>
          {t('agreements.exchange.compare.keepAllMine')}
        </button>
        <button type="button" class="button button--small" onClick={() => decideAll('theirs')}>
          {t('agreements.exchange.compare.takeAllTheirs')}
        </button>
      </div>
      {groups.map((group) => (
        <section class="exchange-group" key={group.section ?? 'general'} data-section={group.section ?? 'general'}>
          <h4>{group.section === null ? t('agreements.exchange.compare.general') : sectionName(t, group.section)}</h4>
          {group.differences.map((difference) => (
            <DifferenceChoice
              key={difference.key}
              parties={mine.parties}
              t={t}
              locale={locale}
              idPrefix={idPrefix}
              difference={difference}
              decision={decisions[difference.key]}
              written={written[difference.key]}
              problem={problemOf(difference)}
              onDecide={decide}
              onWrite={write}
            />
          ))}
        </section>
      ))}
      <div class="exchange-finish">
        <p class="exchange-progress" role="status" data-testid="exchange-progress">
          {t('agreements.exchange.compare.progress', { decided, total: differences.length })}
        </p>
        {notice && (
          <p class="alert alert--warning" role="alert">
            {notice}
          </p>
        )}
        {!ready && (
          <p class="field__help" id={hintId}>
            {t('agreements.exchange.compare.combineHint')}
          </p>
        )}
        <div class="exchange-actions">
          <button type="button" class="button button--primary" disabled={!ready} aria-describedby={ready ? undefined : hintId} onClick={() => void makeAgreed()}>
            {t('agreements.exchange.compare.combine')}
          </button>
          {onCancel && (
            <button type="button" class="button" onClick={onCancel}>
              {t('agreements.exchange.compare.cancel')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

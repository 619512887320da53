import { useState } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { matchKey, type MatchingProject } from '../../../lib/matcher/model.ts';
import type { NameLookup } from '../../../lib/matcher/result-view.ts';
import type { ExitReason } from '../../../lib/matching/rematch.ts';
import type { DataIssue, IdPair, MatchingResult } from '../../../lib/matching/types.ts';
import { breakUpPair, withdraw, type BreakUpDone } from '../../../stores/matcher-review.ts';
import { Field } from '../../ui/Field.tsx';
import { useAnnounce } from '../../ui/announce.ts';
import { ExitList } from './ExitList.tsx';
import { nameList, personName } from './people.ts';

interface Props {
  locale: Locale;
  project: MatchingProject;
  /** The latest run in full, when it is in memory and still the project's; a break-up works on it. */
  result: MatchingResult | null;
  /** Why there is no result to work on: nothing calculated, calculated on other data, or its details still coming. */
  waiting: 'noRun' | 'outdated' | 'loading' | null;
  names: NameLookup;
  idPrefix: string;
}

const EXIT_REASONS: readonly ExitReason[] = ['mismatch', 'schedule', 'leftOrganisation', 'other'];
type Who = 'both' | 'first' | 'second' | 'neither';
const WHO: readonly Who[] = ['both', 'first', 'second', 'neither'];

function wanted(who: Who, pair: IdPair): string[] {
  switch (who) {
    case 'both':
      return [pair[0], pair[1]];
    case 'first':
      return [pair[0]];
    case 'second':
      return [pair[1]];
    case 'neither':
      return [];
  }
}

/** What the last break-up did, shown until the next one or its Undo. */
interface Shown {
  readonly done: BreakUpDone;
  readonly names: readonly [string, string];
}

/**
 * A pair that stopped during the round: which pair, why, and who wants a new partner. The engine
 * rematches only them and keeps every other match; the pair becomes forbidden. Undo in the toast.
 */
export function BreakUpForm({ locale, project, result, waiting, names, idPrefix }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const [chosen, setChosen] = useState('');
  const [reason, setReason] = useState<ExitReason>('mismatch');
  const [who, setWho] = useState<Who>('both');
  const [pairMissing, setPairMissing] = useState(false);
  const [issues, setIssues] = useState<readonly DataIssue[]>([]);
  const [shown, setShown] = useState<Shown | null>(null);
  const name = (id: string) => personName(t, names, id);
  const headingId = `${idPrefix}-breakup`;
  const exits = project.review.exits ?? [];

  // Only a match that really started can stop: a proposal nobody approved is changed in the review instead.
  const twos = (result?.matches ?? []).filter((match) => match.ids.length === 2);
  const approved = new Set(project.review.approved);
  const pairs: IdPair[] = twos.filter((match) => approved.has(matchKey(match.ids))).map((match) => [match.ids[0]!, match.ids[1]!]);
  const pair = pairs.find((candidate) => matchKey(candidate) === chosen) ?? null;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!pair) {
      setPairMissing(true);
      document.getElementById(`${idPrefix}-pair`)?.focus();
      return;
    }
    const request = { pair, exitReason: reason, ids: wanted(who, pair) };
    const outcome = breakUpPair(project.id, request);
    setIssues(outcome.issues);
    if (!outcome.done) return;
    const done = outcome.done;
    const pairNames = [name(pair[0]), name(pair[1])] as const;
    setShown({ done, names: pairNames });
    setChosen('');
    setWho('both');
    announce(t('matcher.rounds.breakUp.done', { a: pairNames[0], b: pairNames[1] }), {
      tone: 'success',
      action: {
        label: t('matcher.rounds.undo'),
        run: () => {
          withdraw(project.id, done);
          setShown(null);
          announce(t('matcher.rounds.breakUp.withdrawn', { a: pairNames[0], b: pairNames[1] }), { tone: 'success' });
        },
      },
    });
  };

  return (
    <section class="rounds-part" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('matcher.rounds.breakUp.heading')}</h4>
      <p>{t('matcher.rounds.breakUp.intro')}</p>
      {result === null ? (
        <p class="field__help" role={waiting === 'loading' ? 'status' : undefined}>
          {t(waiting === 'outdated' ? 'matcher.rounds.breakUp.outdated' : waiting === 'loading' ? 'matcher.rounds.breakUp.loading' : 'matcher.rounds.breakUp.noResult')}
        </p>
      ) : pairs.length === 0 ? (
        <p class="field__help" data-testid="rounds-breakup-none">{t(twos.length === 0 ? 'matcher.rounds.breakUp.noPairs' : 'matcher.rounds.breakUp.noApproved')}</p>
      ) : (
        <form class="rounds-breakup" aria-labelledby={headingId} noValidate onSubmit={submit}>
          <Field id={`${idPrefix}-pair`} label={t('matcher.rounds.breakUp.pair')} error={pairMissing && !pair ? t('matcher.rounds.breakUp.pairRequired') : null}>
            {(control) => (
              <select
                {...control}
                class="select"
                value={chosen}
                onChange={(event) => {
                  setChosen(event.currentTarget.value);
                  setPairMissing(false);
                  setWho('both');
                }}
              >
                <option value="">{t('matcher.rounds.breakUp.choosePair')}</option>
                {pairs.map((candidate) => (
                  <option key={matchKey(candidate)} value={matchKey(candidate)}>
                    {t('matcher.rounds.breakUp.pairOption', { a: name(candidate[0]), b: name(candidate[1]) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${idPrefix}-reason`} label={t('matcher.rounds.breakUp.reason')}>
            {(control) => (
              <select {...control} class="select" value={reason} onChange={(event) => setReason(event.currentTarget.value as ExitReason)}>
                {EXIT_REASONS.map((option) => (
                  <option key={option} value={option}>
                    {t(`matcher.review.exit.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset class="field rounds-breakup__who">
            <legend>{t('matcher.rounds.breakUp.who')}</legend>
            {WHO.filter((option) => pair !== null || option === 'both' || option === 'neither').map((option) => (
              <label key={option} class="rounds-breakup__choice">
                <input type="radio" name={`${idPrefix}-who`} value={option} checked={who === option} onChange={() => setWho(option)} />
                {option === 'both'
                  ? t('matcher.rounds.breakUp.both')
                  : option === 'neither'
                    ? t('matcher.rounds.breakUp.neither')
                    : t('matcher.rounds.breakUp.only', { name: name(option === 'first' ? pair![0] : pair![1]) })}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" class="button">
              {t('matcher.rounds.breakUp.submit')}
            </button>
          </div>
        </form>
      )}
      {issues.length > 0 && (
        <div class="alert alert--error" role="alert" data-testid="rounds-breakup-issues">
          {issues.map((issue, index) => (
            <p key={index}>{t('matcher.rounds.breakUp.failed', { reason: t(issue.message.key, issue.message.params) })}</p>
          ))}
        </div>
      )}
      {shown && <BreakUpChanges locale={locale} shown={shown} names={names} result={result} />}
      <h5>{t('matcher.rounds.exits.heading')}</h5>
      {exits.length === 0 ? <p>{t('matcher.rounds.exits.none')}</p> : <ExitList locale={locale} exits={exits} names={names} testId="rounds-exits" />}
    </section>
  );
}

/**
 * A mentor with several mentees keeps the others. `result` may still be the run from before the
 * break-up for a moment, so the ex-partner is left out by hand; every other match stayed anyway.
 */
function BreakUpChanges({ locale, shown, names, result }: { locale: Locale; shown: Shown; names: NameLookup; result: MatchingResult | null }) {
  const t = translator(locale);
  const { exit, changes } = shown.done;
  const notAsked = exit.pair.filter((id) => !exit.rematched.includes(id));
  const partnersOf = (id: string): string[] =>
    (result?.matches ?? []).filter((match) => match.ids.includes(id)).flatMap((match) => match.ids.filter((other) => !exit.pair.includes(other)).map((other) => personName(t, names, other)));
  return (
    <div class="alert alert--info rounds-changes" data-testid="rounds-breakup-changes">
      <p class="rounds-changes__title">{t('matcher.rounds.breakUp.changes')}</p>
      <ul>
        {changes.map((change) => (
          <li key={change.id}>{t(change.message.key, change.message.params)}</li>
        ))}
        {notAsked.map((id) => {
          const partners = partnersOf(id);
          return (
            <li key={id}>
              {partners.length === 0
                ? t('matcher.rounds.breakUp.notAsked', { name: personName(t, names, id) })
                : t('matcher.rounds.breakUp.notAskedKeeps', { name: personName(t, names, id), names: nameList(locale, partners) })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

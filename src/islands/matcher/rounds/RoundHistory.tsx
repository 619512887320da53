import type { Ref } from 'preact';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { ProjectRound } from '../../../lib/matcher/model.ts';
import { roundCounts } from '../../../lib/matcher/review/rounds.ts';
import { formatRunTime, type NameLookup } from '../../../lib/matcher/result-view.ts';
import { ExitList } from './ExitList.tsx';
import { nameList, personName } from './people.ts';

interface Props {
  locale: Locale;
  idPrefix: string;
  rounds: readonly ProjectRound[];
  names: NameLookup;
  /** The heading, focused after a round is closed (the button that closed it is then disabled). */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The closed rounds, newest first: when, how many pairs, who was left without one, who stopped. */
export function RoundHistory({ locale, idPrefix, rounds, names, headingRef }: Props) {
  const t = translator(locale);
  const headingId = `${idPrefix}-history`;
  const numbered = rounds.map((round, index) => ({ round, number: index + 1 })).reverse();
  return (
    <section class="rounds-part" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1} ref={headingRef}>
        {t('matcher.rounds.history.heading')}
      </h4>
      {numbered.length === 0 ? (
        <p>{t('matcher.rounds.history.none')}</p>
      ) : (
        <ol class="rounds-history" data-testid="rounds-history" reversed>
          {numbered.map(({ round, number }) => (
            <li key={number} class="rounds-history__round" data-round={number}>
              <h5>{t('matcher.rounds.history.round', { number })}</h5>
              <p class="rounds-history__meta">
                {round.closedAt ? t('matcher.rounds.history.closedAt', { date: formatRunTime(round.closedAt, locale) }) : t('matcher.rounds.history.noDate')}
              </p>
              <ul class="rounds-history__facts">
                <li>{t('matcher.rounds.history.pairs', { count: roundCounts(round).approvedPairs })}</li>
                <li>
                  {round.unmatched.length > 0
                    ? t('matcher.rounds.history.unmatched', { count: round.unmatched.length, names: nameList(locale, round.unmatched.map((id) => personName(t, names, id))) })
                    : t('matcher.rounds.history.allMatched')}
                </li>
                {round.exits && round.exits.length > 0 && <li>{t('matcher.rounds.history.exits', { count: round.exits.length })}</li>}
              </ul>
              {round.exits && round.exits.length > 0 && <ExitList locale={locale} exits={round.exits} names={names} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

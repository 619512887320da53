import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { PairExit } from '../../../lib/matcher/model.ts';
import type { NameLookup } from '../../../lib/matcher/result-view.ts';
import { nameList, personName } from './people.ts';

interface Props {
  locale: Locale;
  exits: readonly PairExit[];
  names: NameLookup;
  testId?: string;
}

/** Pairs that stopped: who, why, and who of them asked for a new partner. */
export function ExitList({ locale, exits, names, testId }: Props) {
  const t = translator(locale);
  const name = (id: string) => personName(t, names, id);
  return (
    <ul class="rounds-exits" data-testid={testId}>
      {exits.map((exit) => (
        <li key={`${exit.pair[0]}|${exit.pair[1]}|${exit.reason}`}>
          {t('matcher.rounds.exit.line', { a: name(exit.pair[0]), b: name(exit.pair[1]), reason: t(`matcher.review.exit.${exit.reason}`) })}
          <span class="rounds-exits__rematched">
            {exit.rematched.length > 0
              ? t('matcher.rounds.exit.rematched', { names: nameList(locale, exit.rematched.map(name)) })
              : t('matcher.rounds.exit.noRematch')}
          </span>
        </li>
      ))}
    </ul>
  );
}

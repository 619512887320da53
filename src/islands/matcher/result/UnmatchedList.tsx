import { nameOf, type NameLookup, type UnmatchedView } from '../../../lib/matcher/result-view.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { useRef } from 'preact/hooks';
import { ReviewButton } from './ReviewButton.tsx';
import { ShowMore } from './ShowMore.tsx';
import { useShowMore } from './useShowMore.ts';
import { useKeptFocus } from './useKeptFocus.ts';

interface Props {
  locale: Locale;
  unmatched: readonly UnmatchedView[];
  names: NameLookup;
  /** Being updated after a decision: shown as it was, marked busy. */
  busy?: boolean;
  /** Assigning cannot be done right now (busy, or no current result). */
  unavailable?: boolean;
  /**
   * The run held matches in place that the coordinator did not lock (a run after a decision):
   * the engine counts those as locks, so its "taken by pairs locked by hand" is not true here.
   */
  heldInPlace?: boolean;
  /** Opens the change by hand with this person; without it there is no Assign button. */
  onAssign?: (id: string, opener: HTMLButtonElement) => void;
}

const PARTNERS_LOCKED = 'matching.unmatched.remedy.partnersLocked';

/** Everyone without a match, with the engine's reason and what would help (a stored run gives the reason's kind only), and Assign… to place them by hand. */
export function UnmatchedList({ locale, unmatched, names, busy = false, unavailable = false, heldInPlace = false, onAssign }: Props) {
  const t = translator(locale);
  const { shown, more } = useShowMore(unmatched.length, '');
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useKeptFocus(section, heading);
  return (
    <section ref={section} class="result-unmatched" aria-labelledby="result-unmatched-heading" aria-busy={busy ? 'true' : undefined}>
      <h3 id="result-unmatched-heading" ref={heading} tabIndex={-1}>{t('matcher.result.unmatched.heading')}</h3>
      {unmatched.length === 0 ? (
        <p>{t('matcher.result.unmatched.none')}</p>
      ) : (
        <ul class="result-unmatched__list" data-testid="result-unmatched-list">
          {unmatched.slice(0, shown).map((person, index) => (
            <li key={person.id} class="result-unmatched__item" data-testid="result-unmatched">
              <div class="result-unmatched__head">
                <strong id={`result-unmatched-${index}`}>{nameOf(names, person.id)}</strong>
                {onAssign && (
                  <span role="group" aria-labelledby={`result-unmatched-${index}`}>
                    <ReviewButton unavailable={unavailable} testId="review-assign" onPress={(button) => onAssign(person.id, button)}>
                      {t('matcher.review.action.assign')}
                    </ReviewButton>
                  </span>
                )}
              </div>
              <p>{person.message ? t(person.message.key, person.message.params) : t(`matcher.result.unmatched.reason.${person.reason}`)}</p>
              {person.remedyMessage && (
                <p class="result-unmatched__remedy">
                  <span class="result-unmatched__remedy-label">{t('matcher.result.unmatched.remedy')}</span>{' '}
                  {heldInPlace && person.remedyMessage.key === PARTNERS_LOCKED
                    ? t('matcher.result.unmatched.remedy.heldInPlace')
                    : t(person.remedyMessage.key, person.remedyMessage.params)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <ShowMore locale={locale} shown={shown} total={unmatched.length} more={more} />
    </section>
  );
}

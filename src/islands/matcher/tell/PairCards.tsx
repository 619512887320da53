import { useState } from 'preact/hooks';
import { translator, type Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { nameOf, type MatchView, type NameLookup } from '../../../lib/matcher/result-view.ts';
import { conversationStarters, FIRST_MEETING_CHECKLIST } from '../../../lib/matcher/review/starters.ts';
import { topReasons } from '../../../lib/matcher/tell/reasons.ts';
import type { Participant } from '../../../lib/matching/types.ts';
import { usePrintFrame } from '../../ui/PrintFrame.ts';

interface Props {
  locale: Locale;
  /** Approved matches only. */
  matches: readonly MatchView[];
  participants: readonly Participant[];
  names: NameLookup;
}

export type CardLayout = 'four' | 'one';
const PER_PAGE: Readonly<Record<CardLayout, number>> = { four: 4, one: 1 };

interface CardProps {
  t: Translate;
  match: MatchView;
  people: ReadonlyMap<string, Participant>;
  names: NameLookup;
  headingLevel: 'h3' | 'h4';
}

/** Why the match was made, in one sentence from its strongest reasons. */
function whySentence(match: MatchView, t: Translate): string {
  const reasons = match.breakdown === null ? [] : topReasons(match.breakdown);
  if (reasons.length === 0) return t('matcher.tell.ui.card.noReasons');
  return t('matcher.tell.ui.card.reasons', { reasons: reasons.map((reason) => t(reason.key, reason.params)).join('; ') });
}

/** One pair card: who, why, three starters and the first-meeting checklist. */
export function PairCard({ t, match, people, names, headingLevel: Heading }: CardProps) {
  const ordered = match.mentorId === null ? match.ids : [match.mentorId, ...match.ids.filter((id) => id !== match.mentorId)];
  const members = match.ids.flatMap((id) => people.get(id) ?? []);
  const starters = conversationStarters(members, match.mentorId ?? undefined);
  return (
    <article class="pair-card" data-testid="pair-card">
      <Heading class="pair-card__names">{ordered.map((id) => nameOf(names, id)).join(' · ')}</Heading>
      <p class="pair-card__label">{t('matcher.tell.ui.card.why')}</p>
      <p class="pair-card__why">{whySentence(match, t)}</p>
      <p class="pair-card__label">{t('matcher.tell.ui.card.starters')}</p>
      <ol class="pair-card__starters">
        {starters.map((starter) => (
          <li key={starter.key}>{t(starter.key, starter.params)}</li>
        ))}
      </ol>
      <p class="pair-card__label">{t('matcher.tell.ui.card.checklist')}</p>
      <ul class="pair-card__checklist">
        {FIRST_MEETING_CHECKLIST.map((item) => (
          <li key={item.key}>{t(item.key)}</li>
        ))}
      </ul>
    </article>
  );
}

/** The sheets to print: the cards in pages of four (two by two) or one per page. */
export function PairCardSheet({ t, matches, people, names, layout }: { t: Translate; matches: readonly MatchView[]; people: ReadonlyMap<string, Participant>; names: NameLookup; layout: CardLayout }) {
  const pages: MatchView[][] = [];
  for (let index = 0; index < matches.length; index += PER_PAGE[layout]) pages.push(matches.slice(index, index + PER_PAGE[layout]));
  return (
    <div class="pair-card-sheet" data-layout={layout}>
      {pages.map((page, index) => (
        <section class="pair-card-sheet__page" key={index}>
          {page.map((match) => (
            <PairCard key={match.key} t={t} match={match} people={people} names={names} headingLevel="h3" />
          ))}
        </section>
      ))}
    </div>
  );
}

/** Pair cards: the layout, a preview of the first card, and Print. */
export function PairCards({ locale, matches, participants, names }: Props) {
  const t = translator(locale);
  const [layout, setLayout] = useState<CardLayout>('four');
  const people = new Map(participants.map((person) => [person.id, person] as const));
  const print = usePrintFrame('pair-card-print', () => <PairCardSheet t={t} matches={matches} people={people} names={names} layout={layout} />);

  return (
    <section class="tell-section tell-cards" aria-labelledby="tell-cards-heading">
      <h3 id="tell-cards-heading">{t('matcher.tell.ui.cards.heading')}</h3>
      <p class="tell-section__intro">{t('matcher.tell.ui.cards.intro')}</p>
      <fieldset class="tell-cards__layout">
        <legend>{t('matcher.tell.ui.cards.layout')}</legend>
        {(['four', 'one'] as const).map((option) => (
          <label key={option} class="tell-choice">
            <input type="radio" name="tell-card-layout" value={option} checked={layout === option} onChange={() => setLayout(option)} />{' '}
            {t(`matcher.tell.ui.cards.layout.${option}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" class="button button--primary" onClick={print}>
        {t('matcher.tell.ui.cards.print', { count: matches.length })}
      </button>
      <figure class="tell-cards__preview">
        <figcaption>{t('matcher.tell.ui.cards.preview')}</figcaption>
        <PairCard t={t} match={matches[0]!} people={people} names={names} headingLevel="h4" />
      </figure>
    </section>
  );
}

import { memo } from '../ui/memo.ts';
import type { GoalExample, OwnerRole } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Icon } from '../ui/Icon.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  /** The page language's examples, loaded by its entry when the gallery first opens; null until then. */
  examples: readonly GoalExample[] | null;
  expanded: boolean;
  disabled: boolean;
  onToggle: () => void;
  onUse: (example: GoalExample) => void;
  headingRef: { current: HTMLHeadingElement | null };
}

const GROUPS: readonly { role: OwnerRole; key: 'goals.ui.examples.mentee' | 'goals.ui.examples.mentor' }[] = [
  { role: 'mentee', key: 'goals.ui.examples.mentee' },
  { role: 'mentor', key: 'goals.ui.examples.mentor' },
];

/** Worked-out goals for mentees and mentors; "Use this example" makes an editable copy. */
export const ExampleGallery = memo(function ExampleGallery({ locale, examples, expanded, disabled, onToggle, onUse, headingRef }: Props) {
  const t = translator(locale);
  return (
    <section class="goals-examples no-print" aria-labelledby="goals-examples-title">
      <div class="goals-examples__head">
        <h2 id="goals-examples-title" ref={headingRef} tabIndex={-1}>
          {t('goals.ui.examples.title')}
        </h2>
        <button
          type="button"
          class="button button--small"
          aria-expanded={expanded}
          aria-controls="goals-examples-body"
          onClick={onToggle}
        >
          <Icon name={expanded ? 'up' : 'down'} />
          {t(expanded ? 'goals.ui.examples.hide' : 'goals.ui.examples.show')}
        </button>
      </div>
      <div id="goals-examples-body" hidden={!expanded}>
        <p>{t('goals.ui.examples.intro')}</p>
        {examples === null && (
          <p class="goals-examples__loading" role="status">
            {t('goals.ui.examples.loading')}
          </p>
        )}
        {examples !== null && GROUPS.map(({ role, key }) => (
          <div class="goals-examples__group" key={role}>
            <h3>{t(key)}</h3>
            <ul class="goals-examples__grid">
              {examples
                .filter((example) => example.ownerRole === role)
                .map((example) => (
                  <li class="example-card" key={example.id} data-example-id={example.id}>
                    <p class="example-card__category">{t(`goals.example.category.${example.category}`)}</p>
                    <h4 id={`example-${example.id}`} class="example-card__title">
                      {example.title}
                    </h4>
                    <p class="example-card__statement">{example.statement}</p>
                    <p class="example-card__steps">{t('goals.ui.examples.steps', { count: example.steps.length })}</p>
                    <button
                      type="button"
                      class="button button--small"
                      disabled={disabled}
                      aria-describedby={`example-${example.id}`}
                      onClick={() => onUse(example)}
                    >
                      {t('goals.ui.examples.use')}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
});

import { useEffect, useState } from 'preact/hooks';
import { translator, type Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { columnLabel, type CriterionColumn } from '../../../lib/matcher/criteria.ts';
import type { MatchingProject, RuleSettings } from '../../../lib/matcher/model.ts';
import { DEFAULT_TIME_ZONE_LIMIT, SWITCHED_RULES, type RuleCount, type RuleImpact, type SwitchedRule } from '../../../lib/matcher/rule-impact.ts';
import { ruleImpactSetup } from '../../../lib/matcher/rule-impact-protocol.ts';
import { currentProject, participantsOf, setRules } from '../../../stores/matcher.ts';
import { ruleImpactClient } from '../../../stores/rule-impact-worker.ts';
import { Checkbox } from './Checkbox.tsx';
import { Field } from '../../ui/Field.tsx';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/** The column each rule reads: without it the rule rules nothing out (or, for languages, everything). */
const RULE_COLUMN: Readonly<Record<SwitchedRule, CriterionColumn>> = {
  noReportingLine: 'managerId',
  differentDepartment: 'department',
  sharedLanguage: 'languages',
  maxTimeZoneDifferenceHours: 'timeZoneOffset',
};
const MAX_HOURS = 12;

/** While counting, the counts before the change stay on screen, dimmed (`previous`; undefined before the first). */
type Counted =
  | { state: 'none' }
  | { state: 'counting'; previous: RuleImpact | null | undefined }
  | { state: 'done'; impact: RuleImpact | null }
  | { state: 'failed'; error: string };

const shownImpact = (counted: Counted): RuleImpact | null | undefined =>
  counted.state === 'done' ? counted.impact : counted.state === 'counting' ? counted.previous : undefined;

/**
 * The counts for the rules as they are. A long list is counted in a worker (ruleImpactClient), so
 * the page stays responsive; a newer setting supersedes a count not yet shown, and its answer,
 * should it still come, is dropped.
 */
function useRuleImpact(project: MatchingProject): Counted {
  const { participants } = participantsOf(project);
  const [counted, setCounted] = useState<Counted>({ state: 'none' });
  useEffect(() => {
    if (participants.length === 0) {
      setCounted({ state: 'none' });
      return;
    }
    let wanted = true;
    setCounted((before) => ({ state: 'counting', previous: shownImpact(before) }));
    void ruleImpactClient()
      .count(ruleImpactSetup(project), participants)
      .then((outcome) => {
        if (!wanted || outcome.kind === 'superseded') return;
        setCounted(outcome.kind === 'counted' ? { state: 'done', impact: outcome.impact } : { state: 'failed', error: outcome.error });
      });
    return () => {
      wanted = false;
    };
  }, [participants, project.mode, project.rules, project.review, project.rounds, project.allowRepeats]);
  return counted;
}

/** The hard rules as switches, each with an example and what it does to this list. */
export function RulesSection({ locale, project }: Props) {
  const t = translator(locale);
  const counted = useRuleImpact(project);
  const rules = project.rules;
  const update = (change: Partial<RuleSettings>): void => setRules(project.id, { ...(currentProject(project.id) ?? project).rules, ...change });
  const countOf = (rule: SwitchedRule): RuleCount | undefined => shownImpact(counted)?.rules.find((count) => count.rule === rule);
  const stale = counted.state === 'counting';
  const hasColumn = (rule: SwitchedRule): boolean => project.mapping?.columns.some((column) => column.target === RULE_COLUMN[rule]) === true;

  return (
    <section class="matcher-setup__part" aria-labelledby="matcher-setup-rules-heading">
      <h3 id="matcher-setup-rules-heading">{t('matcher.setup.rules.heading')}</h3>
      <p class="field__help">{t('matcher.setup.rules.intro')}</p>
      <Summary t={t} counted={counted} />
      <ul class="matcher-setup__rules">
        {SWITCHED_RULES.map((rule) => {
          const id = `matcher-setup-rule-${rule}`;
          const on = rule === 'maxTimeZoneDifferenceHours' ? rules.maxTimeZoneDifferenceHours !== null : rules[rule];
          const count = countOf(rule);
          const columnMissing = project.mapping !== null && !hasColumn(rule);
          return (
            <li key={rule} class="matcher-setup__rule" data-rule={rule}>
              <Checkbox
                id={id}
                label={t(`matcher.setup.rule.${rule}.label`)}
                hint={t(`matcher.setup.rule.${rule}.example`)}
                checked={on}
                onChange={(checked) => update(rule === 'maxTimeZoneDifferenceHours' ? { maxTimeZoneDifferenceHours: checked ? DEFAULT_TIME_ZONE_LIMIT : null } : { [rule]: checked })}
              >
                {rule === 'maxTimeZoneDifferenceHours' && rules.maxTimeZoneDifferenceHours !== null && (
                  <Field id={`${id}-hours`} label={t('matcher.setup.rule.hours')}>
                    {(control) => (
                      <input
                        {...control}
                        class="input matcher-setup__number"
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={MAX_HOURS}
                        step={1}
                        value={rules.maxTimeZoneDifferenceHours ?? DEFAULT_TIME_ZONE_LIMIT}
                        onChange={(event) => {
                          const value = Number(event.currentTarget.value);
                          if (event.currentTarget.value.trim() === '' || !Number.isFinite(value)) {
                            event.currentTarget.value = String(rules.maxTimeZoneDifferenceHours);
                            return;
                          }
                          const hours = Math.min(MAX_HOURS, Math.max(0, Math.round(value)));
                          event.currentTarget.value = String(hours);
                          update({ maxTimeZoneDifferenceHours: hours });
                        }}
                      />
                    )}
                  </Field>
                )}
              </Checkbox>
              {columnMissing && (
                <p class="matcher-setup__warning">
                  {rule === 'sharedLanguage' && on ? t('matcher.setup.rule.noLanguages') : t('matcher.setup.rule.noColumn', { column: describeColumn(t, RULE_COLUMN[rule]) })}
                </p>
              )}
              {count !== undefined && (
                <p class={stale ? 'matcher-setup__impact matcher-setup__stale' : 'matcher-setup__impact'} data-testid={`rule-impact-${rule}`} aria-busy={stale}>
                  {impactText(t, count)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function describeColumn(t: Translate, column: CriterionColumn): string {
  const label = columnLabel(column);
  return typeof label === 'string' ? label : t(label.key, label.params);
}

function impactText(t: Translate, count: RuleCount): string {
  const pairs = t(count.on ? 'matcher.setup.rule.pairs' : 'matcher.setup.rule.wouldPairs', { count: count.pairs });
  const people =
    count.leftWithNobody === 0
      ? t(count.on ? 'matcher.setup.rule.nobodyAlone' : 'matcher.setup.rule.wouldNobodyAlone')
      : t(count.on ? 'matcher.setup.rule.people' : 'matcher.setup.rule.wouldPeople', { count: count.leftWithNobody });
  return t(count.on ? 'matcher.setup.rule.impact' : 'matcher.setup.rule.wouldImpact', { pairs, people });
}

function Summary({ t, counted }: { t: Translate; counted: Counted }) {
  if (counted.state === 'none') return <p class="matcher-setup__summary">{t('matcher.setup.rules.noList')}</p>;
  if (counted.state === 'failed')
    return (
      <div class="matcher-setup__summary alert alert--error" role="alert">
        <p>{t('matcher.setup.rules.countFailed')}</p>
        <details>
          <summary>{t('matcher.setup.rules.countFailedDetails')}</summary>
          <p>{counted.error}</p>
        </details>
      </div>
    );
  const counting = counted.state === 'counting';
  const impact = shownImpact(counted);
  return (
    <div class="matcher-setup__summary" role="status" aria-busy={counting} data-testid="rule-summary">
      {counting && <p>{t('matcher.setup.rules.counting')}</p>}
      {impact === null && <p class={counting ? 'matcher-setup__warning matcher-setup__stale' : 'matcher-setup__warning'}>{t('matcher.setup.rules.invalidMode')}</p>}
      {impact && (
        <div class={counting ? 'matcher-setup__stale' : undefined}>
          <p>{t('matcher.setup.rules.summary', { count: impact.eligiblePairs, candidates: impact.candidatePairs })}</p>
          {impact.withNobody > 0 && <p>{t('matcher.setup.rules.withNobody', { count: impact.withNobody })}</p>}
          {impact.withNobodyAnyway > 0 && <p>{t('matcher.setup.rules.withNobodyAnyway', { count: impact.withNobodyAnyway })}</p>}
        </div>
      )}
    </div>
  );
}

import { useMemo } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { GROUP_SIZE_LIMITS, groupsMode } from '../../../lib/matcher/presets.ts';
import { runTooLarge, tooLargeMessage } from '../../../lib/matcher/result-view.ts';
import type { Mode, ModeKind, Objective } from '../../../lib/matching/types.ts';
import { participantsOf, setMode, setObjective } from '../../../stores/matcher.ts';
import { Field } from '../../ui/Field.tsx';
import { Checkbox } from './Checkbox.tsx';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

const MODE_KINDS: readonly ModeKind[] = ['mentoring', 'reciprocal', 'peers', 'groups', 'stable'];
const OBJECTIVES: readonly Objective[] = ['total', 'fairness'];
const GUIDE_FORMS: Readonly<Record<Locale, string>> = { nl: '/nl/vormen-van-mentoring/', en: '/en/forms-of-mentoring/' };

type GroupsMode = Extract<Mode, { kind: 'groups' }>;
type Side = 'mentor' | 'mentee';

/** The mode chosen from the radio list: its options as they were when it is the same kind, sensible ones otherwise. */
function modeOfKind(kind: ModeKind, current: Mode): Mode {
  if (kind === current.kind) return current;
  const side: Side = 'bothRoleSide' in current && current.bothRoleSide !== undefined ? current.bothRoleSide : 'mentee';
  switch (kind) {
    case 'mentoring':
    case 'reciprocal':
    case 'stable':
      return { kind, bothRoleSide: side };
    case 'peers':
      return { kind, allowTrio: true };
    case 'groups':
      return groupsMode({ size: 5, minSize: 4, maxSize: 6 }, true);
  }
}

/** How people are matched, each way with when to use it, its own options, and the objective. */
export function ModeSection({ locale, project }: Props) {
  const t = translator(locale);
  const mode = project.mode;
  const id = project.id;
  const hasCapacity = project.mapping?.columns.some((column) => column.target === 'capacity') === true;
  const { participants } = participantsOf(project);
  const tooLarge = useMemo(() => runTooLarge(participants, mode), [participants, mode]);
  return (
    <div class="matcher-setup__part">
      <fieldset class="field matcher-setup__modes">
        <legend>{t('matcher.setup.mode.legend')}</legend>
        {MODE_KINDS.map((kind) => (
          <label key={kind} class="choice-card">
            <input type="radio" name={`matcher-mode-${id}`} value={kind} checked={mode.kind === kind} onChange={() => setMode(id, modeOfKind(kind, mode))} />
            <span class="choice-card__text">
              <span class="choice-card__name">{t(`matcher.setup.mode.${kind}.name`)}</span>
              <span class="choice-card__description">{t(`matcher.setup.mode.${kind}.when`)}</span>
            </span>
          </label>
        ))}
        <p class="field__help">
          <a href={GUIDE_FORMS[locale]}>{t('matcher.setup.mode.guideLink')}</a>
        </p>
      </fieldset>
      {tooLarge && (
        <p class="alert alert--warning" data-testid="setup-too-large">
          {t('matcher.setup.mode.tooLarge', { reason: tooLargeMessage(tooLarge) })}
        </p>
      )}

      <div class="matcher-setup__options">
        {mode.kind === 'mentoring' && <p class="field__help">{t(hasCapacity ? 'matcher.setup.mode.capacity' : 'matcher.setup.mode.capacityMissing')}</p>}
        {(mode.kind === 'mentoring' || mode.kind === 'reciprocal' || mode.kind === 'stable') && (
          <fieldset class="field" aria-describedby="matcher-setup-both-help">
            <legend>{t('matcher.setup.mode.bothLegend')}</legend>
            <span class="field__help" id="matcher-setup-both-help">
              {t('matcher.setup.mode.bothHint')}
            </span>
            <div class="matcher-setup__inline">
              {(['mentee', 'mentor'] as const).map((side) => (
                <label key={side} class="matcher-setup__inline-choice">
                  <input
                    type="radio"
                    name={`matcher-both-${id}`}
                    value={side}
                    checked={(mode.bothRoleSide ?? 'mentee') === side}
                    onChange={() => setMode(id, { kind: mode.kind, bothRoleSide: side })}
                  />
                  {t(side === 'mentee' ? 'matcher.setup.mode.bothMentee' : 'matcher.setup.mode.bothMentor')}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {mode.kind === 'peers' && (
          <Checkbox
            id="matcher-setup-trio"
            label={t('matcher.setup.mode.allowTrio')}
            hint={t('matcher.setup.mode.allowTrioHint')}
            checked={mode.allowTrio === true}
            onChange={(allowTrio) => setMode(id, { kind: 'peers', allowTrio })}
          />
        )}
        {mode.kind === 'groups' && <GroupOptions locale={locale} projectId={id} mode={mode} />}
      </div>

      <fieldset class="field matcher-setup__objective" aria-describedby="matcher-setup-objective-help">
        <legend>{t('matcher.setup.objective.legend')}</legend>
        <span class="field__help" id="matcher-setup-objective-help">
          {t('matcher.setup.objective.hint')}
        </span>
        {OBJECTIVES.map((objective) => (
          <label key={objective} class="choice-card">
            <input type="radio" name={`matcher-objective-${id}`} value={objective} checked={project.objective === objective} onChange={() => setObjective(id, objective)} />
            <span class="choice-card__text">
              <span class="choice-card__name">{t(`matcher.setup.objective.${objective}.name`)}</span>
              <span class="choice-card__description">{t(`matcher.setup.objective.${objective}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

function GroupOptions({ locale, projectId, mode }: { locale: Locale; projectId: string; mode: GroupsMode }) {
  const t = translator(locale);
  const sizes = { size: mode.size, minSize: mode.minSize ?? mode.size, maxSize: mode.maxSize ?? mode.size };
  const mentor = mode.oneMentorPerGroup === true;
  const sizeField = (key: keyof typeof sizes) => (
    <Field id={`matcher-setup-${key}`} label={t(`matcher.setup.mode.${key}`)} describedBy="matcher-setup-sizes-help">
      {(control) => (
        <input
          {...control}
          class="input matcher-setup__number"
          type="number"
          inputMode="numeric"
          min={GROUP_SIZE_LIMITS.min}
          max={GROUP_SIZE_LIMITS.max}
          step={1}
          value={sizes[key]}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (event.currentTarget.value.trim() === '' || !Number.isFinite(value)) {
              event.currentTarget.value = String(sizes[key]);
              return;
            }
            const next = groupsMode({ ...sizes, [key]: value }, mentor, key);
            event.currentTarget.value = String(next[key]);
            setMode(projectId, next);
          }}
        />
      )}
    </Field>
  );
  return (
    <div class="matcher-setup__groups">
      <p class="field__help" id="matcher-setup-sizes-help">
        {t('matcher.setup.mode.sizesHint')}
      </p>
      <div class="matcher-setup__sizes">
        {sizeField('size')}
        {sizeField('minSize')}
        {sizeField('maxSize')}
      </div>
      <Checkbox
        id="matcher-setup-one-mentor"
        label={t('matcher.setup.mode.oneMentorPerGroup')}
        hint={t('matcher.setup.mode.oneMentorPerGroupHint')}
        checked={mentor}
        onChange={(oneMentorPerGroup) => setMode(projectId, groupsMode(sizes, oneMentorPerGroup))}
      />
    </div>
  );
}

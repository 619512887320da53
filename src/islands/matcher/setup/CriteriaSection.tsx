import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator, type Message, type Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { addCriterion, availableCriteria, criteriaChecks, criterionTitle, describeCriterion, missingColumnMessage, removeCriterion, restoreCriterion, setImportance, type CriterionOption } from '../../../lib/matcher/criteria.ts';
import { IMPORTANCE_LEVELS, LIMITS, type CriterionSetting, type Importance, type MatchingProject } from '../../../lib/matcher/model.ts';
import { currentProject, participantsOf, setCriteria } from '../../../stores/matcher.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { Field } from '../../ui/Field.tsx';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/** A Message in words; plain strings (a questionnaire's own question) pass as they are. */
export function say(t: Translate, message: Message): string {
  return t(message.key, message.params);
}

/** The criteria as they stand right now (a handler may run before the last edit re-rendered). */
const latest = (project: MatchingProject): readonly CriterionSetting[] => (currentProject(project.id) ?? project).criteria;

/** The id prefix of a criterion's row, safe in an HTML id. */
const rowBase = (id: string): string => `matcher-setup-criterion-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Each criterion with what it does and how much it counts; add one, remove one with Undo. */
export function CriteriaSection({ locale, project }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const { participants } = participantsOf(project);
  const options = useMemo(
    () => availableCriteria(project.criteria, project.mapping, participants.map((p) => p.attributes)),
    [project.criteria, project.mapping, participants],
  );
  const checks = criteriaChecks(project.criteria, project.mapping, project.mode.kind);
  // The Add form empties itself: focus goes to the criterion just added, not to the page.
  const focusAdded = useRef<string | null>(null);
  useEffect(() => {
    if (focusAdded.current === null) return;
    const heading = document.getElementById(`${rowBase(focusAdded.current)}-name`);
    if (heading === null) return;
    focusAdded.current = null;
    heading.focus();
  }, [project.criteria]);

  const remove = (setting: CriterionSetting): void => {
    const { criteria, removed } = removeCriterion(latest(project), setting.id);
    if (removed === null) return;
    setCriteria(project.id, criteria);
    const name = say(t, criterionTitle(setting.spec));
    announce(t('matcher.setup.criteria.removed', { name }), {
      tone: 'success',
      focusAction: true,
      action: { label: t('matcher.setup.criteria.undo'), run: () => setCriteria(project.id, restoreCriterion(latest(project), removed)) },
    });
  };

  return (
    <section class="matcher-setup__part" aria-labelledby="matcher-setup-criteria-heading">
      <h3 id="matcher-setup-criteria-heading">{t('matcher.setup.criteria.heading')}</h3>
      <p class="field__help">{t('matcher.setup.criteria.intro')}</p>
      {checks.length > 0 && (
        <ul class="matcher-setup__checks">
          {checks.map((check) => (
            <li key={check.key}>{say(t, check)}</li>
          ))}
        </ul>
      )}
      {project.criteria.length === 0 ? (
        <p>{t('matcher.setup.criteria.empty')}</p>
      ) : (
        <ul class="matcher-setup__criteria">
          {project.criteria.map((setting) => (
            <CriterionRow key={setting.id} t={t} project={project} setting={setting} onRemove={() => remove(setting)} />
          ))}
        </ul>
      )}
      <AddCriterion
        t={t}
        options={options}
        full={project.criteria.length >= LIMITS.criteria}
        onAdd={(option) => {
          const next = addCriterion(latest(project), option);
          if (next === null) return;
          focusAdded.current = next[next.length - 1]!.id;
          setCriteria(project.id, next);
          announce(t('matcher.setup.criteria.added', { name: say(t, criterionTitle(option.spec)) }), { tone: 'success' });
        }}
      />
    </section>
  );
}

function CriterionRow({ t, project, setting, onRemove }: { t: Translate; project: MatchingProject; setting: CriterionSetting; onRemove: () => void }) {
  const name = say(t, criterionTitle(setting.spec));
  const missing = missingColumnMessage(setting.spec, project.mapping);
  const base = rowBase(setting.id);
  return (
    <li class="matcher-setup__criterion" data-criterion={setting.id}>
      <div class="matcher-setup__criterion-head">
        <h4 id={`${base}-name`} tabIndex={-1}>
          {name}
        </h4>
        <button type="button" class="button button--small" onClick={onRemove}>
          {t('matcher.setup.criteria.remove', { name })}
        </button>
      </div>
      <p class="field__help" id={`${base}-describe`}>
        {say(t, describeCriterion(setting.spec, project.mode.kind))}
      </p>
      {project.mapping !== null && missing !== null && (
        <p class="matcher-setup__warning" id={`${base}-missing`}>
          {say(t, missing)}
        </p>
      )}
      <fieldset class="matcher-setup__importance" aria-describedby={`${base}-describe`}>
        <legend class="visually-hidden">{t('matcher.setup.criteria.importance', { name })}</legend>
        {IMPORTANCE_LEVELS.map((level) => (
          <label key={level} class="matcher-setup__segment">
            <input
              type="radio"
              name={`${base}-importance`}
              value={level}
              checked={setting.importance === level}
              onChange={() => setCriteria(project.id, setImportance(latest(project), setting.id, level as Importance))}
            />
            <span>{t(`matcher.setup.importance.${level}`)}</span>
          </label>
        ))}
      </fieldset>
    </li>
  );
}

function AddCriterion({ t, options, full, onAdd }: { t: Translate; options: readonly CriterionOption[]; full: boolean; onAdd: (option: CriterionOption) => void }) {
  const [chosen, setChosen] = useState('');
  const option = options.find((candidate) => candidate.id === chosen);
  const label = (candidate: CriterionOption): string => {
    const name = say(t, criterionTitle(candidate.spec));
    return candidate.missing.length > 0 ? t('matcher.setup.criteria.noColumnOption', { name }) : name;
  };
  const standard = options.filter((candidate) => candidate.source === 'standard');
  const questionnaire = options.filter((candidate) => candidate.source === 'questionnaire');
  if (options.length === 0) return null;
  return (
    <form
      class="matcher-setup__add"
      onSubmit={(event) => {
        event.preventDefault();
        if (option === undefined || full) return;
        onAdd(option);
        setChosen('');
      }}
    >
      <Field id="matcher-setup-add-criterion" label={t('matcher.setup.criteria.add')} hint={full ? t('matcher.setup.criteria.full', { max: LIMITS.criteria }) : t('matcher.setup.criteria.addHint')}>
        {(control) => (
          <select {...control} class="select" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
            <option value="">{t('matcher.setup.criteria.choose')}</option>
            {standard.length > 0 && (
              <optgroup label={t('matcher.setup.criteria.standardGroup')}>
                {standard.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {label(candidate)}
                  </option>
                ))}
              </optgroup>
            )}
            {questionnaire.length > 0 && (
              <optgroup label={t('matcher.setup.criteria.questionnaireGroup')}>
                {questionnaire.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {label(candidate)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        )}
      </Field>
      <button type="submit" class="button" disabled={option === undefined || full}>
        {t('matcher.setup.criteria.addButton')}
      </button>
    </form>
  );
}

import { useRef, useState } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { PRESET_IDS, type MatchingProject, type PresetId } from '../../../lib/matcher/model.ts';
import { changedFromPreset } from '../../../lib/matcher/presets.ts';
import { applyPreset, currentProject } from '../../../stores/matcher.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/** The programme types; choosing one over settings the coordinator changed asks first. */
export function PresetPicker({ locale, project }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const [pending, setPending] = useState<PresetId | null>(null);
  const list = useRef<HTMLFieldSetElement>(null);
  const changed = changedFromPreset(project);
  const name = (preset: PresetId) => t(`matcher.setup.preset.${preset}.name`);

  const choose = (preset: PresetId): void => {
    const stored = currentProject(project.id) ?? project;
    if (preset === stored.preset && !changedFromPreset(stored)) return;
    if (changedFromPreset(stored)) {
      setPending(preset);
      return;
    }
    apply(preset);
  };
  const apply = (preset: PresetId): void => {
    setPending(null);
    applyPreset(project.id, preset);
    announce(t('matcher.setup.preset.applied', { name: name(preset) }), { tone: 'success' });
  };

  return (
    <div class="matcher-setup__part">
      <fieldset class="field matcher-setup__presets" ref={list} aria-describedby="matcher-setup-preset-help">
        <legend>{t('matcher.setup.preset.legend')}</legend>
        <span class="field__help" id="matcher-setup-preset-help">
          {t('matcher.setup.preset.hint')}
          {project.preset !== null && changed && <> {t('matcher.setup.preset.changed')}</>}
        </span>
        {PRESET_IDS.map((preset) => (
          <label key={preset} class="choice-card">
            <input type="radio" name={`matcher-preset-${project.id}`} value={preset} checked={(pending ?? project.preset) === preset} onChange={() => choose(preset)} />
            <span class="choice-card__text">
              <span class="choice-card__name">{name(preset)}</span>
              <span class="choice-card__description">{t(`matcher.setup.preset.${preset}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {pending !== null && (
        <ConfirmDialog
          id="matcher-setup-preset-confirm"
          title={t('matcher.setup.preset.confirmTitle')}
          confirmLabel={t('matcher.setup.preset.confirm')}
          cancelLabel={t('matcher.setup.preset.cancel')}
          tone="warning"
          onConfirm={() => apply(pending)}
          onCancel={() => {
            setPending(null);
            list.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
          }}
        >
          <p>{t('matcher.setup.preset.confirmBody', { name: name(pending) })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

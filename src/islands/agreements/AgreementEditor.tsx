import type { ComponentChildren, Ref } from 'preact';
import {
  checkAgreement,
  DOCUMENT_LANGUAGES,
  excludeSection,
  includeSection,
  isSigned,
  LIMITS,
  restoreSection,
  SECTION_IDS,
  setLanguage,
  setTitle,
  TEMPLATES,
  type Agreement,
  type DocumentLanguage,
  type SectionId,
} from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editAgreement } from '../../stores/agreements.ts';
import { Field } from '../ui/Field.tsx';
import { useAnnounce } from '../ui/announce.ts';
import { sectionKey } from './labels.ts';
import { PartiesEditor } from './PartiesEditor.tsx';
import { SectionEditor } from './SectionEditor.tsx';
import { SignPanel } from './SignPanel.tsx';

interface Props {
  locale: Locale;
  agreement: Agreement;
  fingerprint: string | null;
  headingRef: Ref<HTMLHeadingElement>;
  titleRef: Ref<HTMLInputElement>;
  onDuplicate: (id: string) => void;
  onToggleArchive: (id: string) => void;
  onDelete: (id: string) => void;
  /** Panels before signing (sharing the draft) and after it (the calendar). */
  beforeSigning?: ComponentChildren;
  children?: ComponentChildren;
}

/** The open agreement as a form: title and language, the parties, each section that applies, signing. */
export function AgreementEditor({ locale, agreement, fingerprint, headingRef, titleRef, onDuplicate, onToggleArchive, onDelete, beforeSigning, children }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const issues = checkAgreement(agreement);
  const present = SECTION_IDS.filter((section) => agreement.sections[section] !== undefined);
  const omitted = SECTION_IDS.filter((section) => agreement.sections[section] === undefined);
  const title = agreement.title.trim() || t('agreements.ui.untitled');

  const removeSection = (section: SectionId) => {
    let removed: ReturnType<typeof excludeSection>['removed'] = null;
    editAgreement(agreement.id, (current, context) => {
      const result = excludeSection(current, section, context.now);
      removed = result.removed;
      return result.agreement;
    });
    const undo = removed;
    if (!undo) return;
    announce(t('agreements.ui.notice.sectionRemoved', { section: { key: sectionKey(section) } }), {
      focusAction: true,
      action: { label: t('agreements.ui.notice.undo'), run: () => editAgreement(agreement.id, (current, context) => restoreSection(current, undo, context)) },
    });
  };

  return (
    <div class="agreement-editor" data-agreement-id={agreement.id}>
      <div class="agreement-editor__head">
        <h2 ref={headingRef} tabIndex={-1} class="agreement-editor__heading">
          {title}
        </h2>
        <p class="field__help">{t('agreements.ui.editor.template', { template: { key: TEMPLATES[agreement.template].name } })}</p>
        <div class="agreement-editor__actions">
          <button type="button" class="button button--small" onClick={() => onDuplicate(agreement.id)}>
            {t('agreements.ui.action.duplicate')}
          </button>
          <button type="button" class="button button--small" onClick={() => onToggleArchive(agreement.id)}>
            {t(agreement.archived ? 'agreements.ui.action.unarchive' : 'agreements.ui.action.archive')}
          </button>
          <button type="button" class="button button--small button--danger" onClick={() => onDelete(agreement.id)}>
            {t('agreements.ui.action.delete')}
          </button>
        </div>
      </div>
      <nav class="agreement-editor__jump" aria-label={t('agreements.ui.editor.jump')}>
        <a href="#agreement-preview-heading">{t('agreements.ui.editor.jumpDocument')}</a>
        <a href="#agreement-sign-heading">{t('agreements.ui.editor.jumpSign')}</a>
      </nav>
      {isSigned(agreement) && (
        <p class="alert alert--warning" data-testid="unsign-warning">
          {t('agreements.ui.sign.unsignWarning')}
        </p>
      )}
      <div class="agreement-editor__basics">
        <Field id="agreement-title" label={t('agreements.ui.editor.title')} hint={t('agreements.ui.editor.titleHint')}>
          {(control) => (
            <input
              {...control}
              ref={titleRef}
              class="input"
              type="text"
              maxLength={LIMITS.title}
              value={agreement.title}
              onInput={(event) => {
                const next = event.currentTarget.value;
                editAgreement(agreement.id, (current, context) => setTitle(current, next, context.now));
              }}
            />
          )}
        </Field>
        <Field id="agreement-language" label={t('agreements.ui.editor.language')} hint={t('agreements.ui.new.languageHint')}>
          {(control) => (
            <select
              {...control}
              class="select"
              value={agreement.language}
              onChange={(event) => {
                const language = event.currentTarget.value as DocumentLanguage;
                editAgreement(agreement.id, (current, context) => setLanguage(current, language, context.now));
              }}
            >
              {DOCUMENT_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`agreements.ui.language.${language}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <PartiesEditor locale={locale} agreement={agreement} />
      {present.map((section) => (
        <SectionEditor key={section} locale={locale} agreement={agreement} section={section} issues={issues} onRemove={removeSection} />
      ))}
      {omitted.length > 0 && (
        <section class="agreement-section agreement-omitted" aria-labelledby="agreement-omitted-heading">
          <h3 id="agreement-omitted-heading">{t('agreements.ui.sections.omitted')}</h3>
          <p class="field__help">{t('agreements.ui.sections.omittedHelp')}</p>
          <ul class="agreement-omitted__list">
            {omitted.map((section) => (
              <li key={section}>
                <button
                  type="button"
                  class="button button--small"
                  onClick={() => editAgreement(agreement.id, (current, context) => includeSection(current, section, context))}
                >
                  {t('agreements.ui.sections.add', { section: { key: sectionKey(section) } })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {beforeSigning}
      <SignPanel locale={locale} agreement={agreement} fingerprint={fingerprint} />
      {children}
    </div>
  );
}

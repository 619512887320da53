import { useMemo, useState } from 'preact/hooks';
import { translator, type Translate } from '../../../lib/i18n/index.ts';
import { locales, type Locale } from '../../../lib/i18n/locales.ts';
import { INTRODUCTION_KINDS, INTRODUCTION_LIMITS, type IntroductionSettings, type MatchingProject } from '../../../lib/matcher/model.ts';
import type { MatchView, NameLookup } from '../../../lib/matcher/result-view.ts';
import { defaultTemplate, introduction, introductionKind, type IntroductionContext, type IntroductionKind, type IntroductionTemplate } from '../../../lib/matcher/tell/introduction.ts';
import { emailAddresses } from '../../../lib/matcher/tell/mailto.ts';
import { currentProject, setIntroductions } from '../../../stores/matcher.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { Field } from '../../ui/Field.tsx';
import { useMessageLanguage } from './message-language.ts';
import { MessagePreview } from './MessagePreview.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';

interface Props {
  locale: Locale;
  project: MatchingProject;
  /** Approved matches only. */
  matches: readonly MatchView[];
  names: NameLookup;
}

const EMPTY_SETTINGS: IntroductionSettings = { signature: '', templates: [] };
/** Previews shown at first; more on request, so a long list stays quick. */
const PREVIEW_STEP = 10;

function storedTemplate(settings: IntroductionSettings, locale: Locale, kind: IntroductionKind): IntroductionTemplate | null {
  const stored = settings.templates.find((template) => template.locale === locale && template.kind === kind);
  return stored ? { subject: stored.subject, body: stored.body } : null;
}

/** The introduction messages: language, signature, a template per kind in use, and a message per approved match. */
export function IntroductionMessages({ locale, project, matches, names }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const [shown, setShown] = useState(PREVIEW_STEP);
  const settings = project.introductions ?? EMPTY_SETTINGS;
  // Kept in the project, so the messages come back in the chosen language after a reload.
  const language: Locale = settings.language ?? locale;
  const messageT = useMessageLanguage(locale, language);
  const addresses = useMemo(() => emailAddresses(project), [project.table, project.mapping]);
  const kinds = INTRODUCTION_KINDS.filter((kind) => matches.some((match) => introductionKind(match) === kind));

  const templateOf = (kind: IntroductionKind, speak: Translate): IntroductionTemplate => storedTemplate(settings, language, kind) ?? defaultTemplate(kind, speak);

  // Written onto the stored settings, not the rendered ones: two quick edits in different fields
  // may come before the next render.
  const latest = (): IntroductionSettings => currentProject(project.id)?.introductions ?? EMPTY_SETTINGS;

  const saveTemplate = (kind: IntroductionKind, template: IntroductionTemplate | null, speak: Translate) => {
    const settings = latest();
    const others = settings.templates.filter((stored) => !(stored.locale === language && stored.kind === kind));
    // A text equal to the default is not stored, so it follows the default if that is improved later.
    const fallback = defaultTemplate(kind, speak);
    const keep = template !== null && (template.subject !== fallback.subject || template.body !== fallback.body);
    setIntroductions(project.id, { ...settings, templates: keep ? [...others, { locale: language, kind, ...template }] : others });
  };

  const context: IntroductionContext | null = messageT && {
    locale: language,
    t: messageT,
    names,
    origin: location.origin,
    coordinator: settings.signature,
  };

  return (
    <section class="tell-section tell-messages" aria-labelledby="tell-messages-heading">
      <h3 id="tell-messages-heading">{t('matcher.tell.ui.messages.heading')}</h3>
      <p class="tell-section__intro">{t('matcher.tell.ui.messages.intro')}</p>
      <div class="tell-messages__settings">
        <Field id="tell-language" label={t('matcher.tell.ui.messages.language')}>
          {(control) => (
            <select {...control} class="select" value={language} onChange={(event) => setIntroductions(project.id, { ...latest(), language: event.currentTarget.value as Locale })}>
              {locales.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t(`matcher.tell.ui.language.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="tell-signature" label={t('matcher.tell.ui.signature')} hint={t('matcher.tell.ui.signatureHint')}>
          {(control) => (
            // A name and a job title each on their own line, as a mail signature usually is.
            <textarea
              {...control}
              class="textarea tell-signature"
              rows={3}
              autoComplete="name"
              maxLength={INTRODUCTION_LIMITS.signature}
              value={settings.signature}
              onInput={(event) => setIntroductions(project.id, { ...latest(), signature: event.currentTarget.value })}
            />
          )}
        </Field>
      </div>
      {messageT === null || context === null ? (
        <p role="status">{t('matcher.tell.ui.messages.loadingLanguage')}</p>
      ) : (
        <div>
          {kinds.map((kind) => (
            <TemplateEditor
              key={`${language}-${kind}`}
              locale={locale}
              language={language}
              kind={kind}
              template={templateOf(kind, messageT)}
              edited={storedTemplate(settings, language, kind) !== null}
              sample={matches.find((match) => introductionKind(match) === kind)!}
              context={context}
              onChange={(template) => saveTemplate(kind, template, messageT)}
              onReset={() => {
                saveTemplate(kind, null, messageT);
                announce(t('matcher.tell.ui.template.resetDone'), { tone: 'success' });
              }}
            />
          ))}
          <h4 class="tell-messages__per-match">
            {t('matcher.tell.ui.preview.heading')}
          </h4>
          <ol class="tell-previews" data-testid="tell-previews">
            {matches.slice(0, shown).map((match) => (
              <MessagePreview
                key={match.key}
                locale={locale}
                language={language}
                match={match}
                message={introduction(templateOf(introductionKind(match), messageT), match, context)}
                names={names}
                addresses={addresses}
              />
            ))}
          </ol>
          {matches.length > shown && (
            <button type="button" class="button" onClick={() => setShown((count) => count + PREVIEW_STEP)}>
              {t('matcher.tell.ui.preview.more', { count: Math.min(PREVIEW_STEP, matches.length - shown) })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

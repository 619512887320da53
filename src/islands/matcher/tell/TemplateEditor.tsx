import { useEffect, useRef } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { INTRODUCTION_LIMITS } from '../../../lib/matcher/model.ts';
import type { MatchView } from '../../../lib/matcher/result-view.ts';
import { introduction, PLACEHOLDERS, type IntroductionContext, type IntroductionKind, type IntroductionTemplate, type Placeholder } from '../../../lib/matcher/tell/introduction.ts';
import { Field } from '../../ui/Field.tsx';

interface Props {
  /** The page's language (labels). */
  locale: Locale;
  /** The messages' language (the template's text). */
  language: Locale;
  kind: IntroductionKind;
  template: IntroductionTemplate;
  /** True when the coordinator's own text is stored (Restore the default then does something). */
  edited: boolean;
  /** A match of this kind, to find placeholders the template does not know. */
  sample: MatchView;
  context: IntroductionContext;
  onChange: (template: IntroductionTemplate) => void;
  onReset: () => void;
}

type Part = 'subject' | 'body';

/** One editable template: subject, text, the placeholders to insert, and a warning for unknown ones. */
export function TemplateEditor({ locale, language, kind, template, edited, sample, context, onChange, onReset }: Props) {
  const t = translator(locale);
  const subject = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const lastPart = useRef<Part>('body');
  // Where the caret goes once the inserted placeholder is rendered.
  const caret = useRef<{ part: Part; at: number } | null>(null);
  const id = `tell-template-${kind}`;
  const unknown = introduction(template, sample, context).unknown;

  useEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = pending.part === 'subject' ? subject.current : body.current;
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const insert = (placeholder: Placeholder) => {
    const part = lastPart.current;
    const element = part === 'subject' ? subject.current : body.current;
    const text = template[part];
    const token = `{${placeholder}}`;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    const next = text.slice(0, start) + token + text.slice(end);
    if (next.length > INTRODUCTION_LIMITS[part]) return;
    caret.current = { part, at: start + token.length };
    onChange({ ...template, [part]: next });
  };

  return (
    <fieldset class="tell-template" data-kind={kind}>
      <legend>{t(`matcher.tell.ui.template.legend.${kind}`)}</legend>
      <Field id={`${id}-subject`} label={t('matcher.tell.ui.template.subject')}>
        {(control) => (
          <input
            {...control}
            ref={subject}
            class="input"
            type="text"
            lang={language}
            maxLength={INTRODUCTION_LIMITS.subject}
            value={template.subject}
            onFocus={() => (lastPart.current = 'subject')}
            onInput={(event) => onChange({ ...template, subject: event.currentTarget.value })}
          />
        )}
      </Field>
      <Field id={`${id}-body`} label={t('matcher.tell.ui.template.body')} describedBy={unknown.length > 0 ? `${id}-unknown` : undefined}>
        {(control) => (
          <textarea
            {...control}
            ref={body}
            class="textarea"
            lang={language}
            rows={14}
            maxLength={INTRODUCTION_LIMITS.body}
            value={template.body}
            onFocus={() => (lastPart.current = 'body')}
            onInput={(event) => onChange({ ...template, body: event.currentTarget.value })}
          />
        )}
      </Field>
      {unknown.length > 0 && (
        <p class="alert alert--warning tell-template__warning" id={`${id}-unknown`} data-testid="tell-unknown-placeholders">
          {t('matcher.tell.ui.template.unknown', { count: unknown.length, names: unknown.map((name) => `{${name}}`).join(', ') })}
        </p>
      )}
      <div class="tell-placeholders" role="group" aria-labelledby={`${id}-placeholders`} aria-describedby={`${id}-placeholders-hint`}>
        <p class="tell-placeholders__heading" id={`${id}-placeholders`}>
          {t('matcher.tell.ui.placeholders.heading')}
        </p>
        <p class="field__help" id={`${id}-placeholders-hint`}>
          {t('matcher.tell.ui.placeholders.hint')}
        </p>
        <ul class="tell-placeholders__list">
          {PLACEHOLDERS.map((placeholder) => (
            <li key={placeholder}>
              <button
                type="button"
                class="button button--small tell-placeholders__insert"
                aria-label={t('matcher.tell.ui.placeholders.insert', { placeholder: `{${placeholder}}` })}
                // Keep the caret where it was: a pointer press would move the focus (and the caret) first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(placeholder)}
              >
                <code>{`{${placeholder}}`}</code>
              </button>{' '}
              <span class="tell-placeholders__meaning">{t(`matcher.tell.ui.placeholder.${placeholder}`)}</span>
            </li>
          ))}
        </ul>
      </div>
      {edited && (
        <button type="button" class="button" onClick={onReset}>
          {t('matcher.tell.ui.template.reset')}
        </button>
      )}
    </fieldset>
  );
}

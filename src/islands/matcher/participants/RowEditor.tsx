import { useEffect, useRef, useState } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { mappedColumns, type ParticipantRowView } from '../../../lib/matcher/participants-view.ts';
import { Field } from '../../ui/Field.tsx';
import { issueText } from './labels.ts';

export type EditorTarget = { readonly mode: 'edit'; readonly rowId: string } | { readonly mode: 'add' };

interface Props {
  locale: Locale;
  project: MatchingProject;
  /** The row being edited as it is stored and checked now; null when adding. */
  view: ParticipantRowView | null;
  /** Saves the changed cells (edit) or the new row (add); the owner decides what comes next. */
  onSubmit: (cells: readonly string[], changed: readonly number[]) => void;
  onCancel: () => void;
  onRemove?: () => void;
}

/**
 * One row as a form, a field per column labelled by its header. The checks run on the stored
 * table, so an error under a field is about what was saved: after Save it goes, or stays, at
 * once. Adding offers the mapped columns only; editing every column, as the file has them.
 */
export function RowEditor({ locale, project, view, onSubmit, onCancel, onRemove }: Props) {
  const t = translator(locale);
  const { headers } = project.table;
  const stored = view ? project.table.rows.find((row) => row.id === view.rowId)?.cells : undefined;
  const [draft, setDraft] = useState<string[]>(() => (stored ? [...stored] : headers.map(() => '')));
  const [focusPending, setFocusPending] = useState(true);
  const root = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const mapped = mappedColumns(project.mapping);
  const shown = view ? headers.map((_, column) => column) : mapped;
  const fieldIssues = (column: number) => (view ? view.issues.filter((issue) => issue.column === column) : []);
  const rowIssues = view ? view.issues.filter((issue) => issue.column === undefined || !shown.includes(issue.column)) : [];
  const idBase = view ? `participants-edit-${view.rowId}` : 'participants-add';

  // On open, and after a save that left errors: the first field with an error, else the first field.
  useEffect(() => {
    if (!focusPending) return;
    setFocusPending(false);
    const form = root.current;
    if (!form) return;
    const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('input');
    (target ?? heading.current)?.focus();
  }, [focusPending, view?.issues]);

  const submit = (event: Event) => {
    event.preventDefault();
    const changed = shown.filter((column) => (draft[column] ?? '') !== (stored?.[column] ?? ''));
    onSubmit(draft, changed);
    setFocusPending(true);
  };

  return (
    <form ref={root} class="participants-editor" aria-labelledby={`${idBase}-heading`} noValidate onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h4 id={`${idBase}-heading`} ref={heading} tabIndex={-1}>
        {view ? t('matcher.participants.editor.editHeading', { row: view.row }) : t('matcher.participants.editor.addHeading')}
      </h4>
      <p class="field__help">{t('matcher.participants.editor.help')}</p>
      {view && view.issues.length > 0 && (
        <div class={`alert ${view.errorCount > 0 ? 'alert--error' : 'alert--warning'}`} data-testid="participants-editor-status">
          <p>
            {view.errorCount > 0
              ? t('matcher.participants.editor.stillErrors', { count: view.errorCount })
              : t('matcher.participants.editor.onlyWarnings', { count: view.warningCount })}
          </p>
          {rowIssues.length > 0 && (
            <ul aria-label={t('matcher.participants.editor.rowIssues')}>
              {rowIssues.map((issue, index) => (
                <li key={index}>{issueText(t, issue, headers)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div class="participants-editor__fields">
        {shown.map((column) => {
          const issues = fieldIssues(column);
          const errors = issues.filter((issue) => issue.level === 'error');
          const warnings = issues.filter((issue) => issue.level === 'warning');
          const ignored = !mapped.includes(column);
          const hint = [ignored ? t('matcher.participants.editor.ignored') : '', ...warnings.map((issue) => t(issue.message.key, issue.message.params))].filter(Boolean).join(' ');
          return (
            <Field
              key={column}
              id={`${idBase}-cell-${column}`}
              label={headers[column] || `#${column + 1}`}
              hint={hint || undefined}
              {...(warnings.length > 0 ? { hintClass: 'participants-editor__warning' } : {})}
              error={errors.length > 0 ? errors.map((issue) => t(issue.message.key, issue.message.params)).join(' ') : null}
            >
              {(control) => (
                <input
                  {...control}
                  class="input"
                  type="text"
                  value={draft[column] ?? ''}
                  onInput={(event) => {
                    const value = event.currentTarget.value;
                    setDraft((current) => current.map((cell, index) => (index === column ? value : cell)));
                  }}
                />
              )}
            </Field>
          );
        })}
      </div>
      <div class="participants-editor__buttons">
        <button type="submit" class="button button--primary">
          {view ? t('matcher.participants.editor.save') : t('matcher.participants.editor.addSubmit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {view ? t('matcher.participants.editor.close') : t('matcher.participants.editor.cancel')}
        </button>
        {onRemove && (
          <button type="button" class="button button--danger" onClick={onRemove}>
            {t('matcher.participants.editor.remove')}
          </button>
        )}
      </div>
    </form>
  );
}

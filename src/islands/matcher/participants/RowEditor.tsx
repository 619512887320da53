import { useEffect, useRef, useState } from 'preact/hooks';
import { formatList } from '../../../lib/i18n/format.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { mappedColumns, type ParticipantRowView } from '../../../lib/matcher/participants-view.ts';
import { Field } from '../../ui/Field.tsx';
import { carryOver } from '../../../lib/matcher/import/carry-over.ts';
import { issueText } from './labels.ts';

export type EditorTarget = { readonly mode: 'edit'; readonly rowId: string } | { readonly mode: 'add' };

interface Props {
  locale: Locale;
  project: MatchingProject;
  target: EditorTarget;
  /** The row being edited as it is stored and checked now; null when adding, or once the row is gone. */
  view: ParticipantRowView | null;
  /** Saves the changed cells (edit) or the new row (add); the owner decides what comes next. */
  onSubmit: (cells: readonly string[], changed: readonly number[]) => void;
  /** The row is gone (removed elsewhere, or the list replaced): what was typed, as a new row under the list's headers now. */
  onAddAgain: (cells: readonly string[]) => void;
  onCancel: () => void;
  onRemove?: () => void;
}

/** Why the form's row is no longer in the list: removed (in another tab) or the whole list replaced by an import. */
type Gone = 'removed' | 'replaced' | null;

/**
 * One row as a form, a field per column labelled by its header. The checks run on the stored
 * table, so an error under a field is about what was saved: after Save it goes, or stays, at
 * once. Adding offers the mapped columns only; editing every column, as the file has them.
 * Only the fields typed in are saved; the others show the stored value, so a change another
 * tab saved meanwhile is seen and kept. When the row is removed elsewhere, or a new import
 * replaces the list, the form stays with what was typed, says why, and offers to add it as a
 * new row or discard it.
 */
export function RowEditor({ locale, project, target, view, onSubmit, onAddAgain, onCancel, onRemove }: Props) {
  const t = translator(locale);
  const editing = target.mode === 'edit';
  const { headers } = project.table;
  const stored = target.mode === 'edit' ? project.table.rows.find((row) => row.id === target.rowId)?.cells : undefined;
  // What the form was opened on: a list replaced since is noticed, and what was typed keeps the labels it was typed under.
  const [opened] = useState(() => ({
    headers,
    shown: editing ? headers.map((_, column) => column) : mappedColumns(project.mapping),
    importedAt: project.source?.importedAt ?? null,
    row: view?.row ?? null,
  }));
  // The row as last stored: what the fields not typed in show once it is gone.
  const lastStored = useRef(stored);
  if (stored) lastStored.current = stored;
  const [typed, setTyped] = useState<Readonly<Record<number, string>>>({});
  const [settling, setSettling] = useState(false);
  const [focusPending, setFocusPending] = useState(true);
  const root = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const replaced = (project.source?.importedAt ?? null) !== opened.importedAt;
  const gone: Gone = editing ? (stored ? null : replaced ? 'replaced' : 'removed') : replaced ? 'replaced' : null;
  const formHeaders = gone ? opened.headers : headers;
  const mapped = mappedColumns(project.mapping);
  const shown = gone ? opened.shown : editing ? headers.map((_, column) => column) : mapped;
  const valueOf = (column: number) => typed[column] ?? (editing ? (stored ?? lastStored.current)?.[column] : undefined) ?? '';
  const cells = () => formHeaders.map((_, column) => valueOf(column));
  const issues = gone ? [] : (view?.issues ?? []);
  const fieldIssues = (column: number) => issues.filter((issue) => issue.column === column);
  const rowIssues = issues.filter((issue) => issue.column === undefined || !shown.includes(issue.column));
  const dropped = gone === 'replaced' ? carryOver(opened.headers, cells(), headers).dropped : [];
  const idBase = target.mode === 'edit' ? `participants-edit-${target.rowId}` : 'participants-add';

  // On open, and after a save that left errors: the first field with an error, else the first field.
  useEffect(() => {
    if (!focusPending) return;
    setFocusPending(false);
    const form = root.current;
    if (!form) return;
    const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('input');
    (target ?? heading.current)?.focus();
  }, [focusPending, view?.issues]);

  // Focus stays in the field being typed in when the row goes; a button that went with it (Remove) hands focus to the heading.
  useEffect(() => {
    if (!gone) return;
    const focused = document.activeElement;
    if (focused === null || focused === document.body || !focused.isConnected) heading.current?.focus();
  }, [gone]);

  // After a save the typed fields are what is stored: from then on they follow the stored row again.
  useEffect(() => {
    if (!settling) return;
    setSettling(false);
    setTyped((current) => Object.fromEntries(Object.entries(current).filter(([column, value]) => value !== (stored?.[Number(column)] ?? ''))));
  }, [settling, stored]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (gone) {
      onAddAgain(carryOver(opened.headers, cells(), headers).cells);
      return;
    }
    const changed = shown.filter((column) => column in typed && valueOf(column) !== (stored?.[column] ?? ''));
    onSubmit(cells(), changed);
    if (editing) setSettling(true);
    setFocusPending(true);
  };

  const headingText = gone && opened.row !== null
    ? t('matcher.participants.gone.heading', { row: opened.row })
    : view
      ? t('matcher.participants.editor.editHeading', { row: view.row })
      : t('matcher.participants.editor.addHeading');

  return (
    <form ref={root} class="participants-editor" aria-labelledby={`${idBase}-heading`} noValidate onSubmit={submit}
      onKeyDown={(event) => {
        // Once the row is gone only Discard throws the typing away: Escape is too easy to press by accident.
        if (event.key === 'Escape' && !gone) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h4 id={`${idBase}-heading`} ref={heading} tabIndex={-1}>
        {headingText}
      </h4>
      <p class="field__help">{t('matcher.participants.editor.help')}</p>
      {gone && (
        <div class="alert alert--warning" role="alert" data-testid="participants-editor-gone">
          <p>
            {gone === 'removed' ? t('matcher.participants.gone.removed', { row: opened.row ?? '' }) : t('matcher.participants.gone.replaced')}
            {dropped.length > 0 &&
              ` ${t('matcher.participants.gone.dropped', { count: dropped.length, columns: formatList(dropped.map((column) => opened.headers[column] || `#${column + 1}`), locale) })}`}
          </p>
        </div>
      )}
      {view && !gone && view.issues.length > 0 && (
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
          const ignored = !gone && !mapped.includes(column);
          const hint = [ignored ? t('matcher.participants.editor.ignored') : '', ...warnings.map((issue) => t(issue.message.key, issue.message.params))].filter(Boolean).join(' ');
          return (
            <Field
              key={column}
              id={`${idBase}-cell-${column}`}
              label={formHeaders[column] || `#${column + 1}`}
              hint={hint || undefined}
              {...(warnings.length > 0 ? { hintClass: 'participants-editor__warning' } : {})}
              error={errors.length > 0 ? errors.map((issue) => t(issue.message.key, issue.message.params)).join(' ') : null}
            >
              {(control) => (
                <input
                  {...control}
                  class="input"
                  type="text"
                  value={valueOf(column)}
                  onInput={(event) => {
                    const value = event.currentTarget.value;
                    setTyped((current) => ({ ...current, [column]: value }));
                  }}
                />
              )}
            </Field>
          );
        })}
      </div>
      <div class="participants-editor__buttons">
        <button type="submit" class="button button--primary">
          {gone ? t('matcher.participants.gone.addAgain') : editing ? t('matcher.participants.editor.save') : t('matcher.participants.editor.addSubmit')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {gone ? t('matcher.participants.gone.discard') : editing ? t('matcher.participants.editor.close') : t('matcher.participants.editor.cancel')}
        </button>
        {onRemove && !gone && (
          <button type="button" class="button button--danger" onClick={onRemove}>
            {t('matcher.participants.editor.remove')}
          </button>
        )}
      </div>
    </form>
  );
}

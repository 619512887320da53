import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import {
  filterRows, FILE_ORDER, NO_FILTER, pageOf, pageWith, rowViews, sortRows, summarise, tableIssues, visibleColumns,
  type ParticipantRowView, type ViewFilter, type ViewSort,
} from '../../../lib/matcher/participants-view.ts';
import { addRow, currentProject, participantsOf, removeRow, restoreRow, setCell } from '../../../stores/matcher.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { ParticipantsGrid } from './ParticipantsGrid.tsx';
import { ParticipantsToolbar } from './ParticipantsToolbar.tsx';
import { Pager } from './Pager.tsx';
import { RowEditor, type EditorTarget } from './RowEditor.tsx';
import { rowName } from './labels.ts';
import '../../../styles/matcher-participants.css';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/** The row as the checks see it right now, read from the store (a handler runs before the re-render). */
function storedView(projectId: string, rowId: string): ParticipantRowView | undefined {
  const project = currentProject(projectId);
  if (!project) return undefined;
  return rowViews(project.table, project.mapping, participantsOf(project)).find((view) => view.rowId === rowId);
}

/**
 * The participant list of a project as a table: who takes part with what the checks read, each
 * row's status and findings, search, filters and sort, pages of 100 rows (so 2 000 rows never
 * sit in the page at once), and every row fixable in place, removable with Undo, or added by hand.
 */
export function ParticipantsTable({ locale, project }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const [filter, setFilter] = useState<ViewFilter>(NO_FILTER);
  const [sort, setSort] = useState<ViewSort>(FILE_ORDER);
  const [page, setPage] = useState(0);
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  /** Where focus goes after the next render: a row's edit button (an id), or the add button. */
  const focusNext = useRef<string | null>(null);

  const result = participantsOf(project);
  const views = useMemo(() => rowViews(project.table, project.mapping, result), [project.table, project.mapping, result]);
  const columns = useMemo(() => visibleColumns(project.mapping), [project.mapping]);
  const listIssues = useMemo(() => tableIssues(project.table, result), [project.table, result]);
  const summary = useMemo(() => summarise(views), [views]);
  const shown = useMemo(() => sortRows(filterRows(views, filter), sort, locale), [views, filter, sort, locale]);
  const current = pageOf(shown, page);
  const filtering = filter.query.trim() !== '' || filter.status !== 'all' || filter.role !== 'all';

  // A layout effect, run as the render lands: an effect still pending from an earlier render runs
  // before the next one and would take the request while the element it names is not there yet.
  useLayoutEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  const showRow = (rowId: string) => {
    const on = pageWith(shown, rowId);
    if (on >= 0) setPage(on);
    focusNext.current = on >= 0 ? `participants-row-${rowId}-edit` : 'participants-add';
  };

  const changeFilter = (next: ViewFilter) => {
    setFilter(next);
    setPage(0);
  };
  const changeSort = (next: ViewSort) => {
    setSort(next);
    setPage(0);
  };

  const remove = (view: ParticipantRowView) => {
    const removed = removeRow(project.id, view.rowId);
    if (!removed) return;
    if (editor?.mode === 'edit' && editor.rowId === view.rowId) setEditor(null);
    announce(t('matcher.participants.removed', { row: view.row }), {
      focusAction: true,
      action: {
        label: t('matcher.participants.undo'),
        run: () => {
          restoreRow(project.id, removed);
          focusNext.current = `participants-row-${view.rowId}-edit`;
          announce(t('matcher.participants.restored', { row: view.row }), { tone: 'success' });
        },
      },
    });
  };

  const save = (rowId: string, cells: readonly string[], changed: readonly number[]) => {
    for (const column of changed) setCell(project.id, rowId, column, cells[column] ?? '');
    const after = storedView(project.id, rowId);
    if (after && after.errorCount === 0) {
      setEditor(null);
      showRow(rowId);
      announce(t('matcher.participants.saved', { row: after.row }), { tone: 'success' });
    }
  };

  const add = (cells: readonly string[]) => {
    const row = addRow(project.id, cells);
    if (!row) {
      announce(t('matcher.participants.full'));
      return;
    }
    const after = storedView(project.id, row.id);
    // A new row with an error stays open as that row, its errors under the fields, so it is fixed where it was typed.
    if (after && after.errorCount > 0) {
      setEditor({ mode: 'edit', rowId: row.id });
      return;
    }
    setEditor(null);
    showRow(row.id);
    announce(t('matcher.participants.added', { name: after ? rowName(t, after) : '', row: row.row }), { tone: 'success' });
  };

  const closeEditor = () => {
    if (editor?.mode === 'edit') showRow(editor.rowId);
    else focusNext.current = 'participants-add';
    setEditor(null);
  };

  if (project.table.headers.length === 0 || project.mapping === null) {
    return (
      <section class="participants" aria-labelledby="participants-heading" data-pagefind-ignore>
        <h3 id="participants-heading" tabIndex={-1}>{t('matcher.participants.heading')}</h3>
        <p>{t('matcher.participants.empty')}</p>
      </section>
    );
  }

  // A row removed in another tab (or a list replaced by an import) leaves its form open: the form says so and keeps what was typed.
  const editedView = editor?.mode === 'edit' ? views.find((view) => view.rowId === editor.rowId) ?? null : null;

  return (
    <section class="participants" aria-labelledby="participants-heading" data-pagefind-ignore>
      <h3 id="participants-heading" tabIndex={-1}>{t('matcher.participants.heading')}</h3>
      <p>{t('matcher.participants.intro')}</p>
      <p class="participants-summary" data-testid="participants-summary">
        {t('matcher.participants.summary.people', { count: summary.people })}
        {summary.errorRows > 0 && ` ${t('matcher.participants.summary.errorRows', { count: summary.errorRows })}`}
        {summary.warnings > 0 && ` ${t('matcher.participants.summary.warnings', { count: summary.warnings })}`}
        {summary.errorRows === 0 && summary.warnings === 0 && listIssues.length === 0 && ` ${t('matcher.participants.summary.clean')}`}
      </p>
      {summary.errorRows > 0 && filter.status !== 'error' && (
        <p>
          <button type="button" class="button button--small" onClick={() => changeFilter({ ...filter, status: 'error' })}>
            {t('matcher.participants.showErrors', { count: summary.errorRows })}
          </button>
        </p>
      )}
      {listIssues.length > 0 && (
        <div class={`alert ${listIssues.some((issue) => issue.level === 'error') ? 'alert--error' : 'alert--warning'}`}>
          <p class="participants-list-issues__title">{t('matcher.participants.tableIssues')}</p>
          <ul>
            {listIssues.map((issue, index) => (
              <li key={index}>{t(issue.message.key, issue.message.params)}</li>
            ))}
          </ul>
        </div>
      )}

      {editor ? (
        <RowEditor
          key={editor.mode === 'edit' ? editor.rowId : 'add'}
          locale={locale}
          project={project}
          target={editor}
          view={editedView}
          onSubmit={(cells, changed) => (editor.mode === 'edit' ? save(editor.rowId, cells, changed) : add(cells))}
          onAddAgain={add}
          onCancel={closeEditor}
          {...(editedView ? { onRemove: () => remove(editedView) } : {})}
        />
      ) : (
        <p>
          <button type="button" id="participants-add" class="button" onClick={() => setEditor({ mode: 'add' })}>
            {t('matcher.participants.add')}
          </button>
        </p>
      )}

      <ParticipantsToolbar locale={locale} columns={columns} filter={filter} sort={sort} onFilter={changeFilter} onSort={changeSort} />
      <p class="participants-found" role="status" data-testid="participants-found">
        {filtering ? t('matcher.participants.found', { count: shown.length, total: views.length }) : ''}
      </p>

      {shown.length === 0 ? (
        <p>{views.length === 0 ? t('matcher.participants.noRows') : t('matcher.participants.noneMatch')}</p>
      ) : (
        <ParticipantsGrid
          locale={locale}
          headers={project.table.headers}
          columns={columns}
          page={current}
          sort={sort}
          onEdit={(view) => setEditor({ mode: 'edit', rowId: view.rowId })}
          onRemove={remove}
        />
      )}
      <Pager locale={locale} page={current} onPage={setPage} />
    </section>
  );
}

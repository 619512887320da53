import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { shortenCell, type Page, type ParticipantRowView, type SortColumn, type ViewColumn, type ViewSort } from '../../../lib/matcher/participants-view.ts';
import { Icon } from '../../ui/Icon.tsx';
import { columnKey, issueText, roleKey, rowName } from './labels.ts';

interface Props {
  locale: Locale;
  headers: readonly string[];
  columns: readonly ViewColumn[];
  page: Page<ParticipantRowView>;
  sort: ViewSort;
  onEdit: (view: ParticipantRowView) => void;
  onRemove: (view: ParticipantRowView) => void;
}

/**
 * One page of the rows as a real table: the name is each row's header, the status says in
 * words (and an icon) how the row stands, with every finding. Below 48rem each row is a card,
 * its cells led by their column's name (data-label); the header row stays for screen readers.
 */
export function ParticipantsGrid({ locale, headers, columns, page, sort, onEdit, onRemove }: Props) {
  const t = translator(locale);
  const ariaSort = (column: SortColumn) => (sort.column === column ? sort.direction : undefined);
  const label = (column: ViewColumn | 'row' | 'status' | 'actions') => t(columnKey(column));
  const others = columns.filter((column) => column !== 'name');

  return (
    <>
      <p class="participants-scroll-hint">{t('matcher.participants.scrollHint')}</p>
      <div class="participants-table-wrap scroll-x">
        <table class="participants-table" data-testid="participants-table">
          <caption>
            {page.total > 0 ? t('matcher.participants.caption', { from: page.from, to: page.to, total: page.total }) : t('matcher.participants.captionNone')}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('name')}>{label('name')}</th>
              <th scope="col" aria-sort={ariaSort('row')}>{label('row')}</th>
              <th scope="col" aria-sort={ariaSort('status')}>{label('status')}</th>
              {others.map((column) => (
                <th key={column} scope="col" aria-sort={ariaSort(column)}>
                  {label(column)}
                </th>
              ))}
              <th scope="col">{label('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((view) => {
              const name = rowName(t, view);
              const fix = view.status === 'error';
              return (
                <tr key={view.rowId} class={`participants-row participants-row--${view.status}`} data-row={view.row}>
                  <th scope="row" class="participants-row__name">
                    {view.values.name ? <CellText locale={locale} value={view.values.name} /> : <span class="participants-muted">{name}</span>}
                  </th>
                  <td data-label={label('row')}>{view.row}</td>
                  <td data-label={label('status')} class="participants-row__status">
                    <Status view={view} locale={locale} headers={headers} />
                  </td>
                  {others.map((column) => (
                    <td key={column} data-label={label(column)}>
                      {column === 'role' && view.role && view.participant ? t(roleKey(view.role)) : <CellText locale={locale} value={view.values[column]} />}
                    </td>
                  ))}
                  <td data-label={label('actions')} class="participants-row__actions">
                    <button
                      type="button"
                      id={`participants-row-${view.rowId}-edit`}
                      class={`button button--small${fix ? ' button--primary' : ''}`}
                      aria-label={t(fix ? 'matcher.participants.row.fixLabel' : 'matcher.participants.row.editLabel', { row: view.row, name })}
                      onClick={() => onEdit(view)}
                    >
                      {t(fix ? 'matcher.participants.row.fix' : 'matcher.participants.row.edit')}
                    </button>
                    <button
                      type="button"
                      class="button button--small"
                      aria-label={t('matcher.participants.row.removeLabel', { row: view.row, name })}
                      onClick={() => onRemove(view)}
                    >
                      {t('matcher.participants.row.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A cell's text, its first characters only when it is long; a screen reader hears how long it really is. */
function CellText({ locale, value }: { locale: Locale; value: string }) {
  const cell = shortenCell(value);
  if (!cell.shortened) return <>{value}</>;
  const t = translator(locale);
  return (
    <>
      {cell.text}
      <span class="visually-hidden">{` (${t('matcher.participants.cell.shortened', { count: cell.length })})`}</span>
    </>
  );
}

function Status({ view, locale, headers }: { view: ParticipantRowView; locale: Locale; headers: readonly string[] }) {
  const t = translator(locale);
  if (view.status === 'ok') {
    return (
      <span class="participants-status participants-status--ok">
        <Icon name="met" />
        {t('matcher.participants.status.ok')}
      </span>
    );
  }
  const counts = [
    view.errorCount > 0 ? t('matcher.participants.status.errors', { count: view.errorCount }) : '',
    view.warningCount > 0 ? t('matcher.participants.status.warnings', { count: view.warningCount }) : '',
  ].filter(Boolean);
  return (
    <>
      <span class={`participants-status participants-status--${view.status}`}>
        <Icon name={view.status === 'error' ? 'missing' : 'weak'} />
        {counts.join(', ')}
      </span>
      <ul class="participants-issues">
        {view.issues.map((issue, index) => (
          <li key={index} class={`participants-issues__item participants-issues__item--${issue.level}`}>
            {issueText(t, issue, headers)}
          </li>
        ))}
      </ul>
    </>
  );
}

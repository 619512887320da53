import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import {
  ROLE_FILTERS, SORT_COLUMNS, STATUS_FILTERS,
  type RoleFilter, type SortColumn, type SortDirection, type StatusFilter, type ViewColumn, type ViewFilter, type ViewSort,
} from '../../../lib/matcher/participants-view.ts';
import { Field } from '../../ui/Field.tsx';
import { roleKey, sortKey } from './labels.ts';

interface Props {
  locale: Locale;
  columns: readonly ViewColumn[];
  filter: ViewFilter;
  sort: ViewSort;
  onFilter: (filter: ViewFilter) => void;
  onSort: (sort: ViewSort) => void;
}

/**
 * Search, the two filters and the sort. Sorting is a pair of selects rather than buttons in the
 * column headers: on a phone the table turns into cards and its header row is hidden, and one
 * control that is always in sight beats two that disagree.
 */
export function ParticipantsToolbar({ locale, columns, filter, sort, onFilter, onSort }: Props) {
  const t = translator(locale);
  const sortable = SORT_COLUMNS.filter((column) => column === 'row' || column === 'status' || columns.includes(column));
  const showsRoles = columns.includes('role');
  return (
    <div class="participants-toolbar" role="search">
      <Field id="participants-search" class="participants-toolbar__search" label={t('matcher.participants.search.label')} hint={t('matcher.participants.search.hint')}>
        {(control) => (
          <input
            {...control}
            type="search"
            class="input"
            value={filter.query}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => onFilter({ ...filter, query: event.currentTarget.value })}
          />
        )}
      </Field>
      <Field id="participants-filter-status" label={t('matcher.participants.filter.status')}>
        {(control) => (
          <select {...control} class="select" value={filter.status} onChange={(event) => onFilter({ ...filter, status: event.currentTarget.value as StatusFilter })}>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`matcher.participants.filter.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {showsRoles && (
        <Field id="participants-filter-role" label={t('matcher.participants.filter.role')}>
          {(control) => (
            <select {...control} class="select" value={filter.role} onChange={(event) => onFilter({ ...filter, role: event.currentTarget.value as RoleFilter })}>
              {ROLE_FILTERS.map((role) => (
                <option key={role} value={role}>
                  {role === 'all' ? t('matcher.participants.filter.role.all') : t(roleKey(role))}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="participants-sort" label={t('matcher.participants.sort.label')}>
        {(control) => (
          <select {...control} class="select" value={sort.column} onChange={(event) => onSort({ ...sort, column: event.currentTarget.value as SortColumn })}>
            {sortable.map((column) => (
              <option key={column} value={column}>
                {t(sortKey(column))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="participants-sort-direction" label={t('matcher.participants.sort.direction')}>
        {(control) => (
          <select {...control} class="select" value={sort.direction} onChange={(event) => onSort({ ...sort, direction: event.currentTarget.value as SortDirection })}>
            <option value="ascending">{t('matcher.participants.sort.ascending')}</option>
            <option value="descending">{t('matcher.participants.sort.descending')}</option>
          </select>
        )}
      </Field>
    </div>
  );
}

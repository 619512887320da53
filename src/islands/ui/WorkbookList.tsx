import '../../styles/kit.css';
import type { ComponentChildren } from 'preact';

export interface WorkbookListItem {
  readonly id: string;
  readonly title: string;
  readonly archived: boolean;
  /** A short line under the title ("Signed", "212 people · matched on 3 March"). */
  readonly status: string;
  /** Styles the status (e.g. `signed`); no meaning by colour alone, the text says it. */
  readonly statusKind?: string;
}

interface Props {
  headingId: string;
  heading: string;
  items: readonly WorkbookListItem[];
  selectedId: string | null;
  archivedLabel: string;
  newLabel: string;
  canCreate: boolean;
  onSelect: (id: string) => void;
  onNew: () => void;
  headingRef: { current: HTMLHeadingElement | null };
  testId?: string;
  children?: ComponentChildren;
}

/** A workbook's items on this device (agreements, matching projects), the open one marked; archived ones folded away. */
export function WorkbookList({ headingId, heading, items, selectedId, archivedLabel, newLabel, canCreate, onSelect, onNew, headingRef, testId, children }: Props) {
  const active = items.filter((item) => !item.archived);
  const archived = items.filter((item) => item.archived);
  const entry = (item: WorkbookListItem) => (
    <li key={item.id}>
      <button type="button" class="workbook-list__item" aria-current={item.id === selectedId ? 'true' : undefined} onClick={() => onSelect(item.id)}>
        <span class="workbook-list__title">{item.title}</span>
        <span class="workbook-list__status" data-status={item.statusKind}>
          {item.status}
        </span>
      </button>
    </li>
  );
  return (
    <section class="workbook-list" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <ul class="workbook-list__items" data-testid={testId}>
        {active.map(entry)}
      </ul>
      {archived.length > 0 && (
        <details class="workbook-list__archive" open={archived.some((item) => item.id === selectedId) || undefined}>
          <summary>{archivedLabel}</summary>
          <ul class="workbook-list__items">{archived.map(entry)}</ul>
        </details>
      )}
      <button type="button" class="button workbook-list__new" onClick={onNew} disabled={!canCreate}>
        {newLabel}
      </button>
      {children}
    </section>
  );
}

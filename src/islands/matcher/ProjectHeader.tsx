import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/calendar/format-date.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { LIMITS, type MatchingProject } from '../../lib/matcher/model.ts';
import { renameProject } from '../../stores/matcher.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { Field } from '../ui/Field.tsx';

interface Props {
  locale: Locale;
  project: MatchingProject;
  onDuplicate: (id: string) => void;
  onToggleArchive: (id: string) => void;
  onDelete: (id: string) => void;
}

/** The open project's name (editable), where its list came from, and what can be done with the project as a whole. */
export function ProjectHeader({ locale, project, onDuplicate, onToggleArchive, onDelete }: Props) {
  const t = translator(locale);
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const { source } = project;
  const sourceText = source
    ? t('matcher.workbook.project.source', {
        source: t(`matcher.workbook.project.sourceKind.${source.kind}`, { name: source.fileName ?? '' }),
        date: formatDate(source.importedAt.slice(0, 10), locale),
      })
    : t('matcher.workbook.project.noList');
  return (
    <div class="matcher-project__head">
      <Field id="matcher-project-title" label={t('matcher.workbook.project.titleLabel')} hint={sourceText}>
        {(control) => (
          <input
            {...control}
            class="input matcher-project__title"
            value={project.title}
            maxLength={LIMITS.title}
            onInput={(event) => renameProject(project.id, event.currentTarget.value)}
          />
        )}
      </Field>
      <div class="matcher-project__actions">
        <button type="button" class="button button--small" onClick={() => onDuplicate(project.id)}>
          {t('matcher.workbook.action.duplicate')}
        </button>
        <button type="button" class="button button--small" onClick={() => onToggleArchive(project.id)}>
          {t(project.archived ? 'matcher.workbook.action.unarchive' : 'matcher.workbook.action.archive')}
        </button>
        <button type="button" ref={deleteButton} class="button button--small button--danger" aria-expanded={confirming} onClick={() => setConfirming(true)}>
          {t('matcher.workbook.action.delete')}
        </button>
      </div>
      {confirming && (
        // A project holds a whole participant list: deleting it asks first, and Undo follows as well.
        <ConfirmDialog
          id="matcher-delete-project"
          title={t('matcher.workbook.confirmDelete.title', { title: project.title.trim() || t('matcher.workbook.untitled') })}
          level={3}
          confirmLabel={t('matcher.workbook.confirmDelete.confirm')}
          cancelLabel={t('matcher.workbook.confirmDelete.cancel')}
          tone="danger"
          returnFocus={deleteButton}
          onConfirm={() => {
            setConfirming(false);
            onDelete(project.id);
          }}
          onCancel={() => setConfirming(false)}
          testId="matcher-delete-confirm"
        >
          <p>{t('matcher.workbook.confirmDelete.body', { count: project.table.rows.length })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

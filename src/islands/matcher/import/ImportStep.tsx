import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { translator, type Message } from '../../../lib/i18n/index.ts';
import { checkTable } from '../../../lib/matcher/import/check.ts';
import { mappingProblems, suggestMapping, type ColumnMapping } from '../../../lib/matcher/import/headers.ts';
import type { ImportOutcome } from '../../../lib/matcher/import/client.ts';
import type { ReadTable } from '../../../lib/matcher/import/worker-protocol.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { sampleTable } from '../../../lib/matcher/sample.ts';
import { importClient } from '../../../stores/matcher-import.ts';
import { currentProject, importIntoProject, type ImportedTable } from '../../../stores/matcher.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { FilePicker } from '../../ui/FilePicker.tsx';
import { ColumnsDisclosure } from './ColumnsDisclosure.tsx';
import { CurrentList } from './CurrentList.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { MappingTable } from './MappingTable.tsx';
import { TemplateDownloads } from './TemplateDownloads.tsx';
import '../../../styles/matcher-import.css';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

/** A list read but not yet used: the worker's table, the mapping as the coordinator is setting it, and the file (to read another sheet of it). */
interface Draft {
  readonly table: ReadTable;
  readonly mapping: ColumnMapping;
  readonly file: File | null;
}

const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A workbook's header row is one of its first rows; further down is a choice no one makes. */
const HEADER_ROWS = Array.from({ length: 20 }, (_, index) => index + 1);

/**
 * The import step: choose a file, paste cells or take the sample; then link the columns, see
 * the checks, and use the list. Reading happens in the import worker, so a long file never
 * freezes the page; nothing in the project changes until "Use this list" (and, when the project
 * already has a list, its confirmation).
 */
export function ImportStep({ locale, project }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState(false);
  const [pendingUse, setPendingUse] = useState<ImportedTable | null>(null);
  const useButton = useRef<HTMLButtonElement>(null);
  const mappingHeading = useRef<HTMLHeadingElement>(null);
  /** Set when a list was just used: the form that had focus is gone, so focus moves to the list. */
  const focusAfterImport = useRef(false);

  useEffect(() => {
    if (!focusAfterImport.current) return;
    // The workbook shows the participant list right below; on its own, this step's line about the
    // list. Either appears once the stored project has the rows, which may be a render later.
    const target = document.getElementById('participants-heading') ?? document.getElementById('matcher-import-current');
    if (!target) return;
    focusAfterImport.current = false;
    target.focus();
  });

  const take = (outcome: ImportOutcome, file: File | null) => {
    if (outcome.kind === 'cancelled') return;
    focusAfterImport.current = false;
    setBusy(false);
    if (outcome.kind === 'error') {
      setError(outcome.error);
      return;
    }
    setError(null);
    setDraft({ table: outcome.table, mapping: outcome.table.mapping, file });
    // The list is read: the next thing to do is check its columns.
    setTimeout(() => mappingHeading.current?.focus(), 0);
  };

  const readFile = async (file: File, choice: { sheet?: string; headerRow?: number } = {}) => {
    setBusy(true);
    setError(null);
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      setBusy(false);
      setError({ key: 'matcher.import.file.failed' });
      return;
    }
    take(await importClient().readFile({ fileName: file.name, bytes, ...choice, stored: currentProject(project.id)?.mapping ?? null }), file);
  };

  const readPaste = async () => {
    if (pasted.trim() === '') {
      setPasteError(true);
      return;
    }
    setPasteError(false);
    setBusy(true);
    setError(null);
    take(await importClient().readText(pasted, currentProject(project.id)?.mapping ?? null), null);
  };

  const checked = useMemo(() => {
    if (!draft) return null;
    const result = checkTable(draft.table, draft.mapping);
    const issues = [...draft.table.warnings, ...result.issues].sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
    return { participants: result.participants.length, issues };
  }, [draft]);

  const commit = (imported: ImportedTable) => {
    importIntoProject(project.id, imported);
    setPendingUse(null);
    setDraft(null);
    setPasted('');
    focusAfterImport.current = true;
    announce(t('matcher.import.ui.imported', { count: imported.rows.length }), { tone: 'success' });
  };
  const use = (imported: ImportedTable) => {
    const stored = currentProject(project.id) ?? project;
    if (stored.table.rows.length > 0) setPendingUse(imported);
    else commit(imported);
  };

  const useDraft = () => {
    if (!draft) return;
    const { table, mapping } = draft;
    use({
      headers: table.headers,
      rows: table.rows,
      rowNumbers: table.rowNumbers,
      mapping,
      source: { kind: table.kind, fileName: table.fileName, encoding: table.encoding, separator: table.separator, sheet: table.workbook?.sheet ?? null },
    });
  };
  const useSample = () => {
    setDraft(null);
    setError(null);
    const { headers, rows } = sampleTable(locale, t);
    use({ headers, rows, mapping: suggestMapping(headers, rows), source: { kind: 'sample', fileName: null, encoding: null, separator: null, sheet: null } });
  };

  const problems = draft ? mappingProblems(draft.mapping) : [];
  const canUse = draft !== null && problems.length === 0 && (checked?.participants ?? 0) > 0;

  return (
    <section class="matcher-import" aria-labelledby="matcher-import-heading" aria-busy={busy || undefined}>
      <h3 id="matcher-import-heading">{t('matcher.import.ui.heading')}</h3>
      <CurrentList locale={locale} project={project} />

      <div class="matcher-import__sources">
        <FilePicker
          id="matcher-import-file"
          label={t('matcher.import.ui.file')}
          accept={ACCEPT}
          disabled={busy}
          onChange={(file) => {
            if (file) void readFile(file);
          }}
        />
        <div class="matcher-import__paste">
          <Field
            id="matcher-import-paste"
            label={t('matcher.import.ui.paste.label')}
            hint={t('matcher.import.ui.paste.hint')}
            error={pasteError ? t('matcher.import.ui.paste.empty') : null}
          >
            {(control) => (
              <textarea {...control} rows={4} spellcheck={false} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
            )}
          </Field>
          <button type="button" class="button" disabled={busy} onClick={() => void readPaste()}>
            {t('matcher.import.ui.paste.read')}
          </button>
        </div>
        <div class="matcher-import__sample">
          <button type="button" class="button" disabled={busy} aria-describedby="matcher-import-sample-hint" onClick={useSample}>
            {t('matcher.import.ui.sample')}
          </button>
          <span class="field__help" id="matcher-import-sample-hint">
            {t('matcher.import.ui.sample.hint')}
          </span>
        </div>
      </div>

      <p class="matcher-import__status" role="status" data-testid="matcher-import-status">
        {busy ? t('matcher.import.ui.busy') : ''}
      </p>
      {error && (
        <p class="alert alert--error" role="alert" data-testid="matcher-import-error">
          {t(error.key, error.params)}
        </p>
      )}

      {pendingUse && (
        <ConfirmDialog
          id="matcher-import-replace"
          title={t('matcher.import.ui.replace.title')}
          level={3}
          confirmLabel={t('matcher.import.ui.replace.confirm')}
          cancelLabel={t('matcher.import.ui.cancel')}
          tone="warning"
          returnFocus={useButton}
          onConfirm={() => commit(pendingUse)}
          onCancel={() => setPendingUse(null)}
        >
          <p>{t('matcher.import.ui.replace.body', { count: (currentProject(project.id) ?? project).table.rows.length })}</p>
        </ConfirmDialog>
      )}

      {draft && checked && (
        <div class="matcher-import__draft">
          <h4 id="matcher-mapping-heading" tabIndex={-1} ref={mappingHeading}>
            {t('matcher.import.ui.mapping.heading')}
          </h4>
          {draft.table.workbook && draft.file && (
            <div class="matcher-import__workbook">
              <Field id="matcher-import-sheet" label={t('matcher.import.ui.workbook.sheet')}>
                {(control) => (
                  <select {...control} value={draft.table.workbook!.sheet} disabled={busy} onChange={(event) => void readFile(draft.file!, { sheet: event.currentTarget.value })}>
                    {draft.table.workbook!.sheets.map((sheet) => (
                      <option value={sheet} key={sheet}>
                        {sheet}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id="matcher-import-header-row" label={t('matcher.import.ui.workbook.headerRow')}>
                {(control) => (
                  <select
                    {...control}
                    value={String(draft.table.workbook!.headerRow)}
                    disabled={busy}
                    onChange={(event) => void readFile(draft.file!, { sheet: draft.table.workbook!.sheet, headerRow: Number(event.currentTarget.value) })}
                  >
                    {HEADER_ROWS.map((row) => (
                      <option value={String(row)} key={row}>
                        {t('matcher.import.ui.workbook.row', { row })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          )}
          <p>{t('matcher.import.ui.mapping.intro', { count: draft.table.rows.length })}</p>
          {problems.length > 0 && (
            <ul class="alert alert--warning matcher-import__problems" data-testid="matcher-mapping-problems">
              {problems.map((problem) => (
                <li key={problem.key}>{t(problem.key, problem.params)}</li>
              ))}
            </ul>
          )}
          <MappingTable
            locale={locale}
            idPrefix="matcher-import"
            headers={draft.table.headers}
            rows={draft.table.rows}
            mapping={draft.mapping}
            onChange={(mapping) => setDraft({ ...draft, mapping })}
          />
          <ImportPreview locale={locale} headers={draft.table.headers} issues={checked.issues} participantCount={checked.participants} />
          {!canUse && problems.length === 0 && <p class="alert alert--warning">{t('matcher.import.ui.nothingToUse')}</p>}
          <div class="matcher-import__actions">
            <button type="button" class="button button--primary" ref={useButton} disabled={!canUse || pendingUse !== null} onClick={useDraft}>
              {t('matcher.import.ui.use')}
            </button>
            <button type="button" class="button" onClick={() => setDraft(null)}>
              {t('matcher.import.ui.cancel')}
            </button>
          </div>
        </div>
      )}

      {project.mapping && project.table.rows.length > 0 && !draft && <ColumnsDisclosure locale={locale} project={project} />}
      <TemplateDownloads locale={locale} />
    </section>
  );
}

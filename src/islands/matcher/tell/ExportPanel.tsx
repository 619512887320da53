import { useMemo, useState } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import type { MatchView, UnmatchedView } from '../../../lib/matcher/result-view.ts';
import { CSV_SEPARATORS, type CsvSeparator } from '../../../lib/matcher/tell/cells.ts';
import { CSV_MIME, csvFileWhat, defaultSeparator, matchesCsv } from '../../../lib/matcher/tell/csv.ts';
import { exportFileName } from '../../../lib/matcher/tell/file-names.ts';
import { JSON_MIME, projectJson } from '../../../lib/matcher/tell/project-json.ts';
import { exportTable, type ExportScope } from '../../../lib/matcher/tell/rows.ts';
import { matchesXlsx, XLSX_MIME } from '../../../lib/matcher/tell/xlsx.ts';
import { xlsxFitsWithoutWorker } from '../../../lib/matcher/tell/xlsx-size.ts';
import type { Participant } from '../../../lib/matching/types.ts';
import { nowIso } from '../../../stores/matcher.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { downloadFile } from '../../ui/download.ts';
import { Field } from '../../ui/Field.tsx';
import { useToday } from '../../ui/useToday.ts';

interface Props {
  locale: Locale;
  project: MatchingProject;
  /** Every match of the current result; the scope picks which go in. */
  matches: readonly MatchView[];
  unmatched: readonly UnmatchedView[];
  participants: readonly Participant[];
  approvedCount: number;
}

type XlsxState = 'idle' | 'busy' | 'failed';

/** CSV, .xlsx and the whole project as JSON; approved matches only unless the coordinator says otherwise. */
export function ExportPanel({ locale, project, matches, unmatched, participants, approvedCount }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const today = useToday();
  const [scope, setScope] = useState<ExportScope>('approved');
  const [separator, setSeparator] = useState<CsvSeparator>(defaultSeparator(locale));
  const [xlsx, setXlsx] = useState<XlsxState>('idle');
  const table = useMemo(
    () => exportTable({ mode: project.mode, matches, unmatched, participants, review: project.review }, t, { scope }),
    [project.mode, matches, unmatched, participants, project.review, t, scope],
  );
  const xlsxFits = useMemo(() => xlsxFitsWithoutWorker(table), [table]);
  const name = (what: string, extension: string) => exportFileName(project.title, what, today, extension);

  const downloaded = (file: string) => announce(t('matcher.tell.ui.export.downloaded', { file }), { tone: 'success' });

  const downloadCsv = () => {
    const file = name(csvFileWhat(t('matcher.tell.ui.file.matches'), separator, t('matcher.tell.ui.file.comma')), 'csv');
    downloadFile(file, matchesCsv(table, locale, separator), CSV_MIME);
    downloaded(file);
  };

  const downloadXlsx = async () => {
    setXlsx('busy');
    try {
      const blob = await matchesXlsx(table, t('matcher.tell.export.sheet'));
      const file = name(t('matcher.tell.ui.file.matches'), 'xlsx');
      downloadFile(file, blob, XLSX_MIME);
      setXlsx('idle');
      downloaded(file);
    } catch {
      setXlsx('failed');
    }
  };

  const downloadJson = () => {
    const file = name(t('matcher.tell.ui.file.project'), 'json');
    downloadFile(file, projectJson(project, nowIso()), JSON_MIME);
    downloaded(file);
  };

  const count = scope === 'approved' ? approvedCount : matches.length;
  return (
    <section class="tell-section tell-export" aria-labelledby="tell-export-heading">
      <h3 id="tell-export-heading">{t('matcher.tell.ui.export.heading')}</h3>
      <div class="field tell-export__scope">
        <label class="tell-choice">
          <input
            type="checkbox"
            role="switch"
            checked={scope === 'all'}
            aria-describedby="tell-export-scope-help"
            onChange={(event) => setScope(event.currentTarget.checked ? 'all' : 'approved')}
          />{' '}
          {t('matcher.tell.ui.export.scope')}
        </label>
        <span class="field__help" id="tell-export-scope-help">
          {t('matcher.tell.ui.export.scopeHint')}
        </span>
      </div>
      <p class="alert tell-export__note" data-testid="tell-export-note" aria-live="polite">
        {t(scope === 'approved' ? 'matcher.tell.ui.export.noteApproved' : 'matcher.tell.ui.export.noteAll', { count })}
      </p>
      <Field id="tell-separator" label={t('matcher.tell.ui.export.separator')}>
        {(control) => (
          <select {...control} class="select" value={separator} onChange={(event) => setSeparator(event.currentTarget.value as CsvSeparator)}>
            {CSV_SEPARATORS.map((option) => (
              <option key={option} value={option}>
                {t(option === ';' ? 'matcher.tell.ui.export.separator.semicolon' : 'matcher.tell.ui.export.separator.comma')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="tell-export__actions">
        <button type="button" class="button button--primary" onClick={downloadCsv}>
          {t('matcher.tell.ui.export.csv')}
        </button>
        <button
          type="button"
          class="button"
          disabled={!xlsxFits || xlsx === 'busy'}
          aria-describedby={!xlsxFits ? 'tell-xlsx-note' : undefined}
          onClick={() => void downloadXlsx()}
        >
          {t('matcher.tell.ui.export.xlsx')}
        </button>
      </div>
      <div role="status" class="tell-export__status">
        {xlsx === 'busy' && <p>{t('matcher.tell.ui.export.xlsxBusy')}</p>}
        {xlsx === 'failed' && <p class="alert alert--error">{t('matcher.tell.ui.export.xlsxFailed')}</p>}
      </div>
      {!xlsxFits && (
        <p class="field__help" id="tell-xlsx-note">
          {t('matcher.tell.ui.export.xlsxTooLarge')}
        </p>
      )}
      <div class="tell-export__json">
        <button type="button" class="button" aria-describedby="tell-json-help" onClick={downloadJson}>
          {t('matcher.tell.ui.export.json')}
        </button>
        <p class="field__help" id="tell-json-help">
          {t('matcher.tell.ui.export.jsonHint')}
        </p>
      </div>
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { translator } from '../../../lib/i18n/index.ts';
import { templateCsv, templateHeaders } from '../../../lib/matcher/import/templates.ts';
import { downloadFile } from '../../ui/download.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The template in the page's language: a CSV Dutch Excel opens as it is (`;`, a byte order mark
 * for the accents, CRLF), and an .xlsx whose writer is fetched only when it is asked for.
 */
export function TemplateDownloads({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const [failed, setFailed] = useState(false);
  const [making, setMaking] = useState(false);
  const base = t('matcher.import.ui.template.file');

  const downloadXlsx = async () => {
    setMaking(true);
    setFailed(false);
    try {
      const { default: writeExcelFile } = await import('write-excel-file/universal');
      const header = templateHeaders(t).map((value) => ({ value, fontWeight: 'bold' as const }));
      const blob = await writeExcelFile([header], { sheet: t('matcher.import.ui.template.sheet'), stickyRowsCount: 1 }).toBlob();
      downloadFile(`${base}.xlsx`, blob, XLSX_TYPE);
    } catch {
      setFailed(true);
    } finally {
      setMaking(false);
    }
  };

  return (
    <section class="matcher-template" aria-labelledby="matcher-template-heading">
      <h4 id="matcher-template-heading">{t('matcher.import.ui.template.heading')}</h4>
      <p>{t('matcher.import.ui.template.intro')}</p>
      <div class="matcher-import__actions">
        <button type="button" class="button" onClick={() => downloadFile(`${base}.csv`, templateCsv(t), 'text/csv;charset=utf-8')}>
          {t('matcher.import.ui.template.csv')}
        </button>
        <button type="button" class="button" disabled={making} onClick={() => void downloadXlsx()}>
          {t('matcher.import.ui.template.xlsx')}
        </button>
      </div>
      {failed && (
        <p class="alert alert--error" role="alert">
          {t('matcher.import.ui.template.failed')}
        </p>
      )}
    </section>
  );
}

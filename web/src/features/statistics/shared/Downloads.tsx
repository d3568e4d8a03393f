/**
 * CSV (UTF-8 with BOM, opens in Excel) and Excel downloads of the selection on screen. The links
 * point at the API itself, so the same URL works from scripts and spreadsheets too.
 */
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { DownloadFormat } from '../../../api/statistics.ts';
import { codeColumnsOf, csvText, spreadsheetRows } from '../../../../../src/shared/spreadsheet-cells.ts';

export function Downloads({ url, what, formats = ['csv', 'xlsx'] }: { url: (format: DownloadFormat) => string; what: string; formats?: DownloadFormat[] }) {
  const { t } = useI18n();
  return (
    <div className="stats-downloads no-print">
      <span className="stats-downloads-label">{t('stats.download')}</span>
      {formats.map((f) => (
        <a key={f} className="button button-secondary button-small" href={url(f)} download>
          {f === 'csv' ? t('stats.download.csv') : t('stats.download.xlsx')}
          <span className="visually-hidden">（{what}）</span>
        </a>
      ))}
    </div>
  );
}

/**
 * The text of a CSV made in the browser: UTF-8 with BOM (for Excel), the first row the header.
 * Same cells as the API's downloads (src/shared/spreadsheet-cells.ts): text that would run as a
 * formula gets a leading apostrophe, 団体コード columns are written ="011002" so Excel keeps the
 * leading zero, numbers stay numbers.
 */
export function browserCsvText(rows: Array<Array<string | number | null>>): string {
  return `\ufeff${csvText(spreadsheetRows(rows, { excel: true, codeColumns: codeColumnsOf(rows[0] ?? []) }))}`;
}

/** A CSV made in the browser (UTF-8 with BOM), for views the API has no download of. */
export function csvBlobUrl(rows: Array<Array<string | number | null>>): string {
  return URL.createObjectURL(new Blob([browserCsvText(rows)], { type: 'text/csv;charset=utf-8' }));
}

/**
 * CSV (UTF-8 with BOM, opens in Excel) and Excel downloads of the selection on screen. The links
 * point at the API itself, so the same URL works from scripts and spreadsheets too.
 */
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { DownloadFormat } from '../../../api/statistics.ts';

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

/** A CSV made in the browser (UTF-8 with BOM), for views the API has no download of. */
export function csvBlobUrl(rows: Array<Array<string | number | null>>): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  return URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/**
 * What of the page's address could not be used (a bad 団体コード, an unknown indicator or
 * period), said in place, while the rest of the page shows what the address did allow. The pages
 * check the address against the catalog and the area list before they ask the API, so a bad
 * address costs no failed request (and no console error).
 */
import { useI18n } from '../../../i18n/I18nProvider.tsx';

/** 5 or 6 digits: the shape of a 団体コード (the check digit is the server's to verify). */
export const isAreaCodeShape = (s: string) => /^\d{5,6}$/.test(s);

export function UrlNotice({ problems }: { problems: string[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice-info stats-url-notice" role="status">
      <p>
        <strong>{t('stats.url.title')}</strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>{t('stats.url.shown')}</p>
    </div>
  );
}

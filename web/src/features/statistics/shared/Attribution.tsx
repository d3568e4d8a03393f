/** 出典: the API's attribution lines, visibly under every chart and table of statistics. */
import { useI18n } from '../../../i18n/I18nProvider.tsx';

export function Attribution({ lines }: { lines: string[] | undefined }) {
  const { t } = useI18n();
  const unique = [...new Set((lines ?? []).filter(Boolean))];
  if (unique.length === 0) return null;
  return (
    <div className="stats-source">
      <p className="stats-source-title">{t('stats.source')}</p>
      <ul>
        {unique.map((l) => (
          <li key={l} lang="ja">
            {l}
          </li>
        ))}
      </ul>
    </div>
  );
}

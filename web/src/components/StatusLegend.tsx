import { STATUSES } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import './status.css';

/** What ①A…③ mean. */
export function StatusLegend({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const H = `h${headingLevel}` as const;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <H id="legend-title" className="legend-title">
        {t('legend.title')}
      </H>
      <p className="hint">{t('legend.intro')}</p>
      <ul className="legend-list">
        {STATUSES.map((s) => (
          <li key={s}>
            <StatusBadge status={s} long={false} srWords={false} />
            <span className="legend-words">{s === '1B' ? t('status.1B.legend') : t(`status.${s}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

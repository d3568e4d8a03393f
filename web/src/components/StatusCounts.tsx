import { STATUSES, type StatusCounts as Counts } from '../api/types.ts';
import { STATUS_MARK, STATUS_SYMBOL } from '../format/status.ts';
import { useI18n, type Translate } from '../i18n/I18nProvider.tsx';
import './status.css';

interface Props {
  counts: Counts;
  id?: string;
  size?: 'small' | 'normal';
}

/** Counts per class as five small badges: 「①A 2」「①B 5」… Zero counts stay visible but quiet. */
export function StatusCounts({ counts, id, size = 'normal' }: Props) {
  const { t } = useI18n();
  return (
    <ul className={`status-counts status-counts-${size}`} id={id}>
      {STATUSES.map((s) => {
        const n = counts[s] ?? 0;
        return (
          <li key={s} className={`status-count status-${s}${n === 0 ? ' is-zero' : ''}`}>
            <span className="status-symbol" aria-hidden="true">
              {STATUS_SYMBOL[s]}
            </span>
            <span aria-hidden="true">
              {STATUS_MARK[s]} <strong>{n}</strong>
            </span>
            <span className="visually-hidden">{t('status.count', { label: `${STATUS_MARK[s]} ${t(`status.${s}`)}`, n })}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The same counts as one sentence, for aria-describedby and summaries. */
export function statusCountsText(counts: Counts, t: Translate): string {
  return STATUSES.map((s) => t('status.count', { label: `${STATUS_MARK[s]} ${t(`status.${s}`)}`, n: counts[s] ?? 0 })).join(t('list.separator'));
}

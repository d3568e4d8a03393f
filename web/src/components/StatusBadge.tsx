import type { Status } from '../api/types.ts';
import { STATUS_MARK, STATUS_SYMBOL } from '../format/status.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './status.css';

interface Props {
  status: Status;
  /** print the class name after the mark (「①A 目標達成」); default true */
  long?: boolean;
  /** extra words after the label, e.g. the ①B band */
  detail?: string | null;
  /** when not long: still give screen readers the class name; default true */
  srWords?: boolean;
}

/** The verdict of one KPI: symbol + mark (+ words), coloured with the Okabe–Ito palette. */
export function StatusBadge({ status, long = true, detail, srWords = true }: Props) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-${status}`} title={long || !srWords ? undefined : t(`status.${status}`)}>
      <span className="status-symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>
      <span className="status-mark">{STATUS_MARK[status]}</span>
      {long ? <span className="status-words">{t(`status.${status}`)}</span> : srWords ? <span className="visually-hidden">{t(`status.${status}`)}</span> : null}
      {detail ? <span className="status-detail">（{detail}）</span> : null}
    </span>
  );
}

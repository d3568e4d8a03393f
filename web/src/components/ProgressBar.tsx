import { formatPercent } from '../format/number.ts';
import './ProgressBar.css';

interface Props {
  /** 進捗率 (rounded integer), may be negative or above 100 */
  value: number | null;
}

/**
 * A data bar for a progress rate: the number is printed, the bar only repeats it. Values above
 * 100% fill the bar and show a marker; negative values show an empty bar.
 */
export function ProgressBar({ value }: Props) {
  if (value === null) return <span className="progress-none">—</span>;
  const width = Math.max(0, Math.min(100, value));
  return (
    <span className="progress">
      <span className="progress-value">{formatPercent(value)}</span>
      <span className="progress-track" aria-hidden="true">
        <span className={`progress-fill${value >= 100 ? ' is-full' : ''}${value <= 0 ? ' is-empty' : ''}`} style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}

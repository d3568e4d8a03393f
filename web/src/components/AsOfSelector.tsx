import { useEffect, useId, useRef, useState } from 'react';
import { useAsOf } from '../app/AsOfContext.tsx';
import { formatDay, isIsoDay, parsePeriod, warekiDate } from '../format/period.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './AsOfSelector.css';

const MIN = '1990-01-01';
const MAX = '2100-12-31';

/** The evaluation date: a date input (default today), with 和暦 beside it. */
export function AsOfSelector({ busy = false }: { busy?: boolean }) {
  const { t, lang } = useI18n();
  const { asOf, today, setAsOf } = useAsOf();
  const [draft, setDraft] = useState(asOf);
  const id = useId();
  const hintId = useId();
  const usable = (d: string) => isIsoDay(d) && d >= MIN && d <= MAX;
  const invalid = draft !== '' && !usable(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => setDraft(asOf), [asOf]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const p = parsePeriod(asOf);
  const wareki = lang === 'ja' && p?.kind === 'date' ? warekiDate(p.year, p.month ?? 1, p.day ?? 1) : null;

  return (
    <div className="as-of">
      <label htmlFor={id}>{t('asOf.label')}</label>
      <div className="as-of-row">
        <input
          id={id}
          type="date"
          value={draft}
          min={MIN}
          max={MAX}
          aria-describedby={hintId}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            const v = e.target.value;
            setDraft(v);
            clearTimeout(timer.current);
            // While a year is being typed the field passes through dates like 0002-11-24:
            // evaluate only dates in range, and only once typing pauses.
            if (usable(v)) timer.current = setTimeout(() => setAsOf(v), 350);
          }}
        />
        {wareki ? <span className="as-of-wareki">（{wareki}）</span> : null}
        {asOf !== today ? (
          <button type="button" className="button button-text" onClick={() => setAsOf(today)}>
            {t('asOf.today')}
          </button>
        ) : null}
        <span className="as-of-busy" role="status" aria-live="polite">
          {busy ? (
            <>
              <span className="spinner spinner-small" aria-hidden="true" />
              {t('app.updating')}
            </>
          ) : null}
        </span>
      </div>
      <p id={hintId} className="hint">
        {invalid ? t('asOf.invalid') : t('asOf.hint')}
        <span className="visually-hidden"> {t('asOf.current', { date: formatDay(asOf, lang) })}</span>
      </p>
    </div>
  );
}

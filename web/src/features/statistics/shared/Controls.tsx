/** Labelled, keyboard-usable controls shared by the statistics pages (native selects and radios). */
import { useId } from 'react';
import type { AreaSummary, Indicator, IndicatorCategory, MapLevel } from '../../../api/statistics.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { groupIndicators, indicatorName, periodText } from './format.ts';

export function IndicatorSelect({
  label,
  value,
  onChange,
  indicators,
  categories,
  allowEmpty = false,
  id,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  indicators: Indicator[];
  categories: IndicatorCategory[];
  allowEmpty?: boolean;
  id?: string;
}) {
  const { t, lang } = useI18n();
  const auto = useId();
  const selectId = id ?? auto;
  const groups = groupIndicators(indicators, categories, (label) => t('stats.indicator.detailGroup', { label }));
  return (
    <div className="stats-field stats-field-wide">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
        {allowEmpty ? <option value="">{t('stats.indicator.none')}</option> : null}
        {groups.map((g) => (
          <optgroup key={g.code} label={g.label}>
            {g.items.map((i) => (
              <option key={i.code} value={i.code}>
                {indicatorName(i, lang)}
                {i.unit ? `（${i.unit}）` : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function PeriodSelect({
  label,
  value,
  onChange,
  periods,
  latest,
}: {
  label: string;
  value: string;
  onChange: (p: string) => void;
  periods: string[];
  latest: string | null;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <div className="stats-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('stats.period.latest', { period: latest ? periodText(latest, lang, false) : '—' })}</option>
        {[...periods].reverse().map((p) => (
          <option key={p} value={p}>
            {periodText(p, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function LevelRadios({ value, onChange, available }: { value: MapLevel; onChange: (l: MapLevel) => void; available?: MapLevel[] }) {
  const { t } = useI18n();
  const name = useId();
  const levels: MapLevel[] = ['prefecture', 'municipality'];
  return (
    <fieldset className="stats-field stats-radios">
      <legend>{t('stats.level')}</legend>
      {levels.map((l) => {
        const disabled = available ? !available.includes(l) : false;
        return (
          <label key={l} className={disabled ? 'is-disabled' : undefined}>
            <input type="radio" name={name} value={l} checked={value === l} disabled={disabled} onChange={() => onChange(l)} />
            {t(l === 'prefecture' ? 'stats.level.prefecture' : 'stats.level.municipality')}
          </label>
        );
      })}
    </fieldset>
  );
}

export function PrefectureSelect({
  label,
  value,
  onChange,
  prefectures,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (p: string) => void;
  prefectures: AreaSummary[];
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="stats-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        <option value="">{t('stats.pref.all')}</option>
        {prefectures.map((p) => (
          <option key={p.code} value={p.pref_code ?? p.code.slice(0, 2)}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

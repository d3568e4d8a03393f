/** The map's filters: native, labelled selects and radios, and the year slider (keyboard: arrows, Home/End). */
import { useId } from 'react';
import { warekiFiscalYear } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { PLAN_TYPE_LABELS, STRATEGIC_FIELDS } from '../../../../src/shared/plan-vocabulary.ts';

export const PLAN_TYPES: Record<string, string> = PLAN_TYPE_LABELS;
const STATUSES = ['published', 'in_execution', 'evaluated', 'withdrawn'] as const;
export const YEAR_MIN = 2024;
export const YEAR_MAX = 2040;

export interface FilterState {
  level: 'prefecture' | 'municipality';
  metric: 'yen' | 'per_capita';
  type: string;
  field: string;
  status: string;
  yearTo: number | null;
}

function Radios<T extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <fieldset className="stats-field invmap-radios">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

function Select({ label, value, options, onChange }: { label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="stats-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Filters({ state, onChange }: { state: FilterState; onChange: (next: Partial<FilterState>) => void }) {
  const { t } = useI18n();
  const sliderId = useId();
  const year = state.yearTo ?? YEAR_MAX;
  return (
    <form className="stats-controls invmap-filters" aria-label={t('invmap.filters')} onSubmit={(e) => e.preventDefault()}>
      <Radios
        legend={t('invmap.level')}
        name="invmap-level"
        value={state.level}
        options={[
          ['prefecture', t('invmap.level.prefecture')],
          ['municipality', t('invmap.level.municipality')],
        ]}
        onChange={(level) => onChange({ level })}
      />
      <Radios
        legend={t('invmap.metric')}
        name="invmap-metric"
        value={state.metric}
        options={[
          ['yen', t('invmap.metric.yen')],
          ['per_capita', t('invmap.metric.perCapita')],
        ]}
        onChange={(metric) => onChange({ metric })}
      />
      <Select
        label={t('invmap.type')}
        value={state.type}
        options={[['', t('invmap.type.all')], ...Object.entries(PLAN_TYPES).map(([k, v]) => [k, `${k} ${v}`] as [string, string])]}
        onChange={(type) => onChange({ type, field: type === 'A' ? state.field : '' })}
      />
      <Select
        label={t('invmap.field')}
        value={state.field}
        options={[['', t('invmap.field.all')], ...STRATEGIC_FIELDS.map((f) => [f, f] as [string, string])]}
        onChange={(field) => onChange({ field, type: field ? 'A' : state.type })}
      />
      <Select
        label={t('invmap.status')}
        value={state.status}
        options={[['', t('invmap.status.default')], ...STATUSES.map((s) => [s, t(`invmap.status.${s}` as MessageKey)] as [string, string])]}
        onChange={(status) => onChange({ status })}
      />
      <div className="stats-field invmap-year">
        <label htmlFor={sliderId}>{t('invmap.year')}</label>
        <input
          id={sliderId}
          type="range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={year}
          disabled={state.yearTo === null}
          aria-valuetext={t('invmap.year.upTo', { year, wareki: warekiFiscalYear(year) ?? '' })}
          onChange={(e) => onChange({ yearTo: Number(e.target.value) })}
        />
        <output htmlFor={sliderId}>{state.yearTo === null ? t('invmap.year.all') : t('invmap.year.upTo', { year, wareki: warekiFiscalYear(year) ?? '' })}</output>
        <label>
          <input type="checkbox" checked={state.yearTo === null} onChange={(e) => onChange({ yearTo: e.target.checked ? null : YEAR_MAX })} /> {t('invmap.year.all')}
        </label>
      </div>
    </form>
  );
}

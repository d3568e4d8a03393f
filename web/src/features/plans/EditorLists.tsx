/**
 * The editor's repeating entry items: core entities, investment projects, measures with their
 * 5W1H action items, KGIs, KPIs and withdrawal criteria. Rows are added and removed with buttons
 * (keyboard usable); new rows get an id not used in their list.
 */
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fieldId, getAt, nextId } from './content-paths.ts';
import { AmountField, CheckboxField, NullableTextField, NumberField, SelectField, TextField, useEditor } from './editor-fields.tsx';

type Row = { id?: unknown } & Record<string, unknown>;

export function ListEditor({
  path,
  title,
  itemName,
  make,
  children,
}: {
  path: string;
  title: string;
  itemName: string;
  make: (id: string) => Row;
  children: (base: string, row: Row) => ReactNode;
}) {
  const { draft, set } = useEditor();
  const { t } = useI18n();
  const list = (getAt(draft, path) as Row[] | undefined) ?? [];
  const prefix = path
    .split(/[.[\]]/)
    .filter(Boolean)
    .at(-1)!
    .slice(0, 3);
  return (
    <fieldset className="plan-list-editor">
      <legend>{title}</legend>
      {list.map((row, i) => (
        <fieldset key={String(row.id ?? i)} className="subpanel plan-row">
          <legend>
            {itemName} {t('plans.edit.item', { n: i + 1 })}
          </legend>
          {children(`${path}[${i}]`, row)}
          <button
            type="button"
            className="button button-text"
            onClick={() =>
              set(
                path,
                list.filter((_, j) => j !== i),
              )
            }
          >
            {t('plans.edit.remove', { item: `${itemName} ${t('plans.edit.item', { n: i + 1 })}` })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button-secondary" onClick={() => set(path, [...list, make(nextId(list, prefix))])}>
        {t('plans.edit.add', { item: itemName })}
      </button>
    </fieldset>
  );
}

const f = (t: (k: MessageKey) => string, key: string) => t(`plans.f.${key}` as MessageKey);

export function EntitiesEditor({ kinds }: { kinds: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <ListEditor
      path="core_entities"
      title={f(t, 'core_entities')}
      itemName={f(t, 'core_entities')}
      make={(id) => ({ id, kind: 'company', name: '', corporate_number: null, located: 'located' })}
    >
      {(b) => (
        <>
          <SelectField path={`${b}.kind`} label={f(t, 'entity.kind')} options={Object.entries(kinds)} />
          <TextField path={`${b}.name`} label={f(t, 'entity.name')} />
          <NullableTextField path={`${b}.corporate_number`} label={f(t, 'entity.corporate_number')} hint={t('plans.edit.cnHint')} inputMode="numeric" />
          <TextField path={`${b}.address`} label={f(t, 'entity.address')} />
          <SelectField
            path={`${b}.located`}
            label={f(t, 'entity.located')}
            options={[
              ['located', f(t, 'entity.located.located')],
              ['to_attract', f(t, 'entity.located.to_attract')],
            ]}
          />
          <TextField path={`${b}.reason`} label={f(t, 'entity.reason')} multiline />
          <TextField path={`${b}.support`} label={f(t, 'entity.support')} multiline />
        </>
      )}
    </ListEditor>
  );
}

export function InvestmentsEditor({ isA }: { isA: boolean }) {
  const { t } = useI18n();
  const text = (b: string, k: string, multiline = false) => <TextField path={`${b}.${k}`} label={f(t, `inv.${k}`)} multiline={multiline} />;
  return (
    <ListEditor
      path="investments"
      title={f(t, 'investments')}
      itemName={f(t, 'investments')}
      make={(id) => ({ id, title: '', investor_name: '', investor_corporate_number: null, amount_yen: '', invest_date: null, operation_date: null, muni_code: '' })}
    >
      {(b) => (
        <>
          {text(b, 'title')}
          {text(b, 'investor_name')}
          <NullableTextField path={`${b}.investor_corporate_number`} label={f(t, 'inv.investor_corporate_number')} hint={t('plans.edit.cnHint')} inputMode="numeric" />
          <AmountField path={`${b}.amount_yen`} label={f(t, 'inv.amount_yen')} hint={t('plans.edit.amountHint')} />
          <div className="field-row">
            <NullableTextField path={`${b}.invest_date`} label={f(t, 'inv.invest_date')} hint={t('plans.edit.dateHint')} />
            <NullableTextField path={`${b}.operation_date`} label={f(t, 'inv.operation_date')} hint={t('plans.edit.dateHint')} />
          </div>
          {text(b, 'muni_code')}
          <PointFields path={`${b}.point`} />
          <div className="field-row">
            {text(b, 'ministry')}
            {text(b, 'department')}
          </div>
          {text(b, 'spillover', true)}
          {isA ? (
            <>
              <CheckboxField path={`${b}.related`} label={f(t, 'inv.related')} />
              <CheckboxField path={`${b}.subsidised`} label={f(t, 'inv.subsidised')} />
            </>
          ) : null}
        </>
      )}
    </ListEditor>
  );
}

/** The project's place on the map (国内投資マップ): both coordinates or none. */
function PointFields({ path }: { path: string }) {
  const { t } = useI18n();
  const { draft, set, issues } = useEditor();
  const point = getAt(draft, path) as { lat?: unknown; lon?: unknown } | null | undefined;
  const setPart = (k: 'lat' | 'lon', v: string) => {
    const next = { lat: point?.lat ?? null, lon: point?.lon ?? null, [k]: v.trim() === '' ? null : Number.isFinite(Number(v)) ? Number(v) : v };
    set(path, next.lat === null && next.lon === null ? null : next);
  };
  return (
    <div className="field-row">
      {(['lat', 'lon'] as const).map((k) => (
        <div className="field" key={k}>
          <label htmlFor={fieldId(`${path}.${k}`)}>{f(t, `inv.point.${k}`)}</label>
          <input
            id={fieldId(`${path}.${k}`)}
            type="text"
            inputMode="decimal"
            defaultValue={point?.[k] == null ? '' : String(point[k])}
            onChange={(e) => setPart(k, e.target.value)}
          />
          {(issues.get(`${path}.${k}`) ?? issues.get(path)) ? (
            <p className="field-error" lang="ja">
              {issues.get(`${path}.${k}`) ?? issues.get(path)}
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}

const ACTION_KEYS = ['significance', 'content', 'department', 'forum', 'approach'] as const;

export function MeasuresEditor() {
  const { t } = useI18n();
  return (
    <ListEditor path="measures" title={f(t, 'measures')} itemName={f(t, 'measures')} make={(id) => ({ id, issue: '', goal: '', path: '', instrument: '', actions: [] })}>
      {(b) => (
        <>
          {(['issue', 'goal', 'path', 'instrument'] as const).map((k) => (
            <TextField key={k} path={`${b}.${k}`} label={f(t, `measure.${k}`)} multiline />
          ))}
          <ListEditor path={`${b}.actions`} title={f(t, 'actions')} itemName={f(t, 'actions')} make={(id) => ({ id, deadline: null })}>
            {(a) => (
              <>
                {ACTION_KEYS.map((k) => (
                  <TextField key={k} path={`${a}.${k}`} label={f(t, `act.${k}`)} multiline={k !== 'department'} />
                ))}
                <NullableTextField path={`${a}.deadline`} label={f(t, 'act.deadline')} hint={t('plans.edit.dateHint')} />
              </>
            )}
          </ListEditor>
        </>
      )}
    </ListEditor>
  );
}

function IndicatorFields({ b }: { b: string }) {
  const { t } = useI18n();
  return (
    <>
      <TextField path={`${b}.name`} label={f(t, 'ind.name')} />
      <TextField path={`${b}.unit`} label={f(t, 'ind.unit')} />
      <div className="field-row">
        <NumberField path={`${b}.baseline_value`} label={f(t, 'ind.baseline_value')} />
        <NumberField path={`${b}.baseline_fy`} label={f(t, 'ind.baseline_fy')} hint={t('plans.edit.fyHint')} />
      </div>
      <div className="field-row">
        <NumberField path={`${b}.target_value`} label={f(t, 'ind.target_value')} />
        <NumberField path={`${b}.target_fy`} label={f(t, 'ind.target_fy')} hint={t('plans.edit.fyHint')} />
      </div>
    </>
  );
}

const KGI_KINDS = ['capex', 'talent', 'value_added', 'wide_area_jobs', 'custom'] as const;

export function KgisEditor() {
  const { t } = useI18n();
  return (
    <ListEditor path="kgis" title={f(t, 'kgis')} itemName="KGI" make={(id) => ({ id, kind: 'custom', name: '', unit: '' })}>
      {(b) => (
        <>
          <SelectField path={`${b}.kind`} label={f(t, 'kgi.kind')} options={KGI_KINDS.map((k) => [k, f(t, `kgi.kind.${k}`)] as const)} />
          <IndicatorFields b={b} />
          <TextField path={`${b}.basis`} label={f(t, 'ind.basis')} multiline />
        </>
      )}
    </ListEditor>
  );
}

export function KpisEditor() {
  const { t } = useI18n();
  const { draft } = useEditor();
  const measures = ((getAt(draft, 'measures') as Row[] | undefined) ?? []).map((m, i) => [String(m.id), `${i + 1}. ${String(m.issue ?? '')}`] as const);
  return (
    <ListEditor path="kpis" title={f(t, 'kpis')} itemName="KPI" make={(id) => ({ id, name: '', unit: '', direction: 'increase', measure_id: null })}>
      {(b) => (
        <>
          <IndicatorFields b={b} />
          <SelectField
            path={`${b}.direction`}
            label={f(t, 'ind.direction')}
            options={(['increase', 'decrease', 'maintain'] as const).map((d) => [d, f(t, `ind.direction.${d}`)] as const)}
          />
          <SelectField path={`${b}.measure_id`} label={f(t, 'measures')} options={measures} nullable />
        </>
      )}
    </ListEditor>
  );
}

const COMPARISONS = ['behind_path', 'lt', 'le', 'gt', 'ge'] as const;

export function CriteriaEditor() {
  const { t } = useI18n();
  const { draft } = useEditor();
  const kpis = ((getAt(draft, 'kpis') as Row[] | undefined) ?? []).map((k) => [String(k.id), `${String(k.id)} ${String(k.name ?? '')}`] as const);
  return (
    <ListEditor
      path="withdrawal_criteria"
      title={f(t, 'withdrawal_criteria')}
      itemName={f(t, 'withdrawal_criteria')}
      make={(id) => ({ id, kpi_id: String(kpis[0]?.[0] ?? ''), comparison: 'behind_path', threshold: 10, consecutive_rounds: 2 })}
    >
      {(b) => (
        <>
          <SelectField path={`${b}.kpi_id`} label={f(t, 'wc.kpi_id')} options={kpis} />
          <SelectField path={`${b}.comparison`} label={f(t, 'wc.comparison')} options={COMPARISONS.map((c) => [c, f(t, `wc.comparison.${c}`)] as const)} />
          <div className="field-row">
            <NumberField path={`${b}.threshold`} label={f(t, 'wc.threshold')} />
            <NumberField path={`${b}.consecutive_rounds`} label={f(t, 'wc.consecutive_rounds')} />
          </div>
          <TextField path={`${b}.note`} label={f(t, 'wc.note')} />
        </>
      )}
    </ListEditor>
  );
}

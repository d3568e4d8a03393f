/**
 * The case form's fields, one per content field of the case format. Each field's id comes from
 * the JSON path it edits (case-form.ts), so the server's issues link to it; amounts, years and
 * 団体コード are read back beside the field as the server will read them.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { describedBy, FieldError, type FormErrors, NO_ERRORS } from '../grants/form-errors.tsx';
import { useYen } from '../grants/GrantChecks.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import type { Vocabulary } from './api.ts';
import { type CaseDraft, caseFieldId, EMPTY_ROWS, type ListKey, readRegion, readYear, readYen } from './case-form.ts';

export const CaseErrors = createContext<FormErrors>(NO_ERRORS);
type Update = (next: Partial<CaseDraft>) => void;
type RowList = Exclude<ListKey, 'regions'>;

interface FieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  hint?: string;
  /** what the value reads as (an amount in 円, a year with 和暦, a region's name) */
  readBack?: string | null;
  numeric?: boolean;
}

function Field({ path, label, value, onChange, multiline = false, hint, readBack, numeric = false }: FieldProps) {
  const id = caseFieldId(path);
  const errors = useContext(CaseErrors);
  const note = readBack ?? hint;
  const described = describedBy(id, errors, note ? `${id}-hint` : undefined);
  const common = { id, value, 'aria-invalid': errors.at(id) ? true : undefined, 'aria-describedby': described };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={numeric ? 'numeric' : undefined} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {note ? (
        <p className="hint" id={`${id}-hint`}>
          {note}
        </p>
      ) : null}
      <FieldError fieldId={id} errors={errors} />
    </div>
  );
}

function Select({ path, label, value, options, onChange }: { path: string; label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  const id = caseFieldId(path);
  const errors = useContext(CaseErrors);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={errors.at(id) ? true : undefined} aria-describedby={describedBy(id, errors)} onChange={(e) => onChange(e.target.value)}>
        {options.map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
      <FieldError fieldId={id} errors={errors} />
    </div>
  );
}

/** A list of rows: its fieldset is the target of a list-wide issue (「地域を1つ以上」), rows are added and removed. */
function ListSet({
  list,
  legend,
  rowLabel,
  count,
  onAdd,
  onRemove,
  children,
}: {
  list: ListKey;
  legend: MessageKey;
  rowLabel: (n: number | string) => string;
  count: number;
  onAdd: () => void;
  onRemove: (i: number) => void;
  children: (i: number) => ReactNode;
}) {
  const { t } = useI18n();
  const errors = useContext(CaseErrors);
  const id = caseFieldId(list);
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={errors.at(id) ? `${id}-error` : undefined} className="gp-rows">
      <legend>{t(legend)}</legend>
      <FieldError fieldId={id} errors={errors} />
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row's place is its identity, as in the server's issues (content.funding[1])
        <fieldset key={i} className="gp-row">
          <legend>{rowLabel(i + 1)}</legend>
          {children(i)}
          <button type="button" className="button" onClick={() => onRemove(i)}>
            {t('gp.form.remove', { what: rowLabel(i + 1) })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={onAdd}>
        {t('gp.form.add', { what: rowLabel('').trim() })}
      </button>
    </fieldset>
  );
}

/** Add, remove and change rows of a list, keeping the others as they are. */
function rows<K extends RowList>(d: CaseDraft, update: Update, k: K) {
  type Row = CaseDraft[K][number];
  const list = d[k] as Row[];
  return {
    count: list.length,
    onAdd: () => update({ [k]: [...list, structuredClone(EMPTY_ROWS[k])] } as Partial<CaseDraft>),
    onRemove: (i: number) => update({ [k]: list.filter((_, n) => n !== i) } as Partial<CaseDraft>),
    set: (i: number, next: Partial<Row>) => update({ [k]: list.map((r, n) => (n === i ? { ...r, ...next } : r)) } as Partial<CaseDraft>),
    at: (i: number) => list[i]!,
  };
}

export function OutlineFields({ d, update, vocab }: { d: CaseDraft; update: Update; vocab: Vocabulary }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('gp.form.basics')}</legend>
      <Field path="title" label={t('gp.form.title')} value={d.title} onChange={(title) => update({ title })} />
      <Field path="summary" label={t('gp.form.summary')} value={d.summary} multiline onChange={(summary) => update({ summary })} />
      <Select
        path="field"
        label={t('gp.form.field')}
        value={d.field}
        options={[['', t('gp.form.fieldChoose')], ...vocab.fields.map((f): [string, string] => [f.key, f.label])]}
        onChange={(field) => update({ field })}
      />
      <Field path="actor" label={t('gp.form.actor')} value={d.actor} onChange={(actor) => update({ actor })} />
      <Field
        path="started_year"
        label={t('gp.form.started')}
        value={d.started_year}
        numeric
        hint={t('gp.form.yearHint')}
        readBack={readYear(d.started_year)}
        onChange={(started_year) => update({ started_year })}
      />
    </fieldset>
  );
}

export function RegionFields({ d, update, names }: { d: CaseDraft; update: Update; names: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  const shown = (text: string): string => {
    const r = readRegion(text, names);
    if (!r) return t('gp.form.regionHint');
    if ('error' in r) return r.error;
    return r.name ? t('gp.form.regionName', { name: r.name, code: r.code }) : t('gp.form.regionUnknown', { code: r.code });
  };
  const set = (list: string[]) => update({ regions: list });
  return (
    <ListSet
      list="regions"
      legend="gp.form.regions"
      rowLabel={(n) => t('gp.form.region', { n })}
      count={d.regions.length}
      onAdd={() => set([...d.regions, ''])}
      onRemove={(i) => set(d.regions.filter((_, n) => n !== i))}
    >
      {(i) => (
        <Field
          path={`regions[${i}]`}
          label={t('gp.form.region', { n: i + 1 })}
          value={d.regions[i] ?? ''}
          numeric
          readBack={shown(d.regions[i] ?? '')}
          onChange={(v) => set(d.regions.map((r, n) => (n === i ? v : r)))}
        />
      )}
    </ListSet>
  );
}

export function ProblemFields({ d, update }: { d: CaseDraft; update: Update }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('gp.case.problem')}</legend>
      <Field path="problem" label={t('gp.form.problem')} value={d.problem} multiline onChange={(problem) => update({ problem })} />
      <Field path="problem_tags" label={t('gp.form.tags')} value={d.problem_tags} onChange={(problem_tags) => update({ problem_tags })} />
      <Field path="actions" label={t('gp.form.actions')} value={d.actions} multiline onChange={(actions) => update({ actions })} />
    </fieldset>
  );
}

export function ParticipantFields({ d, update, vocab }: { d: CaseDraft; update: Update; vocab: Vocabulary }) {
  const { t } = useI18n();
  const r = rows(d, update, 'participants');
  const row = (n: number | string) => t('gp.form.participant', { n });
  return (
    <ListSet list="participants" legend="gp.form.participants" rowLabel={row} {...r}>
      {(i) => (
        <>
          <Select
            path={`participants[${i}].sector`}
            label={`${row(i + 1)} ${t('gp.form.sector')}`}
            value={r.at(i).sector}
            options={Object.entries(vocab.sectors)}
            onChange={(sector) => r.set(i, { sector })}
          />
          <Field path={`participants[${i}].name`} label={`${row(i + 1)} ${t('gp.form.orgName')}`} value={r.at(i).name} onChange={(name) => r.set(i, { name })} />
        </>
      )}
    </ListSet>
  );
}

export function FundingFields({ d, update, vocab }: { d: CaseDraft; update: Update; vocab: Vocabulary }) {
  const { t } = useI18n();
  const yen = useYen();
  const read = (text: string) => {
    const r = readYen(text);
    if (!r) return t('gp.form.amountHint');
    return r.ok ? t('gp.form.readBack', { amount: yen(r.yen) }) : r.reason;
  };
  const r = rows(d, update, 'funding');
  const row = (n: number | string) => t('gp.form.fundingRow', { n });
  return (
    <>
      <fieldset>
        <legend>{t('gp.form.funding')}</legend>
        <Field path="cost.total" label={t('gp.form.costTotal')} value={d.cost_total} numeric readBack={read(d.cost_total)} onChange={(cost_total) => update({ cost_total })} />
        <Field path="cost.note" label={t('gp.form.costNote')} value={d.cost_note} onChange={(cost_note) => update({ cost_note })} />
      </fieldset>
      <ListSet list="funding" legend="gp.form.fundingList" rowLabel={row} {...r}>
        {(i) => (
          <>
            <Select
              path={`funding[${i}].kind`}
              label={`${row(i + 1)} ${t('gp.form.fundingKind')}`}
              value={r.at(i).kind}
              options={Object.entries(vocab.funding)}
              onChange={(kind) => r.set(i, { kind })}
            />
            <Field
              path={`funding[${i}].amount`}
              label={`${row(i + 1)} ${t('gp.form.amount')}`}
              value={r.at(i).amount}
              numeric
              readBack={read(r.at(i).amount)}
              onChange={(amount) => r.set(i, { amount })}
            />
            <Field
              path={`funding[${i}].fiscal_year`}
              label={`${row(i + 1)} ${t('gp.form.fiscalYear')}`}
              value={r.at(i).fiscal_year}
              numeric
              hint={t('gp.form.yearHint')}
              readBack={readYear(r.at(i).fiscal_year)?.replace(/年（(.+)年）$/, '年度（$1年度）')}
              onChange={(fiscal_year) => r.set(i, { fiscal_year })}
            />
            <Field path={`funding[${i}].note`} label={`${row(i + 1)} ${t('gp.form.note')}`} value={r.at(i).note} onChange={(note) => r.set(i, { note })} />
          </>
        )}
      </ListSet>
    </>
  );
}

export function ResultFields({ d, update }: { d: CaseDraft; update: Update }) {
  const { t } = useI18n();
  const r = rows(d, update, 'results');
  const row = (n: number | string) => t('gp.form.resultRow', { n });
  const obs = (i: number, side: 'before' | 'after') => {
    const o = r.at(i)[side];
    const set = (next: Partial<typeof o>) => r.set(i, { [side]: { ...o, ...next } });
    return (
      <>
        <Field
          path={`results[${i}].${side}.value`}
          label={`${row(i + 1)} ${t(side === 'before' ? 'gp.form.beforeValue' : 'gp.form.afterValue')}`}
          value={o.value}
          numeric
          onChange={(value) => set({ value })}
        />
        <Field
          path={`results[${i}].${side}.period`}
          label={`${row(i + 1)} ${t(side === 'before' ? 'gp.form.beforePeriod' : 'gp.form.afterPeriod')}`}
          value={o.period}
          hint={t('gp.form.periodHint')}
          onChange={(period) => set({ period })}
        />
      </>
    );
  };
  return (
    <ListSet list="results" legend="gp.form.results" rowLabel={row} {...r}>
      {(i) => (
        <>
          <Field path={`results[${i}].label`} label={`${row(i + 1)} ${t('gp.form.resultLabel')}`} value={r.at(i).label} onChange={(label) => r.set(i, { label })} />
          <Field path={`results[${i}].unit`} label={`${row(i + 1)} ${t('gp.form.unit')}`} value={r.at(i).unit} onChange={(unit) => r.set(i, { unit })} />
          {obs(i, 'before')}
          {obs(i, 'after')}
          <Field path={`results[${i}].note`} label={`${row(i + 1)} ${t('gp.form.note')}`} value={r.at(i).note} onChange={(note) => r.set(i, { note })} />
        </>
      )}
    </ListSet>
  );
}

export function LessonAndSourceFields({ d, update }: { d: CaseDraft; update: Update }) {
  const { t } = useI18n();
  const l = rows(d, update, 'lessons');
  const s = rows(d, update, 'sources');
  const lesson = (n: number | string) => t('gp.form.lessonRow', { n });
  const source = (n: number | string) => t('gp.form.sourceRow', { n });
  const kinds: [string, string][] = [
    ['worked', t('gp.case.worked')],
    ['did_not_work', t('gp.case.didNotWork')],
  ];
  return (
    <>
      <ListSet list="lessons" legend="gp.form.lessons" rowLabel={lesson} {...l}>
        {(i) => (
          <>
            <Select
              path={`lessons[${i}].kind`}
              label={`${lesson(i + 1)} ${t('gp.form.lessonKind')}`}
              value={l.at(i).kind}
              options={kinds}
              onChange={(kind) => l.set(i, { kind: kind as 'worked' | 'did_not_work' })}
            />
            <Field path={`lessons[${i}].text`} label={`${lesson(i + 1)} ${t('gp.form.lessonText')}`} value={l.at(i).text} multiline onChange={(text) => l.set(i, { text })} />
          </>
        )}
      </ListSet>
      <ListSet list="sources" legend="gp.form.sources" rowLabel={source} {...s}>
        {(i) => (
          <>
            <Field path={`sources[${i}].document`} label={`${source(i + 1)} ${t('gp.form.document')}`} value={s.at(i).document} onChange={(document) => s.set(i, { document })} />
            <Field path={`sources[${i}].lines`} label={`${source(i + 1)} ${t('gp.form.lines')}`} value={s.at(i).lines} onChange={(lines) => s.set(i, { lines })} />
            <Field path={`sources[${i}].url`} label={`${source(i + 1)} ${t('gp.form.url')}`} value={s.at(i).url} onChange={(url) => s.set(i, { url })} />
          </>
        )}
      </ListSet>
      <Field path="credit" label={t('gp.form.credit')} value={d.credit} onChange={(credit) => update({ credit })} />
    </>
  );
}

/** The builder's fields: the outline and participants, and the projects with a cost line per 年度 of their period. */
import { parseYen } from '../../../../src/shared/yen-amount.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import type { GrantContent, ProjectDraft, ProjectKind, Sector, Stage } from './api.ts';
import { fiscalYearLabel, useYen } from './GrantChecks.tsx';
import { KpiPicker, useApplicantKpis } from './KpiPicker.tsx';
import { builderFieldId, useBuilderErrors } from './builder-errors.tsx';
import { describedBy, FieldError } from './form-errors.tsx';

const KINDS: ProjectKind[] = ['soft', 'kyoten', 'infra'];
const SECTORS: Sector[] = ['industry', 'government', 'academia', 'finance', 'labour', 'media'];
const STAGES: Stage[] = ['design', 'implementation', 'verification'];
type Update = (next: Partial<GrantContent>) => void;

/** A field's id comes from the JSON path it edits, so the server's issues link to it. */
function Text({
  path,
  label,
  value,
  onChange,
  multiline = false,
  hint,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  hint?: string;
}) {
  const id = builderFieldId(path);
  const errors = useBuilderErrors();
  const invalid = errors.at(id) ? true : undefined;
  const described = describedBy(id, errors, hint ? `${id}-hint` : undefined);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea id={id} value={value} rows={3} aria-invalid={invalid} aria-describedby={described} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} aria-invalid={invalid} aria-describedby={described} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldError fieldId={id} errors={errors} />
    </div>
  );
}

function YearSelect({ path, label, value, years, onChange }: { path: string; label: string; value: number; years: number[]; onChange: (y: number) => void }) {
  const id = builderFieldId(path);
  const errors = useBuilderErrors();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={errors.at(id) ? true : undefined} aria-describedby={describedBy(id, errors)} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {fiscalYearLabel(y)}
          </option>
        ))}
      </select>
      <FieldError fieldId={id} errors={errors} />
    </div>
  );
}

export function BasicsFields({ content, update }: { content: GrantContent; update: Update }) {
  const { t } = useI18n();
  const setP = (i: number, next: Partial<GrantContent['participants'][number]>) => update({ participants: content.participants.map((p, n) => (n === i ? { ...p, ...next } : p)) });
  return (
    <>
      <fieldset>
        <legend>{t('grants.edit.basics')}</legend>
        <Text path="title" label={t('grants.edit.name')} value={content.title} onChange={(title) => update({ title })} />
        <Text path="vision" label={t('grants.edit.vision')} value={content.vision} multiline onChange={(vision) => update({ vision })} />
        <Text path="issues" label={t('grants.edit.issues')} value={content.issues} multiline onChange={(issues) => update({ issues })} />
      </fieldset>
      <fieldset>
        <legend>{t('grants.edit.participants')}</legend>
        {content.participants.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: participants have no id; the position is the identity while editing
          <div key={i} className="grants-project">
            <label>
              {t('grants.edit.sector')}{' '}
              <select value={p.sector} onChange={(e) => setP(i, { sector: e.target.value as Sector })}>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`grants.sector.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <Text path={`participants[${i}].name`} label={t('grants.edit.participantName')} value={p.name} onChange={(name) => setP(i, { name })} />
            <fieldset>
              <legend>{t('grants.edit.stages')}</legend>
              {STAGES.map((s) => (
                <label key={s}>
                  <input
                    type="checkbox"
                    checked={p.stages.includes(s)}
                    onChange={(e) => setP(i, { stages: e.target.checked ? [...p.stages, s] : p.stages.filter((x) => x !== s) })}
                  />{' '}
                  {t(`grants.stage.${s}` as MessageKey)}
                </label>
              ))}
            </fieldset>
            <button type="button" className="button" onClick={() => update({ participants: content.participants.filter((_, n) => n !== i) })}>
              {t('grants.edit.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => update({ participants: [...content.participants, { sector: 'industry', name: '', stages: [] }] })}>
          {t('grants.edit.addParticipant')}
        </button>
      </fieldset>
    </>
  );
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 10; y++) out.push(y);
  return out;
}

/** The cost lines follow the period: one per 年度, keeping what was typed for years that stay. */
function withPeriod(p: ProjectDraft, start: number, end: number): ProjectDraft {
  const costs = range(start, Math.max(start, end)).map((fy) => p.costs.find((c) => c.fiscal_year === fy) ?? { fiscal_year: fy, eligible_cost: '' });
  return { ...p, start_fy: start, end_fy: Math.max(start, end), costs };
}

function CostInput({ path, year, value, onChange }: { path: string; year: number; value: string | number; onChange: (v: string) => void }) {
  const { t } = useI18n();
  const yen = useYen();
  const id = builderFieldId(path);
  const errors = useBuilderErrors();
  const parsed = typeof value === 'number' || value.trim() !== '' ? parseYen(value) : null;
  const read = parsed?.ok ? parsed.yen : null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('grants.edit.cost', { year: fiscalYearLabel(year) })}</label>
      <input
        id={id}
        inputMode="numeric"
        value={String(value)}
        aria-invalid={errors.at(id) ? true : undefined}
        aria-describedby={describedBy(id, errors, `${id}-read`)}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="hint" id={`${id}-read`}>
        {read !== null ? t('grants.edit.readBack', { amount: yen(read) }) : parsed && !parsed.ok ? parsed.reason : t('grants.edit.costHint')}
      </p>
      <FieldError fieldId={id} errors={errors} />
    </div>
  );
}

type Kpis = { strategy_id: string; kpi_id: string; name: string }[];

function ProjectFields({ p, n, years, kpis, set, remove }: { p: ProjectDraft; n: number; years: number[]; kpis: Kpis; set: (p: ProjectDraft) => void; remove: () => void }) {
  const { t } = useI18n();
  const at = (field: string) => `projects[${n - 1}].${field}`;
  const kindId = builderFieldId(at('kind'));
  return (
    // the fieldset takes focus from the error summary when an issue names the project itself
    <fieldset className="grants-project" id={builderFieldId(`projects[${n - 1}]`)} tabIndex={-1}>
      <legend>{t('grants.edit.project', { n })}</legend>
      <div className="field">
        <label htmlFor={kindId}>{t('grants.edit.kind')}</label>
        <select id={kindId} value={p.kind} onChange={(e) => set({ ...p, kind: e.target.value as ProjectKind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`grants.kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <Text path={at('name')} label={t('grants.edit.projectName')} value={p.name} onChange={(name) => set({ ...p, name })} />
      <Text path={at('summary')} label={t('grants.edit.summary')} value={p.summary} multiline onChange={(summary) => set({ ...p, summary })} />
      <label>
        <input type="checkbox" checked={p.is_new} onChange={(e) => set({ ...p, is_new: e.target.checked })} /> {t('grants.edit.isNew')}
      </label>
      <Text
        path={at('outside_cap_reason')}
        label={t('grants.edit.outsideCap')}
        value={p.outside_cap_reason ?? ''}
        onChange={(v) => set({ ...p, outside_cap_reason: v.trim() ? v : null })}
      />
      <YearSelect path={at('start_fy')} label={t('grants.edit.start')} value={p.start_fy} years={years} onChange={(y) => set(withPeriod(p, y, p.end_fy))} />
      <YearSelect path={at('end_fy')} label={t('grants.edit.end')} value={p.end_fy} years={years} onChange={(y) => set(withPeriod(p, p.start_fy, y))} />
      {p.costs.map((c, j) => (
        <CostInput
          key={c.fiscal_year}
          path={at(`costs[${j}].eligible_cost`)}
          year={c.fiscal_year}
          value={c.eligible_cost}
          onChange={(v) => set({ ...p, costs: p.costs.map((x) => (x.fiscal_year === c.fiscal_year ? { ...x, eligible_cost: v } : x)) })}
        />
      ))}
      {p.kind === 'infra' ? (
        <>
          <Text
            path={at('rate')}
            label={t('grants.edit.rate')}
            value={p.rate === null ? '' : String(p.rate)}
            onChange={(v) => set({ ...p, rate: v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v) })}
          />
          <Text path={at('rate_basis')} label={t('grants.edit.rateBasis')} value={p.rate_basis ?? ''} onChange={(v) => set({ ...p, rate_basis: v || null })} />
          <Text path={at('ministry')} label={t('grants.edit.ministry')} value={p.ministry ?? ''} onChange={(v) => set({ ...p, ministry: v || null })} />
        </>
      ) : null}
      <KpiPicker p={p} kpis={kpis} set={set} />
      <Text path={at('self_reliance')} label={t('grants.edit.selfReliance')} value={p.self_reliance} multiline onChange={(self_reliance) => set({ ...p, self_reliance })} />
      <button type="button" className="button" onClick={remove}>
        {t('grants.edit.remove')}
      </button>
    </fieldset>
  );
}

export function ProjectsFields({ content, update }: { content: GrantContent; update: Update }) {
  const { t } = useI18n();
  const fy = content.fiscal_year;
  const years = range(fy, fy + 9);
  const kpis = useApplicantKpis(content.applicant_code).data ?? [];
  const add = () => {
    const ids = new Set(content.projects.map((p) => p.id));
    let n = content.projects.length + 1;
    while (ids.has(`p${n}`)) n++;
    const p: ProjectDraft = {
      id: `p${n}`,
      kind: 'soft',
      name: '',
      summary: '',
      is_new: true,
      outside_cap_reason: null,
      start_fy: fy,
      end_fy: fy,
      costs: [{ fiscal_year: fy, eligible_cost: '' }],
      rate: null,
      rate_basis: null,
      ministry: null,
      kpis: [],
      self_reliance: '',
    };
    update({ projects: [...content.projects, p] });
  };
  return (
    <section aria-labelledby="grant-edit-projects">
      <h2 id="grant-edit-projects">{t('grants.edit.projects')}</h2>
      {content.projects.map((p, i) => (
        <ProjectFields
          key={p.id}
          p={p}
          n={i + 1}
          years={years}
          kpis={kpis}
          set={(next) => update({ projects: content.projects.map((x) => (x.id === p.id ? next : x)) })}
          remove={() => update({ projects: content.projects.filter((x) => x.id !== p.id) })}
        />
      ))}
      <button type="button" className="button" onClick={add}>
        {t('grants.edit.addProject')}
      </button>
    </section>
  );
}

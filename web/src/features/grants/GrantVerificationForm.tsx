/**
 * The applicant records a fiscal year's effect verification: participants by sector (names as
 * published, no contact data), the day the KPIs are evaluated, and per funded project the
 * assessment and 改善方策. The server evaluates the KPIs and checks everything; a 400 comes back
 * in the error summary, each problem linked to its field.
 */
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { useI18n, type Translate } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { type GrantVerification, recordVerification, type Sector, type VerificationResult } from './api.ts';
import { fiscalYearLabel } from './GrantChecks.tsx';
import { KpiTable, ResultHeading, SECTORS } from './GrantVerificationView.tsx';

interface Row {
  key: number;
  sector: Sector;
  name: string;
  organisation: string;
}
type Texts = Record<string, { assessment: string; improvement: string }>;
export type Saved = { year: number; warnings: { code: string; message: string }[] };

/** The API's JSON path (participants[0].name) → the id of the field that holds it. */
export function fieldIdOf(column: string | undefined): string {
  const m = /^(participants|results)\[(\d+)\]\.(\w+)$/.exec(column ?? '');
  if (m)
    return m[1] === 'participants'
      ? `ver-p-${m[2]}-${m[3] === 'organisation' ? 'org' : m[3] === 'sector' ? 'sector' : 'name'}`
      : `ver-r-${m[2]}-${m[3] === 'improvement' ? 'improvement' : 'assessment'}`;
  if (column === 'as_of') return 'ver-as-of';
  if (column === 'fiscalYear') return 'ver-year';
  return 'ver-add-participant';
}

function fieldLabel(column: string | undefined, t: Translate, projects: readonly VerificationResult[]): string {
  const m = /^(participants|results)\[(\d+)\]\.(\w+)$/.exec(column ?? '');
  if (m?.[1] === 'participants') {
    const field = m[3] === 'organisation' ? 'grants.verify.organisation' : m[3] === 'sector' ? 'grants.verify.sector' : 'grants.verify.name';
    return `${t('grants.verify.participant', { n: Number(m[2]) + 1 })}: ${t(field)}`;
  }
  if (m?.[1] === 'results') {
    const p = projects[Number(m[2])];
    return `${p ? p.project_id : column}: ${t(m[3] === 'improvement' ? 'grants.verify.improvement' : 'grants.verify.assessment')}`;
  }
  if (column === 'as_of') return t('grants.verify.asOfField');
  if (column === 'fiscalYear') return t('grants.verify.year');
  return column ?? t('grants.verify.participants');
}

let nextKey = 1;
const rowsOf = (v: GrantVerification | null): Row[] => (v?.participants ?? []).map((p) => ({ key: nextKey++, sector: p.sector, name: p.name, organisation: p.organisation ?? '' }));

export function VerificationForm({
  applicationId,
  year,
  funded,
  current,
  onSaved,
}: {
  applicationId: string;
  year: number;
  /** the funded projects, with the KPI snapshot of the last save where there is one */
  funded: VerificationResult[];
  current: GrantVerification | null;
  onSaved: (s: Saved) => void;
}) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(current));
  const [texts, setTexts] = useState<Texts>(() => Object.fromEntries(funded.map((f) => [f.project_id, { assessment: f.assessment, improvement: f.improvement }])));
  const [asOf, setAsOf] = useState(current?.as_of ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const issues = error instanceof ApiError ? error.issues : [];
  const errorAt = (id: string) => issues.find((i) => fieldIdOf(i.column) === id)?.reason;
  const setRow = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const setText = (pid: string, field: 'assessment' | 'improvement', value: string) =>
    setTexts((x) => ({ ...x, [pid]: { ...(x[pid] ?? { assessment: '', improvement: '' }), [field]: value } }));

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await recordVerification(applicationId, year, {
        participants: rows.map((r) => ({ sector: r.sector, name: r.name, ...(r.organisation.trim() ? { organisation: r.organisation } : {}) })),
        ...(asOf ? { as_of: asOf } : {}),
        results: funded.map((f) => ({ project_id: f.project_id, assessment: texts[f.project_id]?.assessment ?? '', improvement: texts[f.project_id]?.improvement ?? '' })),
      });
      onSaved({ year, warnings: saved.warnings });
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string, label: string, control: (describedBy: string | undefined, invalid: boolean) => ReactNode, hint?: string) => {
    const err = errorAt(id);
    const describedBy = [hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {err ? (
          <p className="field-error" id={`${id}-error`} lang="ja">
            {err}
          </p>
        ) : null}
        {control(describedBy, err !== undefined)}
      </div>
    );
  };

  return (
    <form className="grants-edit-form" onSubmit={onSubmit} noValidate aria-labelledby="ver-form-heading">
      <h2 id="ver-form-heading">
        {t('grants.verify.edit')}（{fiscalYearLabel(year)}）
      </h2>
      <ErrorSummary
        summaryRef={summary}
        heading={(n) => t('grants.verify.errors', { n })}
        fields={issues.map((i) => ({ id: fieldIdOf(i.column), label: fieldLabel(i.column, t, funded), message: i.reason }))}
        formError={error && issues.length === 0 ? { text: error.message, loginHref: error instanceof ApiError && error.status === 401 ? '/login' : null } : null}
      />
      <fieldset className="grants-fieldset">
        <legend>{t('grants.verify.participants')}</legend>
        <p className="field-hint">{t('grants.verify.nameHint')}</p>
        {rows.map((r, i) => (
          <fieldset key={r.key} className="grants-participant">
            <legend>{t('grants.verify.participant', { n: i + 1 })}</legend>
            {field(`ver-p-${i}-sector`, t('grants.verify.sector'), (d, inv) => (
              <select
                id={`ver-p-${i}-sector`}
                value={r.sector}
                aria-describedby={d}
                aria-invalid={inv || undefined}
                onChange={(e) => setRow(r.key, { sector: e.target.value as Sector })}
              >
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`grants.sector.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            ))}
            {field(`ver-p-${i}-name`, t('grants.verify.name'), (d, inv) => (
              <input
                id={`ver-p-${i}-name`}
                value={r.name}
                maxLength={100}
                aria-describedby={d}
                aria-invalid={inv || undefined}
                onChange={(e) => setRow(r.key, { name: e.target.value })}
              />
            ))}
            {field(`ver-p-${i}-org`, t('grants.verify.organisation'), (d, inv) => (
              <input
                id={`ver-p-${i}-org`}
                value={r.organisation}
                maxLength={200}
                aria-describedby={d}
                aria-invalid={inv || undefined}
                onChange={(e) => setRow(r.key, { organisation: e.target.value })}
              />
            ))}
            <button type="button" className="button button-secondary button-small" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
              {t('grants.verify.remove', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          id="ver-add-participant"
          type="button"
          className="button button-secondary"
          onClick={() => setRows((rs) => [...rs, { key: nextKey++, sector: 'industry', name: '', organisation: '' }])}
        >
          {t('grants.verify.addParticipant')}
        </button>
      </fieldset>
      {field('ver-as-of', t('grants.verify.asOfField'), (d, inv) => (
        <input id="ver-as-of" type="date" value={asOf} aria-describedby={d} aria-invalid={inv || undefined} onChange={(e) => setAsOf(e.target.value)} />
      ))}
      <section aria-labelledby="ver-form-results">
        <h2 id="ver-form-results">{t('grants.verify.results')}</h2>
        {funded.map((f, i) => (
          // an article, not a fieldset: a fieldset grows to its widest table and breaks the 390 px layout
          <article key={f.project_id} className="panel grants-project" aria-labelledby={`ver-r-${i}-heading`} data-project={f.project_id}>
            <ResultHeading result={f} id={`ver-r-${i}-heading`} />
            <KpiTable result={f} />
            {field(`ver-r-${i}-assessment`, `${t('grants.verify.assessment')}（${f.project_id}）`, (d, inv) => (
              <textarea
                id={`ver-r-${i}-assessment`}
                rows={4}
                maxLength={4000}
                value={texts[f.project_id]?.assessment ?? ''}
                aria-describedby={d}
                aria-invalid={inv || undefined}
                onChange={(e) => setText(f.project_id, 'assessment', e.target.value)}
              />
            ))}
            {field(`ver-r-${i}-improvement`, `${t('grants.verify.improvement')}（${f.project_id}）`, (d, inv) => (
              <textarea
                id={`ver-r-${i}-improvement`}
                rows={4}
                maxLength={4000}
                value={texts[f.project_id]?.improvement ?? ''}
                aria-describedby={d}
                aria-invalid={inv || undefined}
                onChange={(e) => setText(f.project_id, 'improvement', e.target.value)}
              />
            ))}
          </article>
        ))}
      </section>
      <SubmitActions busy={busy} label={t('grants.verify.save')} busyLabel={t('grants.verify.saving')} />
    </form>
  );
}

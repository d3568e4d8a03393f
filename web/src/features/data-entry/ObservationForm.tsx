/**
 * Enter one actual value. Every field has a label and a hint; errors (the client's and the
 * API's, in Japanese) appear beside the field (aria-invalid + aria-describedby) and in a summary
 * that takes the focus. The API stores all or nothing; on success the KPI's evaluation before
 * and after is shown at once.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { postObservations } from '../../api/endpoints.ts';
import { OBSERVATION_FLAGS, type CatalogKpi, type ObservationFlag, type ObservationInputRow, type ObservationWriteResult } from '../../api/types.ts';
import { useAsOf } from '../../app/AsOfContext.tsx';
import { paths } from '../../app/paths.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { errorText } from '../../components/ErrorMessage.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { parseJapaneseNumber } from '../../../../src/shared/japanese-numbers.ts';
import { toHalfWidth } from '../../../../src/shared/normalize-text.ts';
import { formatValue, formatValueExact } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { bandLabel, flagLabel } from '../../format/status.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { kpiName } from '../../model/logic-model.ts';

type Field = 'kpi' | 'period' | 'value' | 'flag' | 'source' | 'note';
type Errors = Partial<Record<Field, string>>;

const COLUMN_TO_FIELD: Record<string, Field> = { kpi_id: 'kpi', period: 'period', value: 'value', flag: 'flag', source: 'source', note: 'note' };

interface Props {
  sid: string;
  /** KPIs and components that take observations */
  kpis: CatalogKpi[];
  onSaved: () => void;
}

function resolveKpi(text: string, kpis: CatalogKpi[]): CatalogKpi | undefined {
  const s = toHalfWidth(text).trim();
  if (!s) return undefined;
  const id = s.split(/\s+/)[0]!.toUpperCase();
  return kpis.find((k) => k.id.toUpperCase() === id) ?? kpis.find((k) => k.name === s);
}

export function ObservationForm({ sid, kpis, onSaved }: Props) {
  const { t, lang } = useI18n();
  const { asOf } = useAsOf();
  const uid = useId();
  const fid = (f: Field) => `${uid}-${f}`;
  const [kpiText, setKpiText] = useState('');
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [flag, setFlag] = useState<ObservationFlag | ''>('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [needLogin, setNeedLogin] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<ObservationWriteResult | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const kpi = useMemo(() => resolveKpi(kpiText, kpis), [kpiText, kpis]);
  // Read as the server reads it (src/shared/japanese-numbers.ts): a figure to preview, a "no
  // figure" marker (－, …, x: the row stores nothing), or text that is no number.
  const reading = value.trim() ? parseJapaneseNumber(value) : null;
  const parsed = reading?.ok ? reading.value : null;
  const latest = kpi?.observations[kpi.observations.length - 1];

  const validate = (): Errors => {
    const e: Errors = {};
    if (!kpiText.trim()) e.kpi = t('entry.required');
    else if (!kpi) e.kpi = t('entry.kpiUnknown');
    if (!period.trim()) e.period = t('entry.required');
    if (!value.trim()) e.value = t('entry.required');
    else if (reading && !reading.ok) e.value = t('entry.valueInvalid');
    return e;
  };

  const showErrors = (e: Errors, general: string | null, login = false) => {
    setErrors(e);
    setFormError(general);
    setNeedLogin(login);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const onSubmit = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    setResult(null);
    const e = validate();
    if (Object.keys(e).length > 0) return showErrors(e, null);
    const row: ObservationInputRow = { kpi_id: kpi!.id, period: period.trim(), value: value.trim() };
    if (flag) row.flag = flag;
    if (source.trim()) row.source = source.trim();
    if (note.trim()) row.note = note.trim();
    setSubmitting(true);
    setErrors({});
    setFormError(null);
    try {
      const res = await postObservations(sid, [row], asOf);
      setResult(res);
      setValue('');
      setNote('');
      onSaved();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        const fe: Errors = {};
        const rest: string[] = [];
        for (const issue of err.issues) {
          const f = issue.column ? COLUMN_TO_FIELD[issue.column] : undefined;
          if (f && !fe[f]) fe[f] = issue.reason;
          else rest.push(issue.reason);
        }
        showErrors(fe, rest.length > 0 ? rest.join(' / ') : Object.keys(fe).length === 0 ? err.message : null);
      } else {
        showErrors({}, errorText(err), err instanceof ApiError && err.status === 401);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const errorList = Object.entries(errors) as [Field, string][];
  const describedBy = (f: Field, ...extra: (string | false | undefined)[]) =>
    [errors[f] ? `${fid(f)}-error` : null, ...extra.filter(Boolean)].filter(Boolean).join(' ') || undefined;
  const fieldError = (f: Field) =>
    errors[f] ? (
      <p id={`${fid(f)}-error`} className="field-error">
        <span aria-hidden="true">⚠ </span>
        <span lang="ja">{errors[f]}</span>
      </p>
    ) : null;
  const labels: Record<Field, string> = {
    kpi: t('entry.kpi'),
    period: t('entry.period'),
    value: t('entry.value'),
    flag: t('entry.flag'),
    source: t('entry.source'),
    note: t('entry.note'),
  };

  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate aria-describedby={`${uid}-intro`}>
      <p id={`${uid}-intro`} className="hint">
        <span className="required-mark">{t('entry.requiredMark')}</span> = {t('entry.required')}
      </p>
      <ErrorSummary
        summaryRef={summaryRef}
        heading={(n) => t('entry.errorSummary', { n })}
        fields={errorList.map(([f, message]) => ({ id: fid(f), label: labels[f], message }))}
        formError={formError ? { text: formError, loginHref: needLogin ? paths.login(paths.entry(sid)) : null } : null}
      />

      <div className="field">
        <label htmlFor={fid('kpi')}>
          {labels.kpi} <span className="required-mark">{t('entry.requiredMark')}</span>
        </label>
        <p id={`${fid('kpi')}-hint`} className="hint">
          {t('entry.kpiHint')}
        </p>
        <input
          id={fid('kpi')}
          type="text"
          list={`${uid}-kpis`}
          value={kpiText}
          onChange={(e) => setKpiText(e.target.value)}
          aria-invalid={errors.kpi ? true : undefined}
          aria-describedby={describedBy('kpi', `${fid('kpi')}-hint`, kpi && `${fid('kpi')}-selected`)}
          aria-required="true"
          autoComplete="off"
          spellCheck={false}
        />
        <datalist id={`${uid}-kpis`}>
          {kpis.map((k) => (
            <option key={k.id} value={`${k.id} ${k.name}`} />
          ))}
        </datalist>
        {fieldError('kpi')}
        {kpi ? (
          <p id={`${fid('kpi')}-selected`} className="field-info">
            {t('entry.kpiSelected', { name: kpiName(kpi, lang), unit: kpi.unit || '—' })}
            {latest ? (
              <>
                <br />
                {t('entry.latest', { value: formatValue(latest.value, kpi.unit, lang), period: formatPeriod(latest.period, lang) })}
              </>
            ) : null}
          </p>
        ) : null}
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={fid('period')}>
            {labels.period} <span className="required-mark">{t('entry.requiredMark')}</span>
          </label>
          <p id={`${fid('period')}-hint`} className="hint">
            {t('entry.periodHint')}
          </p>
          <input
            id={fid('period')}
            type="text"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            aria-invalid={errors.period ? true : undefined}
            aria-describedby={describedBy('period', `${fid('period')}-hint`)}
            aria-required="true"
            autoComplete="off"
            size={14}
          />
          {fieldError('period')}
        </div>

        <div className="field">
          <label htmlFor={fid('value')}>
            {labels.value} <span className="required-mark">{t('entry.requiredMark')}</span>
          </label>
          <p id={`${fid('value')}-hint`} className="hint">
            {t('entry.valueHint')}
          </p>
          <input
            id={fid('value')}
            type="text"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={errors.value ? true : undefined}
            aria-describedby={describedBy('value', `${fid('value')}-hint`, parsed !== null && `${fid('value')}-preview`)}
            aria-required="true"
            autoComplete="off"
            size={14}
          />
          {fieldError('value')}
          {parsed !== null ? (
            <p id={`${fid('value')}-preview`} className="field-info">
              {t('entry.valuePreview', { value: formatValueExact(parsed, kpi?.unit, lang) })}
            </p>
          ) : null}
        </div>

        <div className="field">
          <label htmlFor={fid('flag')}>
            {labels.flag} <span className="optional-mark">（{t('entry.optional')}）</span>
          </label>
          <select
            id={fid('flag')}
            value={flag}
            onChange={(e) => setFlag(e.target.value as ObservationFlag | '')}
            aria-invalid={errors.flag ? true : undefined}
            aria-describedby={describedBy('flag')}
          >
            <option value="">{t('flag.none')}</option>
            {OBSERVATION_FLAGS.map((f) => (
              <option key={f} value={f}>
                {flagLabel(f, t)}
              </option>
            ))}
          </select>
          {fieldError('flag')}
        </div>
      </div>

      <div className="field">
        <label htmlFor={fid('source')}>
          {labels.source} <span className="optional-mark">（{t('entry.optional')}）</span>
        </label>
        <input
          id={fid('source')}
          type="text"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          aria-invalid={errors.source ? true : undefined}
          aria-describedby={describedBy('source')}
        />
        {fieldError('source')}
      </div>
      <div className="field">
        <label htmlFor={fid('note')}>
          {labels.note} <span className="optional-mark">（{t('entry.optional')}）</span>
        </label>
        <textarea
          id={fid('note')}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy('note')}
        />
        {fieldError('note')}
      </div>

      <SubmitActions busy={submitting} label={t('entry.submit')} busyLabel={t('entry.submitting')} ariaDisabled />

      <div ref={resultRef} tabIndex={-1} role="status" aria-live="polite" className="entry-result-region">
        {result ? <SaveResult sid={sid} result={result} /> : null}
      </div>
    </form>
  );
}

function SaveResult({ sid, result }: { sid: string; result: ObservationWriteResult }) {
  const { t } = useI18n();
  const before = new Map(result.before.map((b) => [b.id, b]));
  return (
    <div className="notice notice-success">
      <p className="notice-label">
        <span aria-hidden="true">✓ </span>
        {t('entry.saved', { inserted: result.result.inserted, updated: result.result.updated, unchanged: result.result.unchanged })}
      </p>
      {result.kpis.map((after) => {
        const b = before.get(after.id);
        return (
          <div key={after.id} className="before-after">
            <p className="before-after-title">
              <strong>{after.id}</strong> <span lang="ja">{after.name}</span>
            </p>
            <div className="before-after-row">
              <div>
                <span className="before-after-label">{t('entry.before')}</span>
                {b ? <StatusBadge status={b.status} detail={b.band ? bandLabel(b.band, t) : null} /> : '—'}
                {b ? <ProgressBar value={b.progress} /> : null}
              </div>
              <span className="before-after-arrow" aria-hidden="true">
                →
              </span>
              <div>
                <span className="before-after-label">{t('entry.after')}</span>
                <StatusBadge status={after.status} detail={after.band ? bandLabel(after.band, t) : null} />
                <ProgressBar value={after.progress} />
              </div>
            </div>
            <p lang="ja">{after.reason}</p>
            <p>
              <Link href={paths.kpi(sid, after.id)}>{t('entry.openKpi')}</Link>
            </p>
          </div>
        );
      })}
    </div>
  );
}

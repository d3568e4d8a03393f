/**
 * One form of the administrator's page: labelled fields with hints, the server's issues shown
 * beside the field they name (aria-invalid + aria-describedby) and in a summary that takes the
 * focus; on success a status message that takes the focus. Nothing is checked here that the
 * server does not check again: it decides (団体コード check digit, password policy, permissions).
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'select' | 'checkbox';
  options?: ReadonlyArray<[string, string]>;
  initial?: string;
  required?: boolean;
  autoComplete?: string;
  /** the server's issue columns that belong to this field */
  columns?: string[];
}

interface Props {
  title: string;
  intro: string;
  fields: FieldSpec[];
  submit: string;
  busyLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<ReactNode>;
}

export function AdminForm({ title, intro, fields, submit, busyLabel, onSubmit }: Props) {
  const { t } = useI18n();
  const uid = useId();
  const initial = () => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ text: string; loginHref: string | null } | null>(null);
  const [done, setDone] = useState<ReactNode>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const fid = (name: string) => `${uid}-${name}`;

  const fail = (e: Record<string, string>, general: { text: string; loginHref: string | null } | null) => {
    setErrors(e);
    setFormError(general);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submitForm = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    setDone(null);
    const missing = Object.fromEntries(fields.filter((f) => f.required && !values[f.name]?.trim()).map((f) => [f.name, t('auth.required')]));
    if (Object.keys(missing).length > 0) return fail(missing, null);
    setBusy(true);
    fail({}, null);
    try {
      const message = await onSubmit(values);
      setValues(initial());
      setDone(message);
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (err) {
      const byField: Record<string, string> = {};
      const rest: string[] = [];
      for (const issue of err instanceof ApiError ? err.issues : []) {
        const f = fields.find((x) => (x.columns ?? [x.name]).includes(issue.column ?? ''));
        if (f && !byField[f.name]) byField[f.name] = issue.reason;
        else rest.push(issue.reason);
      }
      const general = rest.length > 0 || Object.keys(byField).length === 0 ? (rest.length > 0 ? rest.join(' / ') : errorText(err)) : null;
      fail(byField, general ? { text: general, loginHref: err instanceof ApiError && err.status === 401 ? paths.login(paths.admin()) : null } : null);
    } finally {
      setBusy(false);
    }
  };

  const field = (f: FieldSpec) => {
    const id = fid(f.name);
    const describedBy = [errors[f.name] ? `${id}-error` : null, f.hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
    const common = { id, name: f.name, 'aria-invalid': errors[f.name] ? true : undefined, 'aria-describedby': describedBy };
    const set = (v: string) => setValues((old) => ({ ...old, [f.name]: v }));
    const input =
      f.type === 'select' ? (
        <select {...common} value={values[f.name]} onChange={(e) => set(e.target.value)}>
          {(f.options ?? []).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      ) : f.type === 'checkbox' ? (
        <input {...common} type="checkbox" checked={values[f.name] === 'true'} onChange={(e) => set(e.target.checked ? 'true' : '')} />
      ) : (
        <input {...common} type={f.type ?? 'text'} value={values[f.name]} onChange={(e) => set(e.target.value)} autoComplete={f.autoComplete ?? 'off'} maxLength={1024} />
      );
    return (
      <div key={f.name} className={f.type === 'checkbox' ? 'field field-checkbox' : 'field'}>
        {f.type === 'checkbox' ? input : null}
        <label htmlFor={id}>
          {f.label} {f.required ? <span className="required-mark">{t('entry.requiredMark')}</span> : null}
        </label>
        {f.hint ? (
          <p id={`${id}-hint`} className="hint">
            {f.hint}
          </p>
        ) : null}
        {f.type === 'checkbox' ? null : input}
        {errors[f.name] ? (
          <p id={`${id}-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            <span lang="ja">{errors[f.name]}</span>
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <section className="panel admin-form" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{title}</h2>
      <p className="hint">{intro}</p>
      <ErrorSummary
        summaryRef={summaryRef}
        heading={(n) => t('account.errorSummary', { n })}
        fields={fields.filter((f) => errors[f.name]).map((f) => ({ id: fid(f.name), label: f.label, message: errors[f.name]! }))}
        formError={formError}
      />
      <div ref={doneRef} tabIndex={-1}>
        {done ? (
          <div className="notice notice-success" role="status">
            {done}
          </div>
        ) : null}
      </div>
      <form noValidate onSubmit={submitForm}>
        {fields.map(field)}
        <SubmitActions busy={busy} label={submit} busyLabel={busyLabel} />
      </form>
    </section>
  );
}

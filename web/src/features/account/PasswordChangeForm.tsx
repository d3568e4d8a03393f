/**
 * Change one's password: current password, new password, the new one again. The client checks
 * only what it can (required, 12 characters, the two new ones alike); the server's password
 * policy explains what is weak (in Japanese), shown beside the field it concerns
 * (aria-invalid + aria-describedby) and in a summary that takes the focus. On success the other
 * sessions have been ended; the message says how many.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { errorText } from '../../components/ErrorMessage.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';

type Field = 'current' | 'next' | 'confirm';
type Errors = Partial<Record<Field, string>>;

const MIN_LENGTH = 12;
const COLUMN_TO_FIELD: Record<string, Field> = { current_password: 'current', new_password: 'next', password: 'next' };

export function PasswordChangeForm({ email }: { email: string }) {
  const { t } = useI18n();
  const { changePassword } = useSession();
  const uid = useId();
  const fid = (f: Field) => `${uid}-${f}`;
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', confirm: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<{ text: string; login: boolean } | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const labels: Record<Field, string> = { current: t('account.password.current'), next: t('account.password.new'), confirm: t('account.password.confirm') };
  const set = (f: Field) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value }));

  const validate = (): Errors => {
    const e: Errors = {};
    if (!values.current) e.current = t('auth.required');
    if (!values.next) e.next = t('auth.required');
    else if ([...values.next].length < MIN_LENGTH) e.next = t('account.password.tooShort');
    if (!values.confirm) e.confirm = t('auth.required');
    else if (values.next && values.confirm !== values.next) e.confirm = t('account.password.mismatch');
    return e;
  };

  const showErrors = (e: Errors, general: { text: string; login: boolean } | null) => {
    setErrors(e);
    setFormError(general);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const onSubmit = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    setDone(null);
    const e = validate();
    if (Object.keys(e).length > 0) return showErrors(e, null);
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const revoked = await changePassword(values.current, values.next);
      setValues({ current: '', next: '', confirm: '' });
      setDone(revoked);
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        const fe: Errors = {};
        const rest: string[] = [];
        for (const issue of err.issues) {
          const f = issue.column ? COLUMN_TO_FIELD[issue.column] : undefined;
          if (f && !fe[f]) fe[f] = issue.reason;
          else rest.push(issue.reason);
        }
        if (fe.current) setValues((v) => ({ ...v, current: '' }));
        showErrors(fe, rest.length > 0 ? { text: rest.join(' / '), login: false } : null);
      } else {
        showErrors({}, { text: errorText(err), login: err instanceof ApiError && err.status === 401 });
      }
    } finally {
      setBusy(false);
    }
  };

  const errorList = Object.entries(errors) as [Field, string][];
  const hintId = (f: Field) => (f === 'next' ? `${fid('next')}-hint` : f === 'confirm' ? `${fid('confirm')}-hint` : null);
  const describedBy = (f: Field) => [errors[f] ? `${fid(f)}-error` : null, hintId(f)].filter(Boolean).join(' ') || undefined;

  const field = (f: Field, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={fid(f)}>
        {labels[f]} <span className="required-mark">{t('entry.requiredMark')}</span>
      </label>
      {hint ? (
        <p id={hintId(f)!} className="hint">
          {hint}
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: password inputs have no implicit role, but screen readers announce aria-required */}
      <input
        id={fid(f)}
        name={f === 'current' ? 'current-password' : f === 'next' ? 'new-password' : 'confirm-password'}
        type="password"
        autoComplete={autoComplete}
        value={values[f]}
        onChange={set(f)}
        aria-invalid={errors[f] ? true : undefined}
        aria-describedby={describedBy(f)}
        aria-required="true"
        maxLength={1024}
      />
      {errors[f] ? (
        <p id={`${fid(f)}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          <span lang="ja">{errors[f]}</span>
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="login-form" aria-describedby={`${uid}-intro`}>
      <p id={`${uid}-intro`} className="hint">
        {t('account.password.intro')}
      </p>
      <div ref={doneRef} tabIndex={-1}>
        {done !== null ? (
          <div className="notice notice-success" role="status">
            <p>{done > 0 ? t('account.password.doneRevoked', { n: done }) : t('account.password.doneNone')}</p>
          </div>
        ) : null}
      </div>
      <ErrorSummary
        summaryRef={summaryRef}
        heading={(n) => t('account.errorSummary', { n })}
        fields={errorList.map(([f, message]) => ({ id: fid(f), label: labels[f], message }))}
        formError={formError ? { text: formError.text, loginHref: formError.login ? paths.login(paths.account()) : null } : null}
      />
      {/* For password managers: whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {field('current', 'current-password')}
      {field('next', 'new-password', t('account.password.newHint'))}
      {field('confirm', 'new-password', t('account.password.confirmHint'))}
      <SubmitActions busy={busy} label={t('account.password.submit')} busyLabel={t('account.password.submitting')} />
    </form>
  );
}

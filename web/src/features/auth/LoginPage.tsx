/**
 * Sign-in: email and password (with autocomplete hints for password managers); the API's
 * message on failure (「メールアドレスまたはパスワードが正しくありません」); then back to where
 * the person was (?next=, same-site paths only).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from './SessionContext.tsx';

/** Only paths inside this application: '/x', never '//host' or 'https://…'. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

export default function LoginPage() {
  const { t } = useI18n();
  const { user, status, signIn } = useSession();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const uid = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('auth.title'));

  if (status === 'loading') return <Loading />;

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fe: { email?: string; password?: string } = {};
    if (!email.trim()) fe.email = t('auth.required');
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) fe.email = t('auth.emailInvalid');
    if (!password) fe.password = t('auth.required');
    setErrors(fe);
    setFormError(null);
    if (fe.email) return emailRef.current?.focus();
    if (fe.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (err) {
      setPassword('');
      setFormError(err instanceof ApiError && err.status === 404 ? t('auth.unavailable') : errorText(err));
      requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page narrow">
      <h1>{t('auth.title')}</h1>
      {user ? (
        <div className="notice notice-info">
          <p>{t('auth.already', { name: user.name, org: user.org_name ?? user.org_code })}</p>
          <p>
            <Link href={next}>{next === '/' ? t('app.toHome') : next}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="hint">{t('auth.intro')}</p>
          {status === 'unavailable' ? <p className="notice notice-info">{t('auth.unavailable')}</p> : null}
          <div ref={alertRef} tabIndex={-1}>
            {formError ? (
              <div className="notice notice-error" role="alert">
                <p lang="ja">{formError}</p>
              </div>
            ) : null}
          </div>
          <form onSubmit={onSubmit} noValidate className="login-form">
            <div className="field">
              <label htmlFor={`${uid}-email`}>{t('auth.email')}</label>
              <input
                ref={emailRef}
                id={`${uid}-email`}
                name="email"
                type="email"
                inputMode="email"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={errors.email ? true : undefined}
                aria-describedby={errors.email ? `${uid}-email-error` : undefined}
                aria-required="true"
              />
              {errors.email ? (
                <p id={`${uid}-email-error`} className="field-error">
                  <span aria-hidden="true">⚠ </span>
                  {errors.email}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={`${uid}-password`}>{t('auth.password')}</label>
              <input
                ref={passwordRef}
                id={`${uid}-password`}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={errors.password ? true : undefined}
                aria-describedby={errors.password ? `${uid}-password-error` : undefined}
                aria-required="true"
              />
              {errors.password ? (
                <p id={`${uid}-password-error`} className="field-error">
                  <span aria-hidden="true">⚠ </span>
                  {errors.password}
                </p>
              ) : null}
            </div>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? t('auth.submitting') : t('auth.submit')}
              </button>
              <span role="status" aria-live="polite" className="inline-status">
                {busy ? (
                  <>
                    <span className="spinner spinner-small" aria-hidden="true" />
                    {t('auth.submitting')}
                  </>
                ) : null}
              </span>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

/**
 * Sign-in: email and password (with autocomplete hints for password managers); the API's
 * message on failure (「メールアドレスまたはパスワードが正しくありません」, or after too many
 * attempts how long to wait, with the time from when to try again); then back to where the
 * person was (?next=, same-site paths only). When the account is signed in elsewhere too, the
 * page first offers to sign those sessions out.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ThrottledError } from './api.ts';
import { useSession } from './SessionContext.tsx';

/** Only paths inside this application: '/x', never '//host' or 'https://…'. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

export default function LoginPage() {
  const { t, lang } = useI18n();
  const { user, status, signIn, signOutOthers } = useSession();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const uid = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** 429: from when the server accepts attempts again */
  const [retryAt, setRetryAt] = useState<Date | null>(null);
  /** after sign-in: the other sessions on offer to end (null = go on at once) */
  const [offer, setOffer] = useState<{ n: number; ended: number | null; error: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const offerRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('auth.title'));
  useEffect(() => {
    if (offer) requestAnimationFrame(() => offerRef.current?.focus());
  }, [offer]);

  if (status === 'loading') return <Loading />;

  const timeText = (d: Date) => new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(d);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fe: { email?: string; password?: string } = {};
    if (!email.trim()) fe.email = t('auth.required');
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) fe.email = t('auth.emailInvalid');
    if (!password) fe.password = t('auth.required');
    setErrors(fe);
    setFormError(null);
    setRetryAt(null);
    if (fe.email) return emailRef.current?.focus();
    if (fe.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      const s = await signIn(email.trim(), password);
      if (s.other_sessions) setOffer({ n: s.other_sessions, ended: null, error: null });
      else navigate(next, { replace: true });
    } catch (err) {
      setPassword('');
      setFormError(err instanceof ApiError && err.status === 404 ? t('auth.unavailable') : errorText(err));
      setRetryAt(err instanceof ThrottledError && err.retryAfterSeconds ? new Date(Date.now() + err.retryAfterSeconds * 1000) : null);
      requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page narrow">
      <h1>{t('auth.title')}</h1>
      {user && offer ? (
        // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the notice is focused after sign-in and named by its title
        <div ref={offerRef} tabIndex={-1} className={offer.ended === null ? 'notice notice-info' : 'notice notice-success'} aria-labelledby={`${uid}-offer-title`}>
          <h2 id={`${uid}-offer-title`}>{t('auth.others.title')}</h2>
          {offer.ended === null ? (
            <>
              <p>{t('auth.others.body', { n: offer.n })}</p>
              {offer.error ? (
                <p className="field-error" role="alert" lang="ja">
                  <span aria-hidden="true">⚠ </span>
                  {offer.error}
                </p>
              ) : null}
              <div className="form-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    try {
                      setOffer({ ...offer, ended: await signOutOthers(), error: null });
                    } catch (err) {
                      setOffer({ ...offer, error: errorText(err) });
                    } finally {
                      setBusy(false);
                    }
                  }}
                >
                  {busy ? t('auth.others.ending') : t('auth.others.end')}
                </button>
                <Link href={next} replace className="button button-secondary">
                  {t('auth.others.continue')}
                </Link>
              </div>
            </>
          ) : (
            <>
              <p role="status">{t('auth.others.ended', { n: offer.ended })}</p>
              <p>
                <Link href={next} replace>
                  {next === '/' ? t('app.toHome') : t('auth.others.continue')}
                </Link>
              </p>
            </>
          )}
        </div>
      ) : user ? (
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
            {formError && retryAt ? (
              <div className="notice notice-error" role="alert" aria-labelledby={`${uid}-throttled-title`}>
                <p id={`${uid}-throttled-title`} className="notice-label">
                  {t('auth.throttled.title')}
                </p>
                <p lang="ja">{formError}</p>
                <p>{t('auth.throttled.until', { time: timeText(retryAt) })}</p>
                <p className="hint">{t('auth.throttled.why')}</p>
              </div>
            ) : formError ? (
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
              {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: password inputs have no implicit role, but screen readers announce aria-required */}
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
            <SubmitActions busy={busy} label={t('auth.submit')} busyLabel={t('auth.submitting')} />
          </form>
        </>
      )}
    </div>
  );
}

/**
 * /account: who is signed in, changing the password (which ends every other session), and the
 * sessions open on other devices with a button that ends them all. Reached from the user menu.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { paths } from '../../app/paths.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';

function OtherSessions() {
  const { t } = useI18n();
  const { otherSessions, signOutOthers } = useSession();
  const uid = useId();
  const [busy, setBusy] = useState(false);
  const [ended, setEnded] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const onClick = async () => {
    setBusy(true);
    setError(null);
    setEnded(null);
    try {
      setEnded(await signOutOthers());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  return (
    <section aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('account.sessions.title')}</h2>
      <p id={`${uid}-count`}>{otherSessions ? t('account.sessions.count', { n: otherSessions }) : t('account.sessions.none')}</p>
      <p id={`${uid}-hint`} className="hint">
        {t('account.sessions.hint')}
      </p>
      <div ref={resultRef} tabIndex={-1}>
        {ended !== null ? (
          <div className="notice notice-success" role="status">
            <p>{t('auth.others.ended', { n: ended })}</p>
          </div>
        ) : null}
        {error ? (
          <div className="notice notice-error" role="alert">
            <p lang="ja">{error}</p>
          </div>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={onClick} aria-describedby={`${uid}-count`}>
          {busy ? t('auth.others.ending') : t('auth.others.end')}
        </button>
      </div>
    </section>
  );
}

export default function AccountPage() {
  const { t } = useI18n();
  const { user, status, refresh } = useSession();
  const uid = useId();
  usePageTitle(t('account.title'));
  // The number of other sessions changes elsewhere: read it afresh on every visit.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (status === 'loading') return <Loading />;
  if (!user) {
    return (
      <div className="narrow">
        <h1>{t('account.title')}</h1>
        <div className="notice notice-info">
          <p>{t('account.needLogin')}</p>
          <p>
            <Link href={paths.login(paths.account())} className="button button-primary">
              {t('auth.toLogin')}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="narrow">
      <h1>{t('account.title')}</h1>
      <section aria-labelledby={`${uid}-profile`}>
        <h2 id={`${uid}-profile`}>{t('account.profile')}</h2>
        <dl className="definition">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{user.name}</dd>
          </div>
          <div>
            <dt>{t('account.org')}</dt>
            <dd>
              {user.org_name ?? user.org_code}（{user.org_code}）
            </dd>
          </div>
          <div>
            <dt>{t('account.role')}</dt>
            <dd>{t(`auth.role.${user.role}`)}</dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd style={{ overflowWrap: 'anywhere' }}>{user.email}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby={`${uid}-password`}>
        <h2 id={`${uid}-password`}>{t('account.password.title')}</h2>
        <PasswordChangeForm email={user.email} />
      </section>
      <OtherSessions />
    </div>
  );
}

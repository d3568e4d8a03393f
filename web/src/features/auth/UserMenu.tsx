import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '../../app/paths.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from './SessionContext.tsx';
import './UserMenu.css';

/** Header: the signed-in user (name, organisation), a link to the account page and a sign-out button, or a sign-in link. */
export function UserMenu() {
  const { t } = useI18n();
  const { user, status, signOut } = useSession();
  const [location] = useLocation();
  const [busy, setBusy] = useState(false);

  if (status === 'unavailable') return null;
  if (!user) {
    if (location === '/login') return null;
    return (
      <Link href={paths.login(location + window.location.search)} className="button button-secondary button-small">
        {t('auth.login')}
      </Link>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend and change the header layout; role=group with a label is the ARIA pattern
    <div className="user-menu" role="group" aria-label={t('auth.userMenu')}>
      <span className="user-name">
        <span className="user-person">{user.name}</span>
        <span className="user-org">{user.org_name ?? user.org_code}</span>
      </span>
      <Link href={paths.account()} className="button button-secondary button-small" aria-current={location === '/account' ? 'page' : undefined}>
        {t('auth.account')}
      </Link>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await signOut();
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? t('auth.loggingOut') : t('auth.logout')}
      </button>
    </div>
  );
}

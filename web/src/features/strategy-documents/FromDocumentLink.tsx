/** The way in for a planner of a local government (editor, or admin of a government): shown on the overview. */
import { Link } from 'wouter';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { strategyDocumentPaths } from './api.ts';

export function FromDocumentLink() {
  const { t } = useI18n();
  const { user } = useSession();
  // The server decides (POST …/accept); this only hides the way in from those it would refuse.
  const planner = user && (user.role === 'editor' || user.role === 'admin') && /^\d{6}$/.test(user.org_code) && user.org_code !== '000000';
  return planner ? (
    <p className="strategy-doc-entry">
      <Link href={strategyDocumentPaths.fromDocument()}>{t('strategyDoc.entry')}</Link>
    </p>
  ) : null;
}

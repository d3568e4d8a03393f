/**
 * Data entry for the annual cycle (sign-in required): one value by form, many by file, and the
 * audit trail of what was changed.
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { getCatalog } from '../../api/endpoints.ts';
import type { CatalogKpi } from '../../api/types.ts';
import { useStrategies } from '../../app/StrategyContext.tsx';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { AuditTrail } from './AuditTrail.tsx';
import { FileImport } from './FileImport.tsx';
import { TemplateLinks } from './TemplateLinks.tsx';
import { ObservationForm } from './ObservationForm.tsx';
import './entry.css';

/** KPIs that take observations: simple KPIs and the components of composite ones. */
function enterableKpis(kpis: CatalogKpi[]): CatalogKpi[] {
  const out: CatalogKpi[] = [];
  for (const k of kpis) {
    if (k.components && k.components.length > 0) out.push(...k.components);
    else out.push(k);
  }
  return out;
}

export default function EntryPage({ sid }: { sid: string }) {
  const { t } = useI18n();
  const { status, user } = useSession();
  const { strategies } = useStrategies();
  const [version, setVersion] = useState(0);
  const catalog = useAsync(() => getCatalog(sid), [sid, version]);
  const kpis = useMemo(() => enterableKpis(catalog.data?.kpis ?? []), [catalog.data]);
  usePageTitle(t('entry.title'));

  const heading = (
    <>
      <p className="page-kicker">{catalog.data?.strategy.name ?? ''}</p>
      <h1>{t('entry.title')}</h1>
      <p className="hint">{t('entry.intro')}</p>
    </>
  );

  if (status === 'loading') {
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  }
  if (status === 'unavailable') {
    return (
      <>
        {heading}
        <p className="notice notice-info">{t('auth.unavailable')}</p>
      </>
    );
  }
  if (!user) {
    return (
      <>
        {heading}
        <div className="notice notice-info">
          <p>{t('auth.needLogin')}</p>
          <p>
            <Link href={paths.login(paths.entry(sid))} className="button button-primary">
              {t('auth.toLogin')}
            </Link>
          </p>
        </div>
      </>
    );
  }

  // The server decides (403 otherwise); this only avoids offering forms that cannot succeed.
  const owner = strategies?.find((s) => s.id === sid)?.owner_code ?? catalog.data?.strategy.owner_code;
  const canWrite = user.role === 'admin' || (user.role === 'editor' && (owner === undefined || owner === user.org_code));
  const saved = () => setVersion((v) => v + 1);

  return (
    <div className="entry-page">
      {heading}
      {!canWrite ? <p className="notice notice-info">{t('entry.forbidden')}</p> : null}
      {catalog.error ? <ErrorMessage error={catalog.error} onRetry={catalog.reload} /> : null}

      {canWrite ? (
        <>
          <section className="panel" aria-labelledby="entry-form-title">
            <h2 id="entry-form-title">{t('entry.form')}</h2>
            {catalog.data ? <ObservationForm sid={sid} kpis={kpis} onSaved={saved} /> : !catalog.error ? <Loading /> : null}
          </section>

          <section className="panel" aria-labelledby="entry-file-title">
            <h2 id="entry-file-title">{t('entry.file')}</h2>
            <p className="hint">{t('entry.fileIntro')}</p>
            <TemplateLinks />
            <FileImport sid={sid} onImported={saved} />
          </section>
        </>
      ) : null}

      <section className="panel" aria-labelledby="entry-audit-title">
        <h2 id="entry-audit-title">{t('entry.audit')}</h2>
        <p className="hint">{t('entry.auditIntro')}</p>
        <AuditTrail sid={sid} version={version} />
      </section>
    </div>
  );
}

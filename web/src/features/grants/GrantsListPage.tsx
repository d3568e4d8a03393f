/**
 * /grants: signed in, my government's applications and those I may see (scope=mine); otherwise
 * the decided ones. Editors get 「新しい申請」 for their own government, the current 年度 by default.
 */
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { todayJst } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { createGrant, grantPaths, listGrants, verificationPaths } from './api.ts';
import { fiscalYearLabel, useYen } from './GrantChecks.tsx';
import './grants.css';

/** 年度 of today in Japan: April–March. */
function currentFiscalYear(): number {
  const [y, m] = todayJst().split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

function CreateGrantForm({ applicantCode }: { applicantCode: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const fy = currentFiscalYear();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { application } = await createGrant({ applicant_code: applicantCode, fiscal_year: Number(fd.get('fiscal_year')), title: String(fd.get('title')).trim() });
      navigate(grantPaths.edit(application.id));
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
      summary.current?.focus();
    }
  };
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <details className="panel grants-create">
      <summary>{t('grants.create.title')}</summary>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary
          summaryRef={summary}
          heading={(n) => t('grants.create.errors', { n })}
          fields={issues.map((i, n) => ({ id: i.column === 'title' ? 'grant-create-title' : 'grant-create-year', label: i.column ?? String(n), message: i.reason }))}
          formError={error && issues.length === 0 ? { text: error.message, loginHref: null } : null}
        />
        <div className="field">
          <label htmlFor="grant-create-year">{t('grants.create.year')}</label>
          <select id="grant-create-year" name="fiscal_year" defaultValue={fy}>
            {[fy, fy + 1].map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="grant-create-title">{t('grants.create.name')}</label>
          <input id="grant-create-title" name="title" required maxLength={300} />
        </div>
        <SubmitActions busy={busy} label={t('grants.create.submit')} busyLabel={t('grants.create.busy')} />
      </form>
    </details>
  );
}

export function GrantsListPage() {
  const { t } = useI18n();
  usePageTitle(t('grants.list.title'));
  const { user } = useSession();
  const yen = useYen();
  const list = useAsync((signal) => listGrants({ scope: user ? 'mine' : 'public' }, signal), [user?.email]);
  return (
    <>
      <h1>{t('grants.list.title')}</h1>
      <p>{t('grants.list.intro')}</p>
      <p>
        <Link href={verificationPaths.rollup()}>{t('grants.rollup.link')}</Link>
      </p>
      {user && user.role === 'editor' && /^\d{6}$/.test(user.org_code) ? <CreateGrantForm applicantCode={user.org_code} /> : null}
      {list.error ? <ErrorMessage error={list.error} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        list.data.applications.length === 0 ? (
          <p>{t('grants.list.none')}</p>
        ) : (
          <TableScroll label={t('grants.list.caption')}>
            <table className="data-table">
              <caption>{t('grants.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('grants.col.title')}</th>
                  <th scope="col">{t('grants.col.applicant')}</th>
                  <th scope="col">{t('grants.col.year')}</th>
                  <th scope="col">{t('grants.col.status')}</th>
                  <th scope="col">{t('grants.col.requested')}</th>
                  <th scope="col">{t('grants.col.checks')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.applications.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link href={grantPaths.application(a.id)}>{a.title}</Link>
                    </th>
                    <td>{a.applicant_name ?? a.applicant_code}</td>
                    <td>{fiscalYearLabel(a.fiscal_year)}</td>
                    <td>{a.status_label}</td>
                    <td className="num">{yen(a.requested_total)}</td>
                    <td>{t('grants.checks.summary', { errors: a.check_errors, warnings: a.check_warnings })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : null}
    </>
  );
}

/**
 * /grants/:id/verification: the effect verification per 年度 (seed 002 L449–453). The applicant
 * (may.verify, while in execution) records and saves a year; publishing (may.publish_verification)
 * is the workflow's transition; everyone else sees the published verifications read-only. What the
 * reader may see and do is the server's decision; a 403/404 is shown in its words.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type ApplicationVerifications, type GrantView, getGrant, getVerifications, grantPaths, transitionGrant, type VerificationResult } from './api.ts';
import { fiscalYearLabel } from './GrantChecks.tsx';
import { type Saved, VerificationForm } from './GrantVerificationForm.tsx';
import { VerificationView } from './GrantVerificationView.tsx';
import './grants.css';

/** The funded projects (decided amount above 0 over all years) as empty results, for a year not yet recorded. */
function fundedOf(view: GrantView): VerificationResult[] {
  const totals = new Map<string, { kind: string; total: number }>();
  for (const d of view.decisions) totals.set(d.project_id, { kind: d.kind, total: (totals.get(d.project_id)?.total ?? 0) + d.amount });
  return [...totals]
    .filter(([, x]) => x.total > 0)
    .map(([pid, x]) => {
      const p = view.content.projects.find((q) => q.id === pid);
      return {
        project_id: pid,
        project_name: p?.name ?? pid,
        kind: (p?.kind ?? x.kind) as VerificationResult['kind'],
        decided_total: x.total,
        kpis: [],
        assessment: '',
        improvement: '',
      };
    });
}

/** Signed out (or not related), an application without a published verification is a 404: shown as 「ありません」, not as a failure. */
async function verificationsOrNone(id: string, signal: AbortSignal): Promise<ApplicationVerifications | null> {
  try {
    return await getVerifications(id, signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

function Publish({ view, latest, onDone }: { view: GrantView; latest: number; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await transitionGrant(view.application.id, 'publish_verification');
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="ver-publish">
      <h2 id="ver-publish">{t('grants.verify.publish')}</h2>
      <p>{t('grants.verify.publishIntro', { year: fiscalYearLabel(latest) })}</p>
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
        {t('grants.verify.publish')}
      </button>
      {error ? (
        <div role="alert" className="notice notice-error">
          <p className="notice-label">{t('grants.verify.publishRefused')}</p>
          {error instanceof ApiError && error.issues.length > 0 ? (
            <ul>
              {error.issues.map((i) => (
                <li key={i.reason} lang="ja">
                  {i.reason}
                </li>
              ))}
            </ul>
          ) : (
            <p lang="ja">{error.message}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

export function GrantVerificationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const grant = useAsync((signal) => getGrant(id, signal), [id]);
  const vers = useAsync((signal) => verificationsOrNone(id, signal), [id]);
  const [picked, setPicked] = useState<number | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const view = grant.data;
  usePageTitle(view ? `${t('grants.verify.title')}: ${view.application.title}` : t('grants.verify.title'));
  const failure = grant.error ?? vers.error;
  if (failure && (!view || vers.data === undefined))
    return (
      <>
        <h1>{t('grants.verify.title')}</h1>
        <ErrorMessage error={failure} />
        <p>
          <Link href={grantPaths.list()}>{t('grants.list.title')}</Link>
        </p>
      </>
    );
  if (!view || vers.data === undefined) return <Loading />;
  const a = view.application;
  const recorded = vers.data?.verifications ?? [];
  const executing = a.status === 'in_execution';
  const mayEdit = view.may.verify && executing;
  const years = [...new Set([...(mayEdit ? view.decisions.map((d) => d.fiscal_year) : []), ...recorded.map((v) => v.fiscal_year)])].sort((x, y) => x - y);
  const year = picked !== null && years.includes(picked) ? picked : (recorded.at(-1)?.fiscal_year ?? years[0] ?? null);
  const current = recorded.find((v) => v.fiscal_year === year) ?? null;
  const reload = () => {
    grant.reload();
    vers.reload();
  };
  return (
    <>
      <p>
        <Link href={grantPaths.application(a.id)}>{t('grants.verify.back')}</Link>
      </p>
      <h1>
        {t('grants.verify.title')}: {a.title}
      </h1>
      <p>{t('grants.verify.intro')}</p>
      <dl className="grants-header">
        <dt>{t('grants.page.applicant')}</dt>
        <dd>
          {a.applicant_name ?? a.applicant_code}（{fiscalYearLabel(a.fiscal_year)}）
        </dd>
        <dt>{t('grants.page.status')}</dt>
        <dd data-testid="grant-status">{a.status_label}</dd>
      </dl>
      {years.length === 0 ? (
        <p>{vers.data === null ? t('grants.verify.nonePublished') : t('grants.verify.noYears')}</p>
      ) : (
        <div className="field">
          <label htmlFor="ver-year">{t('grants.verify.year')}</label>
          <select
            id="ver-year"
            value={year ?? ''}
            onChange={(e) => {
              setPicked(Number(e.target.value));
              setSaved(null);
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div role="status" aria-live="polite">
        {saved && saved.year === year ? (
          <div className="notice">
            <p>{t('grants.verify.saved', { year: fiscalYearLabel(saved.year) })}</p>
            {saved.warnings.length > 0 ? (
              <ul>
                {saved.warnings.map((w) => (
                  <li key={w.code} lang="ja">
                    {w.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {year === null ? null : mayEdit && !current?.published_at ? (
        <VerificationForm
          key={year}
          applicationId={a.id}
          year={year}
          funded={current?.results ?? fundedOf(view)}
          current={current}
          onSaved={(s) => {
            setSaved(s);
            vers.reload();
          }}
        />
      ) : current ? (
        <VerificationView v={current} />
      ) : (
        <p>{t('grants.verify.notRecorded')}</p>
      )}
      {view.may.publish_verification && executing && recorded.length > 0 ? <Publish view={view} latest={recorded.at(-1)!.fiscal_year} onDone={reload} /> : null}
    </>
  );
}

/**
 * /grants/:id: the application — header, projects with their cost per 年度, the national share
 * per 年度, the rule checks with their sources and trace, decisions, history, and the buttons the
 * reader's `may` flags allow (the server decides; a refusal shows its reasons).
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatTimestamp } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { getGrant, grantPaths, grantReviewPath, type GrantView, transitionGrant } from './api.ts';
import { ChecksPanel, fiscalYearLabel, ShareTable, useYen } from './GrantChecks.tsx';
import './grants.css';

/** A project's name from the content (the id when a decision names a project no longer in it). */
const projectName = (view: GrantView, id: string): string => view.content.projects.find((p) => p.id === id)?.name || id;

const ACTIONS = ['submit', 'return', 'start_review', 'start_execution', 'publish_verification'] as const;
type Action = (typeof ACTIONS)[number];

function Actions({ view, onDone }: { view: GrantView; onDone: () => void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const allowed = ACTIONS.filter((a) => view.may[a]);
  if (allowed.length === 0) return null;
  const blocked = view.checks.errors > 0;
  const run = async (a: Action) => {
    setBusy(true);
    setError(null);
    try {
      await transitionGrant(view.application.id, a, comment.trim() || undefined);
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="grant-actions">
      <h2 id="grant-actions">{t('grants.page.actions')}</h2>
      {allowed.includes('return') ? (
        <div className="field">
          <label htmlFor="grant-comment">{t('grants.page.comment')}</label>
          <textarea id="grant-comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={3} />
        </div>
      ) : null}
      {allowed.includes('submit') && blocked ? (
        <p id="grant-submit-blocked" className="notice notice-error">
          {t('grants.action.submitBlocked')}
        </p>
      ) : null}
      <div className="grants-actions">
        {allowed.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'submit' ? 'button button-primary' : 'button'}
            disabled={busy || (a === 'submit' && blocked)}
            aria-describedby={a === 'submit' && blocked ? 'grant-submit-blocked' : undefined}
            onClick={() => void run(a)}
          >
            {t(`grants.action.${a}` as MessageKey)}
          </button>
        ))}
      </div>
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{error.message}</p>
          {error instanceof ApiError && error.issues.length > 0 ? (
            <ul>
              {error.issues.map((i) => (
                <li key={`${i.column ?? ''}-${i.reason}`}>{i.reason}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Projects({ view }: { view: GrantView }) {
  const { t } = useI18n();
  const yen = useYen();
  return (
    <section aria-labelledby="grant-projects">
      <h2 id="grant-projects">{t('grants.page.projects')}</h2>
      {view.content.projects.map((p) => {
        const share = view.checks.projects.find((s) => s.id === p.id);
        return (
          <article key={p.id} className="panel grants-project">
            <h3>
              {p.id}「{p.name}」（{t(`grants.kind.${p.kind}` as MessageKey)}）
            </h3>
            <p>
              {fiscalYearLabel(p.start_fy)} – {fiscalYearLabel(p.end_fy)}
              {p.is_new ? ` ・${t('grants.edit.isNew')}` : ''}
            </p>
            <ul>
              {p.costs.map((c) => (
                <li key={c.fiscal_year}>
                  {fiscalYearLabel(c.fiscal_year)}: {typeof c.eligible_cost === 'number' ? yen(c.eligible_cost) : c.eligible_cost}
                  {share?.by_year[String(c.fiscal_year)] !== undefined ? ` → ${t('grants.page.share')}: ${yen(share.by_year[String(c.fiscal_year)])}` : ''}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </section>
  );
}

export function GrantPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const yen = useYen();
  const grant = useAsync((signal) => getGrant(id, signal), [id]);
  const view = grant.data;
  usePageTitle(view?.application.title ?? t('grants.list.title'));
  if (grant.error && !view) return <ErrorMessage error={grant.error} />;
  if (!view) return <Loading />;
  const a = view.application;
  return (
    <>
      <p>
        <Link href={grantPaths.list()}>{t('grants.list.title')}</Link>
      </p>
      <h1>{a.title}</h1>
      <dl className="grants-header">
        <dt>{t('grants.page.applicant')}</dt>
        <dd>
          {a.applicant_name ?? a.applicant_code}（{fiscalYearLabel(a.fiscal_year)}）
        </dd>
        <dt>{t('grants.page.status')}</dt>
        <dd data-testid="grant-status">{a.status_label}</dd>
        <dt>{t('grants.page.version')}</dt>
        <dd>{view.version}</dd>
      </dl>
      {view.may.edit ? (
        <p>
          <Link href={grantPaths.edit(a.id)} className="button">
            {t('grants.page.edit')}
          </Link>
        </p>
      ) : null}
      {view.may.review || view.may.see_reviews || view.may.assign_reviewers || view.may.decide ? (
        <p>
          <Link href={grantReviewPath(a.id)}>{t('grantReview.link')}</Link>
        </p>
      ) : null}
      {['decided', 'in_execution', 'verified'].includes(a.status) ? (
        <p>
          <Link href={`${grantPaths.application(a.id)}/verification`}>{t('grants.verify.link')}</Link>
        </p>
      ) : null}
      <Actions view={view} onDone={grant.reload} />
      <ChecksPanel checks={view.checks} />
      <section aria-labelledby="grant-share">
        <h2 id="grant-share">{t('grants.page.share')}</h2>
        <ShareTable checks={view.checks} />
      </section>
      <Projects view={view} />
      {view.decisions.length > 0 ? (
        <section aria-labelledby="grant-decisions">
          <h2 id="grant-decisions">{t('grants.page.decisions')}</h2>
          <ul>
            {view.decisions.map((d) => (
              <li key={`${d.project_id}-${d.fiscal_year}`}>
                {projectName(view, d.project_id)} {fiscalYearLabel(d.fiscal_year)}: {yen(d.amount)}
                {d.reason ? `（${d.reason}）` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.history.length > 0 ? (
        <section aria-labelledby="grant-history">
          <h2 id="grant-history">{t('grants.page.history')}</h2>
          <ol>
            {view.history.map((e) => (
              <li key={e.seq}>
                <time dateTime={e.at}>{formatTimestamp(e.at, lang)}</time> {e.action_label}
                {e.to_status_label && e.to_status !== e.from_status ? `（→ ${e.to_status_label}）` : ''} {String(e.actor_label ?? e.actor_name ?? '')}
                {e.comment ? `：${e.comment}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

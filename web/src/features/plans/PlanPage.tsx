/**
 * /plans/:id — for the public the nationally published version; for those who may see it
 * unpublished (view=full) also the procedure: the workflow actions open to them, the requirement
 * checklist and the secretariat's verdicts, comments, versions with a comparison, and the history.
 */
import { Link } from 'wouter';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDay, formatTimestamp } from '../../format/period.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { getPlan, getPlanVocabulary, type PlanView, type PlanVocabulary } from './api.ts';
import { useAreaNames } from './area-names.ts';
import { PlanBadges } from './PlanBadges.tsx';
import { PlanComments } from './PlanComments.tsx';
import { PlanContentView } from './PlanContentView.tsx';
import { PlanReview } from './PlanReview.tsx';
import { PlanVersions } from './PlanVersions.tsx';
import { PlanWorkflow } from './PlanWorkflow.tsx';
import './plans.css';

export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const plan = useAsync((signal) => getPlan(id, undefined, signal), [id, user?.email]);
  const vocab = useAsync(() => getPlanVocabulary(), []);
  usePageTitle(plan.data?.plan.title ?? t('plans.page.loading'));
  if (plan.error && !plan.data) return <ErrorMessage error={plan.error} onRetry={plan.reload} />;
  if (!plan.data) return <Loading />;
  const v = plan.data;
  return (
    <>
      <p className="page-kicker">{vocab.data?.types[v.plan.type] ?? v.plan.type}</p>
      <h1 className="plan-title">
        {v.plan.title} <PlanBadges plan={v.plan} />
      </h1>
      <PlanHeaderFacts view={v} vocab={vocab.data} />
      {v.view === 'full' && v.can_edit ? (
        <p>
          <Link href={paths.plans.edit(id)} className="button button-secondary">
            {t('plans.page.edit')}
          </Link>
        </p>
      ) : null}
      {v.view === 'full' ? <PlanWorkflow view={v} vocab={vocab.data} onChanged={plan.reload} /> : null}
      <PlanContentView view={v} />
      <PlanEvents view={v} vocab={vocab.data} />
      {v.view === 'full' ? (
        <>
          <PlanReview view={v} vocab={vocab.data} isSecretariat={v.relation === 'secretariat' || v.relation === 'operator'} onChanged={plan.reload} />
          {v.can_comment ? <PlanComments view={v} onChanged={plan.reload} /> : null}
          <PlanVersions view={v} />
        </>
      ) : null}
    </>
  );
}

function PlanHeaderFacts({ view: v, vocab }: { view: PlanView; vocab: PlanVocabulary | undefined }) {
  const { t, lang } = useI18n();
  const name = useAreaNames(v.plan.owner_codes);
  return (
    <dl className="plan-inline plan-facts">
      <dt>{t('plans.page.status')}</dt>
      <dd data-testid="plan-status">{vocab?.statuses[v.plan.status] ?? v.plan.status}</dd>
      <dt>{t('plans.page.owner')}</dt>
      <dd>{v.plan.owner_codes.map((c) => name(c) ?? c).join('・')}</dd>
      <dt>{t('plans.page.versionLabel')}</dt>
      <dd>
        {t('plans.page.version', { n: v.version })}
        {v.plan.published_at ? `（${t('plans.page.publishedOn', { date: formatDay(v.plan.published_at.slice(0, 10), lang) })}）` : ''}
      </dd>
      {v.plan.local_published_on ? (
        <>
          <dt>{t('plans.page.localUrl')}</dt>
          <dd>
            {t('plans.page.localPublished', { date: formatDay(v.plan.local_published_on, lang) })}
            {v.plan.local_url ? (
              <>
                {' '}
                <a href={v.plan.local_url}>{v.plan.local_url}</a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

const EVENT_KEYS = new Set(['create', 'edit', 'judge', 'publish_revision']);

function PlanEvents({ view, vocab }: { view: PlanView; vocab: PlanVocabulary | undefined }) {
  const { t, lang } = useI18n();
  return (
    <section className="plan-section">
      <h2>{t('plans.page.events')}</h2>
      {view.events.length === 0 ? <p>{t('plans.page.noEvents')}</p> : null}
      <ol className="plan-events">
        {view.events.map((e) => (
          <li key={e.seq}>
            <span>{formatTimestamp(e.at, lang)}</span>{' '}
            <strong>{vocab?.actions[e.action] ?? (EVENT_KEYS.has(e.action) ? t(`plans.event.${e.action}` as MessageKey) : e.action)}</strong>
            {e.to_status ? ` → ${vocab?.statuses[e.to_status] ?? e.to_status}` : ''}
            {e.comment ? <p className="plan-text">{e.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

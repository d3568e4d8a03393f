/**
 * /verification-rounds/:id: a verification round as its reader may see it (the server decides:
 * 404 to anyone not on the panel and not of the owning government). The KPIs as evaluated on the
 * round's date with comments and responses; the panel with each sign-off's state; a member's
 * comments and sign-off, and 「データが更新されました。再確認してください」 when their sign-off is stale;
 * the owner's responses and transitions.
 */
import { Link } from 'wouter';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDay } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getRound, verificationPaths } from './api.ts';
import { PanelForm } from './PanelForm.tsx';
import { MemberForms, OwnerForms } from './RoundForms.tsx';
import { Comments, KpiTable, MembersTable } from './RoundTables.tsx';
import './strategy-verification.css';

export function RoundPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const state = useAsync((signal) => getRound(id, signal), [id]);
  const v = state.data;
  usePageTitle(v ? v.round.title : t('sv.round.title'));
  if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (!v) return <Loading />;
  const r = v.round;
  return (
    <article className="sv-page">
      <p>
        <Link href={verificationPaths.list()}>{t('sv.round.back')}</Link>
      </p>
      <h1>{r.title}</h1>
      <p>{t('sv.round.meta', { strategy: r.strategy_name, code: r.owner_code, year: r.fiscal_year_label, day: formatDay(r.evaluation_date, lang) })}</p>
      <p data-round-status={r.status}>{t('sv.round.status', { status: r.status_label })}</p>
      {v.me.message ? (
        <p role="alert" className="notice notice-info sv-stale">
          {v.me.message}
        </p>
      ) : null}
      {v.warnings.map((w) => (
        <p key={w.code} className="notice notice-info">
          {w.message}
        </p>
      ))}
      <p>
        <Link href={verificationPaths.report(r.id)}>{t('sv.round.report')}</Link>
      </p>
      <section aria-labelledby="sv-kpis">
        <h2 id="sv-kpis">{t('sv.round.kpis')}</h2>
        <KpiTable kpis={v.kpis} evaluationDate={r.evaluation_date} />
        <h3>{t('sv.overall')}</h3>
        <Comments comments={v.overall.comments} />
      </section>
      <section aria-labelledby="sv-members">
        <h2 id="sv-members">{t('sv.members')}</h2>
        <MembersTable members={v.members.map((m) => ({ ...m, state: m.signoff.state }))} />
      </section>
      <MemberForms key={`m-${v.fingerprint}-${v.me.signoff}`} view={v} onDone={state.reload} />
      <OwnerForms key={`o-${r.status}`} view={v} onDone={state.reload} />
      <PanelForm key={`p-${v.members.length}`} view={v} onDone={state.reload} />
    </article>
  );
}

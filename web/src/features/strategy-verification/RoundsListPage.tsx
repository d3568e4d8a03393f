/** /verification-rounds: the rounds whose panel the signed-in user sits on, and every published report. */
import { Link } from 'wouter';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { listMyRounds, type RoundItem, verificationPaths } from './api.ts';
import './strategy-verification.css';

function RoundList({ rounds, report }: { rounds: readonly RoundItem[]; report: boolean }) {
  return (
    <ul className="sv-list">
      {rounds.map((r) => (
        <li key={r.id}>
          <Link href={report ? verificationPaths.report(r.id) : verificationPaths.round(r.id)}>{r.title}</Link>
          <span className="sv-list-meta">
            {r.strategy_id}（{r.owner_code}）／{r.status_label}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function RoundsListPage() {
  const { t } = useI18n();
  usePageTitle(t('sv.list.title'));
  const state = useAsync((signal) => listMyRounds(signal), []);
  return (
    <article className="sv-page">
      <h1>{t('sv.list.title')}</h1>
      <p>{t('sv.list.intro')}</p>
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : null}
      {state.data ? (
        <>
          <section aria-labelledby="sv-mine">
            <h2 id="sv-mine">{t('sv.list.mine')}</h2>
            {state.data.member_of.length > 0 ? <RoundList rounds={state.data.member_of} report={false} /> : <p>{t('sv.list.noMine')}</p>}
          </section>
          <section aria-labelledby="sv-published">
            <h2 id="sv-published">{t('sv.list.published')}</h2>
            {state.data.published.length > 0 ? <RoundList rounds={state.data.published} report /> : <p>{t('sv.list.nonePublished')}</p>}
          </section>
        </>
      ) : state.loading ? (
        <Loading />
      ) : null}
    </article>
  );
}

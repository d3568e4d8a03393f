/** /verification-rounds: the rounds whose panel the signed-in user sits on, and every published report. */
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { createRound, listMyRounds, type MyRounds, type RoundItem, verificationPaths } from './api.ts';
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

/** The owner's editors open a round for one of their strategies and a fiscal year. */
function CreateRound({ strategies }: { strategies: MyRounds['strategies'] }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [strategy, setStrategy] = useState(strategies[0]?.id ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const created = await createRound(strategy, Number(year));
      navigate(verificationPaths.round(created.id));
    } catch (e) {
      setError([e instanceof Error ? e.message : String(e), ...(e instanceof ApiError ? e.issues.map((i) => i.reason) : [])].join(' '));
    }
  };
  return (
    <section className="panel" aria-labelledby="sv-create">
      <h2 id="sv-create">{t('sv.create.title')}</h2>
      <div className="field">
        <label htmlFor="sv-create-strategy">{t('sv.create.strategy')}</label>
        <select id="sv-create-strategy" value={strategy} onChange={(e) => setStrategy(e.target.value)}>
          {strategies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}（{s.id}）
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sv-create-year">{t('sv.create.year')}</label>
        <input id="sv-create-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
      </div>
      <button type="button" className="button button-primary" onClick={() => void submit()}>
        {t('sv.create.submit')}
      </button>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
    </section>
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
          {state.data.owned.length > 0 || state.data.strategies.length > 0 ? (
            <section aria-labelledby="sv-owned">
              <h2 id="sv-owned">{t('sv.list.owned')}</h2>
              {state.data.owned.length > 0 ? <RoundList rounds={state.data.owned} report={false} /> : <p>{t('sv.list.noOwned')}</p>}
            </section>
          ) : null}
          {state.data.strategies.length > 0 ? <CreateRound strategies={state.data.strategies} /> : null}
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

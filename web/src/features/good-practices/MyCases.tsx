/**
 * The signed-in part of /good-practices: a government's editors see 「自団体の事例」 (every status,
 * with it) and 「事例を登録する」; the secretariat sees 「確認待ち」 (the submitted cases). Which
 * list it is comes from the API's `mine` (scope=mine), not from guessing by the user's code.
 */
import { Link } from 'wouter';
import { useAsync } from '../../app/useAsync.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { goodPracticePaths, listMyCases } from './api.ts';
import { StatusBadge } from './CaseWorkflow.tsx';
import { CaseSummary } from './CaseSummary.tsx';

export function MyCases() {
  const { t } = useI18n();
  const own = useAsync((s) => listMyCases(undefined, s), []);
  const secretariat = own.data?.mine?.secretariat === true;
  const queue = useAsync((s) => (secretariat ? listMyCases('submitted', s) : Promise.resolve(null)), [secretariat]);
  if (own.error) return <ErrorMessage error={own.error} />;
  if (!own.data) return <Loading />;
  const mine = own.data.mine;
  if (!mine) return null;
  if (secretariat)
    return (
      <section aria-labelledby="gp-queue-h" className="panel">
        <h2 id="gp-queue-h">{t('gp.queue.title')}</h2>
        {queue.error ? <ErrorMessage error={queue.error} /> : null}
        {queue.data?.cases.length === 0 ? <p>{t('gp.queue.none')}</p> : null}
        <ul className="gp-list">
          {queue.data?.cases.map((c) => (
            <CaseSummary key={c.id} c={c}>
              <p className="gp-meta">{c.owner_name ?? c.owner_code}</p>
            </CaseSummary>
          ))}
        </ul>
      </section>
    );
  return (
    <section aria-labelledby="gp-mine-h" className="panel">
      <h2 id="gp-mine-h">{t('gp.mine.title')}</h2>
      {mine.may_create ? (
        <p>
          <Link className="button button-primary" href={goodPracticePaths.create()}>
            {t('gp.mine.create')}
          </Link>
        </p>
      ) : null}
      {own.data.cases.length === 0 ? <p>{t('gp.mine.none')}</p> : null}
      <ul className="gp-list" data-testid="gp-mine">
        {own.data.cases.map((c) => (
          <CaseSummary key={c.id} c={c}>
            <p className="gp-meta">
              {t('gp.list.status', { status: '' })}
              <StatusBadge status={c.status} label={c.status_label} />
            </p>
          </CaseSummary>
        ))}
      </ul>
    </section>
  );
}

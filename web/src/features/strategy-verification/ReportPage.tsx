/**
 * /verification-rounds/:id/report: the round's report as the official verification prints it —
 * the KPI table (baseline, target, actual, 進捗率, class, comments, response, 改善策), the overall
 * comments and response, the panel with sectors and declared interests (names as agreed; no
 * e-mail). Public once published; a print button (print CSS hides the site's chrome) and Excel.
 */
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay, formatTimestamp } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getReport, verificationPaths } from './api.ts';
import { Comments, KpiTable, MembersTable } from './RoundTables.tsx';
import './strategy-verification.css';

export function ReportPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const state = useAsync((signal) => getReport(id, signal), [id]);
  const r = state.data;
  usePageTitle(r ? `${r.round.title} ${t('sv.report.title')}` : t('sv.report.title'));
  if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (!r) return <Loading />;
  const h = r.round;
  const caption = t('sv.report.overallCaption');
  return (
    <article className="sv-page sv-report">
      <h1>
        {h.title} {t('sv.report.title')}
      </h1>
      <p>{t('sv.round.meta', { strategy: h.strategy_name, code: h.owner_code, year: h.fiscal_year_label, day: formatDay(h.evaluation_date, lang) })}</p>
      <p>{r.final && h.published_at ? t('sv.report.published', { day: formatTimestamp(h.published_at, lang) }) : t('sv.report.preview')}</p>
      <div className="sv-actions sv-no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('sv.report.print')}
        </button>
        <a className="button" href={verificationPaths.reportXlsx(h.id)} download>
          {t('sv.report.xlsx')}
        </a>
      </div>
      <section aria-labelledby="sv-r-kpis">
        <h2 id="sv-r-kpis">{t('sv.round.kpis')}</h2>
        <KpiTable kpis={r.kpis} evaluationDate={h.evaluation_date} />
      </section>
      <section aria-labelledby="sv-r-overall">
        <h2 id="sv-r-overall">{t('sv.overall')}</h2>
        <TableScroll label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sv.report.item')}</th>
                <th scope="col">{t('sv.report.content')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('sv.report.overallComments')}</th>
                <td>
                  <Comments comments={r.overall.comments} />
                </td>
              </tr>
              <tr>
                <th scope="row">{t('sv.col.response')}</th>
                <td>{r.overall.response || '—'}</td>
              </tr>
              <tr>
                <th scope="row">{t('sv.col.improvement')}</th>
                <td>{r.overall.improvement || '—'}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="sv-r-members">
        <h2 id="sv-r-members">{t('sv.members')}</h2>
        <MembersTable members={r.members.map((m) => ({ ...m, state: null }))} />
      </section>
    </article>
  );
}

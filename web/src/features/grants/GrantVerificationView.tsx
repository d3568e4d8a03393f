/**
 * One fiscal year's effect verification, read-only (the public's view, and a published or
 * recorded one for the applicant): participants by sector, and per funded project the KPIs as
 * the engine judged them on the verification's day, the assessment and 改善方策.
 */
import type { Status } from '../../api/types.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatPercent } from '../../format/number.ts';
import { formatDay, formatTimestamp, formatValueAt } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import type { GrantVerification, Sector, VerificationKpi, VerificationResult } from './api.ts';
import { fiscalYearLabel, useYen } from './GrantChecks.tsx';

export const SECTORS: readonly Sector[] = ['industry', 'government', 'academia', 'finance', 'labour', 'media'];

export function ParticipantsTable({ v }: { v: GrantVerification }) {
  const { t } = useI18n();
  if (v.participants.length === 0) return <p>{t('grants.verify.noParticipants')}</p>;
  const caption = `${t('grants.verify.participantsCaption')}（${fiscalYearLabel(v.fiscal_year)}）`;
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grants.verify.sector')}</th>
            <th scope="col">{t('grants.verify.count')}</th>
            <th scope="col">{t('grants.verify.names')}</th>
          </tr>
        </thead>
        <tbody>
          {SECTORS.map((s) => {
            const members = v.participants.filter((p) => p.sector === s);
            return (
              <tr key={s}>
                <th scope="row">{t(`grants.sector.${s}` as MessageKey)}</th>
                <td className="num">{v.sector_counts[s] ?? members.length}</td>
                <td>{members.map((p) => (p.organisation ? `${p.name}（${p.organisation}）` : p.name)).join('、') || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function kpiValue(k: VerificationKpi, which: 'actual' | 'target', lang: 'ja' | 'en'): string {
  const x = k[which];
  if (!x) return '—';
  if (x.value === null || x.value === undefined) return ('text' in x && x.text) || '—';
  return formatValueAt(x.value, k.unit, x.period, lang);
}

export function KpiTable({ result }: { result: VerificationResult }) {
  const { t, lang } = useI18n();
  if (result.kpis.length === 0) return <p>{t('grants.verify.noKpis')}</p>;
  const caption = t('grants.verify.kpisCaption', { project: `${result.project_id}「${result.project_name}」` });
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grants.verify.kpi')}</th>
            <th scope="col">{t('grants.verify.class')}</th>
            <th scope="col">{t('grants.verify.progress')}</th>
            <th scope="col">{t('grants.verify.actual')}</th>
            <th scope="col">{t('grants.verify.target')}</th>
            <th scope="col">{t('grants.verify.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {result.kpis.map((k) => (
            <tr key={`${k.strategy_id}/${k.kpi_id}`} data-kpi={k.kpi_id}>
              <th scope="row">{k.found ? `${k.name}（${k.kpi_id}）` : `${k.strategy_id}/${k.kpi_id}`}</th>
              <td>
                <StatusBadge status={k.status as Status} />
              </td>
              <td className="num">{formatPercent(k.progress)}</td>
              <td className="num">{kpiValue(k, 'actual', lang)}</td>
              <td className="num">{kpiValue(k, 'target', lang)}</td>
              <td lang="ja">{k.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ResultHeading({ result, id }: { result: VerificationResult; id?: string }) {
  const { t } = useI18n();
  const yen = useYen();
  return (
    <>
      <h3 id={id}>
        {result.project_id}「{result.project_name}」（{t(`grants.kind.${result.kind}` as MessageKey)}）
      </h3>
      <p>{t('grants.verify.decidedTotal', { amount: yen(result.decided_total) })}</p>
    </>
  );
}

export function VerificationView({ v }: { v: GrantVerification }) {
  const { t, lang } = useI18n();
  return (
    <div data-testid="verification-view">
      <p className="grants-verify-state">
        {v.published_at ? t('grants.verify.published', { day: formatTimestamp(v.published_at, lang) }) : t('grants.verify.draft', { day: formatTimestamp(v.updated_at, lang) })}
        {' ・'}
        {t('grants.verify.asOf', { day: formatDay(v.as_of, lang) })}
      </p>
      <section aria-labelledby="ver-participants-heading">
        <h2 id="ver-participants-heading">{t('grants.verify.participants')}</h2>
        <ParticipantsTable v={v} />
      </section>
      <section aria-labelledby="ver-results-heading">
        <h2 id="ver-results-heading">{t('grants.verify.results')}</h2>
        {v.results.map((r) => (
          <article key={r.project_id} className="panel grants-project">
            <ResultHeading result={r} />
            <KpiTable result={r} />
            <h4>{t('grants.verify.assessment')}</h4>
            <p className="grants-text" data-testid={`assessment-${r.project_id}`}>
              {r.assessment || t('grants.verify.empty')}
            </p>
            <h4>{t('grants.verify.improvement')}</h4>
            <p className="grants-text" data-testid={`improvement-${r.project_id}`}>
              {r.improvement || t('grants.verify.empty')}
            </p>
          </article>
        ))}
      </section>
    </div>
  );
}

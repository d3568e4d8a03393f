/**
 * /grants/rollup: the national roll-up of the 第2世代交付金 (public). Filter by the application's
 * 年度 (the one filter the API takes, kept in the address); decided national share by prefecture
 * and project kind with totals (exact yen in the one format, the prefecture's 団体コード), by the
 * 年度 the money is for, applications by status, and the KPI achievement of funded projects from
 * published verifications. The funds table downloads as CSV (UTF-8 with BOM for Excel) from the API.
 */
import type { FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { StatusCounts as Counts } from '../../api/types.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StatusCounts } from '../../components/StatusCounts.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatNumber, formatPercent } from '../../format/number.ts';
import { todayJst } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { checkDigit } from '../../../../src/shared/local-gov-code.ts';
import { getRollup, type GrantRollup, grantPaths, verificationPaths } from './api.ts';
import { fiscalYearLabel, useYen } from './GrantChecks.tsx';
import './grants.css';

const KINDS = ['soft', 'kyoten', 'infra'] as const;
const STATUSES = ['draft', 'submitted', 'under_review', 'decided', 'in_execution', 'verified'] as const;
/** The first 年度 an application may be for (the grant's format: 2025–2100). */
const FIRST_YEAR = 2025;

/** A prefecture's 団体コード: PP000 and its check digit. */
const prefectureCode = (pref: string) => (/^\d{2}$/.test(pref) ? `${pref}000${checkDigit(`${pref}000`)}` : pref);

function yearOptions(): number[] {
  const [y, m] = todayJst().split('-').map(Number) as [number, number];
  const last = (m >= 4 ? y : y - 1) + 1;
  const out: number[] = [];
  for (let fy = FIRST_YEAR; fy <= last; fy++) out.push(fy);
  return out;
}

function FundsTable({ r }: { r: GrantRollup }) {
  const { t } = useI18n();
  const yen = useYen();
  const d = r.decided;
  if (d.by_prefecture.length === 0) return <p>{t('grants.rollup.none')}</p>;
  const caption = `${t('grants.rollup.fundsCaption')}（${r.fiscal_year === null ? t('grants.rollup.allYears') : fiscalYearLabel(r.fiscal_year)}）`;
  return (
    <TableScroll label={caption}>
      <table className="data-table" data-testid="rollup-funds">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grants.rollup.prefecture')}</th>
            <th scope="col">{t('grants.rollup.code')}</th>
            {KINDS.map((k) => (
              <th key={k} scope="col">
                {t(`grants.kind.${k}` as MessageKey)}
              </th>
            ))}
            <th scope="col">{t('grants.kind.total')}</th>
            <th scope="col">{t('grants.rollup.applications')}</th>
          </tr>
        </thead>
        <tbody>
          {d.by_prefecture.map((p) => (
            <tr key={p.pref_code} data-pref={p.pref_code}>
              <th scope="row">{p.name}</th>
              <td>{prefectureCode(p.pref_code)}</td>
              {KINDS.map((k) => (
                <td key={k} className="num">
                  {yen(p.by_kind[k])}
                </td>
              ))}
              <td className="num">{yen(p.total)}</td>
              <td className="num">{p.applications}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-pref="all">
            <th scope="row">{t('grants.rollup.nation')}</th>
            <td />
            {KINDS.map((k) => (
              <td key={k} className="num">
                {yen(d.by_kind[k])}
              </td>
            ))}
            <td className="num">{yen(d.total)}</td>
            <td className="num">{d.by_prefecture.reduce((n, p) => n + p.applications, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

function ByYearTable({ r }: { r: GrantRollup }) {
  const { t } = useI18n();
  const yen = useYen();
  if (r.decided.by_fiscal_year.length === 0) return null;
  return (
    <section aria-labelledby="rollup-by-year">
      <h2 id="rollup-by-year">{t('grants.rollup.byYear')}</h2>
      <TableScroll label={t('grants.rollup.byYearCaption')}>
        <table className="data-table">
          <caption>{t('grants.rollup.byYearCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grants.rollup.moneyYear')}</th>
              {KINDS.map((k) => (
                <th key={k} scope="col">
                  {t(`grants.kind.${k}` as MessageKey)}
                </th>
              ))}
              <th scope="col">{t('grants.kind.total')}</th>
            </tr>
          </thead>
          <tbody>
            {r.decided.by_fiscal_year.map((y) => (
              <tr key={y.fiscal_year}>
                <th scope="row">{fiscalYearLabel(y.fiscal_year)}</th>
                {KINDS.map((k) => (
                  <td key={k} className="num">
                    {yen(y.by_kind[k])}
                  </td>
                ))}
                <td className="num">{yen(y.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Achievement({ r }: { r: GrantRollup }) {
  const { t, lang } = useI18n();
  const k = r.kpi_achievement;
  return (
    <section aria-labelledby="rollup-kpi" data-testid="rollup-kpi">
      <h2 id="rollup-kpi">{t('grants.rollup.kpi')}</h2>
      <p>{t('grants.rollup.kpiCounts', { verifications: formatNumber(k.verifications, lang), projects: formatNumber(k.projects, lang), kpis: formatNumber(k.kpis, lang) })}</p>
      {k.kpis === 0 ? (
        <p>{t('grants.rollup.noKpi')}</p>
      ) : (
        <>
          <StatusCounts counts={k.by_class as Counts} />
          <p>{t('grants.rollup.share', { achieved: formatNumber(k.achieved, lang), share: formatPercent(k.share_achieved) })}</p>
        </>
      )}
    </section>
  );
}

export function GrantRollupPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('grants.rollup.title'));
  const search = useSearch();
  const [, navigate] = useLocation();
  const raw = new URLSearchParams(search).get('fiscal_year');
  const fiscalYear = raw && /^\d{4}$/.test(raw) ? Number(raw) : null;
  const rollup = useAsync((signal) => getRollup(fiscalYear, signal), [fiscalYear]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fy = String(new FormData(e.currentTarget).get('fiscal_year') ?? '');
    navigate(`${verificationPaths.rollup()}${fy ? `?fiscal_year=${fy}` : ''}`);
  };
  const r = rollup.data;
  return (
    <>
      <p>
        <Link href={grantPaths.list()}>{t('grants.list.title')}</Link>
      </p>
      <h1>{t('grants.rollup.title')}</h1>
      <p>{t('grants.rollup.intro')}</p>
      <form className="grants-actions" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="rollup-year">{t('grants.rollup.year')}</label>
          <select id="rollup-year" name="fiscal_year" key={fiscalYear ?? 'all'} defaultValue={fiscalYear ?? ''}>
            <option value="">{t('grants.rollup.allYears')}</option>
            {yearOptions().map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('grants.rollup.show')}
        </button>
      </form>
      {rollup.error ? <ErrorMessage error={rollup.error} onRetry={rollup.reload} /> : null}
      {!r && !rollup.error ? <Loading /> : null}
      {r ? (
        <>
          <section aria-labelledby="rollup-funds">
            <h2 id="rollup-funds">{t('grants.rollup.funds')}</h2>
            <FundsTable r={r} />
            <p>
              <a href={verificationPaths.rollupCsv(fiscalYear)} download>
                {t('grants.rollup.csv')}
              </a>
            </p>
          </section>
          <ByYearTable r={r} />
          <section aria-labelledby="rollup-status">
            <h2 id="rollup-status">{t('grants.rollup.status')}</h2>
            <ul className="grants-counts">
              {STATUSES.map((s) => (
                <li key={s}>
                  {t(`grants.rollup.st.${s}` as MessageKey)}: {formatNumber(r.applications.by_status[s] ?? 0, lang)}
                </li>
              ))}
            </ul>
          </section>
          <Achievement r={r} />
        </>
      ) : null}
    </>
  );
}

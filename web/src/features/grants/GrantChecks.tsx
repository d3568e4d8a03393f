/**
 * The rule checks of an application (page and builder share it): each issue with its severity
 * (誤り/警告), the project, the message and its source (「002 L434」), the national share per 年度
 * by kind, and the calculation's trace behind a disclosure.
 */
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatValue } from '../../format/number.ts';
import { warekiFiscalYear } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { GrantChecks, TraceStep } from './api.ts';

export function useYen(): (n: number | null | undefined) => string {
  const { lang } = useI18n();
  return (n) => formatValue(n, '円', lang);
}

/** 「2026年度（令和8年度）」 */
export function fiscalYearLabel(fy: number): string {
  const w = warekiFiscalYear(fy);
  return w ? `${fy}年度（${w}）` : `${fy}年度`;
}

const sourceShort = (s: { document: string; lines: string | null }) => (s.lines ? `${/^(\d{3})/.exec(s.document)?.[1] ?? s.document} L${s.lines}` : s.document);

function TraceList({ steps }: { steps: TraceStep[] }) {
  const yen = useYen();
  return (
    <ol className="grants-trace">
      {steps.map((s) => (
        <li key={`${s.step}-${s.label}-${s.value}`}>
          {s.label}: {s.formula} = {yen(s.value)}
          {s.parameters.length > 0 ? ` （${s.parameters.map((p) => p.label).join('、')}）` : null}
        </li>
      ))}
    </ol>
  );
}

export function ShareTable({ checks }: { checks: GrantChecks }) {
  const { t } = useI18n();
  const yen = useYen();
  const years = Object.keys(checks.national_share_by_year).sort();
  if (years.length === 0) return null;
  return (
    <TableScroll label={t('grants.page.shareCaption')}>
      <table className="data-table">
        <caption>{t('grants.page.shareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grants.col.year')}</th>
            <th scope="col">{t('grants.kind.soft')}</th>
            <th scope="col">{t('grants.kind.kyoten')}</th>
            <th scope="col">{t('grants.kind.infra')}</th>
            <th scope="col">{t('grants.kind.total')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => {
            const r = checks.national_share_by_year[y];
            return r ? (
              <tr key={y}>
                <th scope="row">{fiscalYearLabel(Number(y))}</th>
                <td className="num">{yen(r.soft)}</td>
                <td className="num">{yen(r.kyoten)}</td>
                <td className="num">{yen(r.infra)}</td>
                <td className="num">{yen(r.total)}</td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ChecksPanel({ checks, busy = false, headingLevel = 2 }: { checks: GrantChecks | null; busy?: boolean; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const projectTrace = checks?.projects.flatMap((p) => p.trace) ?? [];
  return (
    <section className="panel grants-checks" aria-labelledby="grants-checks-heading" aria-busy={busy || undefined}>
      <H id="grants-checks-heading">{t('grants.checks.title')}</H>
      <div role="status" aria-live="polite">
        {busy ? <p className="inline-status">{t('grants.checks.loading')}</p> : null}
        {checks ? (
          checks.issues.length === 0 ? (
            <p>{t('grants.checks.ok')}</p>
          ) : (
            <>
              <p>{t('grants.checks.summary', { errors: checks.errors, warnings: checks.warnings })}</p>
              <ul className="grants-issues">
                {checks.issues.map((i) => (
                  <li key={`${i.rule}-${i.project ?? ''}-${i.year ?? ''}-${i.message}`} className={`grants-issue grants-issue-${i.severity}`}>
                    <strong className="grants-severity">{i.severity === 'error' ? t('grants.checks.error') : t('grants.checks.warning')}</strong>
                    {i.project ? ` [${t('grants.checks.project')} ${i.project}] ` : ' '}
                    <span lang="ja">{i.message}</span>
                    <span className="grants-source">
                      {' '}
                      {t('grants.checks.source')}: 「{sourceShort(i.source)}」
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
      {checks && checks.trace.length + projectTrace.length > 0 ? (
        <details>
          <summary>{t('grants.checks.trace')}</summary>
          <TraceList steps={[...projectTrace, ...checks.trace]} />
        </details>
      ) : null}
    </section>
  );
}

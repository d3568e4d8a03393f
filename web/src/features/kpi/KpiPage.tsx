/**
 * One KPI: its evaluation in words (status, progress rate, reason, on track or behind), the
 * chart of actuals against the target path, the definition, every target with its revision,
 * the observations with their flags and sources, and the components with their own evaluations.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { getCatalog, getKpi } from '../../api/endpoints.ts';
import type { CatalogKpi, KpiEvaluation } from '../../api/types.ts';
import { useAsOf } from '../../app/AsOfContext.tsx';
import { useStrategies } from '../../app/StrategyContext.tsx';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { AsOfSelector } from '../../components/AsOfSelector.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatValue } from '../../format/number.ts';
import { formatPeriod, parsePeriod } from '../../format/period.ts';
import { bandLabel, directionLabel, flagLabel, levelLabel } from '../../format/status.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ancestry, buildLogicModel, fallbackLang, kpiName, nodeName } from '../../model/logic-model.ts';
import { KpiChart } from './KpiChart.tsx';
import { BoundSeries } from '../strategy-comparison/BoundSeries.tsx';
import './kpi.css';

export default function KpiPage({ sid, kpiId }: { sid: string; kpiId: string }) {
  const { t, lang } = useI18n();
  const { asOf } = useAsOf();
  const { strategies } = useStrategies();
  const detail = useAsync(() => getKpi(sid, kpiId, asOf), [sid, kpiId, asOf]);
  const catalog = useAsync(() => getCatalog(sid), [sid]);
  const model = useMemo(() => (catalog.data ? buildLogicModel(catalog.data.nodes) : null), [catalog.data]);

  const kpi = detail.data?.kpi;
  const ev = detail.data?.evaluation;

  // A link to a component (…/kpis/IMP-03#kpi-IMP-03a) lands on its section once it is rendered.
  const loaded = !!kpi;
  useEffect(() => {
    if (!loaded || !window.location.hash) return;
    const el = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (el) {
      el.scrollIntoView();
      el.focus({ preventScroll: true });
    }
  }, [loaded]);
  usePageTitle(kpi ? `${kpi.id} ${kpiName(kpi, lang)}` : kpiId);

  if (detail.error && !detail.data) {
    return (
      <>
        <h1>{kpiId}</h1>
        <ErrorMessage error={detail.error} onRetry={detail.reload} />
      </>
    );
  }
  if (!kpi || !ev) return <Loading />;

  const trail = model ? ancestry(model, kpi.node) : [];
  const node = model?.byId.get(kpi.node)?.node;
  const crumbs = [
    { label: t('node.home'), href: paths.overview(sid, strategies?.[0]?.id) },
    ...trail.map((n) => ({ label: `${n.code ? `${n.code} ` : ''}${n.level === 'goal' ? levelLabel('goal', t) : nodeName(n, lang)}`, href: paths.node(sid, n.id) })),
    { label: kpi.id },
  ];

  return (
    <div className="kpi-page">
      <Breadcrumb items={crumbs} />
      <p className="page-kicker">KPI {kpi.id}</p>
      <h1 lang={fallbackLang(kpi, lang)}>{kpiName(kpi, lang)}</h1>
      {lang === 'ja' && kpi.name_en ? (
        <p className="subtitle" lang="en">
          {kpi.name_en}
        </p>
      ) : null}

      <EvaluationPanel ev={ev} busy={detail.loading} />

      <section className="panel" aria-labelledby="chart-title">
        <h2 id="chart-title">{t('kpi.chart')}</h2>
        <KpiChart kpi={kpi} evaluation={ev} />
      </section>

      <section className="panel" aria-labelledby="def-title">
        <h2 id="def-title">{t('kpi.definition')}</h2>
        <dl className="definition">
          {lang === 'en' ? (
            <Def term={t('kpi.nameEn')}>{kpi.name_en ?? '—'}</Def>
          ) : kpi.name_en ? (
            <Def term={t('kpi.nameEn')}>
              <span lang="en">{kpi.name_en}</span>
            </Def>
          ) : null}
          {node ? (
            <Def term={t('kpi.node')}>
              <Link href={paths.node(sid, node.id)}>
                {levelLabel(node.level, t)} {node.code ? `${node.code} ` : ''}
                {nodeName(node, lang)}
              </Link>
            </Def>
          ) : null}
          <Def term={t('kpi.unit')}>{kpi.unit || '—'}</Def>
          <Def term={t('kpi.direction')}>{directionLabel(kpi.direction, t)}</Def>
          <Def term={t('kpi.targetText')}>
            <span lang="ja">{kpi.target_text ?? '—'}</span>
          </Def>
          <Def term={t('kpi.baseline')}>
            {kpi.baseline ? `${formatValue(kpi.baseline.value, kpi.unit, lang)}（${formatPeriod(kpi.baseline.period, lang)}）` : t('kpi.noBaseline')}
          </Def>
          {typeof kpi.section === 'string' ? (
            <Def term={t('kpi.section')}>
              <span lang="ja">{kpi.section}</span>
            </Def>
          ) : null}
          {typeof kpi.measure === 'string' ? (
            <Def term={t('kpi.measure')}>
              <span lang="ja">{kpi.measure}</span>
            </Def>
          ) : null}
          {typeof kpi.source_line === 'number' ? <Def term={t('kpi.sourceLine')}>{kpi.source_line}</Def> : null}
          {typeof kpi.notes === 'string' && kpi.notes ? <Def term={t('kpi.notes')}>{kpi.notes}</Def> : null}
        </dl>
      </section>

      <BoundSeries sid={sid} kpiId={kpi.id} />
      <TargetHistory kpi={kpi} />
      <Observations kpi={kpi} />

      {kpi.components && kpi.components.length > 0 ? <Components kpi={kpi} ev={ev} /> : null}
    </div>
  );
}

function Def({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function EvaluationPanel({ ev, busy }: { ev: KpiEvaluation; busy: boolean }) {
  const { t, lang } = useI18n();
  return (
    <section className="panel evaluation" aria-labelledby="eval-title">
      <div className="totals-head">
        <h2 id="eval-title">{t('kpi.evaluation')}</h2>
        <AsOfSelector busy={busy} />
      </div>
      <div className="evaluation-main">
        <div className="evaluation-verdict">
          <StatusBadge status={ev.status} detail={ev.band ? bandLabel(ev.band, t) : null} />
          {ev.progress !== null ? (
            <p className="evaluation-progress">
              <span className="evaluation-progress-label">{t('kpi.progress')}</span>
              <ProgressBar value={ev.progress} />
            </p>
          ) : null}
        </div>
        <p className="evaluation-reason">
          <span className="visually-hidden">{t('kpi.reason')}: </span>
          <span lang="ja">{ev.reason}</span>
        </p>
      </div>
      <dl className="definition">
        <Def term={t('kpi.actual')}>
          {ev.actual ? (
            <>
              {formatValue(ev.actual.value, ev.unit, lang)}（{formatPeriod(ev.actual.period, lang)}
              {ev.actual.flag ? `・${flagLabel(ev.actual.flag, t)}` : ''}）
            </>
          ) : (
            '—'
          )}
        </Def>
        <Def term={t('kpi.target')}>
          {ev.target ? (
            ev.target.value !== null ? (
              <>
                {formatValue(ev.target.value, ev.unit, lang)}
                {ev.target.period ? `（${formatPeriod(ev.target.period, lang)}）` : ''}
                {ev.target_due ? <span className="tag">{t('kpi.targetDue')}</span> : null}
              </>
            ) : (
              <span lang="ja">{ev.target.text ?? '—'}</span>
            )
          ) : (
            '—'
          )}
        </Def>
        <Def term={t('kpi.baseline')}>{ev.baseline ? `${formatValue(ev.baseline.value, ev.unit, lang)}（${formatPeriod(ev.baseline.period, lang)}）` : t('kpi.noBaseline')}</Def>
        <Def term={t('kpi.onTrack')}>
          {ev.on_track === null ? (
            t('kpi.onTrack.null')
          ) : (
            <span className={ev.on_track ? 'on-track' : 'behind'}>
              <span aria-hidden="true">{ev.on_track ? '▲ ' : '▼ '}</span>
              {ev.on_track ? t('kpi.onTrack.true') : t('kpi.onTrack.false')}
            </span>
          )}
        </Def>
        {ev.expected !== null ? <Def term={t('kpi.expected')}>{formatValue(roundExpected(ev.expected, ev.baseline?.value, ev.target?.value), ev.unit, lang)}</Def> : null}
      </dl>
      {ev.pre_revision_target_reached ? <p className="notice notice-info">{t('kpi.preRevision')}</p> : null}
    </section>
  );
}

function setInText(setIn: string | null, lang: 'ja' | 'en'): string {
  if (!setIn) return '—';
  return parsePeriod(setIn) ? formatPeriod(setIn, lang) : setIn;
}

function TargetHistory({ kpi }: { kpi: CatalogKpi }) {
  const { t, lang } = useI18n();
  const last = kpi.targets.length - 1;
  return (
    <section className="panel" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('kpi.targets')}</h2>
      {kpi.targets.length === 0 ? (
        <p>{t('kpi.targets.none')}</p>
      ) : (
        <TableScroll label={t('kpi.targets')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('kpi.targets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kpi.targets.setIn')}</th>
                <th scope="col">{t('kpi.targets.value')}</th>
                <th scope="col">{t('kpi.targets.period')}</th>
                <th scope="col">{t('kpi.targets.text')}</th>
              </tr>
            </thead>
            <tbody>
              {kpi.targets.map((tg, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: target revisions are append-only; the position is the revision
                <tr key={i}>
                  <th scope="row">
                    {setInText(tg.set_in, lang)}
                    {i === last ? <span className="tag">{t('kpi.targets.current')}</span> : null}
                  </th>
                  <td className="num">{tg.value !== null ? formatValue(tg.value, kpi.unit, lang) : '—'}</td>
                  <td>{formatPeriod(tg.period, lang)}</td>
                  <td>
                    <span lang="ja">{tg.text ?? '—'}</span>
                    {tg.relative_to ? <span className="cell-sub">{t('kpi.targets.relative', { what: tg.relative_to })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function Observations({ kpi, headingLevel = 2 }: { kpi: CatalogKpi; headingLevel?: 2 | 4 }) {
  const { t, lang } = useI18n();
  const H = `h${headingLevel}` as const;
  const id = `obs-${kpi.id}`;
  return (
    <section className={headingLevel === 2 ? 'panel' : 'subpanel'} aria-labelledby={id}>
      <H id={id}>
        {t('kpi.observations')}
        {headingLevel === 4 ? ` — ${kpi.id}` : ''}
      </H>
      {kpi.observations.length === 0 ? (
        <p>{t('kpi.observations.none')}</p>
      ) : (
        <TableScroll label={`${t('kpi.observations')} ${kpi.id}`}>
          <table className="data-table">
            <caption className="visually-hidden">
              {t('kpi.observations')} {kpi.id}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('kpi.observations.period')}</th>
                <th scope="col">{t('kpi.observations.value')}</th>
                <th scope="col">{t('kpi.observations.flag')}</th>
                <th scope="col">{t('kpi.observations.source')}</th>
                <th scope="col">{t('kpi.observations.note')}</th>
              </tr>
            </thead>
            <tbody>
              {kpi.observations.map((o) => (
                <tr key={o.period}>
                  <th scope="row">{formatPeriod(o.period, lang)}</th>
                  <td className="num">{formatValue(o.value, kpi.unit, lang)}</td>
                  <td>{o.flag ? <span className="flag">{flagLabel(o.flag, t)}</span> : '—'}</td>
                  <td lang="ja">{o.source ?? '—'}</td>
                  <td lang="ja">{o.note ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function Components({ kpi, ev }: { kpi: CatalogKpi; ev: KpiEvaluation }) {
  const { t, lang } = useI18n();
  const evs = new Map((ev.components ?? []).map((c) => [c.id, c]));
  return (
    <section className="panel" aria-labelledby="components-title">
      <h2 id="components-title">{t('kpi.components')}</h2>
      <p className="hint">{t('kpi.componentsIntro')}</p>
      <TableScroll label={t('kpi.components')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('kpi.components')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.id')}</th>
              <th scope="col">{t('table.indicator')}</th>
              <th scope="col">{t('table.latest')}</th>
              <th scope="col">{t('table.target')}</th>
              <th scope="col">{t('table.progress')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('kpi.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {(kpi.components ?? []).map((c) => {
              const ce = evs.get(c.id);
              return (
                <tr key={c.id}>
                  <td className="cell-id">{c.id}</td>
                  <th scope="row" lang={fallbackLang(c, lang)}>
                    {kpiName(c, lang)}
                  </th>
                  <td>
                    {ce?.actual ? (
                      <>
                        <span className="num">{formatValue(ce.actual.value, c.unit, lang)}</span>
                        <span className="cell-sub">
                          {formatPeriod(ce.actual.period, lang)}
                          {ce.actual.flag ? <span className="flag">{flagLabel(ce.actual.flag, t)}</span> : null}
                        </span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {ce?.target?.value != null ? (
                      <>
                        <span className="num">{formatValue(ce.target.value, c.unit, lang)}</span>
                        <span className="cell-sub">{formatPeriod(ce.target.period, lang)}</span>
                      </>
                    ) : (
                      <span lang="ja">{ce?.target?.text ?? c.target_text ?? '—'}</span>
                    )}
                  </td>
                  <td>
                    <ProgressBar value={ce?.progress ?? null} />
                  </td>
                  <td>{ce ? <StatusBadge status={ce.status} /> : '—'}</td>
                  <td lang="ja">{ce?.reason ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {(kpi.components ?? []).map((c) => {
        const ce = evs.get(c.id);
        return (
          <div key={c.id} id={`kpi-${c.id}`} className="component-detail" tabIndex={-1}>
            <h3>
              {c.id} <span lang={fallbackLang(c, lang)}>{kpiName(c, lang)}</span>
            </h3>
            {ce ? <KpiChart kpi={c} evaluation={ce} /> : null}
            <Observations kpi={c} headingLevel={4} />
          </div>
        );
      })}
    </section>
  );
}

/**
 * A point on the target path is a computed value: show it no more precisely than the baseline
 * and target it lies between are written (2,055.4689 地区 → 2,055 地区; 43.33% → 43.3%).
 */
function roundExpected(v: number, baseline: number | undefined, target: number | null | undefined): number {
  const decimals = Math.max(...[baseline, target].map((x) => (x === undefined || x === null ? 0 : (String(x).split('.')[1]?.length ?? 0))));
  const places = Math.min(3, Math.max(decimals, Math.abs(v) < 100 ? 1 : 0));
  return Number(v.toFixed(places));
}

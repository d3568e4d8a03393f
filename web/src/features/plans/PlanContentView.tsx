/**
 * A plan's entry items as readable sections in the seed's order — 計画の概要, 【目標】 (vision,
 * KGIs and KPIs with the kpi engine's evaluation), 【道筋】 (pathway, investment projects, core
 * entities), 【政策手段】 (measures with their 5W1H items, localisation, support, withdrawal
 * criteria). Text is rendered as text: whatever a planner typed, markup included, shows as typed.
 */
import type { ReactNode } from 'react';
import type { KpiEvaluation } from '../../api/types.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatValue } from '../../format/number.ts';
import { formatPeriod, formatValueAt } from '../../format/period.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PlanContent, PlanView } from './api.ts';
import { useAreaNames } from './area-names.ts';
import { PlanProjectsMap } from './PlanProjectsMap.tsx';

function Text({ value }: { value: string | null | undefined }) {
  const { t } = useI18n();
  return value && value.trim() !== '' ? <p className="plan-text">{value}</p> : <p className="plan-empty">{t('plans.empty')}</p>;
}

/** A group of text items, each under its label; empty items say so. */
function Items({ prefix, obj, keys }: { prefix: string; obj: Record<string, unknown>; keys: readonly string[] }) {
  const { t } = useI18n();
  return (
    <dl className="plan-items">
      {keys.map((k) => (
        <div key={k}>
          <dt>{t(`plans.f.${prefix}.${k}` as MessageKey)}</dt>
          <dd>
            <Text value={String(obj[k] ?? '')} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="plan-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function PlanContentView({ view }: { view: PlanView }) {
  const { t, lang } = useI18n();
  const c = view.content;
  const name = useAreaNames([...c.area.pref_codes, ...c.area.muni_codes, ...c.investments.map((i) => i.muni_code)]);
  const named = (code: string) => name(code) ?? code;
  const type = view.plan.type;
  return (
    <>
      <Section title={t('plans.sec.outline')}>
        <dl className="plan-items">
          <div>
            <dt>{t('plans.f.field')}</dt>
            <dd>{type === 'A' ? (c.field.strategic_field ?? t('plans.empty')) : c.field.domain || t('plans.empty')}</dd>
          </div>
          <div>
            <dt>{t('plans.f.field.reason')}</dt>
            <dd>
              <Text value={c.field.reason} />
            </dd>
          </div>
          <div>
            <dt>{t('plans.f.area')}</dt>
            <dd>{[...c.area.pref_codes, ...c.area.muni_codes].map(named).join('・') || t('plans.empty')}</dd>
          </div>
          <div>
            <dt>{t('plans.f.area.reason')}</dt>
            <dd>
              <Text value={c.area.reason} />
            </dd>
          </div>
          <div>
            <dt>{t('plans.f.final_fy')}</dt>
            <dd>{c.final_fy ? formatPeriod(`FY${c.final_fy}`, lang, { wareki: true }) : t('plans.empty')}</dd>
          </div>
        </dl>
        {type === 'A' ? <Items prefix="type_a" obj={c.type_a} keys={['roadmap_relation', 'international_advantage', 'soan_consistency']} /> : null}
      </Section>
      <Section title={t('plans.sec.goal')}>
        <Items prefix="vision" obj={c.vision} keys={['current_state', 'target', 'basis', 'verification_method']} />
        <h3>{t('plans.sec.kgis')}</h3>
        <EvaluationTable evaluations={view.evaluation.kpis} />
      </Section>
      <Section title={t('plans.sec.pathway')}>
        <Items prefix="pathway" obj={c.pathway} keys={['strategy', 'investment_picture', 'regional_impact', 'export_or_substitution']} />
        <h3>{t('plans.sec.investments')}</h3>
        {view.plan.published_version !== null ? <PlanProjectsMap planId={view.plan.id} status={view.plan.status} /> : null}
        <InvestmentList investments={c.investments} named={named} />
        <h3>{t('plans.sec.entities')}</h3>
        <ul className="plan-list">
          {c.core_entities.map((e) => (
            <li key={e.id}>
              <strong>{e.name}</strong>
              {e.corporate_number ? `（${t('plans.f.entity.corporate_number')} ${e.corporate_number}）` : ''} {t(`plans.f.entity.located.${e.located}`)}
              <Text value={e.reason} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('plans.sec.means')}>
        {c.measures.map((m, i) => (
          <MeasureView key={m.id} measure={m} n={i + 1} />
        ))}
        <Items prefix="localisation" obj={c.localisation} keys={['policy', 'labour_tech_roadmap', 'local_capital', 'profit_reinvestment']} />
        <Items prefix="support" obj={c.support} keys={type === 'C' ? ['consultation_desk', 'mechanism', 'public_facility_note'] : ['structure']} />
        {type === 'A' ? <Items prefix="type_a" obj={c.type_a} keys={['infrastructure', 'national_policy_needs', 'policies_used']} /> : null}
        <h3>{t('plans.sec.criteria')}</h3>
        <ul className="plan-list">
          {c.withdrawal_criteria.map((w) => (
            <li key={w.id}>
              {w.kpi_id}: {t(`plans.f.wc.comparison.${w.comparison}`)} {w.threshold}（{t('plans.f.wc.consecutive_rounds')} {w.consecutive_rounds}）{w.note ? ` ${w.note}` : ''}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function EvaluationTable({ evaluations }: { evaluations: KpiEvaluation[] }) {
  const { t, lang } = useI18n();
  return (
    <TableScroll label={t('plans.kgi.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('plans.kgi.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.f.ind.name')}</th>
            <th scope="col">{t('plans.kgi.baseline')}</th>
            <th scope="col">{t('plans.kgi.target')}</th>
            <th scope="col">{t('plans.kgi.latest')}</th>
            <th scope="col">{t('plans.kgi.status')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluations.map((ev) => (
            <tr key={ev.id}>
              <th scope="row">{ev.name}</th>
              <td>{ev.baseline ? formatValueAt(ev.baseline.value, ev.unit, ev.baseline.period, lang) : '—'}</td>
              <td>{ev.target?.value != null ? formatValueAt(ev.target.value, ev.unit, ev.target.period, lang) : '—'}</td>
              <td>{ev.actual ? formatValueAt(ev.actual.value, ev.unit, ev.actual.period, lang) : '—'}</td>
              <td>
                <StatusBadge status={ev.status} />
                <span className="cell-sub">{ev.reason}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function InvestmentList({ investments, named }: { investments: PlanContent['investments']; named: (code: string) => string }) {
  const { t, lang } = useI18n();
  return (
    <ul className="plan-list">
      {investments.map((i) => (
        <li key={i.id}>
          <strong>{i.title}</strong>
          <dl className="plan-inline">
            <dt>{t('plans.inv.investor')}</dt>
            <dd>{i.investor_name}</dd>
            <dt>{t('plans.inv.amount')}</dt>
            <dd className="num">{formatValue(i.amount_yen, '円', lang)}</dd>
            <dt>{t('plans.inv.dates')}</dt>
            <dd>
              {formatPeriod(i.invest_date, lang)} / {formatPeriod(i.operation_date, lang)}
            </dd>
            <dt>{t('plans.inv.place')}</dt>
            <dd>{named(i.muni_code)}</dd>
          </dl>
          {i.spillover ? <p className="plan-text">{i.spillover}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function MeasureView({ measure: m, n }: { measure: PlanContent['measures'][number]; n: number }) {
  const { t, lang } = useI18n();
  const caption = `${t('plans.action.caption')} — ${n}`;
  return (
    <div className="subpanel plan-measure">
      <h3>
        {n}. {m.issue || t('plans.empty')}
      </h3>
      <Items prefix="measure" obj={m} keys={['goal', 'path', 'instrument']} />
      {m.actions.length > 0 ? (
        <TableScroll label={caption}>
          <table className="data-table plan-actions">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {(['significance', 'content', 'deadline', 'department', 'forum', 'approach'] as const).map((k) => (
                  <th scope="col" key={k}>
                    {t(`plans.f.act.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.significance}</td>
                  <td>{a.content}</td>
                  <td>{formatPeriod(a.deadline, lang)}</td>
                  <td>{a.department}</td>
                  <td>{a.forum}</td>
                  <td>{a.approach}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}

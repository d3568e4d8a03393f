/**
 * /calc/pro-jinzai — プロ人材 副業・兼業 補助金 計算: the eligible cost by item (謝金・報酬, 旅費,
 * 紹介手数料) or as one total, the subsidy rate (the rule book's maximum 8/10 by default, a
 * prefecture's lower rate allowed) and the evaluation date; then the grant, the company's share,
 * the caps that bound and the trace.
 */
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { formatValue } from '../../format/number.ts';
import { formatDay, todayJst } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatRatio } from '../rules/rule-format.ts';
import { ToolsNav } from '../rules/ToolsNav.tsx';
import { calcProJinzai, type ProJinzaiInput, type ProJinzaiResult } from './api.ts';
import { DateField, RateField, YenField } from './fields.tsx';
import { type FieldProblem, issuesToFields, readRate } from './inputs.ts';
import { capLabels } from './KfnResult.tsx';
import { percentText, useRuleRatio } from './rule-default.ts';
import { TraceTable } from './TraceTable.tsx';
import '../rules/rules.css';
import './calculators.css';

const FIELD_IDS = {
  'costs.fee': 'pro-fee',
  'costs.travel': 'pro-travel',
  'costs.referral_fee': 'pro-referral-fee',
  cost: 'pro-cost',
  rate: 'pro-rate',
  as_of: 'pro-as-of',
} as const;
type Column = keyof typeof FIELD_IDS;

function ProResult({ r }: { r: ProJinzaiResult }) {
  const { t, lang } = useI18n();
  const yen = (v: number) => formatValue(v, '円', lang);
  const caps = capLabels(r.binding_caps, r.trace);
  return (
    <section className="calc-result" aria-labelledby="pro-result-heading">
      <h2 id="pro-result-heading">{t('kfn.result')}</h2>
      <p>{t('calc.asOfUsed', { date: formatDay(r.as_of, lang) })}</p>
      <table className="data-table calc-summary">
        <caption>{t('pro.result.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kfn.col.item')}</th>
            <th scope="col">{t('kfn.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('pro.eligibleCost')}</th>
            <td className="num">{yen(r.eligible_cost)}</td>
          </tr>
          <tr className="calc-total">
            <th scope="row">{t('pro.grant')}</th>
            <td className="num">{yen(r.grant)}</td>
          </tr>
          <tr>
            <th scope="row">{t('pro.companyShare')}</th>
            <td className="num">{yen(r.company_share)}</td>
          </tr>
        </tbody>
      </table>
      <h3>{t('calc.bindingCaps')}</h3>
      {caps.length > 0 ? (
        <ul className="calc-caps">
          {caps.map((c) => (
            <li key={c}>
              <span className="trace-cap-mark">{t('calc.trace.capBinding')}</span> {c}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('calc.bindingCaps.none')}</p>
      )}
      <h3>{t('calc.trace.title')}</h3>
      <TraceTable trace={r.trace} caption={t('calc.trace.caption')} />
    </section>
  );
}

export default function ProJinzaiPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('pro.title'));
  const [mode, setMode] = useState<'items' | 'total'>('items');
  const [costs, setCosts] = useState({ fee: '', travel: '', referral_fee: '', total: '' });
  const [rate, setRate] = useState<string | null>(null);
  const [asOf, setAsOf] = useState(todayJst());
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<ProJinzaiResult | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const maxRate = useRuleRatio('pro_jinzai', 'pro.fukugyo.rate_max', asOf);
  const rateText = rate ?? (maxRate === undefined ? '' : percentText(maxRate));
  const labels: Record<Column, string> = {
    'costs.fee': t('calc.input.fee'),
    'costs.travel': t('calc.input.travel'),
    'costs.referral_fee': t('calc.input.referralFee'),
    cost: t('calc.input.cost'),
    rate: `${t('calc.input.rate')}（%）`,
    as_of: t('calc.asOf'),
  };
  const fields = Object.fromEntries(Object.entries(FIELD_IDS).map(([col, id]) => [col, { id, label: labels[col as Column] }]));
  const errorOf = (id: string) => problems.find((p) => p.id === id)?.message;
  const setCost = (k: keyof typeof costs) => (v: string) => setCosts((c) => ({ ...c, [k]: v }));

  // A result next to an error would read as the answer to the input shown: it goes.
  const fail = (p: FieldProblem[], rest: string | null) => {
    setResult(null);
    setProblems(p);
    setFormError(rest);
    setBusy(false);
    summary.current?.focus();
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const r = readRate(rateText);
    if (!r.ok) return fail([{ id: FIELD_IDS.rate, label: labels.rate, message: r.reason }], null);
    const given = (s: string) => (s.trim() === '' ? undefined : s);
    const body: ProJinzaiInput = {
      ...(mode === 'total' ? { cost: costs.total } : { costs: { fee: given(costs.fee), travel: given(costs.travel), referral_fee: given(costs.referral_fee) } }),
      ...(rate !== null && r.value !== null ? { rate: r.value } : {}),
      ...(asOf ? { as_of: asOf } : {}),
    };
    setBusy(true);
    setProblems([]);
    setFormError(null);
    try {
      setResult(await calcProJinzai(body));
      setBusy(false);
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        const { fields: located, rest } = issuesToFields(err.issues, fields);
        return fail(located, rest.length > 0 ? rest.join(' ') : located.length === 0 ? err.message : null);
      }
      fail([], err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      <ToolsNav />
      <h1>{t('pro.title')}</h1>
      <p>{t('pro.intro')}</p>
      <form className="panel calc-form" onSubmit={onSubmit} noValidate aria-label={t('pro.form')}>
        <ErrorSummary summaryRef={summary} heading={(n) => t('calc.errors', { n })} fields={problems} formError={formError ? { text: formError, loginHref: null } : null} />
        <fieldset className="field calc-answer">
          <legend>{t('pro.mode')}</legend>
          {(['items', 'total'] as const).map((m) => (
            <label key={m} className="calc-radio">
              <input type="radio" name="pro-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(m === 'items' ? 'pro.mode.items' : 'pro.mode.total')}
            </label>
          ))}
        </fieldset>
        <p className="hint">{t('calc.amountHint')}</p>
        {mode === 'items' ? (
          <div className="field-row">
            <YenField id={FIELD_IDS['costs.fee']} label={labels['costs.fee']} value={costs.fee} onChange={setCost('fee')} error={errorOf(FIELD_IDS['costs.fee'])} optional />
            <YenField
              id={FIELD_IDS['costs.travel']}
              label={labels['costs.travel']}
              value={costs.travel}
              onChange={setCost('travel')}
              error={errorOf(FIELD_IDS['costs.travel'])}
              optional
            />
            <YenField
              id={FIELD_IDS['costs.referral_fee']}
              label={labels['costs.referral_fee']}
              value={costs.referral_fee}
              onChange={setCost('referral_fee')}
              error={errorOf(FIELD_IDS['costs.referral_fee'])}
              optional
            />
          </div>
        ) : (
          <YenField id={FIELD_IDS.cost} label={labels.cost} value={costs.total} onChange={setCost('total')} error={errorOf(FIELD_IDS.cost)} />
        )}
        <div className="field-row">
          <RateField
            id={FIELD_IDS.rate}
            label={labels.rate}
            hint={maxRate === undefined ? undefined : t('pro.rate.hint', { rate: formatRatio(maxRate, lang) })}
            value={rateText}
            onChange={setRate}
            error={errorOf(FIELD_IDS.rate)}
          />
          <DateField id={FIELD_IDS.as_of} label={labels.as_of} hint={t('calc.asOf.hint')} value={asOf} onChange={setAsOf} error={errorOf(FIELD_IDS.as_of)} />
        </div>
        <SubmitActions busy={busy} label={t('calc.submit')} busyLabel={t('calc.busy')} />
      </form>
      {result ? <ProResult r={result} /> : null}
    </>
  );
}

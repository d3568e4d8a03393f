/**
 * The trace of a calculation as a table: each step in order with its formula, the inputs it used,
 * the rule-book parameters (value, effective period and source) and its value; where the step is
 * a cap, whether the cap bound (marked) or not.
 */
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatValue } from '../../format/number.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { RuleSourceText } from '../rules/RuleSourceText.tsx';
import { formatEffectivePeriod, formatRatio, formatRuleValue } from '../rules/rule-format.ts';
import type { TraceCapJson, TraceStepJson } from './api.ts';

/** Names the calculators use for their inputs, in words; other names are shown as given. */
const INPUT_LABELS: Readonly<Record<string, MessageKey>> = {
  donation: 'calc.input.donation',
  juminzei_hojinzeiwari: 'calc.input.juminzei',
  hojinzei: 'calc.input.hojinzei',
  jigyozei: 'calc.input.jigyozei',
  effective_tax_rate: 'calc.input.effectiveRate',
  fee: 'calc.input.fee',
  travel: 'calc.input.travel',
  referral_fee: 'calc.input.referralFee',
  cost: 'calc.input.cost',
  eligible_cost: 'calc.input.eligibleCost',
  rate: 'calc.input.rate',
};

/** Inputs and values that are ratios, not yen (by their name). */
const isRatioName = (name: string) => /(^|_)(rate|ratio)$/.test(name);

function Cap({ cap }: { cap: TraceCapJson }) {
  const { t, lang } = useI18n();
  return (
    <div className={cap.binding ? 'trace-cap trace-cap-binding' : 'trace-cap'}>
      <span className="trace-cap-mark">{t(cap.binding ? 'calc.trace.capBinding' : 'calc.trace.capNotBinding')}</span>
      <span>
        {cap.label}（{t(cap.kind === 'hard' ? 'rules.binding.hard' : 'rules.binding.guideline')} {formatValue(cap.limit, '円', lang)}）
      </span>
    </div>
  );
}

export function TraceTable({ trace, caption }: { trace: readonly TraceStepJson[]; caption: string }) {
  const { t, lang } = useI18n();
  const inputLabel = (name: string) => {
    const key = INPUT_LABELS[name];
    return key ? t(key) : name;
  };
  return (
    <TableScroll label={caption}>
      <table className="data-table trace-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calc.trace.step')}</th>
            <th scope="col">{t('calc.trace.formula')}</th>
            <th scope="col">{t('calc.trace.inputs')}</th>
            <th scope="col">{t('calc.trace.parameters')}</th>
            <th scope="col">{t('calc.trace.value')}</th>
            <th scope="col">{t('calc.trace.cap')}</th>
          </tr>
        </thead>
        <tbody>
          {trace.map((s, i) => (
            <tr key={s.step} className={s.cap?.binding ? 'trace-row-binding' : undefined}>
              <th scope="row">
                {i + 1}. {s.label}
              </th>
              <td className="trace-formula">{s.formula}</td>
              <td>
                <ul className="trace-list">
                  {Object.entries(s.inputs).map(([name, v]) => (
                    <li key={name}>
                      {inputLabel(name)}: {isRatioName(name) ? formatRatio(v, lang) : formatValue(v, '円', lang)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul className="trace-list">
                  {s.parameters.map((p) => (
                    <li key={p.id}>
                      <span className="trace-param">
                        {p.label}: <strong>{formatRuleValue(p.value, p.unit, lang)}</strong>
                      </span>
                      <br />
                      <span className="trace-param-meta">
                        {formatEffectivePeriod(p.effective_from, p.effective_to, lang)} ／ <RuleSourceText source={p.source} />
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num">{isRatioName(s.step) ? formatRatio(s.value, lang) : formatValue(s.value, '円', lang)}</td>
              <td>{s.cap ? <Cap cap={s.cap} /> : t('calc.trace.noCap')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

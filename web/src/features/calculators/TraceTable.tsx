/**
 * The trace of a calculation as a table: each step in order with its formula, the inputs it used,
 * the rule-book parameters (value, effective period and source) and its value; where the step is
 * a cap, whether the cap bound (marked) or not.
 */
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatValue } from '../../format/number.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import { RuleSourceText } from '../rules/RuleSourceText.tsx';
import { formatEffectivePeriod, formatRatio, formatRuleValue } from '../rules/rule-format.ts';
import type { TraceCapJson, TraceStepJson } from './api.ts';

/** The names the calculators give their inputs and caps, in words (others are shown as given). */
const IN_KEYS = new Set([
  'donation',
  'juminzei_hojinzeiwari',
  'uncapped',
  'juminzei_credit',
  'gap',
  'after_donation_limit',
  'juminzei',
  'hojinzei',
  'jigyozei',
  'reasons',
  'to_confirm',
  'effective_tax_rate',
  'total_credit',
  'deduction_effect',
  'total_relief',
  'cost',
  'fee',
  'travel',
  'referral_fee',
  'eligible_cost',
  'rate',
  'subsidy_before_cap',
  'grant',
]);
const CAP_KEYS = new Set([
  'juminzei_cap_20pct_of_hojinzeiwari',
  'hojinzei_limit_10pct_of_donation',
  'hojinzei_cap_5pct_of_hojinzei',
  'jigyozei_cap_20pct_of_jigyozei',
  'fukugyo_cap_per_case',
]);

export function inputLabel(t: Translate, name: string): string {
  return IN_KEYS.has(name) ? t(`calc.in.${name}` as MessageKey) : name;
}

export function capName(t: Translate, id: string): string {
  return CAP_KEYS.has(id) ? t(`calc.cap.${id}` as MessageKey) : id;
}

/** Inputs that are ratios or counts, not yen (by their name). */
const RATIO_NAMES = new Set(['rate', 'effective_tax_rate']);
const COUNT_NAMES = new Set(['reasons', 'to_confirm']);
/** Steps whose value is a yes (1) / no (0), not yen. */
const FLAG_STEPS = new Set(['eligibility']);

function Cap({ cap }: { cap: TraceCapJson }) {
  const { t, lang } = useI18n();
  return (
    <div className={cap.binding ? 'trace-cap trace-cap-binding' : 'trace-cap'}>
      <span className="trace-cap-mark">{t(cap.binding ? 'calc.trace.capBinding' : 'calc.trace.capNotBinding')}</span>
      <span className="trace-cap-label">
        {cap.label}（{t(cap.kind === 'hard' ? 'rules.binding.hard' : 'rules.binding.guideline')} {formatValue(cap.limit, '円', lang)}）
      </span>
    </div>
  );
}

export function TraceTable({ trace, caption }: { trace: readonly TraceStepJson[]; caption: string }) {
  const { t, lang } = useI18n();
  const inputText = (name: string, v: number) =>
    RATIO_NAMES.has(name) ? formatRatio(v, lang) : COUNT_NAMES.has(name) ? t('calc.trace.count', { n: v }) : formatValue(v, '円', lang);
  const valueText = (s: TraceStepJson) => (FLAG_STEPS.has(s.step) ? t(s.value === 1 ? 'calc.trace.eligible' : 'calc.trace.notEligible') : formatValue(s.value, '円', lang));
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
            <tr key={`${s.step}:${s.label}`} className={s.cap?.binding ? 'trace-row-binding' : undefined}>
              <th scope="row">
                {i + 1}. {s.label}
              </th>
              <td className="trace-formula">{s.formula}</td>
              <td>
                <ul className="trace-list">
                  {Object.entries(s.inputs).map(([name, v]) => (
                    <li key={name}>
                      {inputLabel(t, name)}: {inputText(name, v)}
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
              <td className="num">{valueText(s)}</td>
              <td>{s.cap ? <Cap cap={s.cap} /> : t('calc.trace.noCap')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The result of the 企業版ふるさと納税 calculation: the three credits, their total, the deduction's
 * effect, the total relief and the net burden (with its share of the donation and a bar of the
 * split), the caps that bound, eligibility with reasons and what to confirm, and the trace.
 */
import { formatValue } from '../../format/number.ts';
import { formatDay } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatRatio } from '../rules/rule-format.ts';
import type { KfnResult, TraceStepJson } from './api.ts';
import { readYen } from './inputs.ts';
import { TraceTable } from './TraceTable.tsx';

/** The caps that bound, named by their step and the cap (binding_caps holds their ids). */
export function capLabels(ids: readonly string[], trace: readonly TraceStepJson[]): string[] {
  return ids.map((id) => {
    const s = trace.find((x) => x.cap?.id === id);
    return s?.cap ? `${s.label}（${s.cap.label}）` : id;
  });
}

function SplitBar({ r, donation }: { r: KfnResult; donation: number }) {
  const { t } = useI18n();
  if (donation <= 0) return null;
  const parts: Array<[string, number]> = [
    ['calc-bar-credit', r.total_credit],
    ['calc-bar-deduction', r.deduction_effect],
    ['calc-bar-burden', Math.max(0, r.net_burden)],
  ];
  // The bar repeats the table above it: hidden from assistive technology, described in words.
  return (
    <figure className="calc-bar-figure">
      <figcaption>{t('kfn.bar')}</figcaption>
      <div className="calc-bar" aria-hidden="true">
        {parts.map(([cls, v]) => (v > 0 ? <span key={cls} className={cls} style={{ width: `${(v / donation) * 100}%` }} /> : null))}
      </div>
      <ul className="calc-bar-legend">
        <li>
          <span className="calc-swatch calc-bar-credit" aria-hidden="true" /> {t('kfn.totalCredit')}
        </li>
        <li>
          <span className="calc-swatch calc-bar-deduction" aria-hidden="true" /> {t('kfn.deduction')}
        </li>
        <li>
          <span className="calc-swatch calc-bar-burden" aria-hidden="true" /> {t('kfn.netBurden')}
        </li>
      </ul>
    </figure>
  );
}

export function KfnResultView({ result: r, donationText }: { result: KfnResult; donationText: string }) {
  const { t, lang } = useI18n();
  const yen = (v: number) => formatValue(v, '円', lang);
  const read = readYen(donationText);
  const donation = read.ok && read.value !== null ? read.value : 0;
  const caps = capLabels(r.binding_caps, r.trace);
  const rows: Array<[string, number, boolean?]> = [
    [t('kfn.credit.juminzei'), r.credits.juminzei],
    [t('kfn.credit.hojinzei'), r.credits.hojinzei],
    [t('kfn.credit.jigyozei'), r.credits.jigyozei],
    [t('kfn.totalCredit'), r.total_credit, true],
    [t('kfn.deduction'), r.deduction_effect],
    [t('kfn.relief'), r.total_relief, true],
    [t('kfn.netBurden'), r.net_burden, true],
  ];
  return (
    <section className="calc-result" aria-labelledby="kfn-result-heading">
      <h2 id="kfn-result-heading">{t('kfn.result')}</h2>
      <p>{t('calc.asOfUsed', { date: formatDay(r.as_of, lang) })}</p>
      <div className={r.eligible ? 'notice notice-success' : 'notice notice-error'}>
        <p className="notice-label">{t(r.eligible ? 'kfn.eligible.yes' : 'kfn.eligible.no')}</p>
        {r.reasons.length > 0 ? (
          <>
            <p>{t('kfn.reasons')}</p>
            <ul>
              {r.reasons.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {r.to_confirm.length > 0 ? (
        <div className="notice notice-info">
          <p className="notice-label">{t('kfn.toConfirm')}</p>
          <ul>
            {r.to_confirm.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <table className="data-table calc-summary">
        <caption>{t('kfn.result.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kfn.col.item')}</th>
            <th scope="col">{t('kfn.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, v, strong]) => (
            <tr key={label} className={strong ? 'calc-total' : undefined}>
              <th scope="row">{label}</th>
              <td className="num">{yen(v)}</td>
            </tr>
          ))}
          {donation > 0 ? (
            <tr>
              <th scope="row">{t('kfn.burdenRatio')}</th>
              <td className="num">{formatRatio(r.net_burden / donation, lang)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <SplitBar r={r} donation={donation} />
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

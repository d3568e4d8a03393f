/**
 * What-if for one company: the credits and the net burden at other donation sizes with the same
 * taxes (the server picks the sizes), and the same table as an Excel file.
 */
import { useState } from 'react';
import { useAsync } from '../../app/useAsync.ts';
import { ErrorMessage, errorText } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatValue } from '../../format/number.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatRatio } from '../rules/rule-format.ts';
import { capName } from './TraceTable.tsx';
import { calcWhatIf, downloadWhatIfXlsx, type KfnCompany, type WhatIfResult } from './api.ts';

function WhatIfTable({ data, own }: { data: WhatIfResult; own: number | null }) {
  const { t, lang } = useI18n();
  const yen = (v: number) => formatValue(v, '円', lang);
  const caption = t('kfn.whatIf.caption');
  return (
    <TableScroll label={caption}>
      <table className="data-table calc-whatif">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kfn.col.donation')}</th>
            <th scope="col">{t('kfn.netBurden')}</th>
            <th scope="col">{t('kfn.col.ratio')}</th>
            <th scope="col">{t('kfn.totalCredit')}</th>
            <th scope="col">{t('kfn.col.credits')}</th>
            <th scope="col">{t('kfn.deduction')}</th>
            <th scope="col">{t('kfn.relief')}</th>
            <th scope="col">{t('kfn.col.caps')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.donation} className={r.donation === own ? 'calc-whatif-own' : undefined}>
              <th scope="row" className="num">
                {yen(r.donation)}
                {r.donation === own ? <span className="calc-own-mark">{t('kfn.whatIf.own')}</span> : null}
              </th>
              <td className="num">{yen(r.net_burden)}</td>
              <td className="num">{formatRatio(r.burden_ratio, lang)}</td>
              <td className="num">{yen(r.total_credit)}</td>
              <td className="num">
                {yen(r.credits.juminzei)}・{yen(r.credits.hojinzei)}・{yen(r.credits.jigyozei)}
              </td>
              <td className="num">{yen(r.deduction_effect)}</td>
              <td className="num">{yen(r.total_relief)}</td>
              <td>{r.binding_caps.length > 0 ? r.binding_caps.map((c) => capName(t, c)).join('、') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** `donation`: the donation calculated above, marked in the table where it is one of its rows. */
export function WhatIfSection({ company, donation }: { company: KfnCompany; donation: number | null }) {
  const { t } = useI18n();
  const key = JSON.stringify(company);
  const state = useAsync(() => calcWhatIf(company), [key]);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      await downloadWhatIfXlsx(company, t('kfn.whatIf.file'));
    } catch (err) {
      setDownloadError(errorText(err));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section className="calc-whatif-section" aria-labelledby="kfn-whatif-heading">
      <h2 id="kfn-whatif-heading">{t('kfn.whatIf')}</h2>
      <p>{t('kfn.whatIf.intro')}</p>
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : state.data ? <WhatIfTable data={state.data} own={donation} /> : <Loading />}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={download} disabled={downloading}>
          {downloading ? t('kfn.whatIf.downloading') : t('kfn.whatIf.excel')}
        </button>
        <span role="status" className="inline-status">
          {downloading ? t('kfn.whatIf.downloading') : ''}
        </span>
      </div>
      {downloadError ? (
        <p className="field-error" role="alert">
          {downloadError}
        </p>
      ) : null}
    </section>
  );
}

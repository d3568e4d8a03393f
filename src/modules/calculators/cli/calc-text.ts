/** The calculators' results as readable Japanese text for the terminal: the figures, then the trace. */
import { formatDayWareki, formatNumberText } from '../../../shared/display-format.ts';
import { renderTable } from '../../../infra/cli/terminal.ts';
import type { TraceParameter, TraceStep } from '../../rulebook/index.ts';
import type { KigyoFurusatoResult } from '../domain/kigyo-furusato.ts';
import type { ProJinzaiResult } from '../domain/pro-jinzai.ts';
import type { WhatIfResult } from '../domain/what-if.ts';
import { percentText } from '../domain/yen-math.ts';
import { CAP_LABELS } from '../interchange/what-if-xlsx.ts';

const yen = (n: number) => `${formatNumberText(n)}円`;
const capsText = (caps: readonly string[]) => (caps.length === 0 ? 'なし' : caps.map((c) => CAP_LABELS[c] ?? c).join('、'));

function parameterText(p: TraceParameter): string {
  const v =
    p.unit === 'ratio' && typeof p.value === 'number'
      ? percentText(p.value)
      : p.unit === 'yen' && typeof p.value === 'number'
        ? yen(p.value)
        : Array.isArray(p.value)
          ? `${p.value.length}件`
          : String(p.value);
  const where = p.source.kind === 'seed' ? `資料${p.source.lines ? ` ${p.source.lines}行` : ''}` : p.source.kind === 'public' ? '資料外' : '判断';
  return `${p.id}=${v}（${where}）`;
}

/** The trace as a table: step, formula, value, the cap (bound or not) and the parameters used. */
export function traceText(trace: readonly TraceStep[]): string {
  const rows = trace.map((s) => [
    s.label,
    s.formula,
    formatNumberText(s.value),
    s.cap ? `${s.cap.label} ${yen(s.cap.limit)}${s.cap.binding ? '【上限が効いた】' : ''}` : '',
    s.parameters.map(parameterText).join(' '),
  ]);
  return renderTable(['手順', '計算式', '値', '上限', '根拠の規定'], rows, [30, 60, 16, 40, 0]);
}

const lines = (pairs: Array<[string, string]>) => {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${k}${'　'.repeat(width - k.length)}  ${v}`).join('\n');
};

export function kigyoFurusatoText(r: KigyoFurusatoResult, donation: number): string {
  const burden = donation > 0 ? `（寄附額の${formatNumberText((r.net_burden / donation) * 100, 'ja', 1)}%）` : '';
  const out = [
    `企業版ふるさと納税 税額控除と実質負担（評価日 ${formatDayWareki(r.as_of)}）`,
    lines([
      ['寄附額', yen(donation)],
      ['法人住民税の控除', yen(r.credits.juminzei)],
      ['法人税の控除', yen(r.credits.hojinzei)],
      ['法人事業税の控除', yen(r.credits.jigyozei)],
      ['税額控除の合計', yen(r.total_credit)],
      ['損金算入の効果', yen(r.deduction_effect)],
      ['軽減額の合計', yen(r.total_relief)],
      ['実質負担額', `${yen(r.net_burden)}${burden}`],
      ['上限が効いた控除', capsText(r.binding_caps)],
      ['税額控除の対象', r.eligible ? '対象' : '対象外'],
    ]),
  ];
  if (r.reasons.length > 0) out.push(`対象外の理由:\n${r.reasons.map((x) => `  ・${x}`).join('\n')}`);
  if (r.to_confirm.length > 0) out.push(`確認事項:\n${r.to_confirm.map((x) => `  ・${x}`).join('\n')}`);
  out.push(`計算の過程:\n${traceText(r.trace)}`);
  return `${out.join('\n\n')}\n`;
}

export function whatIfText(w: WhatIfResult): string {
  const rows = w.rows.map((r) => [
    yen(r.donation),
    yen(r.credits.juminzei),
    yen(r.credits.hojinzei),
    yen(r.credits.jigyozei),
    yen(r.deduction_effect),
    yen(r.net_burden),
    `${formatNumberText(r.burden_ratio * 100, 'ja', 1)}%`,
    r.eligible ? capsText(r.binding_caps) : '対象外',
  ]);
  const head = `企業版ふるさと納税 寄附額別の実質負担（評価日 ${formatDayWareki(w.as_of)}）`;
  const linear = w.linear_until === null ? '税額控除の適用期限後' : `${yen(w.linear_until)}まで上限は効かない`;
  return `${head}\n${linear}\n\n${renderTable(['寄附額', '住民税', '法人税', '事業税', '損金算入', '実質負担', '負担率', '上限が効いた控除'], rows)}\n`;
}

export function proJinzaiText(r: ProJinzaiResult): string {
  return `${[
    `プロ人材 副業・兼業人材活用の補助額（評価日 ${formatDayWareki(r.as_of)}）`,
    lines([
      ['対象費用', yen(r.eligible_cost)],
      ['交付額', yen(r.grant)],
      ['企業の負担額', yen(r.company_share)],
      ['上限が効いたか', r.binding_caps.length > 0 ? '効いた（1件当たりの上限）' : '効いていない'],
    ]),
    `計算の過程:\n${traceText(r.trace)}`,
  ].join('\n\n')}\n`;
}

/** A draft as a readable table for the terminal: where each KPI was found, its figures with 和暦, and what to check. */
import { renderTable } from '../../../infra/cli/terminal.ts';
import { formatPeriodText, formatValueText } from '../../../shared/display-format.ts';
import type { DraftCatalog } from '../domain/draft-catalog.ts';
import type { ReadDocument } from '../domain/document-lines.ts';

const DIRECTION_JA: Record<string, string> = { increase: '増加', decrease: '減少', maintain: '維持' };
const FORMAT_JA: Record<string, string> = { pdf: 'PDF', docx: 'Word（.docx）', text: 'テキスト' };

const place = (s: { page: number | null; line: number }) => (s.page === null ? `${s.line}行` : `p.${s.page} ${s.line}行`);
const figure = (value: number | null, unit: string, period: string | null) =>
  `${formatValueText(value, unit)}（${period ? formatPeriodText(period, { wareki: true }) : '期間なし'}）`;

export function draftText(draft: DraftCatalog, document: ReadDocument): string {
  const rows = draft.kpis.map((k) => {
    const t = k.targets[0];
    const target = !t ? '—' : t.value === null ? `${t.text}` : figure(t.value, k.unit, t.period);
    const baseline = k.baseline ? figure(k.baseline.value, k.unit, k.baseline.period) : (k.baseline_text ?? '—');
    return [k.id, place(k.source), k.name, baseline, target, DIRECTION_JA[k.direction] ?? k.direction, k.confidence.toFixed(1), k.warnings.join('／')];
  });
  const pages = document.pages === null ? '' : `、${document.pages}ページ`;
  const head = `${draft.strategy.name}: ${FORMAT_JA[document.format]}${pages}、${document.lines.length}行から KPI ${draft.kpis.length}件を抽出しました（下書き：原文と照合して確認してください）`;
  const table = renderTable(['ID', '位置', '指標名', '基準値', '目標値', '方向', '確度', '確認事項'], rows, [6, 12, 40, 28, 34, 4, 4, 60]);
  return `${head}\n${table}\n`;
}

/**
 * The templates of the two KPI table imports (see src/shared/import-template.ts): actual values
 * and KPI definitions, with the documented Japanese headers (README「Files」) and one example row.
 */
import type { ImportTemplate } from '../../../shared/import-template.ts';

export const OBSERVATION_TEMPLATE: ImportTemplate = {
  name: 'sousei-template-observations',
  sheet: '実績値',
  header: ['指標ID', '期間・年度', '実績値', '区分', '出典', '備考'],
  example: ['IMP-02', '2025年度', 12.5, '速報値', '○○県「県民意識調査」', '記入例'],
  widths: [14, 14, 14, 10, 32, 32],
};

export const KPI_TEMPLATE: ImportTemplate = {
  name: 'sousei-template-kpis',
  sheet: 'KPI定義',
  header: ['指標ID', 'ノード', '構成元KPI', '指標名', '単位', '方向', '基準値', '基準年度', '目標値', '目標年度', '目標（原文）', '目標設定時期', '新規'],
  example: ['KPI-01', 'goal', '', '移住相談件数', '件', '増加', 1200, '2024年度', 2000, '2030年度', '2,000件（2030年度）', '2026-04-01', '○'],
  widths: [12, 14, 12, 36, 8, 8, 12, 12, 12, 12, 28, 14, 6],
};

export const KPI_IMPORT_TEMPLATES = { observations: OBSERVATION_TEMPLATE, kpis: KPI_TEMPLATE } as const;

export type KpiTemplateKind = keyof typeof KPI_IMPORT_TEMPLATES;

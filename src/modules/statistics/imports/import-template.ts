/**
 * The template of the tidy statistics import (see src/shared/import-template.ts): the
 * documented Japanese headers and one example row (札幌市の総人口).
 */
import type { ImportTemplate } from '../../../shared/import-template.ts';

export const TIDY_TEMPLATE: ImportTemplate = {
  name: 'sousei-template-statistics',
  sheet: '統計データ',
  header: ['団体コード', '期間・年度', '指標コード', '値', '区分'],
  example: ['011002', '2024', 'population', 1956928, ''],
  widths: [12, 14, 24, 16, 10],
};

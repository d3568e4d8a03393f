/** UI text of the summary report, in Japanese and English (merged by web/src/i18n/dictionaries.ts). */

export const ja = {
  'report.title': 'KPI 検証 集計表',
  'report.intro': '地方創生 KPI 検証の様式にならった集計です。印刷すると A4 で出力できます。',
  'report.byStatus': '判定区分別の件数',
  'report.byBand': '①B の進捗率の内訳',
  'report.byNode': 'ロジックモデルの項目別の件数',
  'report.class': '区分',
  'report.share': '割合',
  'report.node': '項目',
  'report.level': '階層',
  'report.downloads': 'ダウンロード',
  'report.xlsx': 'Excel（.xlsx）',
  'report.csv': 'CSV（UTF-8・BOM 付き）',
  'report.csvSjis': 'CSV（Shift_JIS）',
  'report.downloadHint': '評価基準日 {date} の集計・ノード別・KPI 別の表です。',
  'report.print': '印刷する',
  'report.kpiList': 'KPI 別の判定',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'report.title': 'KPI verification summary',
  'report.intro': 'Summary tables in the style of the official KPI verification. Prints on A4.',
  'report.byStatus': 'Counts per status class',
  'report.byBand': 'Progress bands of ①B',
  'report.byNode': 'Counts per logic-model item',
  'report.class': 'Class',
  'report.share': 'Share',
  'report.node': 'Item',
  'report.level': 'Level',
  'report.downloads': 'Downloads',
  'report.xlsx': 'Excel (.xlsx)',
  'report.csv': 'CSV (UTF-8 with BOM)',
  'report.csvSjis': 'CSV (Shift_JIS)',
  'report.downloadHint': 'Summary, per item and per KPI tables as of {date}.',
  'report.print': 'Print',
  'report.kpiList': 'Status per KPI',
};

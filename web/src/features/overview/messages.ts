/** UI text of the strategy overview, in Japanese and English (merged by web/src/i18n/dictionaries.ts). */

export const ja = {
  'overview.goal': '目標',
  'overview.period': '計画期間',
  'overview.source': '出典',
  'overview.edition': '版',
  'overview.kpiTotal': 'KPI 全{n}件の判定',
  'overview.logicModel': 'ロジックモデル',
  'overview.logicModelIntro':
    '目標 → インパクト（政策目標） → アウトカム（国民・企業等の動き） → アウトプット（関連施策の成果）の順に並んでいます。各項目の件数は、その項目と下位の項目に属する KPI の判定の内訳です。項目名を選ぶと詳細を表示します。',
  'overview.kpiCount': 'KPI {n}件',
  'overview.noStrategy': '登録されている戦略がありません。',
  'overview.nodeDescription': '{level}。KPI {total}件：{counts}',
  'overview.nodeDescriptionEmpty': '{level}。KPI なし',
  'overview.bands': '①B の内訳：',
  'overview.others': '個別計画・横断的施策',
  'overview.otherStrategies': 'ほかの戦略',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'overview.goal': 'Goal',
  'overview.period': 'Plan period',
  'overview.source': 'Source',
  'overview.edition': 'Edition',
  'overview.kpiTotal': 'Status of all {n} KPIs',
  'overview.logicModel': 'Logic model',
  'overview.logicModelIntro':
    'Goal → impacts (policy goals) → outcomes (changes among people and firms) → outputs (results of measures). Each item’s counts cover the KPIs of the item and everything under it. Choose an item to see its details.',
  'overview.kpiCount': '{n} KPIs',
  'overview.noStrategy': 'No strategy is stored yet.',
  'overview.nodeDescription': '{level}. {total} KPIs: {counts}',
  'overview.nodeDescriptionEmpty': '{level}. No KPIs',
  'overview.bands': '①B by progress: ',
  'overview.others': 'Individual plans and cross-cutting measures',
  'overview.otherStrategies': 'Other strategies',
};

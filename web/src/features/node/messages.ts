/** UI text of the node page, in Japanese and English (merged by web/src/i18n/dictionaries.ts). */

export const ja = {
  'node.breadcrumb': 'パンくずリスト',
  'node.home': 'トップ',
  'node.children': '下位の項目',
  'node.kpis': 'KPI 一覧',
  'node.kpisIntro': 'この項目と下位の項目の KPI {n}件です。',
  'node.noKpis': 'この項目には KPI がありません。',
  'node.notFound': 'この項目は見つかりませんでした。',
  'node.nodeName': '所属',
  'node.own': 'この項目',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'node.breadcrumb': 'Breadcrumb',
  'node.home': 'Top',
  'node.children': 'Items under this one',
  'node.kpis': 'KPIs',
  'node.kpisIntro': '{n} KPIs of this item and the items under it.',
  'node.noKpis': 'This item has no KPIs.',
  'node.notFound': 'This item was not found.',
  'node.nodeName': 'Item',
  'node.own': 'this item',
};

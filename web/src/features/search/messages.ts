/** UI text of search, in Japanese and English (merged by web/src/i18n/dictionaries.ts). */

export const ja = {
  'search.label': 'KPI・施策・地域・統計を検索',
  'search.placeholder': '例: 移住、札幌、高齢化率',
  'search.submit': '検索',
  'search.title': '検索結果',
  'search.titleFor': '「{q}」の検索結果',
  'search.count': '{n}件見つかりました',
  'search.none': '該当する KPI・施策・地域・統計指標は見つかりませんでした。別の言葉（ひらがな・カタカナ・漢字）でもお試しください。',
  'search.empty': '検索する言葉を入力してください。',
  'search.kpis': 'KPI（指標）',
  'search.nodes': '施策・ロジックモデルの項目',
  'search.inNode': '所属: {node}',
  'search.matched': '一致した箇所: ',
  'search.areas': '地域（地域のプロフィール）',
  'search.indicators': '統計指標（地図・ランキング）',
  'search.areaCode': '団体コード {code}',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'search.label': 'Search KPIs, measures, areas and statistics',
  'search.placeholder': 'e.g. 移住, 札幌, ageing rate',
  'search.submit': 'Search',
  'search.title': 'Search results',
  'search.titleFor': 'Results for “{q}”',
  'search.count': '{n} found',
  'search.none': 'No KPI, measure, area or indicator matched. Try other words (hiragana, katakana or kanji).',
  'search.empty': 'Enter a word to search for.',
  'search.kpis': 'KPIs (indicators)',
  'search.nodes': 'Measures and logic-model items',
  'search.inNode': 'Under: {node}',
  'search.matched': 'Matched: ',
  'search.areas': 'Areas (area profiles)',
  'search.indicators': 'Statistical indicators (map and ranking)',
  'search.areaCode': 'code {code}',
};

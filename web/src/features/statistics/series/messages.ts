/** UI text of the time-series view, in Japanese and English (merged by web/src/i18n/dictionaries.ts). */

export const ja = {
  'stats.series.title': '時系列で比較',
  'stats.series.intro': '指標を最大{maxI}つ、地域を最大{maxA}まで選んで、推移を比べられます（全国・都道府県・市区町村）。',
  'stats.series.indicatorN': '指標{n}',
  'stats.series.unit': '単位: {unit}',
  'stats.series.chart': '{name}の推移（地域別の折れ線グラフ）',
  'stats.series.summary': '{name}の{from}から{to}までの推移。{n}地域を表示しています。数値は下の表にあります。',
  'stats.series.caption': '{name}の推移（地域別）',
  'stats.series.noData': '選んだ地域にはこの指標のデータがありません。',
  'stats.series.scale': 'グラフの目盛',
  'stats.series.scaleValue': '実数',
  'stats.series.scaleIndex': '指数（基準年=100）',
  'stats.series.indexNote': 'グラフは{base}の値を100とした指数で、表は実数です。',
  'stats.series.indexOwnBase': '各地域の最初',
  'stats.series.indexUnit': '指数（基準年=100）',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'stats.series.title': 'Compare over time',
  'stats.series.intro': 'Choose up to {maxI} indicators and up to {maxA} areas (Japan, prefectures, municipalities) to compare their trends.',
  'stats.series.indicatorN': 'Indicator {n}',
  'stats.series.unit': 'Unit: {unit}',
  'stats.series.chart': '{name} over time (one line per area)',
  'stats.series.summary': '{name} from {from} to {to} for {n} areas. The figures are in the table below.',
  'stats.series.caption': '{name} over time, by area',
  'stats.series.noData': 'The chosen areas have no data for this indicator.',
  'stats.series.scale': 'Chart scale',
  'stats.series.scaleValue': 'Values',
  'stats.series.scaleIndex': 'Index (base year = 100)',
  'stats.series.indexNote': ' The chart shows an index ({base} = 100); the table shows the values.',
  'stats.series.indexOwnBase': 'each area’s first value',
  'stats.series.indexUnit': 'index (base year = 100)',
};

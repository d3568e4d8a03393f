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
  'overview.firstRun.title': 'まだ実績値がありません（すべての KPI が ③ です）',
  'overview.firstRun.why':
    '③（判定できない）は、評価基準日までに期間が終わった実績値がまだないことを表します。下の件数がほとんど 0 なのはそのためで、進み具合が悪いという意味ではありません。',
  'overview.firstRun.national':
    'この戦略は{from}に始まりました。KPI の実績値は、内閣官房 地域未来戦略本部事務局と各府省庁が毎年把握し、ロジックモデルを検証します（地域未来戦略 第7節「PDCA サイクルの徹底」）。最初の実績値はこの最初の検証で登録されます。実績値は、その期間が終わった日から判定に入ります（2026年度の値なら2027年4月から）。',
  'overview.firstRun.local': 'この戦略の KPI に実績値が登録されると、その期間が終わった日から判定に入ります。',
  'overview.firstRun.later': '評価基準日（{date}）より後に期間が終わる実績値が {n}件あります。評価基準日を後にすると判定に入ります。',
  'overview.firstRun.todo': 'いまできること',
  'overview.firstRun.enter': '実績値を入力する',
  'overview.firstRun.enterNote': '（この戦略を編集できる利用者としてログインが必要です）',
  'overview.firstRun.demo': '試しに動きを見る：サーバーで',
  'overview.firstRun.demoNote': 'を実行すると、サンプル（架空の値）の実績値と、札幌市の戦略とその編集者が追加されます。元に戻すには',
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
  'overview.firstRun.title': 'No actual values yet (every KPI is ③)',
  'overview.firstRun.why':
    '③ (not yet measurable) means that no actual value for a period ended by the evaluation date is stored yet. That is why the counts below are mostly 0 — it does not mean poor progress.',
  'overview.firstRun.national':
    'This strategy began in {from}. The Regional Future Strategy secretariat and the ministries collect the KPIs’ actual values every year and verify the logic model (Section 7, PDCA). The first actual values arrive with that first verification. An actual value counts from the day its period ends (a value for FY2026 from April 2027).',
  'overview.firstRun.local': 'Once actual values are stored for this strategy’s KPIs, they count from the day their period ends.',
  'overview.firstRun.later': '{n} actual values are for periods ending after the evaluation date ({date}). Choose a later date to include them.',
  'overview.firstRun.todo': 'What you can do now',
  'overview.firstRun.enter': 'Enter actual values',
  'overview.firstRun.enterNote': ' (sign in as a user who may edit this strategy)',
  'overview.firstRun.demo': 'See it working: on the server run',
  'overview.firstRun.demoNote': 'to add sample (made-up) actual values, and a strategy of Sapporo with its editor. To undo it, run',
};

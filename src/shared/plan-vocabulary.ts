/**
 * The words of 地域未来戦略's plans that the server and the web application both show (pure): the
 * three plan types and the 17 strategic fields of the growth strategy (seed 001 footnote 5, L48),
 * in one place so the map's filters, the rounds' pages and the plans module cannot drift apart.
 */
export type PlanType = 'A' | 'B' | 'C';
export const PLAN_TYPES: readonly PlanType[] = ['A', 'B', 'C'];

export const PLAN_TYPE_LABELS: Record<PlanType, string> = {
  A: '戦略産業クラスター計画',
  B: '地域産業クラスター計画',
  C: '地場産業成長プラン',
};

/** The 17 strategic fields of the growth strategy, in the seed's order (L48). */
export const STRATEGIC_FIELDS = [
  'AI・半導体',
  'デジタル・サイバーセキュリティ',
  '情報通信',
  '量子',
  '防衛産業',
  '航空・宇宙',
  '海洋',
  '造船',
  'マテリアル（重要鉱物・部素材）',
  '合成生物学・バイオ',
  '創薬・先端医療',
  '資源・エネルギー安全保障・GX',
  'フュージョンエネルギー',
  '防災・国土強靱化',
  '港湾ロジスティクス',
  'フードテック',
  'コンテンツ',
] as const;

/**
 * The fixed vocabulary of a case: the five pillars of 地方創生2.0基本構想 (seed 000 L1536–1660) and
 * the policy fields under them (the strategy's sub-areas, seed 000 第6章; research/seed000.md §4),
 * the sectors that took part (産官学金労言士, seed 000 L678), and the kinds of funding.
 */

export const PILLARS = ['living', 'economy', 'dispersal', 'infrastructure_digital', 'regional_cooperation'] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_LABELS: Readonly<Record<Pillar, string>> = {
  living: '安心して働き、暮らせる地方の生活環境の創生',
  economy: '稼ぐ力を高め、付加価値創出型の新しい地方経済の創生',
  dispersal: '人や企業の地方分散',
  infrastructure_digital: '新時代のインフラ整備とＡＩ・デジタルなどの新技術の徹底活用',
  regional_cooperation: '広域リージョン連携',
};

/** Each field belongs to one pillar; a case names one field (its main one) and may tag others. */
export const FIELDS = {
  work_and_workplaces: { label: '働き方・職場づくり', pillar: 'living' },
  education_and_people: { label: '人づくり・教育', pillar: 'living' },
  welfare_and_inclusion: { label: '福祉・共生', pillar: 'living' },
  service_hubs: { label: '地域の拠点・生活サービス', pillar: 'living' },
  transport: { label: '交通', pillar: 'living' },
  medical_and_care: { label: '医療・介護', pillar: 'living' },
  childcare: { label: '結婚・出産・子育て', pillar: 'living' },
  town_making: { label: 'まちづくり・官民連携', pillar: 'living' },
  disaster_resilience: { label: '防災', pillar: 'living' },
  tourism: { label: '観光・インバウンド', pillar: 'economy' },
  agriculture_forestry_fisheries: { label: '農林水産業', pillar: 'economy' },
  local_industry: { label: '地域産業・中小企業', pillar: 'economy' },
  startups: { label: 'スタートアップ・イノベーション', pillar: 'economy' },
  regional_finance: { label: '地域金融', pillar: 'economy' },
  migration_and_relations: { label: '移住・関係人口', pillar: 'dispersal' },
  relocation: { label: '企業・政府機関・大学の地方移転', pillar: 'dispersal' },
  digital: { label: 'デジタル・新技術', pillar: 'infrastructure_digital' },
  infrastructure: { label: 'インフラ整備・維持', pillar: 'infrastructure_digital' },
  wide_area: { label: '広域連携', pillar: 'regional_cooperation' },
  local_government_capacity: { label: '行政体制・自治体間の補完', pillar: 'regional_cooperation' },
} as const satisfies Record<string, { label: string; pillar: Pillar }>;

export type Field = keyof typeof FIELDS;
export const FIELD_KEYS = Object.keys(FIELDS) as [Field, ...Field[]];

export const FIELD_LABELS: Readonly<Record<Field, string>> = Object.fromEntries(FIELD_KEYS.map((f) => [f, FIELDS[f].label])) as Record<Field, string>;

/** 産官学金労言士 and the residents and NPOs the seeds name beside them. */
export const SECTORS = ['industry', 'government', 'academia', 'finance', 'labour', 'media', 'law', 'residents'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  industry: '産（産業界）',
  government: '官（行政）',
  academia: '学（大学・研究機関）',
  finance: '金（金融機関）',
  labour: '労（労働団体）',
  media: '言（メディア）',
  law: '士（士業）',
  residents: '住民・NPO',
};

/** Funding a case used; amounts are in yen, the kind fixed so cases can be filtered by it. */
export const FUNDING_KINDS = ['dai2sedai_grant', 'kigyo_furusato_nozei', 'other_national', 'prefecture', 'own_budget', 'private', 'other'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const FUNDING_LABELS: Readonly<Record<FundingKind, string>> = {
  dai2sedai_grant: '新しい地方経済・生活環境創生交付金（第2世代交付金）',
  kigyo_furusato_nozei: '企業版ふるさと納税（地方創生応援税制）',
  other_national: 'その他の国の補助金・交付金',
  prefecture: '都道府県の補助金',
  own_budget: '自主財源',
  private: '民間資金',
  other: 'その他',
};

/**
 * Complete sample plans of each type, for tests (requirements, catalog, and the integrator's
 * repository and route tests). Every call returns a fresh, fully valid PlanContent that passes
 * every mechanical requirement check; tests remove or break one thing and see what fails.
 * The contents are fictional but realistic; 団体コード are real (北海道 010006, 札幌市 011002,
 * 千歳市 012246, 富山県 160008, 富山市 162019, 高岡市 162027) and 法人番号 are made-up bases
 * with the correct check digit. Keep this stable and pure: others rely on its ids.
 */
import { corporateCheckDigit } from '../../../shared/corporate-number.ts';
import { parsePlanContent } from './parse-plan-content.ts';
import type { PlanContent, PlanContentInput } from './plan-content.ts';
import { TYPE_A_KGI_YEAR, type PlanType } from './plan-types.ts';

/** A 法人番号 from a 12-digit base, with its check digit. */
export const sampleCorporateNumber = (base12: string): string => `${corporateCheckDigit(base12)}${base12}`;

type ActionInput = NonNullable<PlanContentInput['measures']>[number]['actions'];

function actions(prefix: string, dept: string, forum: string): ActionInput {
  return [
    {
      id: `${prefix}-1`,
      significance: '集積の核となる企業の投資判断を後押しするため',
      content: '立地企業と県・市・金融機関による協議会を設置し、課題を四半期ごとに整理する',
      deadline: '2027-03',
      department: dept,
      forum,
      approach: '協議会で課題を特定し、翌四半期までに対応策を決定する',
    },
    {
      id: `${prefix}-2`,
      significance: '必要な人材を地域で確保するため',
      content: '高等専門学校・大学と連携した実践講座を開設する',
      deadline: '2028-03-31',
      department: dept,
      forum,
      approach: '講座の受講者数と就職者数を半期ごとに確認し、内容を見直す',
    },
  ];
}

/** A's core investment and a related, subsidised project (関連する投資案件). */
function typeAInvestments(): PlanContentInput['investments'] {
  return [
    {
      id: 'inv-fab',
      title: '次世代半導体製造拠点の建設',
      investor_name: '北海先端半導体株式会社',
      investor_corporate_number: sampleCorporateNumber('430001012345'),
      ministry: '経済産業省',
      department: '商務情報政策局 情報産業課',
      amount_yen: '2兆円',
      invest_date: '2026-04',
      operation_date: '2029-10',
      muni_code: '012246',
      point: { lat: 42.82, lon: 141.65 },
      spillover: '部素材・装置・保守サービスの域内調達と、関連企業の立地',
      subsidised: true,
    },
    {
      id: 'inv-water',
      title: '工業用水道の拡張',
      investor_name: '北海道',
      ministry: '経済産業省',
      department: '地域経済産業グループ 地域産業基盤整備課',
      amount_yen: '350億',
      invest_date: '2026-07',
      operation_date: '2028-04',
      muni_code: '012246',
      spillover: '製造拠点と関連工場への安定した用水供給',
      related: true,
      subsidised: true,
    },
  ];
}

function typeA(): PlanContentInput {
  return {
    title: '北海道次世代半導体産業クラスター計画',
    start_fy: 2026,
    final_fy: TYPE_A_KGI_YEAR,
    area: { pref_codes: ['010006'], muni_codes: ['012246', '011002'], reason: '次世代半導体の製造拠点の立地と、部素材・装置企業の集積が見込まれるため' },
    field: { strategic_field: 'AI・半導体', domain: '次世代半導体（2nm世代ロジック）', reason: '大規模な製造拠点の建設が進み、関連企業の立地が続いているため' },
    vision: {
      current_state: '',
      target: '2040年までに次世代半導体の製造・研究開発・人材育成が一体となった世界的拠点を形成する',
      basis: '製造拠点の投資計画と関連企業の立地意向調査に基づく',
      verification_method: '経済センサス及び工業統計の付加価値額、立地企業への年次調査で検証する',
    },
    pathway: { strategy: '先端ロジック半導体の量産と後工程の域内化', investment_picture: '製造拠点と部素材工場の新設', regional_impact: '部素材・物流・保守の域内取引の拡大' },
    investments: typeAInvestments(),
    measures: [
      {
        id: 'm-infra',
        issue: '工業用水・電力・道路の供給能力が不足している',
        goal: '稼働開始までに供給能力を確保する',
        path: '国・道・市の事業を一体で前倒しする',
        instrument: '関連インフラ整備の計画的実施',
        actions: actions('m-infra', '北海道 経済部 産業振興課', '北海道半導体関連産業振興協議会'),
      },
      {
        id: 'm-talent',
        issue: '半導体人材が不足している',
        goal: '2040年までに1万人を育成する',
        path: '大学・高専の教育課程を拡充する',
        instrument: '産学官連携の人材育成プログラム',
        actions: actions('m-talent', '経済産業省 北海道経済産業局 地域経済部', '北海道半導体人材育成等推進協議会'),
      },
    ],
    type_a: {
      roadmap_relation: 'AI・半導体分野の官民投資ロードマップに示された先端ロジック半導体の量産拠点整備に該当する',
      international_advantage: '2nm世代の量産技術を持つ拠点は世界でも数少なく、国際的な競争優位性を持つ',
      soan_consistency: '北海道ブロックの計画の素案に産業クラスターの候補として明記されている',
      infrastructure: '工業用水道の拡張、変電所の新設、アクセス道路の整備',
      national_policy_needs: '電力系統の増強に向けた国の支援、外国人研究者の受入れ手続の迅速化',
      policies_used: '先端半導体の生産基盤整備に係る助成、地域未来交付金',
    },
    kgis: [
      {
        id: 'kgi-capex',
        kind: 'capex',
        name: '当該計画による官民設備投資額',
        unit: '円',
        baseline_value: 0,
        baseline_fy: 2025,
        target_value: 5_000_000_000_000,
        target_fy: TYPE_A_KGI_YEAR,
      },
      {
        id: 'kgi-talent',
        kind: 'talent',
        name: '産業ニーズに即した人材育成数',
        unit: '人',
        baseline_value: 0,
        baseline_fy: 2025,
        target_value: 10_000,
        target_fy: TYPE_A_KGI_YEAR,
      },
      {
        id: 'kgi-va',
        kind: 'value_added',
        name: '当該計画による付加価値増加額',
        unit: '円',
        baseline_value: 0,
        baseline_fy: 2025,
        target_value: 1_800_000_000_000,
        target_fy: TYPE_A_KGI_YEAR,
      },
    ],
    kpis: [
      { id: 'kpi-water', name: '工業用水の供給能力', unit: '万㎥/日', baseline_value: 5, baseline_fy: 2025, target_value: 12, target_fy: 2030, measure_id: 'm-infra' },
      { id: 'kpi-course', name: '半導体実践講座の修了者数', unit: '人', baseline_value: 0, baseline_fy: 2025, target_value: 3_000, target_fy: 2030, measure_id: 'm-talent' },
      { id: 'kpi-firms', name: '関連企業の立地件数', unit: '件', baseline_value: 10, baseline_fy: 2025, target_value: 60, target_fy: 2035, measure_id: null },
    ],
  };
}

function localisation(): PlanContentInput['localisation'] {
  return {
    policy: '域内企業からの調達比率を高め、研究開発機能を県内に置く',
    labour_tech_roadmap: '',
    local_capital: '',
    profit_reinvestment: '',
  };
}

function typeB(): PlanContentInput {
  return {
    title: '富山県医薬品産業クラスター計画',
    start_fy: 2026,
    final_fy: 2030,
    area: { pref_codes: ['160008'], muni_codes: ['162019', '162027'], reason: '医薬品製造業の出荷額が全国上位で、受託製造企業と原薬企業が集積しているため' },
    field: { domain: '医薬品製造業（受託製造・原薬）', reason: '300年の配置薬の歴史と製造受託の実績があり、海外からの受託需要が伸びているため' },
    vision: {
      current_state: '医薬品生産金額は全国上位だが、原薬の多くを海外から調達している',
      target: '原薬から製剤までを県内で一貫生産し、アジア向けの受託製造で外貨を獲得する',
      basis: '県内企業の投資意向調査と受託製造市場の成長見通しに基づく',
      verification_method: '薬事工業生産動態統計と県の立地企業調査で毎年度検証する',
    },
    pathway: {
      strategy: '高薬理活性原薬の製造と品質保証機能を県内に構築する',
      investment_picture: '原薬工場2棟と共同品質試験センターの整備',
      regional_impact: '域内取引額を5年で300億円増やし、雇用を600人創出する',
      export_or_substitution: '輸入原薬の国内代替とアジア向け製剤の輸出',
    },
    core_entities: [
      {
        id: 'ce-1',
        kind: 'company',
        name: '富山製薬工業株式会社',
        corporate_number: sampleCorporateNumber('230001012345'),
        address: '富山県富山市',
        reason: '受託製造の国内大手',
        support: '県と地域金融機関による設備投資の伴走支援',
      },
      {
        id: 'ce-2',
        kind: 'company',
        name: '立山原薬株式会社',
        corporate_number: sampleCorporateNumber('230001054321'),
        address: '富山県高岡市',
        located: 'to_attract',
        reason: '高薬理活性原薬の技術を持つ',
        support: '用地の確保と人材確保の支援',
      },
    ],
    measures: [
      {
        id: 'b-api',
        issue: '原薬の海外依存度が高い',
        goal: '主要原薬の県内生産を始める',
        path: '原薬工場の立地を促す',
        instrument: '設備投資補助と用地の優先提供',
        actions: actions('b-api', '富山県 商工労働部 くすり政策課', 'くすりのシリコンバレーTOYAMA創造コンソーシアム'),
      },
      {
        id: 'b-qa',
        issue: '品質保証人材が不足している',
        goal: '品質保証人材を毎年100人育成する',
        path: '大学と共同の講座を開設する',
        instrument: '人材育成講座の運営費補助',
        actions: actions('b-qa', '富山県 商工労働部 くすり政策課', '富山県医薬品産業人材育成会議'),
      },
    ],
    localisation: localisation(),
    support: { structure: '知事を本部長とする伴走支援本部に県内の地域金融機関と商工会議所が参画し、核となる企業ごとに担当者を置く' },
    kgis: [
      { id: 'kgi-capex', kind: 'capex', name: '当該計画による官民設備投資額', unit: '円', baseline_value: 0, baseline_fy: 2025, target_value: 80_000_000_000, target_fy: 2030 },
      { id: 'kgi-talent', kind: 'talent', name: '産業ニーズに即した人材育成数', unit: '人', baseline_value: 0, baseline_fy: 2025, target_value: 500, target_fy: 2030 },
      { id: 'kgi-va', kind: 'value_added', name: '当該計画による付加価値増加額', unit: '円', baseline_value: 0, baseline_fy: 2025, target_value: 30_000_000_000, target_fy: 2030 },
    ],
    kpis: [
      { id: 'kpi-api', name: '県内で生産する主要原薬の品目数', unit: '品目', baseline_value: 2, baseline_fy: 2025, target_value: 12, target_fy: 2030, measure_id: 'b-api' },
      { id: 'kpi-qa', name: '品質保証講座の修了者数', unit: '人', baseline_value: 0, baseline_fy: 2025, target_value: 500, target_fy: 2030, measure_id: 'b-qa' },
      { id: 'kpi-export', name: 'アジア向け受託製造の契約件数', unit: '件', baseline_value: 3, baseline_fy: 2025, target_value: 15, target_fy: 2030 },
    ],
    withdrawal_criteria: [
      { id: 'wd-api', kpi_id: 'kpi-api', comparison: 'behind_path', threshold: 30, consecutive_rounds: 2, note: '2回続けて計画の道筋を30ポイント下回ったら原薬工場の誘致を見直す' },
    ],
    basic_plan_link: '富山県地域未来投資促進基本計画に反映する',
  };
}

function typeC(): PlanContentInput {
  return {
    title: '高岡銅器・高岡漆器成長プラン',
    start_fy: 2026,
    final_fy: 2030,
    area: { pref_codes: [], muni_codes: ['162027'], reason: '国の伝統的工芸品である高岡銅器・高岡漆器の産地であるため' },
    field: { domain: '高岡銅器・高岡漆器のインテリア・建築金物', reason: '鋳造と着色の技術を生かした高付加価値品の海外需要が伸びているため' },
    vision: {
      current_state: '産地の出荷額はピーク時の3割に減り、職人の高齢化が進んでいる',
      target: '建築・インテリア向けの高付加価値品で海外販路を持つ産地になる',
      basis: '産地組合の出荷統計と海外見本市での商談実績に基づく',
      verification_method: '産地組合の出荷額調査と事業者への年次調査で検証する',
    },
    pathway: {
      strategy: '鋳造・着色の技術を建築金物とインテリアに展開する',
      investment_picture: '共同工房の整備と海外見本市への共同出展',
      regional_impact: '産地の付加価値額を5年で15億円増やす',
    },
    core_entities: [
      {
        id: 'cc-1',
        kind: 'cooperative',
        name: '高岡銅器協同組合',
        corporate_number: sampleCorporateNumber('230005012345'),
        address: '富山県高岡市',
        reason: '産地の主要事業者が加盟する',
      },
      { id: 'cc-2', kind: 'sole_proprietor', name: '高岡着色工房（個人事業主）', address: '富山県高岡市', reason: '独自の着色技術を持つ' },
      {
        id: 'cc-3',
        kind: 'company',
        name: '株式会社高岡鋳物製作所',
        corporate_number: sampleCorporateNumber('230001098765'),
        address: '富山県高岡市',
        reason: '建築金物の量産設備を持つ',
      },
    ],
    measures: [
      {
        id: 'c-market',
        issue: '海外の販路が限られている',
        goal: '海外の取引先を30社にする',
        path: '見本市への共同出展と商社との連携',
        instrument: '海外見本市の出展費補助',
        actions: actions('c-market', '高岡市 産業振興部 産業企画課', '高岡市伝統産業振興協議会'),
      },
    ],
    localisation: localisation(),
    support: {
      consultation_desk: '高岡市 産業振興部 産業企画課 伝統産業相談窓口',
      mechanism: '市・産地組合・地域金融機関による事業承継と設備更新の支援の仕組み',
    },
    kgis: [
      { id: 'kgi-va', kind: 'value_added', name: '当該計画による付加価値増加額', unit: '円', baseline_value: 0, baseline_fy: 2025, target_value: 1_500_000_000, target_fy: 2030 },
      { id: 'kgi-jobs', kind: 'wide_area_jobs', name: '域外を含む雇用創出数', unit: '人', baseline_value: 0, baseline_fy: 2025, target_value: 80, target_fy: 2030 },
    ],
    kpis: [
      { id: 'kpi-buyers', name: '海外の取引先数', unit: '社', baseline_value: 5, baseline_fy: 2025, target_value: 30, target_fy: 2030, measure_id: 'c-market' },
      { id: 'kpi-heirs', name: '事業承継の件数', unit: '件', baseline_value: 0, baseline_fy: 2025, target_value: 10, target_fy: 2030 },
    ],
    withdrawal_criteria: [
      { id: 'wd-buyers', kpi_id: 'kpi-buyers', comparison: 'lt', threshold: 10, consecutive_rounds: 2, note: '2回続けて10社を下回ったら販路開拓の方法を見直す' },
    ],
  };
}

const BUILDERS: Record<PlanType, () => PlanContentInput> = { A: typeA, B: typeB, C: typeC };

/** A complete, valid plan of the type (a new object on every call). */
export function completePlan(type: PlanType): PlanContent {
  return parsePlanContent(BUILDERS[type]());
}

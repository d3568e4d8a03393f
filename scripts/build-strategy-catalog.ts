/**
 * build-strategy-catalog.ts
 *
 * Builds the reference catalog of the national strategy
 * 地域未来戦略（原案, 令和8年6月30日） in Sousei's JSON interchange format.
 *
 *   npx tsx scripts/build-strategy-catalog.ts [catalog.json] [seed.txt]
 *
 * Input 1 (argv[2]): the reviewed machine-readable KPI/KGI catalog
 *   default ../shared/reference/chiiki-mirai-senryaku-2026.kpis.json
 * Input 2 (argv[3], optional): the seed text of the strategy. When it can be
 *   read, every emitted KPI name and target wording is re-checked against the
 *   seed at its source line (whitespace / footnote markers / bracket width
 *   ignored). Default ../shared/seeds/001_065a3d8fd078d0e6.txt; skipped with a
 *   notice when absent.
 * Output: reference-data/strategies/chiiki-mirai-senryaku-2026.json
 *
 * All judgement calls are in the commented tables below (section "TABLES");
 * each row cites the seed line (L###) that is its evidence. Line numbers refer
 * to seed 001_065a3d8fd078d0e6.txt.
 *
 * Self-contained: node built-ins only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTES_JA } from './strategy-notes-ja.ts';

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

type SourceLevel = 'impact' | 'outcome' | 'output' | 'output_schedule_target' | 'cross_cutting' | 'plan_kgi_mandatory' | 'plan_kgi_optional';

type Comparator = 'gte' | 'gt' | 'lte' | 'approx' | 'gte_reference' | 'gt_reference' | 'gte_previous_year' | 'increase';

type YearBasis = 'FY' | 'CY' | null;

/** One entry of the shared catalog (`kpis[]`). */
interface SourceKpi {
  id: string;
  level: SourceLevel;
  logic_model_node: string | null;
  section: string;
  measure: string;
  indicator_ja: string;
  indicator_en: string;
  target_value: number | null;
  target_comparator: Comparator;
  target_text_ja: string | null;
  unit: string;
  unit_ja: string | null;
  target_year: number | null;
  target_period_ja: string | null;
  year_basis: YearBasis;
  baseline_value: number | null;
  baseline_year: number | null;
  baseline_text_ja: string | null;
  line: number;
  notes: string | null;
}

/** One entry of the shared catalog (`milestones[]`), passed through unchanged. */
interface SourceMilestone {
  id: string;
  kind: string;
  section: string;
  measure: string;
  line: number;
  [key: string]: unknown;
}

interface SourceCatalog {
  kpis: SourceKpi[];
  milestones: SourceMilestone[];
}

type NodeLevel = 'goal' | 'impact' | 'outcome' | 'output' | 'other';
type Direction = 'increase' | 'decrease' | 'maintain';

interface StrategyNode {
  id: string;
  parent: string | null;
  level: NodeLevel;
  name: string;
  name_en: string;
  code: string | null;
  source_line: number;
  figure_line?: number;
  notes?: string;
}

interface Target {
  value: number | null;
  period: string | null;
  text: string;
  relative_to?: string;
  recurrence?: 'annual' | 'per_cohort';
  valid_from?: string;
  valid_to?: string;
  window_from?: string;
  set_in: string;
}

interface Baseline {
  value: number;
  period: string;
}

interface CatalogFixApplied {
  field: string;
  from: unknown;
  to: unknown;
  line: number;
  reason: string;
}

interface KpiBase {
  id: string;
  node: string;
  name: string;
  name_en: string;
  unit: string;
  unit_text?: string;
  unit_en?: string;
  direction: Direction;
  baseline: Baseline | null;
  baseline_text?: string;
  targets: Target[];
  target_text: string;
  observations: { period: string; value: number; flag?: string }[];
  comparator: Comparator | null;
  target_period_text: string | null;
  level: SourceLevel;
  in_logic_model: boolean;
  section: string;
  measure: string;
  source_line: number;
  /** 備考 for planners (Japanese, no line numbers: strategy-notes-ja.ts) */
  notes: string | null;
  /** the catalog's developer note with its seed line references; not shown */
  notes_provenance?: string;
  year_basis: YearBasis;
  catalog_fixes?: CatalogFixApplied[];
}

interface KpiOut extends KpiBase {
  composite?: true;
  name_constructed?: true;
  components?: KpiBase[];
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

const SET_IN = '2026-06-30';
const PERIOD_RE = /^(FY)?\d{4}(-\d{2})?$/;
const DIRECTION_WORDS = ['増加', '減少', '低下', '維持', '反転'] as const;

const STRATEGY = {
  id: 'chiiki-mirai-senryaku-2026',
  name: '地域未来戦略',
  name_en: 'Regional Future Strategy',
  edition: '原案 2026-06-30',
  owner_code: '000000',
  period: { from: 'FY2026', to: 'FY2030' }, // L56: 2030年度までを計画期間とする
  source: '内閣官房「地域未来戦略（原案）」（令和8年6月30日）',
  // L62 (第2章 目標); nominal form as printed at the top of the figure, L1770.
  goal: '47都道府県のどこに住んでいても、安全に生活することができ、必要な医療・福祉や質の高い教育を受けることができ、働く場所がある社会の実現',
} as const;

// ===========================================================================
// TABLES (judgement calls; evidence = seed line numbers)
// ===========================================================================

/**
 * TABLE 1 — Node tree (第6節 ロジックモデル, figure L1750–1827).
 *
 * - goal: 第2章 target sentence (L62), drawn at the top of the figure (L1770).
 * - impacts = the three pillars of 第6節 (L1696/1716/1728; figure L1772/1798/1801).
 * - outcomes ア/イ/ウ/エ (headings L78/943/1062/1158; figure L1775/1804/1808/1812).
 *   Impact 2 has two outcomes (イ, ウ): 第2節 (L939) contains both.
 * - outputs a–r (headings in 第1節–第3節). OCR errors in the seed headings are
 *   corrected from the figure (L1817–1827): L1039 "1." = l, L1160 "0." = o,
 *   L1250 "g." = q. Item r (L1295) is not drawn in the figure but the
 *   "18項目" count (L1768) requires it.
 * - plans: the three plan types are drawn inside outcome ア (L1777–1779);
 *   their mandatory KGIs are in ア.I.3 (L379–408). Level "other".
 * - cross-cutting: 第4節 (L1313) "複数のアウトカムに広く貢献する" (L1315), i.e.
 *   no single outcome parent → attached to the goal. Level "other".
 */
const NODES: StrategyNode[] = [
  {
    id: 'goal',
    parent: null,
    level: 'goal',
    code: null,
    source_line: 62,
    figure_line: 1770,
    name: STRATEGY.goal,
    name_en:
      'A society where, wherever one lives among the 47 prefectures, one can live safely, receive necessary medical care and welfare and quality education, and has a place to work',
  },

  { id: 'impact-1', parent: 'goal', level: 'impact', code: '1', source_line: 1696, figure_line: 1772, name: '強い地域経済の構築', name_en: 'Building strong regional economies' },
  { id: 'impact-2', parent: 'goal', level: 'impact', code: '2', source_line: 1716, figure_line: 1798, name: '豊かな生活環境', name_en: 'Rich living environment' },
  { id: 'impact-3', parent: 'goal', level: 'impact', code: '3', source_line: 1728, figure_line: 1801, name: '選ばれる地方', name_en: 'Regions that people choose' },

  {
    id: 'outcome-a',
    parent: 'impact-1',
    level: 'outcome',
    code: 'ア',
    source_line: 78,
    figure_line: 1775,
    name: '産業クラスターの形成に伴う高付加価値型産業創出',
    name_en: 'Creation of high-value-added industries through industrial-cluster formation',
  },
  {
    id: 'outcome-i',
    parent: 'impact-2',
    level: 'outcome',
    code: 'イ',
    source_line: 943,
    figure_line: 1804,
    name: '持続可能な生活インフラの実現',
    name_en: 'Sustainable living infrastructure',
  },
  {
    id: 'outcome-u',
    parent: 'impact-2',
    level: 'outcome',
    code: 'ウ',
    source_line: 1062,
    figure_line: 1808,
    name: '地域の暮らしの満足感向上',
    name_en: 'Higher satisfaction with local life',
  },
  {
    id: 'outcome-e',
    parent: 'impact-3',
    level: 'outcome',
    code: 'エ',
    source_line: 1158,
    figure_line: 1812,
    name: '魅力が感じられる地方の実現',
    name_en: 'Regions that feel attractive',
  },

  // Outputs a–h → outcome ア (第1節 ア.II.6, L800; figure L1787–1794)
  { id: 'output-a', parent: 'outcome-a', level: 'output', code: 'a', source_line: 802, figure_line: 1787, name: '地域資源の活用促進', name_en: 'Promoting use of local resources' },
  { id: 'output-b', parent: 'outcome-a', level: 'output', code: 'b', source_line: 840, figure_line: 1788, name: 'GX・DXの推進', name_en: 'Promoting GX and DX' },
  {
    id: 'output-c',
    parent: 'outcome-a',
    level: 'output',
    code: 'c',
    source_line: 854,
    figure_line: 1789,
    name: '産業の地方移転・産業立地促進',
    name_en: 'Relocation of industry to the regions and industrial siting',
  },
  {
    id: 'output-d',
    parent: 'outcome-a',
    level: 'output',
    code: 'd',
    source_line: 864,
    figure_line: 1790,
    name: '中堅・中小企業等の稼ぐ力の強化',
    name_en: 'Strengthening the earning power of mid-sized firms and SMEs',
  },
  { id: 'output-e', parent: 'outcome-a', level: 'output', code: 'e', source_line: 879, figure_line: 1791, name: 'スタートアップの創出促進', name_en: 'Promoting startup creation' },
  {
    id: 'output-f',
    parent: 'outcome-a',
    level: 'output',
    code: 'f',
    source_line: 896,
    figure_line: 1792,
    name: '地場製品の輸出促進',
    name_en: 'Promoting exports of local products',
    notes: '見出し(L896)は「地場製品」、ロジックモデル図(L1792)は「地場産品」。見出しの表記を採用。',
  },
  { id: 'output-g', parent: 'outcome-a', level: 'output', code: 'g', source_line: 912, figure_line: 1793, name: 'インバウンド促進', name_en: 'Promoting inbound tourism' },
  {
    id: 'output-h',
    parent: 'outcome-a',
    level: 'output',
    code: 'h',
    source_line: 922,
    figure_line: 1794,
    name: '人材育成・リスキリング促進',
    name_en: 'Promoting human-resource development and reskilling',
  },

  // Outputs i–l → outcome イ (figure L1817–1820)
  { id: 'output-i', parent: 'outcome-i', level: 'output', code: 'i', source_line: 945, figure_line: 1817, name: '公共交通の維持', name_en: 'Maintaining public transport' },
  { id: 'output-j', parent: 'outcome-i', level: 'output', code: 'j', source_line: 977, figure_line: 1818, name: '買物環境の維持', name_en: 'Maintaining shopping access' },
  { id: 'output-k', parent: 'outcome-i', level: 'output', code: 'k', source_line: 1002, figure_line: 1819, name: 'インフラの維持', name_en: 'Maintaining infrastructure' },
  {
    id: 'output-l',
    parent: 'outcome-i',
    level: 'output',
    code: 'l',
    source_line: 1039,
    figure_line: 1820,
    name: '災害対応の強化の促進',
    name_en: 'Strengthening disaster response',
    notes: '見出しはOCRで「1.」と印字(L1039)。図(L1820)により l と確定。',
  },

  // Outputs m–n → outcome ウ (figure L1822–1823)
  {
    id: 'output-m',
    parent: 'outcome-u',
    level: 'output',
    code: 'm',
    source_line: 1064,
    figure_line: 1822,
    name: '満足できる子育て・医療・介護・福祉サービスの実現',
    name_en: 'Satisfactory childcare, medical, long-term care and welfare services',
  },
  {
    id: 'output-n',
    parent: 'outcome-u',
    level: 'output',
    code: 'n',
    source_line: 1099,
    figure_line: 1823,
    name: '持続可能なまちづくり',
    name_en: 'Sustainable community development',
  },

  // Outputs o–r → outcome エ (figure L1825–1827; r implied by "18項目", L1768)
  {
    id: 'output-o',
    parent: 'outcome-e',
    level: 'output',
    code: 'o',
    source_line: 1160,
    figure_line: 1825,
    name: '多様性に富んだ地方の実現',
    name_en: 'Diverse regions',
    notes: '見出しはOCRで「0.」と印字(L1160)。図(L1825)により o と確定。',
  },
  {
    id: 'output-p',
    parent: 'outcome-e',
    level: 'output',
    code: 'p',
    source_line: 1217,
    figure_line: 1826,
    name: '教育環境整備の推進',
    name_en: 'Improving the educational environment',
  },
  {
    id: 'output-q',
    parent: 'outcome-e',
    level: 'output',
    code: 'q',
    source_line: 1250,
    figure_line: 1827,
    name: '都市と地方の共生の実現',
    name_en: 'Coexistence of cities and regions',
    notes: '見出しはOCRで「g.」と印字(L1250)。図(L1827)により q と確定（実際の g はL912）。',
  },
  {
    id: 'output-r',
    parent: 'outcome-e',
    level: 'output',
    code: 'r',
    source_line: 1295,
    name: '地方への移住推進',
    name_en: 'Promoting migration to the regions',
    notes: 'ロジックモデル図(L1825–1827)には描かれていないが、「18項目43指標」(L1768)の計数上 エ に属する。',
  },

  // Plan types (drawn inside outcome ア, L1777–1779; KGIs L379–408)
  {
    id: 'plans',
    parent: 'outcome-a',
    level: 'other',
    code: null,
    source_line: 100,
    figure_line: 1777,
    name: '個別計画（3類型）',
    name_en: 'Individual plans (three types)',
    notes: '「地域未来戦略に関する3つの類型の計画」(L100)。必須KGIは L379–408。',
  },
  { id: 'plan-a', parent: 'plans', level: 'other', code: 'A', source_line: 120, figure_line: 1777, name: '戦略産業クラスター計画', name_en: 'Strategic industry cluster plan' },
  { id: 'plan-b', parent: 'plans', level: 'other', code: 'B', source_line: 202, figure_line: 1778, name: '地域産業クラスター計画', name_en: 'Regional industry cluster plan' },
  { id: 'plan-c', parent: 'plans', level: 'other', code: 'C', source_line: 303, figure_line: 1779, name: '地場産業成長プラン', name_en: 'Local industry growth plan' },

  // Cross-cutting measures (第4節, L1313–1431)
  {
    id: 'cross-cutting',
    parent: 'goal',
    level: 'other',
    code: null,
    source_line: 1313,
    name: '横断的施策',
    name_en: 'Cross-cutting measures',
    notes: '第4節「横断的施策の推進」。複数のアウトカムに広く貢献する施策(L1315)のため goal の直下に置く。',
  },
  {
    id: 'cross-cutting-1',
    parent: 'cross-cutting',
    level: 'other',
    code: '(1)',
    source_line: 1317,
    name: '人的支援・人材育成',
    name_en: 'Human support and human-resource development',
  },
  {
    id: 'cross-cutting-2',
    parent: 'cross-cutting',
    level: 'other',
    code: '(2)',
    source_line: 1338,
    name: '情報支援・デジタルツールの整備',
    name_en: 'Information support and digital tools',
  },
  { id: 'cross-cutting-3', parent: 'cross-cutting', level: 'other', code: '(3)', source_line: 1370, name: '規制・制度改革', name_en: 'Regulatory and institutional reform' },
  { id: 'cross-cutting-4', parent: 'cross-cutting', level: 'other', code: '(4)', source_line: 1394, name: '財政・金融による支援等', name_en: 'Fiscal and financial support' },
  { id: 'cross-cutting-5', parent: 'cross-cutting', level: 'other', code: '(5)', source_line: 1416, name: 'その他', name_en: 'Other' },
];

/**
 * TABLE 2 — Logic-model counts printed in the figure (L1758–1768).
 * The build throws unless the grouped KPIs reproduce them.
 */
const LOGIC_MODEL_LEVELS = [
  { level: 'impact', label: 'インパクト＝政策目標', items: 3, indicators: 3, source_line: 1760 },
  { level: 'outcome', label: 'アウトカム＝国民・企業等の動き', items: 4, indicators: 12, source_line: 1764 },
  { level: 'output', label: 'アウトプット＝関連施策の成果', items: 18, indicators: 43, source_line: 1768 },
] as const;

/**
 * TABLE 3 — Catalog `logic_model_node` → node id. Cross-cutting KPIs have
 * logic_model_node = null and are mapped by id prefix CC-<n> → cross-cutting-<n>
 * (第4節 (1)–(5): KPI blocks L1324/1356/1376/1401/1427).
 */
const LOGIC_MODEL_NODE_MAP: Record<string, string> = {
  'impact:強い地域経済の構築': 'impact-1', // L1698
  'impact:豊かな生活環境': 'impact-2', // L1718
  'impact:選ばれる地方': 'impact-3', // L1730
  'outcome:ア': 'outcome-a', // L1700–1714
  'outcome:イ': 'outcome-i', // L1720–1722
  'outcome:ウ': 'outcome-u', // L1724–1726
  'outcome:エ': 'outcome-e', // L1736–1742
  ...Object.fromEntries('abcdefghijklmnopqr'.split('').map((c) => [`output:${c}`, `output-${c}`])),
  'plan:A': 'plan-a', // L385–392
  'plan:B': 'plan-b', // L394–401
  'plan:C': 'plan-c', // L403–408
};

/**
 * TABLE 4 — Composite indicators. The figure counts one bullet as one
 * indicator (3/12/43, L1760–1768), while the shared catalog splits some bullets
 * into sub-entries. Each group becomes ONE parent KPI (targets: []) with the
 * sub-entries as `components` (ids kept).
 */
const COMPOSITES: {
  id: string;
  components: string[];
  name: string;
  name_en: string;
  source_line: number;
  name_constructed?: true;
  evidence: string;
}[] = [
  {
    id: 'IMP-03',
    components: ['IMP-03a', 'IMP-03b'],
    source_line: 1730,
    name: '東京圏以外で暮らすことを希望し実現できている、若者や女性の割合',
    name_en: 'Share of young people and women who wish to live outside the Tokyo area and actually do so',
    evidence: 'L1730 one indicator; sub-values 若者 (L1732) / 女性 (L1734); figure L1802 shows one KPI.',
  },
  {
    id: 'OUT-A-04',
    components: ['OUT-A-04a', 'OUT-A-04b'],
    source_line: 1784,
    name: '訪日外国人旅行者数及び訪日外国人旅行者の地方部における延べ宿泊者数',
    name_en: 'Number of foreign visitors to Japan, and their total guest-nights in non-metropolitan areas',
    evidence: 'Text L1708/L1710 lists both under ④; figure L1784 names them as one KPI ④ with 「及び」.',
  },
  {
    id: 'OUT-d-02',
    components: ['OUT-d-02a', 'OUT-d-02b', 'OUT-d-02c', 'OUT-d-02d'],
    source_line: 869,
    name: '（中堅・中小・スタートアップ企業の賃上げに向けた省力化等の大規模成長投資補助金事業の）交付決定企業の申請計画における、対象事業に関わる従業員の一人当たり給与支給総額伸び率',
    name_en:
      'Growth rate of total salary per employee involved in the target project, in the application plans of companies granted the Large-scale Growth Investment Subsidy (by budget cohort)',
    evidence: 'One bullet L869 with three cohort lines L870–872; L872 carries two thresholds (年平均5% / 100億宣言企業4.5%) → 4 components.',
  },
  {
    id: 'OUT-k-03',
    components: ['OUT-k-03a', 'OUT-k-03b', 'OUT-k-03c'],
    source_line: 1026,
    name: '立地適正化計画に関する指標',
    name_en: 'Indicators on location-optimisation plans',
    evidence: 'Bullet L1026 with three sub-lines L1027–1029.',
  },
  {
    id: 'OUT-o-01',
    components: ['OUT-o-01a', 'OUT-o-01b', 'OUT-o-01c'],
    source_line: 1188,
    name: '「地域働き方・職場改革」への取組に関する指標',
    name_en: "Indicators on the 'regional work-style and workplace reform' initiative",
    evidence: 'Bullet L1188 with sub-lines L1190–1191 and L1193–1195 (two shares sharing one target).',
  },
  {
    id: 'OUT-q-02',
    components: ['OUT-q-02a', 'OUT-q-02b'],
    source_line: 1277,
    name_constructed: true,
    name: '地域おこし協力隊の隊員数及び地域活性化起業人の人数',
    name_en: 'Number of Community-Revitalisation Cooperation Corps members and of regional revitalisation entrepreneurs',
    evidence: 'One bullet L1277 continuing on L1278 (no bullet mark). The seed has no umbrella wording; name joins the two with 「及び」 as in L1784.',
  },
];

/**
 * TABLE 5 — Corrections to the shared catalog found when checking each KPI
 * against the seed text at its `line`. Applied before conversion and recorded
 * on the KPI under `catalog_fixes`.
 */
const CATALOG_FIXES: {
  id: string;
  field: keyof SourceKpi;
  to: string | number | null;
  line: number;
  reason: string;
}[] = [
  // KGI horizon for plan A is worded 「KGI（2040 年目標）」 = calendar year.
  ...(['KGI-A-01', 'KGI-A-02', 'KGI-A-03'] as const).flatMap((id) => [
    { id, field: 'year_basis' as const, to: 'CY', line: 182, reason: '「KGI（2040 年目標）」は「年」表記（暦年）。catalog は null。' },
    { id, field: 'target_period_ja' as const, to: '2040年目標', line: 182, reason: 'catalog の target_period_ja に編集注記「(L182)」が混入していたため除去。' },
  ]),
  // Plan KGI names: the catalog joins the KGI heading and its ✓ line with " ✓"
  // (a list-marker artefact of the seed). Joined with "：" instead, as the
  // catalog already does for sub-indicators (e.g. OUT-k-03a).
  ...(
    [
      ['KGI-A-01', 388, '官民設備投資額の増加：当該計画による官民設備投資額'],
      ['KGI-A-02', 390, '地域の人材力強化：当該計画による産業ニーズに即した人材育成数'],
      ['KGI-A-03', 392, '地方における付加価値向上：当該計画による付加価値増加額'],
      ['KGI-B-01', 397, '官民設備投資額の増加：当該計画による官民設備投資額'],
      ['KGI-B-02', 399, '地域の人材力強化：当該計画による産業ニーズに即した人材育成数'],
      ['KGI-B-03', 401, '地方における付加価値向上：当該計画による付加価値増加額'],
      ['KGI-C-01', 406, '地方における付加価値向上：当該計画による付加価値増加額'],
    ] as const
  ).map(([id, line, to]) => ({
    id,
    field: 'indicator_ja' as const,
    to,
    line,
    reason: '見出しと✓行の連結に箇条記号「✓」が残っていたため「：」で連結。',
  })),
  {
    id: 'OUT-b-02',
    field: 'year_basis',
    to: null,
    line: 845,
    reason: '「50%以上（各採択テーマ終了後おおむね3年）」に年度/年の表記はない（採択テーマごとの相対期間）。catalog は FY。',
  },
  {
    id: 'OUT-E-03',
    field: 'baseline_text_ja',
    line: 1742,
    to: '※具体的な基準値及び目標値については、2026年度中に実施予定の調査の結果等を踏まえて設定。',
    reason: '基準値未設定の理由が L1742 に明記されているため baseline_text に反映（catalog は notes のみ）。',
  },
];

/**
 * TABLE 6 — Relative targets (comparators gte_reference / gt_reference /
 * gte_previous_year): what the value is compared with.
 */
const RELATIVE_TO: Record<string, { relative_to: string; line: number }> = {
  'IMP-01': { relative_to: '東京圏', line: 1698 }, // 「東京圏以上（2030年）」; 東京圏 = 4都県 (L1207)
  'OUT-A-01': { relative_to: '東京圏', line: 1700 }, // 「東京圏以上（2030年）」
  'OUT-d-02a': { relative_to: '地域別の最低賃金の伸び率', line: 870 },
  'OUT-d-02b': { relative_to: '全国平均の最低賃金の伸び率', line: 871 },
  'OUT-o-01a': { relative_to: '前年度', line: 1190 }, // 「毎年前年度以上」 (L1190–1191)
};

/**
 * TABLE 7 — Target timing. Recurring targets get period null (+ recurrence and
 * optional validity window); cumulative / multi-year windows keep their end
 * period and record the window start.
 */
const TARGET_TIMING: Record<string, { recurrence?: 'annual' | 'per_cohort'; period_null?: true; valid_from?: string; valid_to?: string; window_from?: string; line: number }> = {
  'OUT-a-02': { recurrence: 'per_cohort', period_null: true, line: 807 }, // 各年度の採択事業について（終了5年後）
  'OUT-a-03': { recurrence: 'annual', period_null: true, line: 808 }, // 80%以上（毎年）
  'OUT-a-08': { recurrence: 'annual', period_null: true, valid_from: 'FY2025', valid_to: 'FY2027', line: 814 }, // 毎年14件（2025～2027年度）
  'OUT-b-02': { recurrence: 'per_cohort', period_null: true, line: 845 }, // 各採択テーマ終了後おおむね3年
  'OUT-h-01': { recurrence: 'annual', period_null: true, valid_to: '2029', line: 926 }, // 毎年約5,000人（2029年まで）
  'OUT-k-03c': { recurrence: 'annual', period_null: true, line: 1029 }, // 66.6%以上（毎年度）
  'OUT-o-01a': { recurrence: 'annual', period_null: true, line: 1190 }, // 毎年前年度以上
  'CC-1-03': { recurrence: 'annual', period_null: true, line: 1328 }, // 6,000人（各年度）
  'OUT-e-03': { window_from: 'FY2026', line: 885 }, // 95%（2026年度～2030年度）
  'OUT-m-01': { window_from: 'FY2023', line: 1081 }, // 263件（2023～2027年度累計）
  'OUT-o-02': { window_from: 'FY2025', line: 1198 }, // 21.7万人（2025～2030年度累計）
  'CC-4-03': { window_from: 'FY2015', line: 1405 }, // 40,000人（2015年度～2027年度累計）
};

/**
 * TABLE 8 — Unit normalisation (catalog unit_ja → interchange unit). Rates
 * ("伸び率", "成長率", "年平均…%") are expressed in %; per-year targets carry the
 * plain count unit (the recurrence is in TABLE 7). KGIs have no unit_ja; their
 * unit follows the English catalog unit. The original is kept in `unit_text`.
 */
const UNIT_JA_MAP: Record<string, string> = {
  伸び率: '%', // L1698, L870–871
  成長率: '%', // L1700
  '%/年': '%', // L872 年平均5% / 4.5%
  '件/年': '件', // L814 毎年14件
  '人/年': '人', // L926 毎年約5,000人, L1328 6,000人（各年度）
};
const UNIT_EN_MAP: Record<string, string> = { JPY: '円', persons: '人' }; // KGIs L388–408

/**
 * TABLE 9 — Direction. Rule (applied to the TARGET wording only, never to
 * the indicator name): comparator lte or target text with 減少/低下/ゼロ/0に →
 * decrease; 維持 in the target text → maintain; otherwise increase.
 * Overrides below document indicators whose NAME contains 維持 but whose target
 * is a floor (increase). The build asserts that the decrease set is exactly
 * EXPECTED_DECREASE.
 */
const DIRECTION_OVERRIDES: Record<string, { direction: Direction; line: number; why: string }> = {
  'IMP-02': { direction: 'increase', line: 1718, why: '名称に「質の維持」を含むが目標は42%→46%に向上' },
  'OUT-k-03c': { direction: 'increase', line: 1029, why: '名称に「維持・増加」を含むが目標は66.6%以上（下限）' },
};
const EXPECTED_DECREASE = new Set([
  'OUT-I-01', // L1720 2,740地区→0地区に減少
  'OUT-I-02', // L1722 23%→19%に減少
  'OUT-i-01', // L961 0地区・地点（2027年度）
]);

/**
 * TABLE 10 — Seed wording check exceptions. Names/targets in the catalog that
 * are deliberately NOT verbatim (constructed by splitting or joining seed
 * lines). Everything else must match the seed within ±3 lines of `line`.
 */
const NOT_VERBATIM: Record<string, { name?: string; target?: string }> = {
  'IMP-03a': { name: 'L1730 split: 若者 sub-value' },
  'IMP-03b': { name: 'L1730 split: 女性 sub-value' },
  'OUT-a-09': { name: 'footnote 16 (L825) expanded into the name' },
  'OUT-d-02a': { name: 'L869 + cohort suffix 【令和5年度補正予算】' },
  'OUT-d-02b': { name: 'L869 + cohort suffix 【令和6年度補正予算】' },
  'OUT-d-02c': { name: 'L869 + cohort suffix', target: 'L872 split: 年平均5%' },
  'OUT-d-02d': { name: 'L869 + cohort suffix', target: 'L872 split: 100億宣言企業は4.5%' },
  'OUT-k-03a': { name: 'prefix 立地適正化計画に関する指標 (L1026)' },
  'OUT-k-03b': { name: 'prefix 立地適正化計画に関する指標 (L1026)' },
  'OUT-k-03c': { name: 'prefix 立地適正化計画に関する指標 (L1026)' },
  'OUT-o-01a': { name: 'prefix 「地域働き方・職場改革」への取組に関する指標 (L1188)' },
  'OUT-q-02': { name: 'constructed (TABLE 4)' },
  'KGI-A-01': { name: 'heading + ✓ line joined (L387–388)' },
  'KGI-A-02': { name: 'heading + ✓ line joined (L389–390)' },
  'KGI-A-03': { name: 'heading + ✓ line joined (L391–392)' },
  'KGI-B-01': { name: 'heading + ✓ line joined (L396–397)' },
  'KGI-B-02': { name: 'heading + ✓ line joined (L398–399)' },
  'KGI-B-03': { name: 'heading + ✓ line joined (L400–401)' },
  'KGI-C-01': { name: 'heading + ✓ line joined (L405–406)' },
};

/**
 * TABLE 11 — Milestone → node. Items of 第1節–第3節 [工程] map to output-<letter>
 * from their measure; 第4節 (1)–(5) to cross-cutting-<n>; plan-framework
 * statements to the plan nodes; the two 第6節 notes to their outcome. Others
 * (strategy period L56, 国内投資マップ L54, 地域未来基金費 L418, PDCA L1748) → null.
 */
function milestoneNode(m: SourceMilestone): string | null {
  const out = /^([a-r])\. /.exec(m.measure);
  if (out && /^第3章第[123]節/.test(m.section)) return `output-${out[1]}`;
  const cc = /^\(([1-5])\) /.exec(m.measure);
  if (cc && m.section.startsWith('第3章第4節')) return `cross-cutting-${cc[1]}`;
  if (m.measure.startsWith('A. 戦略産業クラスター計画')) return 'plan-a'; // L182, L197
  if (m.measure === '3類型の計画' || m.measure === 'B/C 計画' || m.measure === 'PDCAメカニズム') return 'plans'; // L116/118/238/381
  if (m.measure.startsWith('アウトカム ⑤')) return 'outcome-a'; // L1714 (OUT-A-05)
  if (m.measure.startsWith('アウトカム ③関係人口')) return 'outcome-e'; // L1742 (OUT-E-03)
  return null;
}

// ===========================================================================
// Conversion
// ===========================================================================

const LOGIC_LEVELS: ReadonlySet<SourceLevel> = new Set(['impact', 'outcome', 'output']);

function period(year: number | null, basis: YearBasis, id: string): string | null {
  if (year === null) return null;
  if (basis === 'FY') return `FY${year}`;
  if (basis === 'CY') return `${year}`;
  throw new Error(`${id}: year ${year} without year_basis`);
}

function kpiNode(k: SourceKpi): string {
  const cc = /^CC-([1-5])-/.exec(k.id);
  if (cc) return `cross-cutting-${cc[1]}`;
  if (k.logic_model_node === null) throw new Error(`${k.id}: no logic_model_node`);
  const n = LOGIC_MODEL_NODE_MAP[k.logic_model_node];
  if (!n) throw new Error(`${k.id}: unmapped logic_model_node ${k.logic_model_node}`);
  return n;
}

function direction(k: SourceKpi): Direction {
  const o = DIRECTION_OVERRIDES[k.id];
  if (o) return o.direction;
  const t = k.target_text_ja ?? '';
  if (k.target_comparator === 'lte' || /減少|低下|ゼロ|0に/.test(t)) return 'decrease';
  if (/維持/.test(t)) return 'maintain';
  return 'increase';
}

function unitOf(k: SourceKpi): { unit: string; unit_text?: string } {
  if (k.unit_ja === null) {
    const u = UNIT_EN_MAP[k.unit];
    if (!u) throw new Error(`${k.id}: no unit_ja and unmapped unit ${k.unit}`);
    return { unit: u };
  }
  const mapped = UNIT_JA_MAP[k.unit_ja];
  return mapped ? { unit: mapped, unit_text: k.unit_ja } : { unit: k.unit_ja };
}

function convert(k: SourceKpi, fixes: CatalogFixApplied[]): KpiBase {
  const dir = direction(k);
  const timing = TARGET_TIMING[k.id];
  const tPeriod = timing?.period_null ? null : period(k.target_year, k.year_basis, k.id);

  let target: Target;
  const extra: Partial<Target> = {};
  if (timing?.recurrence) extra.recurrence = timing.recurrence;
  if (timing?.valid_from) extra.valid_from = timing.valid_from;
  if (timing?.valid_to) extra.valid_to = timing.valid_to;
  if (timing?.window_from) extra.window_from = timing.window_from;

  if (typeof k.target_value === 'number') {
    target = { value: k.target_value, period: tPeriod, text: k.target_text_ja ?? '', ...extra, set_in: SET_IN };
  } else if (k.target_comparator === 'increase') {
    // Direction-only target: text must be exactly the direction word.
    target = { value: null, period: tPeriod, text: '増加', ...extra, set_in: SET_IN };
  } else if (['gte_reference', 'gt_reference', 'gte_previous_year'].includes(k.target_comparator)) {
    const rel = RELATIVE_TO[k.id];
    if (!rel) throw new Error(`${k.id}: relative target without RELATIVE_TO entry`);
    target = { value: null, period: tPeriod, text: k.target_text_ja ?? '', relative_to: rel.relative_to, ...extra, set_in: SET_IN };
  } else {
    throw new Error(`${k.id}: null target_value with comparator ${k.target_comparator}`);
  }
  if (target.text === '') throw new Error(`${k.id}: empty target text`);

  const baseline: Baseline | null =
    k.baseline_value !== null && k.baseline_year !== null ? { value: k.baseline_value, period: period(k.baseline_year, k.year_basis, k.id) as string } : null;

  const out: KpiBase = {
    id: k.id,
    node: kpiNode(k),
    name: k.indicator_ja,
    name_en: k.indicator_en,
    ...unitOf(k),
    unit_en: k.unit,
    direction: dir,
    baseline,
    ...(k.baseline_text_ja ? { baseline_text: k.baseline_text_ja } : {}),
    targets: [target],
    target_text: k.target_text_ja ?? k.target_period_ja ?? '',
    observations: [],
    comparator: k.target_comparator,
    target_period_text: k.target_period_ja,
    level: k.level,
    in_logic_model: LOGIC_LEVELS.has(k.level),
    section: k.section,
    measure: k.measure,
    source_line: k.line,
    notes: noteJa(k.id, k.notes),
    ...(k.notes ? { notes_provenance: k.notes } : {}),
    year_basis: k.year_basis,
    ...(fixes.length ? { catalog_fixes: fixes } : {}),
  };
  return out;
}

/** The 備考 shown to planners (strategy-notes-ja.ts); a developer note without one is an error. */
function noteJa(id: string, developerNote: string | null): string | null {
  if (!developerNote) return null;
  const ja = NOTES_JA[id];
  if (!ja) throw new Error(`${id}: the note has no Japanese 備考 in scripts/strategy-notes-ja.ts`);
  return ja;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function buildComposite(def: (typeof COMPOSITES)[number], parts: KpiBase[]): KpiOut {
  const first = parts[0];
  if (!first) throw new Error(`${def.id}: no components`);
  const same = <K extends keyof KpiBase>(key: K): KpiBase[K] | undefined => {
    const vals = uniq(parts.map((p) => JSON.stringify(p[key])));
    return vals.length === 1 ? first[key] : undefined;
  };
  const node = same('node');
  const level = same('level');
  const dir = same('direction');
  if (!node || !level || !dir) throw new Error(`${def.id}: components disagree on node/level/direction`);
  const units = uniq(parts.map((p) => p.unit));
  return {
    id: def.id,
    node,
    name: def.name,
    name_en: def.name_en,
    unit: units.join('・'),
    direction: dir,
    baseline: null,
    targets: [],
    target_text: parts.map((p) => p.target_text).join('／'),
    components: parts,
    observations: [],
    comparator: null,
    target_period_text: null,
    level,
    in_logic_model: first.in_logic_model,
    section: first.section,
    measure: first.measure,
    source_line: def.source_line,
    notes: noteJa(def.id, def.evidence),
    notes_provenance: `Composite indicator (counts as one indicator in the logic model). ${def.evidence}`,
    year_basis: same('year_basis') ?? null,
    composite: true,
    ...(def.name_constructed ? { name_constructed: true as const } : {}),
  };
}

// ---------------------------------------------------------------------------
// Input parsing (runtime shape checks; no external schema library)
// ---------------------------------------------------------------------------

function parseCatalog(raw: unknown): SourceCatalog {
  if (typeof raw !== 'object' || raw === null) throw new Error('catalog: not an object');
  const o = raw as Record<string, unknown>;
  if (!Array.isArray(o.kpis) || !Array.isArray(o.milestones)) throw new Error('catalog: kpis/milestones missing');
  const comparators: Comparator[] = ['gte', 'gt', 'lte', 'approx', 'gte_reference', 'gt_reference', 'gte_previous_year', 'increase'];
  for (const k of o.kpis as Record<string, unknown>[]) {
    const id = String(k.id);
    for (const f of ['id', 'level', 'section', 'measure', 'indicator_ja', 'indicator_en', 'unit'])
      if (typeof k[f] !== 'string') throw new Error(`catalog ${id}: ${f} not a string`);
    if (typeof k.line !== 'number') throw new Error(`catalog ${id}: line not a number`);
    if (!comparators.includes(k.target_comparator as Comparator)) throw new Error(`catalog ${id}: bad comparator`);
    if (![null, 'FY', 'CY'].includes(k.year_basis as string | null)) throw new Error(`catalog ${id}: bad year_basis`);
    for (const f of ['target_value', 'target_year', 'baseline_value', 'baseline_year'])
      if (k[f] !== null && typeof k[f] !== 'number') throw new Error(`catalog ${id}: ${f} not number|null`);
  }
  for (const m of o.milestones as Record<string, unknown>[])
    if (typeof m.id !== 'string' || typeof m.measure !== 'string' || typeof m.section !== 'string') throw new Error(`catalog milestone ${String(m.id)}: bad shape`);
  return raw as SourceCatalog;
}

// ---------------------------------------------------------------------------
// Seed wording check (optional)
// ---------------------------------------------------------------------------

const norm = (s: string): string =>
  s
    .replace(/[\s\u3000]/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');

function checkAgainstSeed(seedLines: string[], kpis: KpiOut[]): string[] {
  const problems: string[] = [];
  const all: KpiOut[] = kpis.flatMap((k) => [k, ...(k.components ?? [])]);
  for (const k of all) {
    const ln = k.source_line;
    const ctx = norm(seedLines.slice(Math.max(0, ln - 4), ln + 3).join(''));
    const exc = NOT_VERBATIM[k.id];
    if (!exc?.name && !ctx.includes(norm(k.name))) problems.push(`${k.id}: name not found near L${ln}`);
    if (exc?.name && ctx.includes(norm(k.name))) problems.push(`${k.id}: listed as not verbatim but name matches L${ln}`);
    const src = k.targets[0];
    const wording = k.composite ? null : k.comparator === 'increase' && src?.text === '増加' && k.level.startsWith('plan_') ? null : k.target_text;
    if (wording && !exc?.target && !ctx.includes(norm(wording))) problems.push(`${k.id}: target wording not found near L${ln}`);
    // Numeric value must be derivable from the wording (digits of the value appear).
    if (src && typeof src.value === 'number' && !k.composite) {
      const t = norm(k.target_text).replace(/,/g, '');
      const v = src.value;
      const candidates = [String(v), String(v / 1e4), String(v / 1e8), String(v / 1e12)];
      if (!candidates.some((c) => t.includes(c))) problems.push(`${k.id}: value ${v} not visible in "${k.target_text}"`);
    }
    if (k.baseline) {
      const t = norm(k.target_text).replace(/,/g, '');
      if (!t.includes(`${k.baseline.value}`) || !t.includes(`${k.baseline.period}年`))
        problems.push(`${k.id}: baseline ${k.baseline.value}/${k.baseline.period} not in "${k.target_text}"`);
    }
    // FY vs CY: the period suffix in the wording must agree with year_basis.
    if (k.year_basis && src?.period) {
      const y = src.period.replace(/^FY/, '');
      const t = norm(k.target_text + (k.target_period_text ?? ''));
      const fy = t.includes(`${y}年度`);
      const cy = new RegExp(`${y}年(?!度)`).test(t);
      if (k.year_basis === 'FY' && !fy) problems.push(`${k.id}: FY but wording lacks ${y}年度`);
      if (k.year_basis === 'CY' && !cy) problems.push(`${k.id}: CY but wording lacks ${y}年`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

function validate(nodes: StrategyNode[], kpis: KpiOut[], milestones: { id: string; node: string | null }[]): void {
  const errs: string[] = [];
  const nodeIds = new Set<string>();
  for (const n of nodes) {
    if (nodeIds.has(n.id)) errs.push(`duplicate node id ${n.id}`);
    nodeIds.add(n.id);
    if (!/^[a-z0-9-]+$/.test(n.id)) errs.push(`node id not lowercase ASCII: ${n.id}`);
  }
  for (const n of nodes) {
    if (n.parent !== null && !nodeIds.has(n.parent)) errs.push(`node ${n.id}: parent ${n.parent} missing`);
    if ((n.parent === null) !== (n.level === 'goal')) errs.push(`node ${n.id}: only the goal may be a root`);
  }
  const checkPeriod = (where: string, p: string | null | undefined): void => {
    if (p === null || p === undefined) return;
    if (!PERIOD_RE.test(p)) errs.push(`${where}: bad period ${p}`);
  };
  const kpiIds = new Set<string>();
  const checkKpi = (k: KpiBase | KpiOut, isComponent: boolean): void => {
    if (kpiIds.has(k.id)) errs.push(`duplicate KPI id ${k.id}`);
    kpiIds.add(k.id);
    if (!nodeIds.has(k.node)) errs.push(`KPI ${k.id}: node ${k.node} missing`);
    if (!['increase', 'decrease', 'maintain'].includes(k.direction)) errs.push(`KPI ${k.id}: bad direction`);
    if (!k.name || !k.unit) errs.push(`KPI ${k.id}: empty name/unit`);
    checkPeriod(`KPI ${k.id} baseline`, k.baseline?.period);
    for (const t of k.targets) {
      checkPeriod(`KPI ${k.id} target`, t.period);
      checkPeriod(`KPI ${k.id} valid_from`, t.valid_from);
      checkPeriod(`KPI ${k.id} valid_to`, t.valid_to);
      checkPeriod(`KPI ${k.id} window_from`, t.window_from);
      if (t.value === null && !t.relative_to && !(DIRECTION_WORDS as readonly string[]).includes(t.text))
        errs.push(`KPI ${k.id}: null target must be relative or a direction word`);
      if (t.set_in !== SET_IN) errs.push(`KPI ${k.id}: set_in`);
    }
    for (const o of k.observations) checkPeriod(`KPI ${k.id} observation`, o.period);
    if ('components' in k && k.components) {
      if (isComponent) errs.push(`KPI ${k.id}: nested components`);
      if (k.targets.length !== 0) errs.push(`KPI ${k.id}: composite parent must have targets: []`);
      for (const c of k.components) {
        if ('components' in c) errs.push(`component ${c.id} has components`);
        if (c.node !== k.node) errs.push(`component ${c.id} node differs from parent`);
        checkKpi(c, true);
      }
    }
  };
  for (const k of kpis) checkKpi(k, false);

  // Direction rule sanity: exactly the expected decrease set.
  const dec = kpis
    .flatMap((k) => [k, ...(k.components ?? [])])
    .filter((k) => k.direction === 'decrease')
    .map((k) => k.id);
  if (dec.length !== EXPECTED_DECREASE.size || !dec.every((id) => EXPECTED_DECREASE.has(id))) errs.push(`decrease set ${dec.join(',')} differs from EXPECTED_DECREASE`);

  // Logic-model counts (L1758–1768).
  for (const lv of LOGIC_MODEL_LEVELS) {
    const ks = kpis.filter((k) => k.level === lv.level);
    const items = new Set(ks.map((k) => k.node));
    const levelNodes = nodes.filter((n) => n.level === lv.level);
    if (ks.length !== lv.indicators) errs.push(`${lv.level}: ${ks.length} indicators, figure says ${lv.indicators}`);
    if (items.size !== lv.items || levelNodes.length !== lv.items) errs.push(`${lv.level}: ${items.size} items with KPIs / ${levelNodes.length} nodes, figure says ${lv.items}`);
  }

  for (const m of milestones) if (m.node !== null && !nodeIds.has(m.node)) errs.push(`milestone ${m.id}: node ${m.node} missing`);
  if (new Set(milestones.map((m) => m.id)).size !== milestones.length) errs.push('duplicate milestone id');

  if (errs.length) throw new Error(`Validation failed:\n  - ${errs.join('\n  - ')}`);
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

function main(): void {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const catalogPath = process.argv[2] ? resolve(process.cwd(), process.argv[2]) : resolve(repoRoot, '../shared/reference/chiiki-mirai-senryaku-2026.kpis.json');
  const seedPath = process.argv[3] ? resolve(process.cwd(), process.argv[3]) : resolve(repoRoot, '../shared/seeds/001_065a3d8fd078d0e6.txt');
  const outPath = resolve(repoRoot, 'reference-data/strategies/chiiki-mirai-senryaku-2026.json');

  const catalog = parseCatalog(JSON.parse(readFileSync(catalogPath, 'utf8')));
  const byId = new Map(catalog.kpis.map((k) => [k.id, k] as const));
  if (byId.size !== catalog.kpis.length) throw new Error('catalog: duplicate KPI ids');

  // Apply TABLE 5 fixes.
  const fixesById = new Map<string, CatalogFixApplied[]>();
  for (const f of CATALOG_FIXES) {
    const k = byId.get(f.id);
    if (!k) throw new Error(`CATALOG_FIXES: unknown id ${f.id}`);
    const from = k[f.field];
    if (from === f.to) continue; // already fixed upstream
    (k as unknown as Record<string, unknown>)[f.field] = f.to;
    const list = fixesById.get(f.id) ?? [];
    list.push({ field: f.field, from, to: f.to, line: f.line, reason: f.reason });
    fixesById.set(f.id, list);
  }

  // Convert, then group composites (TABLE 4), keeping catalog order.
  const converted = new Map(catalog.kpis.map((k) => [k.id, convert(k, fixesById.get(k.id) ?? [])] as const));
  const componentOf = new Map<string, (typeof COMPOSITES)[number]>();
  for (const c of COMPOSITES)
    for (const id of c.components) {
      if (!converted.has(id)) throw new Error(`COMPOSITES ${c.id}: unknown component ${id}`);
      componentOf.set(id, c);
    }
  const kpis: KpiOut[] = [];
  const emitted = new Set<string>();
  for (const k of catalog.kpis) {
    const comp = componentOf.get(k.id);
    if (!comp) {
      kpis.push(converted.get(k.id) as KpiOut);
      continue;
    }
    if (emitted.has(comp.id)) continue;
    emitted.add(comp.id);
    kpis.push(
      buildComposite(
        comp,
        comp.components.map((id) => converted.get(id) as KpiBase),
      ),
    );
  }

  const milestones = catalog.milestones.map((m) => ({ ...m, node: milestoneNode(m) }));

  validate(NODES, kpis, milestones);

  // Optional seed check.
  let seedNote = `seed not found at ${seedPath}; wording check skipped`;
  if (existsSync(seedPath)) {
    const problems = checkAgainstSeed(readFileSync(seedPath, 'utf8').split('\n'), kpis);
    if (problems.length) throw new Error(`Seed check failed:\n  - ${problems.join('\n  - ')}`);
    seedNote = 'seed wording check: OK (names, target wording, values, baselines, FY/CY)';
  }

  const doc = {
    strategy: STRATEGY,
    logic_model: { levels: LOGIC_MODEL_LEVELS, source_line: 1750 },
    provenance: {
      catalog: 'shared/reference/chiiki-mirai-senryaku-2026.kpis.json',
      seed: 'shared/seeds/001_065a3d8fd078d0e6.txt',
      generator: 'scripts/build-strategy-catalog.ts',
      line_numbers: 'source_line / figure_line refer to lines of the seed text',
    },
    nodes: NODES,
    kpis,
    milestones,
  };
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(doc, null, 2)}\n`, 'utf8');

  // Summary.
  const count = <T>(xs: T[], f: (x: T) => string): Record<string, number> =>
    xs.reduce<Record<string, number>>((acc, x) => {
      acc[f(x)] = (acc[f(x)] ?? 0) + 1;
      return acc;
    }, {});
  const comps = kpis.flatMap((k) => k.components ?? []);
  const fixes = [...fixesById.values()].reduce((n, l) => n + l.length, 0);
  console.log(`wrote ${outPath}`);
  console.log(
    `nodes: ${NODES.length}`,
    count(NODES, (n) => n.level),
  );
  console.log(
    `kpis (top level): ${kpis.length}`,
    count(kpis, (k) => k.level),
  );
  console.log(
    `composite parents: ${kpis.filter((k) => k.composite).length}, components: ${comps.length}`,
    Object.fromEntries(kpis.filter((k) => k.composite).map((k) => [k.id, k.components?.length ?? 0])),
  );
  console.log(`kpis incl. components: ${kpis.length + comps.length} (catalog entries: ${catalog.kpis.length})`);
  console.log(
    `directions:`,
    count(kpis, (k) => k.direction),
  );
  console.log(
    `targets: numeric ${kpis.filter((k) => typeof k.targets[0]?.value === 'number').length}, ` +
      `direction-only ${kpis.filter((k) => k.targets[0] && k.targets[0].value === null && !k.targets[0].relative_to).length}, ` +
      `relative ${kpis.flatMap((k) => [k, ...(k.components ?? [])]).filter((k) => k.targets[0]?.relative_to).length} (incl. components), ` +
      `composite (targets: []) ${kpis.filter((k) => k.targets.length === 0).length}`,
  );
  console.log(`milestones: ${milestones.length} (with node: ${milestones.filter((m) => m.node).length})`);
  console.log(`catalog fixes applied: ${fixes}`);
  console.log(seedNote);
}

main();

/**
 * 企業版ふるさと納税 (地方創生応援税制): the three tax credits of seed 002 L301–308, the deadline
 * (L243, L284), and the public rules the seeds do not state (marked 'public', with the page).
 * The current rates apply to business years beginning on or after 2020-04-01 (令和2年度税制改正);
 * Sousei holds no parameters for the earlier regime, so an earlier evaluation date is refused.
 */
import type { RuleParameter } from '../rule-parameter.ts';
import { decision, publicSource, seed002 } from './sources.ts';

const FROM = '2020-04-01';
/** 適用期限: 令和9年度末 (seed 002 L243, L284) */
const TO = '2028-03-31';

const HANDA = publicSource('半田市「企業版ふるさと納税の概要」（令和5年12月25日更新）', 'https://www.city.handa.lg.jp/shisei/1005156/1004389/1004390.html');
const KITADAITO = publicSource('北大東村「企業版ふるさと納税」（LocalGov.jp 経由, CC BY 4.0）', 'https://vill.kitadaito.okinawa.jp/furusato/kigyo_furusato.html');
const KASUGA = publicSource(
  '春日市「企業版ふるさと納税制度についてよくある質問」（令和7年5月29日更新）',
  'https://www.city.kasuga.fukuoka.jp/shisei/shisei/1010581/1010582/1010589.html',
);
const AIKAWA = publicSource(
  '愛川町議会 会議録 2022-12-06（対象外となる団体の説明）',
  'https://chiholog.net/kanagawalog/search.html?meeting_text=%22%E6%94%AF%E6%8F%B4%E5%AF%BE%E8%B1%A1%E5%A4%96%E5%9C%B0%E5%9F%9F%22',
);
const TAXCOM = publicSource('「企業版ふるさと納税、税負担軽減割合を90％に引上げ」（2020-01-29, 青色申告法人が対象）', 'https://tax-com.sakura.ne.jp/wp/2020/01/29/');

/** 東京都特別区 (131016 千代田区 … 131237 江戸川区), as in reference-data/local-gov/municipalities.csv. */
const SPECIAL_WARDS: readonly string[] = [
  '131016',
  '131024',
  '131032',
  '131041',
  '131059',
  '131067',
  '131075',
  '131083',
  '131091',
  '131105',
  '131113',
  '131121',
  '131130',
  '131148',
  '131156',
  '131164',
  '131172',
  '131181',
  '131199',
  '131202',
  '131211',
  '131229',
  '131237',
];

const base = { program: 'kigyo_furusato' as const, effectiveFrom: FROM, effectiveTo: TO };

export const KIGYO_FURUSATO_PARAMETERS: readonly RuleParameter[] = [
  {
    ...base,
    id: 'kfn.regime',
    label: '税額控除の特例（適用期限 令和9年度末）',
    value: true,
    unit: 'flag',
    source: seed002('243,284', 'KFN-DEADLINE'),
    note: '適用期限は資料に明記（令和9年度末 = 2028-03-31）。開始日 2020-04-01 は令和2年度税制改正（半田市の説明: 令和2年4月1日以後に開始する事業年度から適用）による。評価日は寄附日として扱う。',
  },
  {
    ...base,
    id: 'kfn.juminzei.rate',
    label: '法人住民税: 寄附額に対する控除割合',
    value: 0.4,
    unit: 'ratio',
    source: seed002('302', 'KFN-JUMINZEI'),
    note: '寄附額の4割を税額控除',
  },
  {
    ...base,
    id: 'kfn.juminzei.cap',
    label: '法人住民税: 法人税割額に対する上限割合',
    value: 0.2,
    unit: 'ratio',
    binding: 'hard',
    source: seed002('304', 'KFN-JUMINZEI'),
    note: '法人住民税法人税割額の20%が上限',
  },
  {
    ...base,
    id: 'kfn.hojinzei.target',
    label: '法人税: 住民税と合わせた控除の目標割合',
    value: 0.4,
    unit: 'ratio',
    source: seed002('305', 'KFN-HOJINZEI'),
    note: '法人住民税で4割に達しない場合、その残額を法人税から控除',
  },
  {
    ...base,
    id: 'kfn.hojinzei.donation_limit',
    label: '法人税: 寄附額に対する限度割合',
    value: 0.1,
    unit: 'ratio',
    binding: 'hard',
    source: seed002('307', 'KFN-HOJINZEI'),
    note: '寄附額の1割を限度',
  },
  {
    ...base,
    id: 'kfn.hojinzei.cap',
    label: '法人税: 法人税額に対する上限割合',
    value: 0.05,
    unit: 'ratio',
    binding: 'hard',
    source: seed002('307', 'KFN-HOJINZEI'),
    note: '法人税額の5%が上限',
  },
  {
    ...base,
    id: 'kfn.jigyozei.rate',
    label: '法人事業税: 寄附額に対する控除割合',
    value: 0.2,
    unit: 'ratio',
    source: seed002('308', 'KFN-JIGYOZEI'),
    note: '寄附額の2割を税額控除',
  },
  {
    ...base,
    id: 'kfn.jigyozei.cap',
    label: '法人事業税: 事業税額に対する上限割合',
    value: 0.2,
    unit: 'ratio',
    binding: 'hard',
    source: seed002('308', 'KFN-JIGYOZEI'),
    note: '法人事業税額の20%が上限',
  },
  {
    ...base,
    id: 'kfn.deduction.default_rate',
    label: '損金算入による軽減効果（実効税率の既定値）',
    value: 0.3,
    unit: 'ratio',
    source: seed002('291-292', 'KFN-SONKIN'),
    note: '資料は「約3割」。実効税率は企業ごとに異なるため入力で変更できる。欠損法人は0を入力する（KFN-EX7）。',
  },
  {
    ...base,
    id: 'kfn.rounding',
    label: '端数処理',
    value: 'floor_yen',
    unit: 'choice',
    source: decision('KFN-ALGORITHM'),
    note: '資料に記載なし。各控除額の円未満を切り捨てる（控除を過大に見せないため）。申告上の端数処理（百円未満等）は各税目の規定に従う。',
  },
  {
    ...base,
    id: 'kfn.juminzei.split',
    label: '法人住民税の道府県民税・市町村民税の区分',
    value: 'combined',
    unit: 'choice',
    source: decision('KFN-ALGORITHM'),
    note: '資料に記載なし。道府県民税と市町村民税の法人税割の合計額を1つの入力として扱う。',
  },
  {
    ...base,
    id: 'kfn.tax_year',
    label: '上限の基礎となる税額の事業年度',
    value: 'donation_year',
    unit: 'choice',
    source: decision('KFN-ALGORITHM'),
    note: '資料に記載なし。寄附をした日を含む事業年度の税額を入力する前提とする。',
  },
  {
    ...base,
    id: 'kfn.min_donation',
    label: '1回当たりの最低寄附額',
    value: 100_000,
    unit: 'yen',
    effectiveFrom: '2016-04-01',
    effectiveTo: null,
    binding: 'hard',
    source: HANDA,
    note: '資料外。「10万円から寄附が可能」（半田市）「1回当たり10万円以上の寄附が対象」（北大東村）。',
  },
  {
    ...base,
    id: 'kfn.head_office_excluded',
    label: '本社所在地の地方公共団体への寄附は対象外',
    value: true,
    unit: 'flag',
    effectiveFrom: '2016-04-01',
    effectiveTo: null,
    source: KITADAITO,
    note: '資料外。「自社の本社が所在する地方公共団体以外への寄附」（北大東村）「本社が半田市の場合は対象になりません」（半田市）。',
  },
  {
    ...base,
    id: 'kfn.no_economic_return',
    label: '寄附の代償としての経済的利益の供与の禁止',
    value: true,
    unit: 'flag',
    effectiveFrom: '2016-04-01',
    effectiveTo: null,
    source: KASUGA,
    note: '資料外。補助金の交付、低利貸付、入札・許認可での便宜、低価格での財産譲渡などは禁止（地域再生基本方針、春日市FAQ）。',
  },
  {
    ...base,
    id: 'kfn.certified_project',
    label: '国が認定した地域再生計画に基づく事業への寄附',
    value: true,
    unit: 'flag',
    source: seed002('241-242,283', 'KFN-ELIGIBILITY'),
    note: '「国が認定した地方公共団体の地方創生プロジェクトに対して」',
  },
  {
    ...base,
    id: 'kfn.blue_return',
    label: '青色申告書を提出する法人',
    value: true,
    unit: 'flag',
    effectiveFrom: '2016-04-01',
    effectiveTo: null,
    source: TAXCOM,
    note: '資料外。税額控除の適用は青色申告法人に限られる。',
  },
  {
    ...base,
    id: 'kfn.ineligible_recipients',
    label: '寄附先として対象外の団体（団体コード）',
    value: ['130001', ...SPECIAL_WARDS],
    unit: 'codes',
    effectiveFrom: '2016-04-01',
    effectiveTo: null,
    source: AIKAWA,
    note: '資料外。不交付団体である都道府県（東京都）と、不交付団体で全域が地方拠点強化税制の支援対象外地域にある市町村（特別区など）は対象外。不交付団体は年度ごとに変わるため、事務局がこの一覧を更新する。',
  },
];

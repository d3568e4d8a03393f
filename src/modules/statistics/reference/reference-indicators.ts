/**
 * The indicators Sousei ships data for (reference-data/statistics/, see its ATTRIBUTION.md).
 * Codes are stable: KPIs bind to them and URLs name them. `source` is the credit (出典) that
 * must be shown wherever a value is shown; `notes` carry the caveats a reader of a chart needs
 * (period conventions, breaks in series, how derived values are computed).
 */
import type { IndicatorDef } from '../store/indicator-store.ts';

// ---------------------------------------------------------------------------------------------
// Credits and licences (reference-data/statistics/ATTRIBUTION.md has the full chain per file)

const GOV_LICENCE = '政府標準利用規約（第2.0版）準拠・CC BY 4.0 互換';

export const SOURCES = {
  residentRegister: '総務省「住民基本台帳に基づく人口、人口動態及び世帯数」を加工して作成',
  residentRegisterAge: '総務省「住民基本台帳に基づく人口、人口動態及び世帯数（令和4年1月1日現在）」年齢階級別人口を加工して作成',
  census: '総務省統計局「国勢調査」（時系列データ）を加工して作成',
  projection: '国立社会保障・人口問題研究所「日本の地域別将来推計人口（平成30年推計）」を加工して作成',
  finance: '総務省「地方公共団体の主要財政指標一覧」を加工して作成',
} as const;

const LICENCES = {
  residentRegister: `${GOV_LICENCE}（passaglia/japandata-sources に収録の総務省公表ファイルから作成）`,
  census: `${GOV_LICENCE}（集計表は kota-tagami/JLSTAT-table, MIT）`,
  projection: `${GOV_LICENCE}（集計表は kota-tagami/JLSTAT-table, MIT）`,
  finance: `${GOV_LICENCE}（passaglia/japandata-sources に収録の総務省公表ファイルから作成）`,
} as const;

// ---------------------------------------------------------------------------------------------
// Notes shared by several indicators

const RR_STOCK =
  '住民基本台帳人口（国勢調査人口ではない。両者は1〜2%程度異なる）。基準日は2013年まで3月31日、2014年から1月1日。期間ラベルは基準日の暦年（例: 2022 = 2022年1月1日現在、2013 = 2013年3月31日現在。2013と2014は9か月しか離れていない）。' +
  '2012年までは日本人のみ、2013年から外国人住民を含む（2013年に全国で約170万人の段差）。';
const RR_FLOW =
  '住民基本台帳に基づく人口動態。期間は2012年度（FY2012、4月〜翌3月）までは年度、2013年からは暦年（2013 = 2013年1〜12月。FY2012 とは1〜3月が重なる）。' +
  '2012年までは日本人のみ、2013年から外国人住民を含む。';
const NATIONAL_SUM = '全国（000000）の値は47都道府県の合計として Sousei が算出（総務省公表の全国計と一致）。';
const NATIONAL_SUM_MIGRATION =
  '全国（000000）の値は47都道府県の合計として Sousei が算出。都道府県・全国の転入・転出は市区町村間の移動（都道府県内の移動を含む）と国外との移動の合計。';
const MERGED = '合併で消滅した市町村（旧市町村）の系列も旧団体コードのまま残している（現在の市域に組み替えていない）。';
const FINANCE =
  '決算年度の値（FY2005 = 平成17年度決算）。FY2005〜2010 の原表には団体コードがなく、同時点の住民基本台帳の団体名と照合してコードを付与している。合併前の団体は旧団体コードのまま。全国値はない。';

// ---------------------------------------------------------------------------------------------
// Definitions

function rr(code: string, nameJa: string, nameEn: string, unit: string, notes: string, frequency = '毎年（1月1日現在。2013年以前は3月31日現在）'): IndicatorDef {
  return { code, nameJa, nameEn, unit, category: 'population', source: SOURCES.residentRegister, licence: LICENCES.residentRegister, frequency, notes };
}

function rrFlow(code: string, nameJa: string, nameEn: string, extra = ''): IndicatorDef {
  return rr(
    code,
    nameJa,
    nameEn,
    '人',
    `${RR_FLOW}${extra}${code === 'in_migrants' || code === 'out_migrants' || code === 'net_migration' || code === 'social_change' ? NATIONAL_SUM_MIGRATION : NATIONAL_SUM}${MERGED}`,
    '毎年（2012年度までは年度、2013年からは暦年）',
  );
}

function fin(code: string, nameJa: string, nameEn: string, unit: string, notes: string): IndicatorDef {
  return { code, nameJa, nameEn, unit, category: 'local_finance', source: SOURCES.finance, licence: LICENCES.finance, frequency: '毎年度（決算）', notes: `${notes}${FINANCE}` };
}

export const REFERENCE_INDICATORS: readonly IndicatorDef[] = [
  rr('population', '総人口', 'Total population', '人', `${RR_STOCK}${NATIONAL_SUM}${MERGED}`),
  rr('male', '男性人口', 'Male population', '人', `${RR_STOCK}${NATIONAL_SUM}${MERGED}`),
  rr('female', '女性人口', 'Female population', '人', `${RR_STOCK}${NATIONAL_SUM}${MERGED}`),
  rr('households', '世帯数', 'Households', '世帯', `${RR_STOCK}${NATIONAL_SUM}${MERGED}`),
  rr('age_0_14', '年少人口（0〜14歳）', 'Population aged 0-14', '人', `${RR_STOCK}年齢階級別人口（5歳階級）の合計。${NATIONAL_SUM}${MERGED}`),
  rr('age_15_64', '生産年齢人口（15〜64歳）', 'Population aged 15-64', '人', `${RR_STOCK}年齢階級別人口（5歳階級）の合計。${NATIONAL_SUM}${MERGED}`),
  rr('age_65_plus', '老年人口（65歳以上）', 'Population aged 65 and over', '人', `${RR_STOCK}年齢階級別人口（5歳階級）の合計。${NATIONAL_SUM}${MERGED}`),
  rr(
    'ageing_rate',
    '高齢化率',
    'Ageing rate (share aged 65+)',
    '%',
    `老年人口（65歳以上） ÷ （総人口 − 年齢不詳） × 100 を Sousei が算出し、小数第2位に四捨五入。年齢不詳は2013年以降全国で約9,000〜14,000人（一部の市区町村で外国人住民の年齢が公表されていないため）。全国は都道府県合計から算出。${RR_STOCK}${MERGED}`,
  ),
  rrFlow('births', '出生数', 'Births'),
  rrFlow('deaths', '死亡数', 'Deaths'),
  rrFlow('natural_change', '自然増減数', 'Natural change (births − deaths)'),
  rrFlow('in_migrants', '転入者数', 'In-migrants'),
  rrFlow('out_migrants', '転出者数', 'Out-migrants'),
  rrFlow('net_migration', '転入超過数', 'Net migration (in − out)', '転入者数 − 転出者数。'),
  rrFlow(
    'social_change',
    '社会増減数',
    'Social change',
    '転入・転出に職権記載・職権消除などの「その他」の増減を加えたもの。2012年度（期間ラベル FY2012）の値には外国人住民の住民票作成（2012年7月）による一時的な増加が含まれ、人の移動ではない。',
  ),
  {
    code: 'census_population',
    nameJa: '国勢調査人口',
    nameEn: 'Census population',
    unit: '人',
    category: 'population',
    source: SOURCES.census,
    licence: LICENCES.census,
    frequency: '5年ごと（10月1日現在）',
    notes:
      '都道府県別、1920〜2020年。全国（000000）の値は47都道府県の合計として Sousei が算出（2020年は国勢調査の全国計 126,146,099 人と一致。1960年は境界未定地域の73人だけ全国計より少ない）。' +
      '1945年は沖縄県の調査がなく、全国値は作成していない。',
  },
  {
    code: 'projected_population',
    nameJa: '将来推計人口',
    nameEn: 'Projected population',
    unit: '人',
    category: 'population',
    source: SOURCES.projection,
    licence: LICENCES.projection,
    frequency: '5年ごと（推計）',
    notes:
      '社人研「日本の地域別将来推計人口（平成30(2018)年推計）」の都道府県別総人口、2020〜2045年（各年10月1日）。推計の基準は2015年国勢調査人口（基準年の値は国勢調査人口を参照）。' +
      '全国（000000）の値は都道府県の合計として Sousei が算出（全国の中位推計と一致）。年齢別・市区町村別は含まない。',
  },
  fin(
    'fiscal_capability_index',
    '財政力指数',
    'Fiscal capability index',
    '',
    '基準財政収入額 ÷ 基準財政需要額 の3か年平均。FY2008 の23団体は原表で括弧書き（参考値）のため flag=reference。',
  ),
  fin('current_balance_ratio', '経常収支比率', 'Current balance ratio', '%', 'FY2008 の23団体は原表で括弧書き（参考値）のため flag=reference。'),
  fin('real_debt_service_ratio', '実質公債費比率', 'Real debt service ratio', '%', '原表が「－」の団体は値なし（flag=not_applicable）。'),
  fin(
    'future_burden_ratio',
    '将来負担比率',
    'Future burden ratio',
    '%',
    'FY2008 から。原表が「－」（実質的な将来負担がない＝比率が0以下）の団体は値なし・flag=not_applicable（該当なし）。',
  ),
  fin('bond_restriction_ratio', '起債制限比率', 'Bond restriction ratio', '%', 'FY2005〜2007 のみ（実質公債費比率に移行）。'),
  fin(
    'laspeyres_index',
    'ラスパイレス指数',
    'Laspeyres index (local public employee pay vs national)',
    '',
    '国家公務員を100とした地方公務員一般行政職の給与水準。FY2012〜2013 は国家公務員の臨時特例減額（給与削減）のため高く出る。比較には参考値（laspeyres_index_reference）を使う。原表が「－」の団体は flag=not_applicable。',
  ),
  fin(
    'laspeyres_index_reference',
    'ラスパイレス指数（参考値）',
    'Laspeyres index (reference, without the 2012-13 national pay cut)',
    '',
    'FY2012〜2013 のみ。国家公務員の臨時特例減額がなかったとした場合の値（原表の参考値）。',
  ),
];

// ---------------------------------------------------------------------------------------------
// Population pyramids: one indicator per age group and sex, so a pyramid is one query per area.

/** 5-year age groups as in the source files: 0_4 … 95_99, 100_plus. */
export const AGE5_GROUPS: readonly string[] = [...Array.from({ length: 20 }, (_, i) => `${i * 5}_${i * 5 + 4}`), '100_plus'];
export const SEXES = { male: '男', female: '女' } as const;
export type Sex = keyof typeof SEXES;

const ageLabel = (g: string) => (g === '100_plus' ? '100歳以上' : `${g.replace('_', '〜')}歳`);
const ageLabelEn = (g: string) => (g === '100_plus' ? '100+' : g.replace('_', '-'));

/** `age5_0_4_male`: resident-register population by 5-year age group and sex (2022). */
export const age5Code = (group: string, sex: Sex) => `age5_${group}_${sex}`;
/** `census_age5_0_4_male`: census population by 5-year age group and sex, Japan, 1920–2020. */
export const censusAge5Code = (group: string, sex: Sex) => `census_age5_${group}_${sex}`;

export const AGE5_INDICATORS: readonly IndicatorDef[] = AGE5_GROUPS.flatMap((g) =>
  (Object.keys(SEXES) as Sex[]).map((sex) => ({
    code: age5Code(g, sex),
    nameJa: `人口（${SEXES[sex]}・${ageLabel(g)}）`,
    nameEn: `Population, ${sex}, aged ${ageLabelEn(g)}`,
    unit: '人',
    category: 'population' as const,
    source: SOURCES.residentRegisterAge,
    licence: LICENCES.residentRegister,
    frequency: '2022年1月1日現在のみ',
    notes: `人口ピラミッド用（5歳階級×男女）。住民基本台帳人口（外国人住民を含む）、期間ラベル 2022 = 2022年1月1日現在。年齢不詳は含まない。${NATIONAL_SUM}`,
  })),
);

export const CENSUS_AGE5_INDICATORS: readonly IndicatorDef[] = AGE5_GROUPS.flatMap((g) =>
  (Object.keys(SEXES) as Sex[]).map((sex) => ({
    code: censusAge5Code(g, sex),
    nameJa: `国勢調査人口（${SEXES[sex]}・${ageLabel(g)}）`,
    nameEn: `Census population, ${sex}, aged ${ageLabelEn(g)}`,
    unit: '人',
    category: 'population' as const,
    source: SOURCES.census,
    licence: LICENCES.census,
    frequency: '5年ごと（10月1日現在）',
    notes:
      '人口ピラミッド用（5歳階級×男女）。全国（000000）のみ、1920〜2020年。年齢不詳を含まないため、合計は国勢調査の総人口より少ない（2020年: 123,214,261人 対 126,146,099人）。',
  })),
);

export const ALL_REFERENCE_INDICATORS: readonly IndicatorDef[] = [...REFERENCE_INDICATORS, ...AGE5_INDICATORS, ...CENSUS_AGE5_INDICATORS];

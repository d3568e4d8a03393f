/**
 * The finder on layouts of our own making (not the national strategy, which only measures it):
 * KPI tables with the period in the header or the cells, arrows, labelled bullets, sentences,
 * full-width digits, 和暦, direction-only targets, wrapped names and footnote marks. Every draft
 * must be read by the KPI module's own JSON interchange reader.
 */
import { describe, expect, it } from 'vitest';
import { readJsonCatalog } from '../../kpi/index.ts';
import { linesOfText } from '../interchange/read-plain-text.ts';
import { draftCatalog } from './draft-catalog.ts';
import { findKpis } from './find-kpis.ts';

const find = (text: string) => findKpis(linesOfText(text));
const brief = (text: string) =>
  find(text).map((k) => ({
    name: k.name,
    unit: k.unit,
    direction: k.direction,
    baseline: k.baseline,
    target: k.target && { value: k.target.value, period: k.target.period },
    line: k.source.line,
  }));

/** The draft as the interchange reader sees it: valid, and the figures it stores. */
function readBack(text: string) {
  const draft = draftCatalog(find(text), 'fixture.txt');
  const catalog = readJsonCatalog(JSON.stringify(draft), 'fixture.json');
  return { draft, catalog };
}

const TABLE_HEADER_PERIODS = [
  '第２期　みどり市まち・ひと・しごと創生総合戦略',
  '基本目標１　しごとをつくる',
  '【数値目標】',
  '指標\t基準値（令和元年度）\t目標値（令和７年度）',
  '市内事業所の従業者数\t１２，３４０人\t１３，０００人',
  '観光入込客数\t１２３万人\t１５０万人',
  '本市の人口は減少を続けている。',
].join('\n');

const TABLE_CELL_PERIODS = [
  '| 目標値 | 指標名 | 基準値 | 単位 |',
  '|---|---|---|---|',
  '| 30（R11） | 移住相談件数 | 12（R5） | 件 |',
  '| 減少（2030年） | 空き家数 | 450（2023年） | 戸 |',
].join('\n');

const ARROWS = [
  '・合計特殊出生率　1.45（2019年）→1.60（2024年）',
  '・社会増減数：▲120人（平成31年）⇒ 0人（令和6年）',
  '・市民満足度 45％（基準値）➡ 60％（目標値）',
  '・年間観光消費額：3.2億円（2022年度）～5億円（2027年度）',
].join('\n');

const LABELLED = [
  '■重要業績評価指標（KPI）',
  '（１）子育て支援センターの利用者数',
  '　・基準値：８，５００人（令和５年度）',
  '　・目標値：１万人（令和１１年度）',
  '（２）地元就職率　基準値：32.5%（R5）　目標値：40%（R11）',
].join('\n');

const SENTENCES = ['本市は、2030年までに年間の移住者数を300人にすることを目指す。', 'また、市民1人1日当たりのごみ排出量を、令和12年度までに850gに削減する。'].join('\n');

const WORDS_AND_WRAPS = [
  '[KPI]',
  '・地域おこし協力隊の任期終了後の定住率※1：80%（2028年度）',
  '・市内の商店街における空き店舗の',
  '　解消件数：累計20件（令和9年度）',
  '・関係人口（ふるさと住民登録者数）²：増加（2030年）',
  '・温室効果ガス排出量（注2）：維持',
  '※1 任期終了後も市内に住む隊員の割合：70%（2020年）',
].join('\n');

const OTHER_STYLE = [
  '【基本目標１】 地域に仕事をつくり、安心して働けるようにする',
  '＜数値目標＞',
  '① 転入超過数　現状：▲150人（R元）→ 目標：0人（R6）',
  '② 市内総生産　現状値 3,200億円（平成30年度） 目標値 3,500億円（令和6年度）',
  '＜重要業績評価指標（KPI）＞',
  '指標名\t現状値（R2）\t目標値（R7）\t担当課',
  '新規就農者数（累計）\t5人\t25人\t農政課',
  '企業誘致件数\t―\t10件\t商工課',
  '・観光消費額 年間120億円（R4） → 150億円（R9）',
  '待機児童数を0人にする（2027年度）',
].join('\n');

describe('the KPI finder', () => {
  it('reads a KPI table with the periods in its header (full-width digits, 和暦 年度 → FY)', () => {
    expect(brief(TABLE_HEADER_PERIODS)).toEqual([
      { name: '市内事業所の従業者数', unit: '人', direction: 'increase', baseline: { value: 12340, period: 'FY2019' }, target: { value: 13000, period: 'FY2025' }, line: 5 },
      { name: '観光入込客数', unit: '人', direction: 'increase', baseline: { value: 1_230_000, period: 'FY2019' }, target: { value: 1_500_000, period: 'FY2025' }, line: 6 },
    ]);
  });

  it('reads a table whose columns come in another order, with periods in the cells, a unit column and a direction-only target', () => {
    expect(brief(TABLE_CELL_PERIODS)).toEqual([
      { name: '移住相談件数', unit: '件', direction: 'increase', baseline: { value: 12, period: 'FY2023' }, target: { value: 30, period: 'FY2029' }, line: 3 },
      { name: '空き家数', unit: '戸', direction: 'decrease', baseline: { value: 450, period: '2023' }, target: { value: null, period: '2030' }, line: 4 },
    ]);
  });

  it('reads baseline → target arrows (→ ⇒ ➡ ～), 平成31年 and 令和6年 as calendar years, △/▲ as minus', () => {
    const found = find(ARROWS);
    expect(brief(ARROWS)).toEqual([
      { name: '合計特殊出生率', unit: '', direction: 'increase', baseline: { value: 1.45, period: '2019' }, target: { value: 1.6, period: '2024' }, line: 1 },
      { name: '社会増減数', unit: '人', direction: 'increase', baseline: { value: -120, period: '2019' }, target: { value: 0, period: '2024' }, line: 2 },
      { name: '市民満足度', unit: '%', direction: 'increase', baseline: null, target: { value: 60, period: null }, line: 3 },
      { name: '年間観光消費額', unit: '円', direction: 'increase', baseline: { value: 320_000_000, period: 'FY2022' }, target: { value: 500_000_000, period: 'FY2027' }, line: 4 },
    ]);
    expect(found[2]!.warnings).toEqual(['基準年が読めません（基準値は baseline_text に残しました）', '目標年が読めません']);
    expect(found[2]!.baselineText).toBe('45％（基準値）');
    expect(found[0]!.warnings).toEqual(['単位が読めません']);
  });

  it('reads 「基準値：… 目標値：…」 on the lines under a name, and on the name’s own line', () => {
    expect(brief(LABELLED)).toEqual([
      {
        name: '子育て支援センターの利用者数',
        unit: '人',
        direction: 'increase',
        baseline: { value: 8500, period: 'FY2023' },
        target: { value: 10_000, period: 'FY2029' },
        line: 2,
      },
      { name: '地元就職率', unit: '%', direction: 'increase', baseline: { value: 32.5, period: 'FY2023' }, target: { value: 40, period: 'FY2029' }, line: 5 },
    ]);
  });

  it('reads 「2030年までに○○を△△にする」 sentences, the period written before or after the name', () => {
    expect(brief(SENTENCES)).toEqual([
      { name: '年間の移住者数', unit: '人', direction: 'increase', baseline: null, target: { value: 300, period: '2030' }, line: 1 },
      { name: '市民1人1日当たりのごみ排出量', unit: 'g', direction: 'decrease', baseline: null, target: { value: 850, period: 'FY2030' }, line: 2 },
    ]);
  });

  it('reads direction-only targets, names wrapped over two lines and names with footnote marks; notes are no KPIs', () => {
    const found = find(WORDS_AND_WRAPS);
    expect(brief(WORDS_AND_WRAPS)).toEqual([
      { name: '地域おこし協力隊の任期終了後の定住率', unit: '%', direction: 'increase', baseline: null, target: { value: 80, period: 'FY2028' }, line: 2 },
      { name: '市内の商店街における空き店舗の解消件数', unit: '件', direction: 'increase', baseline: null, target: { value: 20, period: 'FY2027' }, line: 3 },
      { name: '関係人口（ふるさと住民登録者数）', unit: '', direction: 'increase', baseline: null, target: { value: null, period: '2030' }, line: 5 },
      { name: '温室効果ガス排出量', unit: '', direction: 'maintain', baseline: null, target: { value: null, period: null }, line: 6 },
    ]);
    expect(found[1]!.span).toBe(2);
    expect(found[1]!.warnings).toContain('名称が複数行にわたっています：区切りを確認してください');
    expect(found[3]!.warnings).toEqual(['目標年が読めません']);
    expect(found[3]!.confidence).toBe(0.8);
  });

  it('reads a target relative to a series named as written (「物価上昇率を上回る」)', () => {
    const [k] = find('[KPI]\n・従業員の平均給与の伸び率：物価上昇率を上回る（令和12年度）');
    expect(k).toMatchObject({ name: '従業員の平均給与の伸び率', direction: 'increase', target: { value: null, period: 'FY2030', relativeTo: '物価上昇率' }, warnings: [] });
    expect(draftCatalog([k!], 'x.txt').kpis[0]!.targets).toEqual([{ value: null, period: 'FY2030', text: '物価上昇率を上回る（令和12年度）', relative_to: '物価上昇率' }]);
  });

  it('finds nothing in prose without figures, and no KPI in a plan period or a footnote', () => {
    expect(find('本戦略の計画期間：2026年度～2030年度\n人口減少と少子高齢化が進んでいる。\n¹ 地方創生に関する総合戦略（令和7年12月23日閣議決定）。')).toEqual([]);
  });

  it('makes drafts the JSON interchange reader accepts, with the source line and the figures kept exactly', () => {
    for (const text of [TABLE_HEADER_PERIODS, TABLE_CELL_PERIODS, ARROWS, LABELLED, SENTENCES, WORDS_AND_WRAPS, OTHER_STYLE]) {
      const { draft, catalog } = readBack(text);
      expect(catalog.kpis.map((k) => k.name)).toEqual(draft.kpis.map((k) => k.name));
    }
    const { draft, catalog } = readBack(TABLE_HEADER_PERIODS);
    expect(draft.kpis[1]).toMatchObject({ id: 'K002', node: 'document', source: { page: 1, line: 6, text: '観光入込客数  １２３万人  １５０万人' }, confidence: 1, warnings: [] });
    expect(catalog.kpis[1]!.baseline).toMatchObject({ value: 1_230_000, period: { label: 'FY2019' } });
    expect(catalog.kpis[1]!.targets[0]).toMatchObject({ value: 1_500_000, period: { label: 'FY2025' }, text: '１５０万人' });
    expect(catalog.kpis[1]!.extra).toMatchObject({ source: { line: 6 }, layout: 'table' });
  });

  it('reads 現状／目標 labels with or without colons, R元, a table with a column it does not use, 「○○を0人にする（2027年度）」', () => {
    expect(brief(OTHER_STYLE)).toEqual([
      { name: '転入超過数', unit: '人', direction: 'increase', baseline: { value: -150, period: 'FY2019' }, target: { value: 0, period: 'FY2024' }, line: 3 },
      {
        name: '市内総生産',
        unit: '円',
        direction: 'increase',
        baseline: { value: 320_000_000_000, period: 'FY2018' },
        target: { value: 350_000_000_000, period: 'FY2024' },
        line: 4,
      },
      { name: '新規就農者数（累計）', unit: '人', direction: 'increase', baseline: { value: 5, period: 'FY2020' }, target: { value: 25, period: 'FY2025' }, line: 7 },
      { name: '企業誘致件数', unit: '件', direction: 'increase', baseline: null, target: { value: 10, period: 'FY2025' }, line: 8 },
      {
        name: '観光消費額',
        unit: '円',
        direction: 'increase',
        baseline: { value: 12_000_000_000, period: 'FY2022' },
        target: { value: 15_000_000_000, period: 'FY2027' },
        line: 9,
      },
      { name: '待機児童数', unit: '人', direction: 'decrease', baseline: null, target: { value: 0, period: 'FY2027' }, line: 10 },
    ]);
  });

  it('never throws on text that is no strategy, and skips lines too long to be a statement', () => {
    const noise = ['：：：→→→（（（）））', '1,2,3,4,5万億兆千', '令和令和年度年度R1R2R3', '→'.repeat(500), `・指標：${'9'.repeat(400)}人（2030年）`, '\u0000\ud800'];
    for (const t of noise) expect(Array.isArray(find(t))).toBe(true);
    const long = `・観光客数：100人（2030年）${'あ：1、'.repeat(2000)}`;
    expect(find(`${long}\n・移住者数：50人（2030年）`).map((k) => k.name)).toEqual(['移住者数']);
  });
});

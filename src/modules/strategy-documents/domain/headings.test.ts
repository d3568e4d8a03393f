/**
 * The document's headings and the draft's nodes on layouts of our own making (not the national
 * strategy, which only measures them): 「基本目標１」 with 「（１）」 measures under a chapter,
 * 「【基本目標Ⅱ】」 with 「1 …」, 「第1 …」 → 「1.」 → 「(1)」, Word's 見出し styles and PDF pages. Each
 * KPI hangs on the nearest heading above it; every draft is read by the KPI module's reader.
 */
import { describe, expect, it } from 'vitest';
import { readJsonCatalog } from '../../kpi/index.ts';
import { linesOfHtml } from '../interchange/read-docx.ts';
import { linesOfText } from '../interchange/read-plain-text.ts';
import type { DocumentLine } from './document-lines.ts';
import { draftCatalog } from './draft-catalog.ts';
import { findKpis } from './find-kpis.ts';
import { findHeadings, headingOf, outline } from './headings.ts';

const draftOf = (lines: DocumentLine[]) => draftCatalog(findKpis(lines), 'plan.txt', 'あおば町総合戦略', lines);
/** The tree as 「parent > node」 paths with the KPIs on each node, in order. */
function tree(lines: DocumentLine[]) {
  const d = draftOf(lines);
  expect(() => readJsonCatalog(JSON.stringify(d), 'draft.json')).not.toThrow();
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const path = (id: string): string => {
    const n = byId.get(id)!;
    return n.parent ? `${path(n.parent)} > ${n.name}` : n.name;
  };
  return d.nodes.map((n) => ({ path: path(n.id), level: n.level, kpis: d.kpis.filter((k) => k.node === n.id).map((k) => k.name) }));
}

const MUNICIPAL = [
  '第２期　あおば町まち・ひと・しごと創生総合戦略',
  '目次',
  '基本目標１　地方に仕事をつくる\t3',
  '基本目標２　ひとの流れをつくる……………8',
  '第１章　総論',
  '本町の人口は第２期計画の期間に1,000人減少した。',
  '第２章　基本目標と施策',
  '基本目標１　地方に仕事をつくる',
  '【数値目標】',
  '・町内の新規就業者数：120人（令和7年度）',
  '（１）農林業の振興',
  '【KPI】',
  '・新規就農者数：50人（令和7年度）',
  '（２）観光の振興',
  '【KPI】',
  '・観光入込客数：30万人（令和元年度）→40万人（令和7年度）',
  '基本目標２　ひとの流れをつくる',
  '【数値目標】',
  '・転入者数：500人（令和7年）',
  '（１）移住の促進',
  '①　お試し住宅の整備',
  '・移住相談件数：200件（令和7年度）',
].join('\n');

describe('the headings of a strategy document', () => {
  it('nests 基本目標 under its chapter and （１） under its 基本目標; contents lines and sentences are no headings', () => {
    const lines = linesOfText(MUNICIPAL);
    const found = outline(findHeadings(lines)).map((e) => [e.depth, e.heading.style, e.heading.code, e.heading.name, e.heading.at.line]);
    expect(found).toEqual([
      [0, '第章', '1', '総論', 5],
      [0, '第章', '2', '基本目標と施策', 7],
      [1, '基本目標', '1', '地方に仕事をつくる', 8],
      [2, 'paren', '1', '農林業の振興', 11],
      [2, 'paren', '2', '観光の振興', 14],
      [1, '基本目標', '2', 'ひとの流れをつくる', 17],
      [2, 'paren', '1', '移住の促進', 20],
      [3, 'circled', '①', 'お試し住宅の整備', 21],
    ]);
  });

  it('hangs each KPI on the nearest heading above it and keeps only the headings that hold KPIs', () => {
    expect(tree(linesOfText(MUNICIPAL))).toEqual([
      { path: '基本目標と施策', level: 'goal', kpis: [] },
      { path: '基本目標と施策 > 地方に仕事をつくる', level: 'goal', kpis: ['町内の新規就業者数'] },
      { path: '基本目標と施策 > 地方に仕事をつくる > 農林業の振興', level: 'output', kpis: ['新規就農者数'] },
      { path: '基本目標と施策 > 地方に仕事をつくる > 観光の振興', level: 'output', kpis: ['観光入込客数'] },
      { path: '基本目標と施策 > ひとの流れをつくる', level: 'goal', kpis: ['転入者数'] },
      { path: '基本目標と施策 > ひとの流れをつくる > 移住の促進', level: 'output', kpis: [] },
      { path: '基本目標と施策 > ひとの流れをつくる > 移住の促進 > お試し住宅の整備', level: 'output', kpis: ['移住相談件数'] },
    ]);
  });

  it('reads 【基本目標Ⅰ】 with 「1 …」 measures, and a KPI above every heading on the document node', () => {
    const text = [
      '・総人口：30,000人（令和12年）',
      '【基本目標Ⅰ】安心して子育てできるまち',
      '1 子育て支援の充実',
      '保育所待機児童数：5人（令和5年度）→0人（令和11年度）',
      '2 教育の充実',
      '放課後児童クラブの定員：400人（令和11年度）',
      '【基本目標Ⅱ】にぎわいのあるまち',
      '1 商店街の活性化',
      '空き店舗数：48件（令和5年度）→30件（令和11年度）',
    ].join('\n');
    expect(tree(linesOfText(text))).toEqual([
      { path: 'あおば町総合戦略', level: 'goal', kpis: ['総人口'] },
      { path: '安心して子育てできるまち', level: 'goal', kpis: [] },
      { path: '安心して子育てできるまち > 子育て支援の充実', level: 'outcome', kpis: ['保育所待機児童数'] },
      { path: '安心して子育てできるまち > 教育の充実', level: 'outcome', kpis: ['放課後児童クラブの定員'] },
      { path: 'にぎわいのあるまち', level: 'goal', kpis: [] },
      { path: 'にぎわいのあるまち > 商店街の活性化', level: 'outcome', kpis: ['空き店舗数'] },
    ]);
  });

  it('reads 「第1 …」 → 「1.」 → 「(1)」 and a style coming back at the depth it was first met', () => {
    const text = [
      '第1 地方に仕事をつくる',
      '1. 地域産業の競争力強化',
      '(1) 企業誘致',
      '誘致企業数：10社（2030年度）',
      '2. 農業の振興',
      '認定農業者数：120人（2030年度）',
      '第2 安心して暮らせる地域をつくる',
      '(1) 地域公共交通の確保',
      '1. 交通空白地の解消',
      '(2) 防災',
      '自主防災組織の組織率：95%（2030年度）',
    ].join('\n');
    const headings = outline(findHeadings(linesOfText(text))).map((e) => `${'  '.repeat(e.depth)}${e.heading.code} ${e.heading.name}`);
    expect(headings).toEqual([
      '1 地方に仕事をつくる',
      '  1 地域産業の競争力強化',
      '    1 企業誘致',
      '  2 農業の振興',
      '2 安心して暮らせる地域をつくる',
      // (1) was first met under 「1.」: with no 「1.」 open it opens a level under 第2 …
      '  1 地域公共交通の確保',
      // … and 「1.」, met before under 第1, comes back at its own depth, closing (1).
      '  1 交通空白地の解消',
      '    2 防災',
    ]);
    expect(
      tree(linesOfText(text))
        .filter((n) => n.kpis.length > 0)
        .map((n) => [n.path, n.kpis]),
    ).toEqual([
      ['地方に仕事をつくる > 地域産業の競争力強化 > 企業誘致', ['誘致企業数']],
      ['地方に仕事をつくる > 農業の振興', ['認定農業者数']],
      ['安心して暮らせる地域をつくる > 交通空白地の解消 > 防災', ['自主防災組織の組織率']],
    ]);
  });

  it('tells headings from lines that only look numbered', () => {
    const heading = (text: string) => headingOf({ page: 1, line: 1, text })?.name ?? null;
    expect(heading('基本目標１：地方に仕事をつくる')).toBe('地方に仕事をつくる');
    expect(heading('【基本目標2】')).toBe('');
    expect(heading('基本目標Ⅲ　結婚・出産・子育ての希望をかなえる')).toBe('結婚・出産・子育ての希望をかなえる');
    expect(heading('施策１　企業誘致の推進')).toBe('企業誘致の推進');
    expect(heading('具体的な施策（２）　空き家の活用')).toBe('空き家の活用');
    expect(heading('【強い地域経済の構築】')).toBe('強い地域経済の構築');
    expect(heading('ア．地域の魅力の発信')).toBe('地域の魅力の発信');
    // not headings: a count (第2期), a figure (1.5倍), a KPI statement, a sentence, a KPI block mark, a contents line
    expect(heading('第2期総合戦略の策定にあたって')).toBeNull();
    expect(heading('1.5倍に増やす')).toBeNull();
    expect(heading('1. 観光客数：100万人（2030年）')).toBeNull();
    expect(heading('1 本町の人口は、2020年の国勢調査で12,000人となった。')).toBeNull();
    expect(heading('【KPI】')).toBeNull();
    expect(heading('【再掲】')).toBeNull();
    expect(heading('（１）農林業の振興\t12')).toBeNull();
  });

  it('reads Word headings (見出し 1, 2) without numbers, and PDF lines page by page', () => {
    const html = [
      '<h1>しごとをつくる</h1>',
      '<p>町内の新規就業者数：120人（令和7年度）</p>',
      '<h2>農林業の振興</h2>',
      '<p>新規就農者数：50人（令和7年度）</p>',
      '<h1>ひとの流れをつくる</h1>',
      '<p>転入者数：500人（令和7年）</p>',
    ].join('');
    expect(tree(linesOfHtml(html))).toEqual([
      { path: 'しごとをつくる', level: 'goal', kpis: ['町内の新規就業者数'] },
      { path: 'しごとをつくる > 農林業の振興', level: 'outcome', kpis: ['新規就農者数'] },
      { path: 'ひとの流れをつくる', level: 'goal', kpis: ['転入者数'] },
    ]);
    // A PDF: lines numbered within each page, the page's number printed at its foot.
    const pdf: DocumentLine[] = [
      { page: 1, line: 1, text: '基本目標 1 地方に仕事をつくる' },
      { page: 1, line: 2, text: '(1) 企業誘致' },
      { page: 1, line: 3, text: '- 1 -' },
      { page: 2, line: 1, text: '誘致企業数：10社（2030年度）' },
      { page: 2, line: 2, text: '基本目標 2 ひとの流れをつくる' },
      { page: 2, line: 3, text: '転入者数：500人（2030年）' },
    ];
    const d = draftOf(pdf);
    expect(d.nodes.map((n) => [n.id, n.parent, n.name, n.code, n.source])).toEqual([
      ['N01', null, '地方に仕事をつくる', '1', { page: 1, line: 1, text: '基本目標 1 地方に仕事をつくる' }],
      ['N02', 'N01', '企業誘致', '1', { page: 1, line: 2, text: '(1) 企業誘致' }],
      ['N03', null, 'ひとの流れをつくる', '2', { page: 2, line: 2, text: '基本目標 2 ひとの流れをつくる' }],
    ]);
    expect(d.kpis.map((k) => [k.name, k.node])).toEqual([
      ['誘致企業数', 'N02'],
      ['転入者数', 'N03'],
    ]);
  });
});

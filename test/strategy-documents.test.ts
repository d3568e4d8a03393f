/**
 * Strategy documents read from real files: a PDF printed by headless Chromium from an HTML KPI
 * table (Japanese text, a name wrapped in its cell, two pages), a .docx made here, Shift_JIS text;
 * broken, encrypted and mislabelled files refused with the file and the reason; the CLI
 * (`sousei strategy extract`) in its own process. Drafts are read back by the KPI module's reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonCatalog } from '../src/modules/kpi/index.ts';
import { extractStrategyDraft, readDocument } from '../src/modules/strategy-documents/index.ts';
import { InputError } from '../src/shared/errors.ts';
import { encodeText } from '../src/shared/text-encoding.ts';
import { chromiumAvailable, launchChromium } from './support/browser.ts';
import { runSousei } from './support/sousei-cli.ts';
import { ALIGNED_TABLE_HTML, encryptedPdf, makeDocx, STRATEGY_HTML } from './support/strategy-documents.ts';

const brief = (kpis: Awaited<ReturnType<typeof extractStrategyDraft>>['draft']['kpis']) =>
  kpis.map((k) => ({
    name: k.name,
    unit: k.unit,
    direction: k.direction,
    baseline: k.baseline,
    target: k.targets[0] && { value: k.targets[0].value, period: k.targets[0].period },
    source: { page: k.source.page, line: k.source.line },
  }));

async function refusal(bytes: Uint8Array, file: string) {
  const e = await readDocument(bytes, file).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return (e as InputError).issues;
}

describe.skipIf(!chromiumAvailable())('a strategy PDF (printed by headless Chromium)', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(STRATEGY_HTML);
      pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('reads the table rows as lines of cells, with the page and line of each', async () => {
    const doc = await readDocument(pdf, 'minato.pdf');
    expect(doc).toMatchObject({ format: 'pdf', pages: 2 });
    const rows = doc.lines.filter((l) => l.cells).map((l) => [l.page, l.line, l.cells]);
    expect(rows).toEqual([
      [1, 3, ['指標', '基準値（令和5年度）', '目標値（令和11年度）']],
      [1, 4, ['観光入込客数', '1,234,000人', '1,500,000人']],
      [1, 5, ['市内の事業所に勤務する', '350万円', '380万円']],
      [1, 7, ['空き店舗数', '48件', '減少']],
    ]);
    expect(doc.lines.find((l) => l.page === 1 && l.line === 6)?.text).toBe('従業員の平均給与額');
    expect(doc.lines.find((l) => l.page === 2 && l.line === 2)?.text).toBe('・合計特殊出生率：1.38（2023年）→1.50（2029年）');
  });

  it('finds the KPIs exactly: the header’s 和暦 periods, the wrapped name joined, a direction-only target, the arrow on page 2', async () => {
    const { draft } = await extractStrategyDraft(pdf, 'minato.pdf');
    expect(brief(draft.kpis)).toEqual([
      {
        name: '観光入込客数',
        unit: '人',
        direction: 'increase',
        baseline: { value: 1_234_000, period: 'FY2023' },
        target: { value: 1_500_000, period: 'FY2029' },
        source: { page: 1, line: 4 },
      },
      {
        name: '市内の事業所に勤務する従業員の平均給与額',
        unit: '円',
        direction: 'increase',
        baseline: { value: 3_500_000, period: 'FY2023' },
        target: { value: 3_800_000, period: 'FY2029' },
        source: { page: 1, line: 5 },
      },
      { name: '空き店舗数', unit: '件', direction: 'decrease', baseline: { value: 48, period: 'FY2023' }, target: { value: null, period: 'FY2029' }, source: { page: 1, line: 7 } },
      { name: '合計特殊出生率', unit: '', direction: 'increase', baseline: { value: 1.38, period: '2023' }, target: { value: 1.5, period: '2029' }, source: { page: 2, line: 2 } },
    ]);
    expect(draft.kpis[1]!.warnings).toEqual(['名称が複数行にわたっています：区切りを確認してください']);
    const catalog = readJsonCatalog(JSON.stringify(draft), 'draft.json');
    expect(catalog.kpis.map((k) => [k.id, k.baseline?.value, k.targets[0]?.value])).toEqual([
      ['K001', 1_234_000, 1_500_000],
      ['K002', 3_500_000, 3_800_000],
      ['K003', 48, null],
      ['K004', 1.38, 1.5],
    ]);
  });
});

describe.skipIf(!chromiumAvailable())('a PDF table whose names wrap over three lines, centred, at the bottom and at the top of their rows', () => {
  it('joins each name’s lines to the row they belong to, by their distance on the page', async () => {
    const browser = await launchChromium();
    let pdf: Uint8Array;
    try {
      const page = await browser.newPage();
      await page.setContent(ALIGNED_TABLE_HTML);
      pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
    } finally {
      await browser.close();
    }
    const { document, draft } = await extractStrategyDraft(pdf, 'aligned.pdf');
    // The names wrap as printed: the lines of one cell are single lines of the document.
    expect(document.lines.filter((l) => !l.cells).map((l) => l.text)).toEqual(['重要業績評価指標（KPI）', '中心市街地の歩', '日）', '市内で創業した', '事業者の数（累', '数']);
    expect(brief(draft.kpis)).toEqual([
      {
        name: '中心市街地の歩行者通行量（休日）',
        unit: '人',
        direction: 'increase',
        baseline: { value: 8500, period: '2023' },
        target: { value: 10_000, period: '2030' },
        source: { page: 1, line: 3 },
      },
      {
        name: '市内で創業した事業者の数（累計）',
        unit: '件',
        direction: 'increase',
        baseline: { value: 40, period: 'FY2024' },
        target: { value: 100, period: 'FY2030' },
        source: { page: 1, line: 6 },
      },
      {
        name: '図書館の利用者数',
        unit: '人',
        direction: 'increase',
        baseline: { value: 100_000, period: 'FY2023' },
        target: { value: 120_000, period: 'FY2030' },
        source: { page: 1, line: 9 },
      },
    ]);
  }, 120_000);
});

describe('strategy documents in Word and text, and files that cannot be read', () => {
  it('reads a .docx: table rows as cells (a cell of two paragraphs is one name, a merged sub-heading row is skipped), 現状値 columns, 億・万, full-width digits', async () => {
    const docx = await makeDocx([
      '第3期 あおば町総合戦略',
      '基本目標2 ひとの流れをつくる',
      [
        ['重要業績評価指標（KPI）', '現状値（令和5年度）', '目標値（令和11年度）'],
        ['施策1 移住・定住の促進'],
        ['転入者数', '１，０２０人', '１，２００人'],
        ['ふるさと納税の寄附額', '3億2,000万円', '5億円'],
        [['移住支援制度を利用した', '移住者数（累計）'], '45人', '150人'],
      ],
      '・空き家バンクの成約件数：12件（令和5年度）→30件（令和11年度）',
    ]);
    const { document, draft } = await extractStrategyDraft(docx, 'aoba.docx');
    expect(document).toMatchObject({ format: 'docx', pages: null });
    expect(document.lines[2]).toEqual({
      page: null,
      line: 3,
      text: '重要業績評価指標（KPI）  現状値（令和5年度）  目標値（令和11年度）',
      cells: ['重要業績評価指標（KPI）', '現状値（令和5年度）', '目標値（令和11年度）'],
    });
    expect(brief(draft.kpis)).toEqual([
      {
        name: '転入者数',
        unit: '人',
        direction: 'increase',
        baseline: { value: 1020, period: 'FY2023' },
        target: { value: 1200, period: 'FY2029' },
        source: { page: null, line: 5 },
      },
      {
        name: 'ふるさと納税の寄附額',
        unit: '円',
        direction: 'increase',
        baseline: { value: 320_000_000, period: 'FY2023' },
        target: { value: 500_000_000, period: 'FY2029' },
        source: { page: null, line: 6 },
      },
      {
        name: '移住支援制度を利用した移住者数（累計）',
        unit: '人',
        direction: 'increase',
        baseline: { value: 45, period: 'FY2023' },
        target: { value: 150, period: 'FY2029' },
        source: { page: null, line: 7 },
      },
      {
        name: '空き家バンクの成約件数',
        unit: '件',
        direction: 'increase',
        baseline: { value: 12, period: 'FY2023' },
        target: { value: 30, period: 'FY2029' },
        source: { page: null, line: 8 },
      },
    ]);
    expect(readJsonCatalog(JSON.stringify(draft), 'draft.json').kpis).toHaveLength(4);
  });

  it('reads Shift_JIS text (as Japanese Excel and Notepad save it) with the file’s line numbers', async () => {
    const text = '総合戦略\r\n\r\n[KPI]\r\n・テレワーク移住者数：累計５０人（Ｒ１１）\r\n・市民活動団体数：120団体（2024年度）⇒150団体（2029年度）\r\n';
    const { document, draft } = await extractStrategyDraft(encodeText(text, 'sjis'), 'senryaku.txt');
    expect(document.encoding).toBe('sjis');
    expect(brief(draft.kpis)).toEqual([
      { name: 'テレワーク移住者数', unit: '人', direction: 'increase', baseline: null, target: { value: 50, period: 'FY2029' }, source: { page: 1, line: 4 } },
      {
        name: '市民活動団体数',
        unit: '団体',
        direction: 'increase',
        baseline: { value: 120, period: 'FY2024' },
        target: { value: 150, period: 'FY2029' },
        source: { page: 1, line: 5 },
      },
    ]);
  });

  it('refuses broken, encrypted, mislabelled and binary files with the file and the reason', async () => {
    expect(await refusal(encryptedPdf(), 'himitsu.pdf')).toEqual([expect.objectContaining({ file: 'himitsu.pdf', code: 'encrypted_pdf' })]);
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<'), 'cut.pdf')).toEqual([expect.objectContaining({ file: 'cut.pdf', code: 'invalid_pdf' })]);
    expect(await refusal(new TextEncoder().encode('KPI：100人（2030年）'), 'plan.pdf')).toEqual([
      { file: 'plan.pdf', code: 'type_mismatch', reason: '拡張子は .pdf ですが、中身はテキストです（「%PDF-」で始まっていません）' },
    ]);
    const workbook = new JSZip();
    workbook.file('xl/workbook.xml', '<workbook/>');
    const notDocx = await workbook.generateAsync({ type: 'uint8array' });
    expect(await refusal(notDocx, 'book.docx')).toEqual([expect.objectContaining({ file: 'book.docx', code: 'not_docx' })]);
    const docx = await makeDocx(['x']);
    expect(await refusal(docx.subarray(0, docx.length - 30), 'cut.docx')).toEqual([expect.objectContaining({ file: 'cut.docx', code: 'invalid_docx' })]);
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.doc')).toEqual([expect.objectContaining({ code: 'ole_document' })]);
    expect(await refusal(new Uint8Array([0x41, 0x00, 0x42, 0xff]), 'data.bin')).toEqual([expect.objectContaining({ file: 'data.bin', code: 'unreadable_text' })]);
    expect(await refusal(new Uint8Array(), 'empty.txt')).toEqual([{ file: 'empty.txt', code: 'empty_file', reason: 'ファイルが空です' }]);
  });
});

describe('sousei strategy extract (the CLI in its own process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sousei-extract-'));
  const file = join(dir, 'senryaku.txt');
  beforeAll(() => writeFileSync(file, '【数値目標】\n・年間観光客数：80万人（令和元年）→100万人（令和12年）\n'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the draft in the JSON interchange format with the source of each KPI (and the lines, asked), or a table with 和暦', async () => {
    const json = await runSousei(['strategy', 'extract', file, '--format', 'json', '--with-lines']);
    expect(json.code).toBe(0);
    const draft = JSON.parse(json.stdout);
    expect(draft.kpis).toEqual([
      {
        id: 'K001',
        node: 'document',
        name: '年間観光客数',
        unit: '人',
        direction: 'increase',
        baseline: { value: 800_000, period: '2019' },
        targets: [{ value: 1_000_000, period: '2030', text: '100万人（令和12年）' }],
        target_text: '100万人（令和12年）',
        source: { page: 1, line: 2, text: '・年間観光客数：80万人（令和元年）→100万人（令和12年）' },
        layout: 'inline',
        confidence: 1,
        warnings: [],
      },
    ]);
    expect(draft.document).toEqual({
      format: 'text',
      pages: null,
      lines: [
        { page: 1, line: 1, text: '【数値目標】' },
        { page: 1, line: 2, text: '・年間観光客数：80万人（令和元年）→100万人（令和12年）' },
      ],
    });
    const text = await runSousei(['strategies', 'extract', file, '--format', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/K001\s+p\.1 2行\s+年間観光客数\s+80万人（2019年（令和元年））\s+100万人（2030年（令和12年））\s+増加\s+1\.0/);
  }, 60_000);

  it('exits 1 with the reason for a file it cannot read, and 2 for one that does not exist', async () => {
    const bad = join(dir, 'broken.pdf');
    writeFileSync(bad, '%PDF-1.7\n1 0 obj <<');
    const r = await runSousei(['strategy', 'extract', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.pdf: PDF として読めません');
    expect((await runSousei(['strategy', 'extract', join(dir, 'none.txt')])).code).toBe(2);
  }, 60_000);
});

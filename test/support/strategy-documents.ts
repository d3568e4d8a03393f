/** Strategy documents made in the tests: a minimal .docx (WordprocessingML in a ZIP, as mammoth reads it). */
import JSZip from 'jszip';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/** A block: a paragraph (string) or a table (rows of cells; a cell given as an array holds one paragraph each). */
export type DocxBlock = string | Array<Array<string | string[]>>;

export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  const body = blocks
    .map((b) =>
      typeof b === 'string'
        ? para(b)
        : `<w:tbl>${b.map((row) => `<w:tr>${row.map((c) => `<w:tc>${(Array.isArray(c) ? c : [c]).map(para).join('')}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** The municipal strategy the PDF and Word tests use: a KPI table (one name wrapped in its cell), then an arrow line. */
export const STRATEGY_HTML = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
  body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 12px; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #333; padding: 6px 16px; vertical-align: top; text-align: left; }
  td.name { width: 11em; }
</style></head><body>
<h1>第2期 みなと市まち・ひと・しごと創生総合戦略</h1>
<p>基本目標1 地域の稼ぐ力を高める</p>
<table>
  <tr><th>指標</th><th>基準値（令和5年度）</th><th>目標値（令和11年度）</th></tr>
  <tr><td class="name">観光入込客数</td><td>1,234,000人</td><td>1,500,000人</td></tr>
  <tr><td class="name">市内の事業所に勤務する従業員の平均給与額</td><td>350万円</td><td>380万円</td></tr>
  <tr><td class="name">空き店舗数</td><td>48件</td><td>減少</td></tr>
</table>
<p>本市の人口は2020年の国勢調査で52,000人であった。</p>
<p style="page-break-before: always">【数値目標】</p>
<p>・合計特殊出生率：1.38（2023年）→1.50（2029年）</p>
</body></html>`;

/** A one-page PDF whose trailer says it is encrypted (standard handler, a user password that is not empty). */
export function encryptedPdf(): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A KPI table whose cells wrap and sit in the middle or at the bottom of their rows, as Excel prints them. */
export const ALIGNED_TABLE_HTML = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
  body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 12px; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #333; padding: 6px 16px; text-align: left; }
  td.name { width: 7em; }
  td.value { width: 12em; }
</style></head><body>
<p>重要業績評価指標（KPI）</p>
<table>
  <tr><th>指標</th><th>現状値</th><th>目標値</th></tr>
  <tr style="vertical-align: middle"><td class="name">中心市街地の歩行者通行量（休日）</td><td class="value">8,500人（2023年）</td><td class="value">10,000人（2030年）</td></tr>
  <tr style="vertical-align: bottom"><td class="name">市内で創業した事業者の数（累計）</td><td class="value">40件（2024年度）</td><td class="value">100件（2030年度）</td></tr>
  <tr style="vertical-align: top"><td class="name">図書館の利用者数</td><td class="value">10万人（2023年度）</td><td class="value">12万人（2030年度）</td></tr>
</table>
</body></html>`;

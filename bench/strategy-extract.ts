/**
 * Extraction from strategy documents: time per page of a PDF and per 1,000 lines of text, each
 * beside an anchor over the same input that does no KPI finding:
 *   - text: the national strategy's text (reference-data/sources, 1,827 lines) decoded, split into
 *     lines and searched with one regular expression per line (「：」 followed by a figure) —
 *     against the whole extraction (decode, lines and cells, the finder, the draft);
 *   - PDF: a 40-page municipal strategy printed by headless Chromium (a KPI table and KPI bullets
 *     on every page) — pdfjs-dist's own text extraction of every page, with the reader's options (the anchor), against
 *     reading it into lines and cells plus the finder and the draft. Skipped without Chromium.
 *
 *   npx tsx bench/strategy-extract.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractStrategyDraft } from '../src/modules/strategy-documents/index.ts';
import { PDF_OPTIONS } from '../src/modules/strategy-documents/interchange/read-pdf.ts';
import { decodeText } from '../src/shared/text-encoding.ts';
import { CHROMIUM, launchChromium } from '../test/support/browser.ts';
import { STRATEGY_HTML } from '../test/support/strategy-documents.ts';

const TEXT = join(import.meta.dirname, '..', 'reference-data/sources/chiiki-mirai-senryaku-2026-genan.txt');
const PAGES = Number(process.env.BENCH_PDF_PAGES ?? 40);
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function timeRuns(fn: () => Promise<unknown> | unknown, runs = RUNS): Promise<number> {
  await fn(); // warm-up (JIT, the pdfjs import)
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

async function benchText() {
  const bytes = new Uint8Array(readFileSync(TEXT));
  const lineCount = decodeText(bytes).text.split(/\r?\n/).length;
  const anchorRe = /[:：]\s*[\d０-９]/;
  let sink = 0;
  const anchor = await timeRuns(() => {
    for (const l of decodeText(bytes).text.split(/\r?\n/)) if (anchorRe.test(l)) sink++;
  });
  let found = 0;
  const full = await timeRuns(async () => {
    found = (await extractStrategyDraft(bytes, 'national.txt')).draft.kpis.length;
  });
  const per = (t: number) => (t / lineCount) * 1000;
  console.log(`strategy extract, text: 地域未来戦略（原案） ${lineCount.toLocaleString()} lines → ${found} KPIs (median of ${RUNS} runs)`);
  console.log(
    `  extraction: ${ms(full)} = ${ms(per(full))} per 1,000 lines; anchor (decode + split + one regex per line): ${ms(anchor)} = ${ms(per(anchor))} per 1,000 lines (${(full / anchor).toFixed(1)}×; checksum ${sink})`,
  );
}

async function printedPdf(pages: number): Promise<Uint8Array> {
  const body = /<body>([\s\S]*)<\/body>/.exec(STRATEGY_HTML)![1]!.replace(/page-break-before: always/g, '');
  const head = STRATEGY_HTML.slice(0, STRATEGY_HTML.indexOf('<body>'));
  const html = `${head}<body>${Array.from({ length: pages }, () => `<section style="page-break-after: always">${body}</section>`).join('')}</body></html>`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

async function benchPdf() {
  if (!existsSync(CHROMIUM)) {
    console.log('strategy extract, PDF: skipped (Chromium not installed)');
    return;
  }
  const pdf = await printedPdf(PAGES);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let found = 0;
  let pages = 0;
  const full = async () => {
    found = (await extractStrategyDraft(pdf, 'bench.pdf')).draft.kpis.length;
  };
  const anchor = async () => {
    const doc = await getDocument({ data: new Uint8Array(pdf), ...PDF_OPTIONS }).promise;
    pages = doc.numPages;
    for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
    await doc.destroy();
  };
  // Alternating runs after two warm-ups of each: pdfjs keeps getting faster over the first runs,
  // so whichever series ran first would look slower.
  for (let i = 0; i < 2; i++) {
    await full();
    await anchor();
  }
  const times: Array<[number, number]> = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await full();
    const t1 = performance.now();
    await anchor();
    times.push([t1 - t0, performance.now() - t1]);
  }
  const fullMs = median(times.map((t) => t[0]));
  const anchorMs = median(times.map((t) => t[1]));
  console.log(`strategy extract, PDF: ${pages} pages (${(pdf.length / 1024).toFixed(0)} KB, printed by Chromium) → ${found} KPIs (median of 5 runs)`);
  console.log(
    `  extraction: ${ms(fullMs)} = ${ms(fullMs / pages)} per page; anchor (pdfjs text content of every page): ${ms(anchorMs)} = ${ms(anchorMs / pages)} per page (${(fullMs / anchorMs).toFixed(2)}×)`,
  );
}

export async function benchStrategyExtract() {
  await benchText();
  await benchPdf();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStrategyExtract();

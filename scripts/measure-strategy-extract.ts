/**
 * The extractor measured on the national strategy's text against its reviewed catalog:
 *   npx tsx scripts/measure-strategy-extract.ts [--json]
 * prints precision and recall of the KPIs found and of their figures exactly right (the rule of
 * matching is in src/modules/strategy-documents/domain/measure.ts and the module's README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractStrategyDraft, measureDraft, type Measurement, type ReferenceKpi } from '../src/modules/strategy-documents/index.ts';

const ROOT = join(import.meta.dirname, '..');
export const NATIONAL_TEXT = join(ROOT, 'reference-data/sources/chiiki-mirai-senryaku-2026-genan.txt');
export const NATIONAL_CATALOG = join(ROOT, 'reference-data/strategies/chiiki-mirai-senryaku-2026.json');

export async function measureNationalStrategy(): Promise<Measurement> {
  const { draft } = await extractStrategyDraft(new Uint8Array(readFileSync(NATIONAL_TEXT)), NATIONAL_TEXT);
  const reference = JSON.parse(readFileSync(NATIONAL_CATALOG, 'utf8')) as { kpis: ReferenceKpi[] };
  return measureDraft(draft.kpis, reference.kpis);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function measurementText(m: Measurement): string {
  return [
    `地域未来戦略（原案）の本文 ${m.reference}件の KPI（レビュー済みカタログ、複合指標は内訳で数える）に対して:`,
    `  抽出 ${m.found}件、一致 ${m.matched}件 — 適合率 precision ${pct(m.precision)}、再現率 recall ${pct(m.recall)}`,
    `  基準値・目標値とも完全一致 ${m.valuesRight}件 — precision ${pct(m.valuesPrecision)}、recall ${pct(m.valuesRecall)}`,
    `  （一致した ${m.matched}件のうち 基準値一致 ${m.baselineRight}件、目標値一致 ${m.targetRight}件）`,
    `  見つからなかった KPI: ${m.missed.join(', ') || 'なし'}`,
    `  カタログにない抽出（行）: ${m.unmatched.join(', ') || 'なし'}`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('measure-strategy-extract.ts')) {
  const m = await measureNationalStrategy();
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(m, null, 2)}\n` : `${measurementText(m)}\n`);
}

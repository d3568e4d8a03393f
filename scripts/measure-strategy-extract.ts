/**
 * The extractor measured on the national strategy's text against its reviewed catalog:
 *   npx tsx scripts/measure-strategy-extract.ts [--json]
 * prints precision and recall of the KPIs found and of their figures exactly right (the rule of
 * matching is in src/modules/strategy-documents/domain/measure.ts and the module's README), the
 * draft's node tree (the document's headings that hold KPIs) and how many matched KPIs sit under
 * the catalog's node and its top-level node (domain/measure-tree.ts). `--tree` prints the tree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DraftCatalog,
  extractStrategyDraft,
  measureDraft,
  measureTree,
  type Measurement,
  type ReferenceKpi,
  type ReferenceNode,
  type TreeMeasurement,
} from '../src/modules/strategy-documents/index.ts';

const ROOT = join(import.meta.dirname, '..');
export const NATIONAL_TEXT = join(ROOT, 'reference-data/sources/chiiki-mirai-senryaku-2026-genan.txt');
export const NATIONAL_CATALOG = join(ROOT, 'reference-data/strategies/chiiki-mirai-senryaku-2026.json');

export async function measureNationalStrategy(): Promise<Measurement & { tree: TreeMeasurement; draft: DraftCatalog }> {
  const { draft } = await extractStrategyDraft(new Uint8Array(readFileSync(NATIONAL_TEXT)), NATIONAL_TEXT);
  const reference = JSON.parse(readFileSync(NATIONAL_CATALOG, 'utf8')) as { kpis: Array<ReferenceKpi & { node?: string }>; nodes: ReferenceNode[] };
  const m = measureDraft(draft.kpis, reference.kpis);
  return { ...m, tree: measureTree(draft, reference, m.pairs), draft };
}

/** The draft's nodes as an indented list: number, name, heading line, KPIs on the node. */
export function treeText(draft: DraftCatalog): string {
  const lines: string[] = [];
  const show = (parent: string | null, depth: number) => {
    for (const n of draft.nodes.filter((x) => x.parent === parent)) {
      const k = draft.kpis.filter((x) => x.node === n.id).length;
      lines.push(`${'  '.repeat(depth)}${n.code ? `${n.code} ` : ''}${n.name}${n.source ? ` (L${n.source.line})` : ''}${k > 0 ? ` — KPI ${k}件` : ''}`);
      show(n.id, depth + 1);
    }
  };
  show(null, 1);
  return lines.join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function measurementText(m: Measurement & { tree: TreeMeasurement }): string {
  return [
    `地域未来戦略（原案）の本文 ${m.reference}件の KPI（レビュー済みカタログ、複合指標は内訳で数える）に対して:`,
    `  抽出 ${m.found}件、一致 ${m.matched}件 — 適合率 precision ${pct(m.precision)}、再現率 recall ${pct(m.recall)}`,
    `  基準値・目標値とも完全一致 ${m.valuesRight}件 — precision ${pct(m.valuesPrecision)}、recall ${pct(m.valuesRecall)}`,
    `  （一致した ${m.matched}件のうち 基準値一致 ${m.baselineRight}件、目標値一致 ${m.targetRight}件）`,
    `  見つからなかった KPI: ${m.missed.join(', ') || 'なし'}`,
    `  カタログにない抽出（行）: ${m.unmatched.join(', ') || 'なし'}`,
    `  見出しの木（ノード）: 一致した ${m.tree.placed}件のうち カタログと同じノード ${m.tree.rightNode}件（${pct(m.tree.rightNodeShare)}）、同じ最上位ノード ${m.tree.rightTop}件（${pct(m.tree.rightTopShare)}）`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('measure-strategy-extract.ts')) {
  const m = await measureNationalStrategy();
  const { draft, ...figures } = m;
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  else process.stdout.write(`${measurementText(m)}\n${process.argv.includes('--tree') ? `${treeText(draft)}\n` : ''}`);
}

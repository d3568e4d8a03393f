/**
 * How well a draft matches a reviewed catalog of the same document: precision and recall of the
 * KPIs found, and of their figures exactly right. A found KPI matches a reviewed one when its
 * source line is within LINE_SLACK lines of the reviewed `source_line` and their names are alike
 * (character-bigram Dice ≥ NAME_THRESHOLD, widths, spaces and brackets ignored); pairs are taken
 * best first, each KPI at most once. Composite parents are not counted, their components are.
 */
import { nameSimilarity } from './reading-text.ts';
import type { DraftKpi } from './draft-catalog.ts';

export const LINE_SLACK = 3;
export const NAME_THRESHOLD = 0.5;

export interface ReferenceKpi {
  id: string;
  name: string;
  source_line?: number | null;
  baseline?: { value: number; period: string } | null;
  targets?: Array<{ value: number | null; period?: string | null }>;
  components?: ReferenceKpi[];
}

export interface Measurement {
  reference: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** matched KPIs whose baseline (value and period, or none) and first target (value and period) are exactly the reviewed ones */
  valuesRight: number;
  valuesPrecision: number;
  valuesRecall: number;
  baselineRight: number;
  targetRight: number;
  pairs: Array<{ reference: string; line: number; similarity: number; valuesRight: boolean }>;
  missed: string[];
  unmatched: number[];
}

export function referenceLeaves(kpis: readonly ReferenceKpi[]): ReferenceKpi[] {
  return kpis.flatMap((k) => (k.components && k.components.length > 0 ? referenceLeaves(k.components) : [k]));
}

const sameBaseline = (a: DraftKpi['baseline'], b: ReferenceKpi['baseline']) => (!a && !b) || (a && b ? a.value === b.value && String(a.period) === String(b.period) : false);

function sameTarget(a: DraftKpi['targets'][number] | undefined, b: NonNullable<ReferenceKpi['targets']>[number] | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.value === b.value && (a.period ?? null) === (b.period ?? null);
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

export function measureDraft(found: readonly DraftKpi[], reference: readonly ReferenceKpi[]): Measurement {
  const gold = referenceLeaves(reference).filter((k) => typeof k.source_line === 'number');
  const candidates: Array<{ g: number; f: number; score: number; similarity: number }> = [];
  gold.forEach((g, gi) => {
    found.forEach((f, fi) => {
      const d = Math.abs(f.source.line - g.source_line!);
      if (d > LINE_SLACK) return;
      const similarity = nameSimilarity(f.name, g.name);
      if (similarity >= NAME_THRESHOLD) candidates.push({ g: gi, f: fi, similarity, score: similarity - 0.01 * d });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.f - b.f);
  const usedG = new Set<number>();
  const usedF = new Set<number>();
  const pairs: Measurement['pairs'] = [];
  let baselineRight = 0;
  let targetRight = 0;
  for (const c of candidates) {
    if (usedG.has(c.g) || usedF.has(c.f)) continue;
    usedG.add(c.g);
    usedF.add(c.f);
    const f = found[c.f]!;
    const g = gold[c.g]!;
    const b = sameBaseline(f.baseline, g.baseline ?? null);
    const t = sameTarget(f.targets[0], g.targets?.[0]);
    if (b) baselineRight++;
    if (t) targetRight++;
    pairs.push({ reference: g.id, line: f.source.line, similarity: Math.round(c.similarity * 100) / 100, valuesRight: b && t });
  }
  const valuesRight = pairs.filter((p) => p.valuesRight).length;
  return {
    reference: gold.length,
    found: found.length,
    matched: pairs.length,
    precision: ratio(pairs.length, found.length),
    recall: ratio(pairs.length, gold.length),
    valuesRight,
    valuesPrecision: ratio(valuesRight, found.length),
    valuesRecall: ratio(valuesRight, gold.length),
    baselineRight,
    targetRight,
    pairs: pairs.sort((a, b) => a.line - b.line),
    missed: gold.filter((_, i) => !usedG.has(i)).map((g) => g.id),
    unmatched: found.filter((_, i) => !usedF.has(i)).map((f) => f.source.line),
  };
}

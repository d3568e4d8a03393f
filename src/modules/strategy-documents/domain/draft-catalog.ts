/**
 * Found KPIs → a draft in the KPI module's JSON interchange format (`strategy` / `nodes` / `kpis`),
 * which `readJsonCatalog` accepts as it is. Each KPI keeps where it came from (`source`), how sure
 * the finder is (`confidence`) and what to check (`warnings`); the reader keeps such extra fields.
 */
import type { DocumentLine } from './document-lines.ts';
import { DRAFT_NODE, draftOutline, type DraftNode } from './draft-outline.ts';
import type { FoundKpi } from './found-kpi.ts';

export { DRAFT_NODE };

export interface DraftKpi {
  id: string;
  node: string;
  name: string;
  unit: string;
  direction: string;
  baseline: { value: number; period: string } | null;
  baseline_text?: string;
  targets: Array<{ value: number | null; period: string | null; text: string; relative_to?: string; window_from?: string }>;
  target_text: string | null;
  source: { page: number | null; line: number; text: string };
  layout: string;
  confidence: number;
  warnings: string[];
}

export interface DraftCatalog {
  strategy: { id: string; name: string; draft: true; source_file: string };
  nodes: DraftNode[];
  kpis: DraftKpi[];
}

/** An id the interchange format accepts (ASCII), from the file's name where it has ASCII letters. */
export function draftStrategyId(file: string): string {
  const base = (file.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]+$/, '');
  const ascii = base
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 60);
  return `draft-${ascii || 'document'}`;
}

/** The draft; with the document's lines, its nodes follow the headings (draft-outline.ts), else one `document` node. */
export function draftCatalog(found: readonly FoundKpi[], file: string, name?: string, lines?: readonly DocumentLine[]): DraftCatalog {
  const title = name?.trim() || `${file.split(/[\\/]/).pop() ?? file}（抽出した下書き）`;
  const width = Math.max(3, String(found.length).length);
  const tree = lines ? draftOutline(lines, found, title) : { nodes: [{ id: DRAFT_NODE, parent: null, level: 'goal' as const, name: title }], nodeOf: found.map(() => DRAFT_NODE) };
  return {
    strategy: { id: draftStrategyId(file), name: title, draft: true, source_file: file },
    nodes: tree.nodes,
    kpis: found.map((k, i) => {
      const kpi: DraftKpi = {
        id: `K${String(i + 1).padStart(width, '0')}`,
        node: tree.nodeOf[i]!,
        name: k.name,
        unit: k.unit,
        direction: k.direction,
        baseline: k.baseline,
        targets: [],
        target_text: k.targetText,
        source: k.source,
        layout: k.layout,
        confidence: k.confidence,
        warnings: k.warnings,
      };
      if (!k.baseline && k.baselineText) kpi.baseline_text = k.baselineText;
      if (k.target) {
        const t: DraftKpi['targets'][number] = { value: k.target.value, period: k.target.period, text: k.target.text };
        if (k.target.relativeTo) t.relative_to = k.target.relativeTo;
        if (k.target.from) t.window_from = k.target.from;
        kpi.targets.push(t);
      }
      return kpi;
    }),
  };
}

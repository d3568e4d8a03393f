/**
 * How well a draft's nodes (the document's headings, draft-outline.ts) follow a reviewed catalog's
 * logic model, over the KPIs matched by measureDraft: a KPI is under the **right node** when the
 * heading it hangs on names the catalog's node, and under the **right top-level node** when one of
 * its headings (it or one above it) names the catalog node just below the root (the national
 * catalog's three impacts and 横断的施策). Names match as KPI names do (bigram Dice ≥ 0.5), or when
 * one holds the other (「強い地域経済の構築に貢献する主な施策の推進」 holds 「強い地域経済の構築」).
 */
import type { DraftNode } from './draft-outline.ts';
import type { DraftKpi } from './draft-catalog.ts';
import type { Measurement } from './measure.ts';
import { nameKey, nameSimilarity } from './reading-text.ts';
import { NAME_THRESHOLD } from './measure.ts';

export interface ReferenceNode {
  id: string;
  parent: string | null;
  name: string;
}

export interface ReferenceTreeKpi {
  id: string;
  node?: string;
  components?: ReferenceTreeKpi[];
}

export interface TreeMeasurement {
  /** matched KPIs whose catalog node is known */
  placed: number;
  rightNode: number;
  rightTop: number;
  rightNodeShare: number;
  rightTopShare: number;
}

export function sameNodeName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x) || nameSimilarity(a, b) >= NAME_THRESHOLD);
}

function nodeOfLeaves(kpis: readonly ReferenceTreeKpi[], inherited?: string, out = new Map<string, string>()): Map<string, string> {
  for (const k of kpis) {
    const node = k.node ?? inherited;
    if (k.components && k.components.length > 0) nodeOfLeaves(k.components, node, out);
    else if (node) out.set(k.id, node);
  }
  return out;
}

export function measureTree(
  draft: { nodes: readonly DraftNode[]; kpis: readonly DraftKpi[] },
  reference: { nodes: readonly ReferenceNode[]; kpis: readonly ReferenceTreeKpi[] },
  pairs: Measurement['pairs'],
): TreeMeasurement {
  const refNodes = new Map(reference.nodes.map((n) => [n.id, n]));
  const draftNodes = new Map(draft.nodes.map((n) => [n.id, n]));
  const refNodeOf = nodeOfLeaves(reference.kpis);
  // The node just below the root (a catalog with several roots: the root itself).
  const topOf = (id: string): ReferenceNode | undefined => {
    let n = refNodes.get(id);
    while (n?.parent && refNodes.get(n.parent)?.parent) n = refNodes.get(n.parent);
    return n;
  };
  const chain = (id: string): DraftNode[] => {
    const out: DraftNode[] = [];
    for (let n = draftNodes.get(id); n; n = n.parent ? draftNodes.get(n.parent) : undefined) out.push(n);
    return out;
  };
  let placed = 0;
  let rightNode = 0;
  let rightTop = 0;
  for (const p of pairs) {
    const refNode = refNodes.get(refNodeOf.get(p.reference) ?? '');
    const kpi = draft.kpis.find((k) => k.source.line === p.line);
    if (!refNode || !kpi) continue;
    placed++;
    const headings = chain(kpi.node);
    if (headings[0] && sameNodeName(headings[0].name, refNode.name)) rightNode++;
    const top = topOf(refNode.id);
    if (top && headings.some((h) => sameNodeName(h.name, top.name))) rightTop++;
  }
  const share = (n: number) => (placed === 0 ? 0 : Math.round((n / placed) * 1000) / 1000);
  return { placed, rightNode, rightTop, rightNodeShare: share(rightNode), rightTopShare: share(rightTop) };
}

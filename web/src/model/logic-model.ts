/**
 * The logic model as a tree (goal → impacts → outcomes → outputs, plus "other" nodes such as
 * individual plans and cross-cutting measures), built from the catalog's flat node list.
 */
import type { CatalogKpi, CatalogNode, KpiEvaluation, NodeLevel } from '../api/types.ts';
import type { Lang } from '../i18n/dictionaries.ts';

export interface TreeNode {
  node: CatalogNode;
  children: TreeNode[];
  depth: number;
}

export interface LogicModel {
  roots: TreeNode[];
  byId: Map<string, TreeNode>;
}

const LEVEL_ORDER: Record<NodeLevel, number> = { goal: 0, impact: 1, outcome: 2, output: 3, other: 4 };

export function buildLogicModel(nodes: readonly CatalogNode[]): LogicModel {
  const byId = new Map<string, TreeNode>();
  for (const n of nodes) byId.set(n.id, { node: n, children: [], depth: 0 });
  const roots: TreeNode[] = [];
  for (const n of nodes) {
    const t = byId.get(n.id)!;
    const parent = n.parent ? byId.get(n.parent) : undefined;
    if (parent) parent.children.push(t);
    else roots.push(t);
  }
  // Logic-model levels first, "other" (plans, cross-cutting) after; catalog order within a level.
  const sort = (list: TreeNode[], depth: number) => {
    list.sort((a, b) => LEVEL_ORDER[a.node.level] - LEVEL_ORDER[b.node.level]);
    for (const t of list) {
      t.depth = depth;
      sort(t.children, depth + 1);
    }
  };
  sort(roots, 0);
  return { roots, byId };
}

/** The path from the root to the node, both included. */
export function ancestry(model: LogicModel, id: string): CatalogNode[] {
  const out: CatalogNode[] = [];
  const seen = new Set<string>();
  let cur = model.byId.get(id);
  while (cur && !seen.has(cur.node.id)) {
    seen.add(cur.node.id);
    out.unshift(cur.node);
    cur = cur.node.parent ? model.byId.get(cur.node.parent) : undefined;
  }
  return out;
}

/** The node and all its descendants. */
export function subtreeIds(model: LogicModel, id: string): Set<string> {
  const out = new Set<string>();
  const walk = (t: TreeNode | undefined) => {
    if (!t || out.has(t.node.id)) return;
    out.add(t.node.id);
    for (const c of t.children) walk(c);
  };
  walk(model.byId.get(id));
  return out;
}

export function nodeName(node: Pick<CatalogNode, 'name' | 'name_en'>, lang: Lang): string {
  return lang === 'en' && node.name_en ? node.name_en : node.name;
}

export function kpiName(kpi: Pick<CatalogKpi, 'name' | 'name_en'>, lang: Lang): string {
  return lang === 'en' && kpi.name_en ? kpi.name_en : kpi.name;
}

/** The evaluation's KPI name in the chosen language, using the catalog's English name if any. */
export function evaluationName(ev: KpiEvaluation, catalogKpis: ReadonlyMap<string, CatalogKpi> | undefined, lang: Lang): string {
  const k = catalogKpis?.get(ev.id);
  return k ? kpiName(k, lang) : ev.name;
}

/** Every KPI and component by id. */
export function indexKpis(kpis: readonly CatalogKpi[]): Map<string, CatalogKpi> {
  const out = new Map<string, CatalogKpi>();
  for (const k of kpis) {
    out.set(k.id, k);
    for (const c of k.components ?? []) out.set(c.id, c);
  }
  return out;
}

/** lang="ja" for a name shown in an English page because there is no English name. */
export function fallbackLang(obj: { name_en?: string | undefined }, lang: Lang): 'ja' | undefined {
  return lang === 'en' && !obj.name_en ? 'ja' : undefined;
}

/**
 * Search over KPIs and logic-model nodes, for Japanese: full-width/half-width and katakana/
 * hiragana are folded, so 「ﾃﾞｼﾞﾀﾙ」「デジタル」「でじたる」 all find デジタル人材; partial matches.
 */
import type { Catalog, CatalogKpi } from './catalog.ts';

export interface SearchResult {
  type: 'kpi' | 'node';
  strategy: string;
  id: string;
  name: string;
  /** the KPI's node, or the node's parent */
  node: string | null;
  /** the text that matched (name, English name, id or code) */
  match: string;
}

export function foldForSearch(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/\s+/g, '');
}

function firstMatch(terms: string[], fields: Array<unknown>): string | null {
  for (const f of fields) {
    if (typeof f !== 'string' || f === '') continue;
    const folded = foldForSearch(f);
    if (terms.every((t) => folded.includes(t))) return f;
  }
  return null;
}

/** Every whitespace-separated term must occur in one field. Nodes first, then KPIs, in catalog order. */
export function searchCatalog(catalog: Catalog, query: string, limit = 50): SearchResult[] {
  const terms = query
    .normalize('NFKC')
    .split(/\s+/)
    .map(foldForSearch)
    .filter((t) => t !== '');
  if (terms.length === 0) return [];
  const out: SearchResult[] = [];
  for (const n of catalog.nodes) {
    const m = firstMatch(terms, [n.name, n.extra?.name_en, n.extra?.code, n.id]);
    if (m) out.push({ type: 'node', strategy: catalog.strategy.id, id: n.id, name: n.name, node: n.parent, match: m });
  }
  const walk = (ks: CatalogKpi[]) => {
    for (const k of ks) {
      const m = firstMatch(terms, [k.name, k.extra?.name_en, k.id, k.targetText]);
      if (m) out.push({ type: 'kpi', strategy: catalog.strategy.id, id: k.id, name: k.name, node: k.node, match: m });
      walk(k.components);
    }
  };
  walk(catalog.kpis);
  return out.slice(0, limit);
}

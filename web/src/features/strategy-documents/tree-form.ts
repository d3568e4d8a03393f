/**
 * The draft's logic model as the planner edits it (pure): the nodes the finder made from the
 * document's headings, renamed, added (at the top or under a node) and deleted when empty (no KPI
 * and no node under it), and back to the JSON interchange format for the accept route. Nodes keep
 * a key of their own so that a KPI's node survives renames; the ids are the draft's (new nodes get
 * the next free N…).
 */
import type { DraftCatalog } from './api.ts';
import type { KpiForm } from './draft-form.ts';

type DraftNode = DraftCatalog['nodes'][number];

export interface NodeForm {
  key: string;
  id: string;
  /** the parent's key, null at the top */
  parent: string | null;
  name: string;
  /** level, code, source … kept as drafted */
  rest: Record<string, unknown>;
}

export function nodeFormsOf(nodes: readonly DraftNode[]): NodeForm[] {
  return nodes.map(({ id, parent, name, ...rest }) => ({ key: id, id, parent, name, rest }));
}

/** A node added by hand: the next free id N01…, under `parent` (a key, or null for the top). */
export function addNode(nodes: readonly NodeForm[], name: string, parent: string | null): NodeForm[] {
  const used = new Set(nodes.map((n) => n.id));
  let n = nodes.length + 1;
  const id = () => `N${String(n).padStart(2, '0')}`;
  while (used.has(id())) n++;
  const node: NodeForm = { key: `new-${id()}`, id: id(), parent, name, rest: {} };
  // After its parent's last descendant, so that the list stays in outline order.
  const order = outlineOrder(nodes);
  const at = parent === null ? order.length : lastDescendantIndex(order, parent) + 1;
  return [...order.slice(0, at), node, ...order.slice(at)];
}

export const renameNode = (nodes: readonly NodeForm[], key: string, name: string) => nodes.map((n) => (n.key === key ? { ...n, name } : n));

/** Why a node cannot be deleted (it holds KPIs or nodes), or null when it can. */
export function deleteBlocker(nodes: readonly NodeForm[], kpis: readonly KpiForm[], key: string): 'kpis' | 'children' | null {
  if (kpis.some((k) => k.node === key)) return 'kpis';
  if (nodes.some((n) => n.parent === key)) return 'children';
  return null;
}

export function deleteNode(nodes: readonly NodeForm[], kpis: readonly KpiForm[], key: string): NodeForm[] {
  return deleteBlocker(nodes, kpis, key) ? [...nodes] : nodes.filter((n) => n.key !== key);
}

/** Depth of each node (0 at the top). */
export function depthOf(nodes: readonly NodeForm[], key: string): number {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  let d = 0;
  for (let n = byKey.get(key); n?.parent && d < nodes.length; n = byKey.get(n.parent)) d++;
  return d;
}

/** The nodes in outline order (each followed by its children), as the select and the tree list them. */
export function outlineOrder(nodes: readonly NodeForm[]): NodeForm[] {
  const out: NodeForm[] = [];
  const keys = new Set(nodes.map((n) => n.key));
  const visit = (parent: string | null) => {
    for (const n of nodes.filter((x) => (x.parent === null || !keys.has(x.parent) ? null : x.parent) === parent)) {
      out.push(n);
      visit(n.key);
    }
  };
  visit(null);
  return out;
}

function lastDescendantIndex(order: readonly NodeForm[], key: string): number {
  const i = order.findIndex((n) => n.key === key);
  let j = i;
  const inside = new Set([key]);
  while (j + 1 < order.length && order[j + 1]!.parent !== null && inside.has(order[j + 1]!.parent!)) {
    j++;
    inside.add(order[j]!.key);
  }
  return j;
}

/** A node's option label in the KPI's select: indented by depth (full-width spaces read as nothing by screen readers). */
export const nodeOptionLabel = (nodes: readonly NodeForm[], n: NodeForm) => `${'\u3000'.repeat(depthOf(nodes, n.key))}${n.name || '（名称なし）'}`;

/** The nodes in the JSON interchange format, as the accept route takes them. */
export function nodeDocuments(nodes: readonly NodeForm[]): Array<Record<string, unknown>> {
  const idOf = new Map(nodes.map((n) => [n.key, n.id]));
  return outlineOrder(nodes).map((n) => ({ ...n.rest, id: n.id, parent: n.parent === null ? null : (idOf.get(n.parent) ?? null), name: n.name.trim() }));
}

/** The node an issue's JSON path (`nodes[2].name`) names, by the position in the list that was sent. */
export function nodeOfIssue(column: string, sent: readonly NodeForm[]): NodeForm | null {
  const m = /^nodes\[(\d+)\]/.exec(column);
  return m ? (outlineOrder(sent)[Number(m[1])] ?? null) : null;
}

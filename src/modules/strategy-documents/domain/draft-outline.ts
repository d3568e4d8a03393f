/**
 * The draft's logic model from the document's outline: each heading that holds a KPI (or a heading
 * below it that does) becomes a node, and each KPI hangs on the nearest heading above its line.
 * Headings without any KPI under them are left out — a national or prefectural text has hundreds
 * (its contents, its figure of the logic model) — and the planner adds the nodes they miss.
 * KPIs above the first heading (or in a document without headings) hang on the `document` node.
 */
import type { DocumentLine } from './document-lines.ts';
import type { FoundKpi } from './found-kpi.ts';
import { findHeadings, outline, type OutlineEntry } from './headings.ts';

export const DRAFT_NODE = 'document';

export interface DraftNode {
  id: string;
  parent: string | null;
  level: 'goal' | 'outcome' | 'output';
  name: string;
  /** the heading's number as written (「1」「Ⅱ」「ア」), null without one */
  code?: string | null;
  /** the heading's line */
  source?: { page: number | null; line: number; text: string };
}

export interface DraftOutline {
  nodes: DraftNode[];
  /** the node of each found KPI, in the order given */
  nodeOf: string[];
}

const placeKey = (l: { page: number | null; line: number }) => `${l.page ?? ''}:${l.line}`;

/** A goal heading (基本目標) is a goal; a measure (施策) an output; other sections by their depth. */
function levelOf(e: OutlineEntry, depth: number): DraftNode['level'] {
  if (e.heading.kind === 'goal') return 'goal';
  if (e.heading.kind === 'measure') return 'output';
  return depth === 0 ? 'goal' : depth === 1 ? 'outcome' : 'output';
}

function nameOf(e: OutlineEntry): string {
  const h = e.heading;
  // 「【基本目標1】」 alone on its line: the words are the style and its number.
  return h.name || `${h.style}${h.code ?? ''}`;
}

export function draftOutline(lines: readonly DocumentLine[], found: readonly FoundKpi[], title: string): DraftOutline {
  const indexOf = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!indexOf.has(placeKey(l))) indexOf.set(placeKey(l), i);
  });
  const kpiIndex = found.map((k) => indexOf.get(placeKey(k.source)) ?? -1);
  const entries = outline(findHeadings(lines, new Set(kpiIndex)));
  // The nearest heading above each KPI (entries are in document order).
  let e = -1;
  const holder = kpiIndex.map((i) => i).sort((a, b) => a - b);
  const holderOf = new Map<number, number>();
  for (const i of holder) {
    while (e + 1 < entries.length && entries[e + 1]!.heading.index < i) e++;
    holderOf.set(i, e);
  }
  const kept = new Set<number>();
  for (const h of holderOf.values()) for (let x: number | null = h >= 0 ? h : null; x !== null && !kept.has(x); x = entries[x]!.parent) kept.add(x);
  const order = [...kept].sort((a, b) => a - b);
  const width = Math.max(2, String(order.length).length);
  const idOf = new Map(order.map((x, n) => [x, `N${String(n + 1).padStart(width, '0')}`]));
  const depthOf = new Map<number, number>();
  const nodes: DraftNode[] = [];
  const orphans = [...holderOf.values()].some((h) => h < 0);
  if (orphans || order.length === 0) nodes.push({ id: DRAFT_NODE, parent: null, level: 'goal', name: title });
  for (const x of order) {
    const entry = entries[x]!;
    const parent = entry.parent;
    const depth = parent === null ? 0 : depthOf.get(parent)! + 1;
    depthOf.set(x, depth);
    const at = entry.heading.at;
    nodes.push({
      id: idOf.get(x)!,
      parent: parent === null ? null : idOf.get(parent)!,
      level: levelOf(entry, depth),
      name: nameOf(entry),
      code: entry.heading.code,
      source: { page: at.page, line: at.line, text: at.text },
    });
  }
  return { nodes, nodeOf: kpiIndex.map((i) => (holderOf.get(i)! >= 0 ? idOf.get(holderOf.get(i)!)! : DRAFT_NODE)) };
}

/**
 * The review form's state (pure): each draft KPI as the planner edits it — figures and periods as
 * text, read by the server as it reads any catalog (「1,500万」「令和11年度」) — and back to the
 * JSON interchange format for POST /api/v1/strategy-documents/accept. The issues the server
 * answers name a JSON path (`kpis[2].targets[1].value`); `fieldOfIssue` finds the input it means.
 * Every target of a KPI is a row of its own (added, removed, edited); the KPI's node is one of the
 * draft's tree (tree-form.ts).
 */
import type { DocumentLine, DraftKpi } from './api.ts';

export type Direction = DraftKpi['direction'];

export interface KpiForm {
  /** stable within the page (React key, element ids); not sent */
  key: string;
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  /** the key of the node (tree-form.ts) the KPI hangs on */
  node: string;
  baselineValue: string;
  baselinePeriod: string;
  targets: TargetForm[];
  /** the draft's other fields (source, layout, baseline_text, relative_to …), kept as they are */
  source: DraftKpi['source'] | null;
  layout: DraftKpi['layout'] | null;
  confidence: number | null;
  warnings: string[];
  rest: Record<string, unknown>;
}

export interface TargetForm {
  /** stable within the KPI (React key, element ids) */
  key: string;
  value: string;
  period: string;
  /** the target as written in the document, kept while the figure is the one read from it */
  text: string | null;
  /** the figure as first shown: a changed figure no longer matches the document's words */
  valueShown: string;
  /** relative_to, window_from … kept as drafted */
  rest: Record<string, unknown>;
}

/** A figure as a person types it: grouped digits, every decimal (the server reads commas). */
export function figureText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 10, useGrouping: true }).format(value);
}

/** A period label as a person writes it: FY2029 → 2029年度, 2030 → 2030年, 2024-03 → 2024年3月. */
export function periodText(label: string | null | undefined): string {
  if (!label) return '';
  let m = /^FY(\d{4})$/.exec(label);
  if (m) return `${m[1]}年度`;
  if (/^\d{4}$/.test(label)) return `${label}年`;
  m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  return label;
}

export function kpiFormOf(k: DraftKpi, key: string, node: string = k.node): KpiForm {
  const { id, name, unit, direction, baseline, targets, target_text, source, layout, confidence, warnings, node: _node, ...rest } = k;
  return {
    key,
    id,
    name,
    unit,
    direction,
    node,
    baselineValue: figureText(baseline?.value),
    baselinePeriod: periodText(baseline?.period),
    targets: targets.map((t, i) => {
      const { value, period, text, ...targetRest } = t;
      const shown = figureText(value);
      // the first target's words may be only in target_text
      return { key: String(i), value: shown, period: periodText(period), text: text ?? (i === 0 ? target_text : null) ?? null, valueShown: shown, rest: targetRest };
    }),
    source,
    layout,
    confidence,
    warnings,
    rest,
  };
}

/** A target row added by hand: nothing filled in, a key not used in the KPI. */
export function emptyTargetForm(kpi: KpiForm): TargetForm {
  const used = new Set(kpi.targets.map((t) => t.key));
  let n = kpi.targets.length;
  while (used.has(`t${n}`)) n++;
  return { key: `t${n}`, value: '', period: '', text: null, valueShown: '', rest: {} };
}

/** A KPI added by hand: the next free id K001…, nothing filled in, on the given node. */
export function emptyKpiForm(existing: readonly KpiForm[], key: string, node: string): KpiForm {
  const used = new Set(existing.map((k) => k.id));
  let n = existing.length + 1;
  while (used.has(`K${String(n).padStart(3, '0')}`)) n++;
  return {
    key,
    id: `K${String(n).padStart(3, '0')}`,
    name: '',
    unit: '',
    direction: 'increase',
    node,
    baselineValue: '',
    baselinePeriod: '',
    targets: [],
    source: null,
    layout: null,
    confidence: null,
    warnings: [],
    rest: {},
  };
}

function targetDocument(t: TargetForm) {
  const value = t.value.trim();
  // A direction-only target (no figure) keeps its words: they are what the engine judges.
  const text = value === '' || value === t.valueShown ? t.text : null;
  return value || t.period.trim() || text ? { ...t.rest, value: value === '' ? null : value, period: t.period.trim() || null, text } : null;
}

/** The KPI in the JSON interchange format, as the accept route takes it; `nodeId` gives the id of the KPI's node. */
export function kpiDocument(k: KpiForm, nodeId: (key: string) => string = () => 'document'): Record<string, unknown> {
  const baseline = k.baselineValue.trim() || k.baselinePeriod.trim() ? { value: k.baselineValue.trim(), period: k.baselinePeriod.trim() } : null;
  const targets = k.targets.map(targetDocument).filter((t) => t !== null);
  return {
    ...k.rest,
    id: k.id,
    node: nodeId(k.node),
    name: k.name.trim(),
    unit: k.unit.trim(),
    direction: k.direction,
    baseline,
    targets,
    target_text: targets[0]?.text ?? null,
    ...(k.source ? { source: k.source } : {}),
    ...(k.layout ? { layout: k.layout } : {}),
  };
}

/** The element id of a KPI's field. */
export const kpiFieldId = (key: string, field: KpiField) => `kpi-${key}-${field}`;
export type KpiField = 'name' | 'unit' | 'direction' | 'node' | 'baselineValue' | 'baselinePeriod' | `targetValue-${string}` | `targetPeriod-${string}` | 'targets';

/** The message key of a field's label (a target's fields share theirs). */
export const fieldLabelKey = (field: KpiField) =>
  `strategyDoc.kpi.${field.replace(/-.*$/, '') as 'name' | 'unit' | 'direction' | 'node' | 'baselineValue' | 'baselinePeriod' | 'targetValue' | 'targetPeriod' | 'targets'}` as const;

/** The KPI (by position in the list that was sent) and the field an issue's JSON path names; the name when no field is its own. */
export function fieldOfIssue(column: string, sent: readonly KpiForm[]): { kpi: KpiForm; field: KpiField } | null {
  const m = /^kpis\[(\d+)\](.*)$/.exec(column);
  const kpi = m ? sent[Number(m[1])] : undefined;
  if (!m || !kpi) return null;
  const path = m[2] ?? '';
  const t = /^\.targets\[(\d+)\](\.period)?/.exec(path);
  // The index is among the targets that were sent: rows left empty were not.
  const sentTargets = kpi.targets.filter((x) => targetDocument(x) !== null);
  const target = t ? sentTargets[Number(t[1])] : undefined;
  if (target) return { kpi, field: t![2] ? `targetPeriod-${target.key}` : `targetValue-${target.key}` };
  const simple: Array<[RegExp, KpiField]> = [
    [/^\.baseline\.period/, 'baselinePeriod'],
    [/^\.baseline/, 'baselineValue'],
    [/^\.targets/, 'targets'],
    [/^\.unit/, 'unit'],
    [/^\.direction/, 'direction'],
    [/^\.node/, 'node'],
  ];
  const hit = simple.find(([re]) => re.test(path));
  return { kpi, field: hit ? hit[1] : 'name' };
}

/** The document's lines around a KPI's source: same page, `around` lines either side. */
export function sourceContext(lines: readonly DocumentLine[], source: DraftKpi['source'], around = 2): DocumentLine[] {
  const page = lines.filter((l) => l.page === source.page);
  const i = page.findIndex((l) => l.line === source.line);
  if (i < 0) return [];
  return page.slice(Math.max(0, i - around), i + around + 1);
}

/** The plan period to propose: this 年度 to the latest target's 年度 (at least four years on). */
export function proposedPeriod(kpis: readonly DraftKpi[], thisFiscalYear: number): { from: string; to: string } {
  const years = kpis.flatMap((k) => k.targets.map((t) => Number(/(\d{4})/.exec(t.period ?? '')?.[1] ?? Number.NaN))).filter((y) => y >= thisFiscalYear && y <= thisFiscalYear + 10);
  const to = Math.max(thisFiscalYear + 4, ...years);
  return { from: `${thisFiscalYear}年度`, to: `${to}年度` };
}

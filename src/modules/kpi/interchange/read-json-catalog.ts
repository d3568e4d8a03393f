/**
 * JSON interchange → Catalog. All problems are collected with their line, column and JSON path;
 * any problem means no catalog (imports are all-or-nothing).
 */
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import type { Catalog, CatalogKpi, CatalogNode, Direction, Extra, NodeLevel, Observation, Target } from '../domain/catalog.ts';
import { comparePeriods } from '../../../shared/periods.ts';
import { DIRECTION_HINT, FLAG_HINT, parseDirection, parseFlag } from '../domain/vocabulary.ts';
import { catalogSchema, type ComponentDocument, type KpiDocument, type ObservationDocument } from './catalog-schema.ts';
import { PeriodReader, issueCollector, readNumber } from '../../../shared/field-readers.ts';
import { setInStartOf } from './field-readers.ts';
import { formatJsonPath, parseLocatedJson, type JsonPath, type LocatedJson } from '../../../shared/located-json.ts';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../../shared/input-limits.ts';
import { textProblem } from '../../../shared/text-checks.ts';

/**
 * Fields the reader does not know, kept as they are (they round-trip through the database and
 * every export). `__proto__` never gets here: parseLocatedJson refuses it, since a plain object
 * cannot hold it as data.
 */
function extraOf(obj: Record<string, unknown>, known: readonly string[]): Extra | undefined {
  const extra: Extra = {};
  let any = false;
  for (const [k, v] of Object.entries(obj)) {
    if (known.includes(k)) continue;
    extra[k] = v;
    any = true;
  }
  return any ? extra : undefined;
}

const NAME = MAX_NAME_LENGTH;
const NOTE = MAX_NOTE_LENGTH;

const KPI_KNOWN = ['id', 'node', 'name', 'unit', 'direction', 'baseline', 'targets', 'target_text', 'is_new', 'components', 'observations'];
const TARGET_KNOWN = ['value', 'period', 'text', 'set_in', 'relative_to'];
const NODE_KNOWN = ['id', 'parent', 'level', 'name'];

class CatalogReader {
  private collector = issueCollector();
  private periods = new PeriodReader();
  private kpiIds = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly doc: LocatedJson,
  ) {}

  get issues(): InputIssue[] {
    return this.collector.issues;
  }

  report(path: JsonPath, code: string, reason: string): void {
    const pos = this.doc.locate(path);
    this.collector.add({ file: this.file, line: pos.line, column: formatJsonPath(path), code, reason });
  }

  reporter(path: JsonPath) {
    return (code: string, reason: string) => this.report(path, code, reason);
  }

  /** A text field within its limit (names and labels MAX_NAME_LENGTH, wording and notes MAX_NOTE_LENGTH). */
  limit(path: JsonPath, value: unknown, max: number): void {
    if (typeof value !== 'string') return;
    const p = textProblem(value, max);
    if (p) this.report(path, p.code, p.reason);
  }

  read(): Catalog | undefined {
    const parsed = catalogSchema.safeParse(this.doc.value);
    if (!parsed.success) {
      for (const iss of parsed.error.issues) {
        const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
        this.report(path, 'invalid_shape', `形式が正しくありません: ${iss.message}`);
      }
      return undefined;
    }
    const d = parsed.data;
    this.limit(['strategy', 'id'], d.strategy.id, NAME);
    this.limit(['strategy', 'name'], d.strategy.name, NAME);
    const nodes = this.readNodes(d.nodes);
    const nodeIds = new Set(nodes.map((n) => n.id));
    const kpis: CatalogKpi[] = [];
    d.kpis.forEach((k, i) => {
      const kpi = this.readKpi(k, ['kpis', i], nodeIds, null);
      if (kpi) kpis.push(kpi);
    });
    if (this.issues.length > 0) return undefined;
    return {
      strategy: { id: d.strategy.id, name: d.strategy.name, extra: extraOf(d.strategy, ['id', 'name']) },
      extra: extraOf(d, ['strategy', 'nodes', 'kpis']),
      nodes,
      kpis,
    };
  }

  private readNodes(docs: Array<{ id: string; parent: string | null; level: string; name: string } & Record<string, unknown>>): CatalogNode[] {
    const nodes: CatalogNode[] = [];
    const seen = new Set<string>();
    docs.forEach((n, i) => {
      for (const f of ['id', 'parent', 'name'] as const) this.limit(['nodes', i, f], n[f], NAME);
      if (seen.has(n.id)) this.report(['nodes', i, 'id'], 'duplicate_id', `ノードID「${n.id}」が重複しています`);
      seen.add(n.id);
      nodes.push({ id: n.id, parent: n.parent, level: n.level as NodeLevel, name: n.name, extra: extraOf(n, NODE_KNOWN) });
    });
    const parents = new Map(nodes.map((n) => [n.id, n.parent]));
    nodes.forEach((n, i) => {
      if (n.parent !== null && !seen.has(n.parent)) {
        this.report(['nodes', i, 'parent'], 'unknown_node', `親ノード「${n.parent}」がありません`);
        return;
      }
      // A cycle would make the logic model a loop, not a tree.
      const path = new Set<string>([n.id]);
      for (let p = n.parent; p !== null; p = parents.get(p) ?? null) {
        if (path.has(p)) {
          this.report(['nodes', i, 'parent'], 'node_cycle', `ノード「${n.id}」の親子関係が循環しています`);
          break;
        }
        path.add(p);
      }
    });
    return nodes;
  }

  private readKpi(k: KpiDocument | ComponentDocument, path: JsonPath, nodeIds: Set<string>, parent: { node: string; direction: string } | null): CatalogKpi | undefined {
    const parentNode = parent?.node ?? null;
    const before = this.issues.length;
    for (const f of ['id', 'node', 'name', 'unit', 'direction'] as const) this.limit([...path, f], k[f], NAME);
    this.limit([...path, 'target_text'], k.target_text, NOTE);
    if (k.baseline) this.limit([...path, 'baseline', 'period'], k.baseline.period, NAME);
    if (this.kpiIds.has(k.id)) this.report([...path, 'id'], 'duplicate_id', `KPI ID「${k.id}」が重複しています`);
    this.kpiIds.add(k.id);
    const node = k.node ?? parentNode;
    if (node === null || !nodeIds.has(node)) this.report([...path, 'node'], 'unknown_node', `ノード「${node ?? ''}」がありません`);
    const direction = parseDirection(k.direction ?? parent?.direction);
    if (!direction) this.report([...path, 'direction'], 'invalid_direction', `方向「${k.direction ?? ''}」は使えません（${DIRECTION_HINT}）`);

    let baseline: CatalogKpi['baseline'] = null;
    if (k.baseline) {
      const v = readNumber(k.baseline.value, this.reporter([...path, 'baseline', 'value']));
      const p = this.periods.read(k.baseline.period, this.reporter([...path, 'baseline', 'period']));
      if (v === null) this.report([...path, 'baseline', 'value'], 'missing_value', '基準値がありません（基準値がない場合は baseline を null にしてください）');
      if (typeof v === 'number' && p) baseline = { value: v, period: p };
    }

    const targets: Target[] = [];
    (k.targets ?? []).forEach((t, j) => {
      const tp: JsonPath = [...path, 'targets', j];
      this.limit([...tp, 'text'], t.text, NOTE);
      for (const f of ['period', 'set_in', 'relative_to'] as const) this.limit([...tp, f], t[f], NAME);
      const value = t.value === null ? null : readNumber(t.value, this.reporter([...tp, 'value']));
      const period = t.period === null || t.period === undefined || t.period === '' ? null : this.periods.read(t.period, this.reporter([...tp, 'period']));
      if (value === undefined || period === undefined) return;
      targets.push({
        value,
        period,
        text: t.text ?? null,
        setIn: t.set_in === null || t.set_in === undefined ? null : String(t.set_in),
        setInStart: setInStartOf(t.set_in),
        relativeTo: t.relative_to ?? null,
        extra: extraOf(t, TARGET_KNOWN),
      });
    });

    const observations = this.readObservations(k.observations ?? [], [...path, 'observations']);
    const components: CatalogKpi[] = [];
    if ('components' in k && Array.isArray(k.components)) {
      k.components.forEach((c, j) => {
        const comp = this.readKpi(c, [...path, 'components', j], nodeIds, node === null || !direction ? null : { node, direction });
        if (comp) components.push(comp);
      });
    }
    if (this.issues.length > before || !direction || node === null) return undefined;
    return {
      id: k.id,
      node,
      name: k.name,
      unit: k.unit ?? '',
      direction: direction as Direction,
      baseline,
      targets,
      targetText: k.target_text ?? null,
      isNew: k.is_new ?? false,
      components,
      observations,
      extra: extraOf(k, KPI_KNOWN),
    };
  }

  private readObservations(docs: ObservationDocument[], path: JsonPath): Observation[] {
    const out: Observation[] = [];
    const seen = new Map<string, number>();
    docs.forEach((o, j) => {
      const op: JsonPath = [...path, j];
      const before = this.issues.length;
      this.limit([...op, 'period'], o.period, NAME);
      this.limit([...op, 'flag'], o.flag, NAME);
      this.limit([...op, 'source'], o.source, NOTE);
      this.limit([...op, 'note'], o.note, NOTE);
      if (this.issues.length > before) return;
      const period = this.periods.read(o.period, this.reporter([...op, 'period']));
      const value = readNumber(o.value, this.reporter([...op, 'value']));
      const flag = parseFlag(o.flag);
      if (flag === undefined) this.report([...op, 'flag'], 'invalid_flag', `区分「${o.flag}」は使えません（${FLAG_HINT}）`);
      if (!period || value === undefined || flag === undefined) return;
      const dup = seen.get(period.label);
      if (dup !== undefined) {
        this.report([...op, 'period'], 'duplicate_period', `期間「${period.label}」の実績値が ${formatJsonPath([...path, dup])} と重複しています`);
        return;
      }
      seen.set(period.label, j);
      // A missing marker (「－」「…」) records that there is no figure: nothing to store.
      if (value === null) return;
      out.push({ period, value, flag, source: o.source ?? null, note: o.note ?? null });
    });
    return out.sort((a, b) => comparePeriods(a.period, b.period));
  }
}

export function readJsonCatalog(text: string, file: string): Catalog {
  const doc = parseLocatedJson(text, file);
  const reader = new CatalogReader(file, doc);
  const catalog = reader.read();
  if (!catalog) throw new InputError(reader.issues);
  return catalog;
}

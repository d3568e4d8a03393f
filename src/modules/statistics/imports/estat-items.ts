/**
 * Which indicator each item of an e-Stat table feeds (`resolveEstatItems`): the exact code or
 * name of an existing indicator, an explicit mapping (`--map 項目=指標コード`), or one new
 * indicator for a one-item table (`--indicator`); units are checked. Pure.
 */
import { InputError } from '../../../shared/errors.ts';
import type { IndicatorDef } from '../store/indicator-store.ts';
import { norm, splitEstatLabel } from './estat-labels.ts';
import type { EstatItem, EstatTable } from './estat-types.ts';
import { checkIndicatorDef, collector, type IndicatorInput, type ParsedStatistics, type ParsedValue } from './import-common.ts';

/** An item as people read it: the parts that tell items apart (all parts when only one item). */
function itemLabels(items: EstatItem[]): Map<string, { display: string; candidates: string[] }> {
  const varying = new Set<number>();
  if (items.length > 1) {
    const n = items[0]?.parts.length ?? 0;
    for (let k = 0; k < n; k++) if (new Set(items.map((i) => i.parts[k]?.code ?? i.parts[k]?.label)).size > 1) varying.add(k);
  }
  const out = new Map<string, { display: string; candidates: string[] }>();
  for (const item of items) {
    const parts = item.parts.filter((_, k) => items.length === 1 || varying.has(k));
    const shown = parts.length > 0 ? parts : item.parts;
    const names = shown.map((p) => splitEstatLabel(p.label).name);
    const display = names.join('・') || '（項目なし）';
    const candidates = new Set<string>([item.key, display]);
    for (const p of shown) {
      if (p.code) candidates.add(p.code);
      candidates.add(p.label);
      candidates.add(splitEstatLabel(p.label).name);
    }
    out.set(item.key, { display, candidates: [...candidates] });
  }
  return out;
}

export interface EstatResolveOptions {
  /** one indicator for a table with one item: an existing code, or a full new definition */
  indicator?: IndicatorInput;
  /** item (code, label or name as shown in the table) → indicator code; items not named are left out */
  items?: Record<string, string>;
}

export interface CatalogEntry {
  code: string;
  nameJa: string;
  unit: string;
}

const sameUnit = (a: string, b: string) => norm(a).replace(/％/g, '%') === norm(b).replace(/％/g, '%');

type Issues = ReturnType<typeof collector>;
type Labels = ReturnType<typeof itemLabels>;

/** What the resolution decided: item key → indicator code, and definitions made from the request. */
interface Resolution {
  byItem: Map<string, string>;
  indicators: IndicatorDef[];
  defined: Map<string, { unit: string }>;
  skipped: string[];
}

/** `--indicator`: the table's one item feeds an existing indicator, or a new one defined from the request and the table. */
function resolveOneIndicator(table: EstatTable, catalog: ReadonlyMap<string, CatalogEntry>, input: IndicatorInput, labels: Labels, issues: Issues, out: Resolution): void {
  if (table.items.length > 1) {
    const shown = table.items
      .slice(0, 10)
      .map((i) => `「${labels.get(i.key)!.display}」`)
      .join('');
    issues.add({
      line: table.items[1]!.line,
      column: table.items[1]!.column,
      code: 'multiple_items',
      reason: `この表には項目が${table.items.length}つあります（${shown}${table.items.length > 10 ? '…' : ''}）。1つの指標（--indicator）に取り込めるのは項目が1つの表だけです。項目ごとに指標を対応づけてください（--map 項目=指標コード）`,
    });
    return;
  }
  const item = table.items[0]!;
  const known = catalog.get(input.code);
  if (known) {
    out.byItem.set(item.key, known.code);
    return;
  }
  // 表章項目 names what is counted (「人口」「事業所数」); other dimensions qualify it.
  const split = splitEstatLabel((item.parts.find((p) => p.dim === '表章項目') ?? item.parts.at(-1))?.label ?? '');
  const title = [table.meta.statName, table.meta.title ? `「${table.meta.title}」` : ''].filter(Boolean).join(' ');
  const def = checkIndicatorDef(
    {
      ...input,
      nameJa: input.nameJa ?? (split.name || null),
      unit: input.unit ?? item.unit,
      source: input.source ?? (title ? `${title}（政府統計の総合窓口 e-Stat）を加工して作成` : '政府統計の総合窓口（e-Stat）のデータを加工して作成'),
      licence: input.licence ?? '政府標準利用規約（第2.0版）準拠・CC BY 4.0 互換',
    },
    (column, code, reason) => issues.add({ column: `--${column === 'name_ja' ? 'name' : column}`, code, reason }),
  );
  if (def) {
    out.indicators.push(def);
    out.defined.set(def.code, def);
    out.byItem.set(item.key, def.code);
  }
}

/** Without a mapping: the indicator whose code (any case) or Japanese name an item's code, label or name is. */
function nameMatcher(catalog: ReadonlyMap<string, CatalogEntry>): (candidates: string[]) => string | undefined {
  const byName = new Map<string, string[]>();
  for (const e of catalog.values()) byName.set(e.nameJa, [...(byName.get(e.nameJa) ?? []), e.code]);
  const lowerCodes = new Map([...catalog.keys()].map((c) => [c.toLowerCase(), c]));
  return (candidates) => {
    for (const c of candidates) {
      const exact = catalog.get(c) ?? catalog.get(lowerCodes.get(c.toLowerCase()) ?? '');
      if (exact) return exact.code;
      const named = byName.get(c);
      if (named?.length === 1) return named[0];
    }
    return undefined;
  };
}

/** Every item by the mapping (items not named are skipped) or, without one, by code or name. */
function resolveItems(
  table: EstatTable,
  catalog: ReadonlyMap<string, CatalogEntry>,
  items: Record<string, string> | undefined,
  labels: Labels,
  issues: Issues,
  out: Resolution,
): void {
  const mapping = new Map(Object.entries(items ?? {}).map(([k, v]) => [norm(k), norm(v)]));
  const usedKeys = new Set<string>();
  const matchByName = nameMatcher(catalog);
  for (const item of table.items) {
    const { display, candidates } = labels.get(item.key)!;
    let code: string | undefined;
    if (mapping.size > 0) {
      const hit = candidates.map(norm).find((c) => mapping.has(c));
      if (hit === undefined) {
        out.skipped.push(display);
        continue;
      }
      usedKeys.add(hit);
      code = mapping.get(hit)!;
      if (!catalog.has(code)) {
        issues.add({ line: item.line, column: item.column, code: 'unknown_indicator', reason: `項目「${display}」の対応先の指標「${code}」は登録されていません` });
        continue;
      }
    } else {
      code = matchByName(candidates);
      if (!code) {
        issues.add({
          line: item.line,
          column: item.column,
          code: 'unknown_indicator',
          reason: `項目「${display}」に対応する指標がありません（指標コードか指標名が一致する指標がない）。--indicator で指標を指定するか、--map 「${display}=指標コード」で対応づけてください`,
        });
        continue;
      }
    }
    out.byItem.set(item.key, code);
  }
  for (const k of mapping.keys())
    if (!usedKeys.has(k))
      issues.add({
        column: '--map',
        code: 'unknown_item',
        reason: `対応づけの項目「${k}」はこの表にありません（表の項目: ${[...labels.values()]
          .slice(0, 10)
          .map((l) => `「${l.display}」`)
          .join('')}）`,
      });
}

/** Units: an item labelled 【千人】 must not go into an indicator counted in 人. */
function checkUnits(table: EstatTable, catalog: ReadonlyMap<string, CatalogEntry>, labels: Labels, issues: Issues, r: Resolution): void {
  for (const item of table.items) {
    const code = r.byItem.get(item.key);
    if (!code || !item.unit) continue;
    const unit = catalog.get(code)?.unit ?? r.defined.get(code)?.unit;
    if (unit !== undefined && !sameUnit(unit, item.unit)) {
      issues.add({
        line: item.line,
        column: item.column,
        code: 'unit_mismatch',
        reason: `項目「${labels.get(item.key)!.display}」の単位「${item.unit}」が指標「${code}」の単位「${unit}」と違います`,
      });
    }
  }
}

/**
 * Decides which indicator each item of the table feeds, and checks units. Returns the values
 * with indicator codes, the new definition (if any) and the items left out.
 */
export function resolveEstatItems(table: EstatTable, catalog: ReadonlyMap<string, CatalogEntry>, opts: EstatResolveOptions = {}): ParsedStatistics {
  const issues = collector(table.file);
  const labels = itemLabels(table.items);
  const r: Resolution = { byItem: new Map(), indicators: [], defined: new Map(), skipped: [] };
  if (opts.indicator) resolveOneIndicator(table, catalog, opts.indicator, labels, issues, r);
  else resolveItems(table, catalog, opts.items, labels, issues, r);
  checkUnits(table, catalog, labels, issues, r);
  if (issues.issues.length > 0) throw new InputError(issues.issues);

  const values: ParsedValue[] = [];
  for (const v of table.values) {
    const code = r.byItem.get(v.indicatorCode);
    if (code) values.push({ ...v, indicatorCode: code });
  }
  if (values.length === 0) throw InputError.single({ file: table.file, code: 'no_rows', reason: '取り込む値がありません（--map で選んだ項目に値がありません）' });
  const meta = Object.fromEntries(Object.entries(table.meta).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return {
    format: 'estat',
    file: table.file,
    indicators: r.indicators,
    values,
    columns: { area: table.columns.area, indicator: '項目', period: table.columns.period },
    skippedItems: r.skipped,
    meta,
  };
}

import { describe, expect, it } from 'vitest';
import { ENTRY_ITEMS, mandatoryEntryItemCount, missingEntryItems } from './entry-items.ts';
import type { PlanContent } from './plan-content.ts';
import { PLAN_TYPES, type PlanType } from './plan-types.ts';
import { completePlan } from './test-plans.ts';

/** Empties the value at a dotted path (text → '', list → [], other → null). */
function blank(c: PlanContent, path: string): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, c as unknown as Record<string, unknown>);
  const v = parent[last];
  parent[last] = typeof v === 'string' ? '' : Array.isArray(v) ? [] : null;
}

const topLevel = (type: PlanType) => ENTRY_ITEMS[type].filter((i) => !i.path.includes('[]'));

describe('entry items (記載項目)', () => {
  it.each(PLAN_TYPES)('a complete plan of type %s misses none', (type) => {
    expect(missingEntryItems(type, completePlan(type))).toEqual([]);
  });

  it.each(PLAN_TYPES)('every path of type %s reaches a field of PlanContent', (type) => {
    const c = completePlan(type) as unknown as Record<string, Record<string, unknown>>;
    for (const item of ENTRY_ITEMS[type]) {
      const [head, rest] = item.path.split('[].') as [string, string | undefined];
      const keys = head.split('.');
      const value = keys.length === 1 ? c[keys[0]!] : c[keys[0]!]?.[keys[1]!];
      expect(value, item.path).not.toBeUndefined();
      if (rest !== undefined) expect((value as Record<string, unknown>[])[0]![rest], item.path).not.toBeUndefined();
    }
  });

  it.each(PLAN_TYPES)('emptying each mandatory item of type %s reports exactly that item, by path, label and section', (type) => {
    for (const item of topLevel(type).filter((i) => i.optional === undefined)) {
      const c = completePlan(type);
      blank(c, item.path);
      if (item.path === 'area.pref_codes') blank(c, 'area.muni_codes');
      expect(missingEntryItems(type, c), item.path).toEqual([{ path: item.path, label: item.label, section: item.section }]);
    }
  });

  it.each(PLAN_TYPES)('optional items of type %s may stay empty', (type) => {
    const c = completePlan(type);
    for (const item of ENTRY_ITEMS[type].filter((i) => i.optional !== undefined)) blank(c, item.path);
    expect(missingEntryItems(type, c)).toEqual([]);
  });

  it('uses the seed wording and headings', () => {
    const b = ENTRY_ITEMS.B.map((i) => `${i.section}/${i.label}`);
    expect(b).toContain('②計画推進の核となる地域及び企業/計画推進の核となる企業');
    expect(b).toContain('③当該分野の現状認識と目指すべき姿【目標】/効果検証の方法');
    expect(ENTRY_ITEMS.C.map((i) => i.label)).toContain('地場産業を含む地域の産業を支える仕組みづくり');
    expect(ENTRY_ITEMS.A.find((i) => i.path === 'type_a.roadmap_relation')?.label).toBe('17の戦略分野の「官民投資ロードマップ」との関係性');
    // B's export/import-substitution item is conditional (「ある場合」), C has none.
    expect(ENTRY_ITEMS.B.find((i) => i.path === 'pathway.export_or_substitution')?.optional).toMatch(/場合/);
    expect(ENTRY_ITEMS.C.some((i) => i.path === 'pathway.export_or_substitution')).toBe(false);
  });

  it('a region given only by municipalities or only by prefectures is filled', () => {
    const onlyMuni = completePlan('C');
    expect(onlyMuni.area.pref_codes).toEqual([]);
    expect(missingEntryItems('C', onlyMuni)).toEqual([]);
    const onlyPref = completePlan('B');
    onlyPref.area.muni_codes = [];
    expect(missingEntryItems('B', onlyPref)).toEqual([]);
  });

  it('names the measure of an empty per-measure item and locates it by index', () => {
    const c = completePlan('B');
    c.measures[1]!.issue = '   ';
    c.measures[0]!.instrument = '';
    expect(missingEntryItems('B', c)).toEqual([
      {
        path: 'measures[1].issue',
        label: '投資促進に向けた課題（施策2「品質保証人材を毎年100人育成する」）',
        section: '⑤投資促進に向けた課題と解決に向けて講じるべき政策【政策手段】',
      },
      { path: 'measures[0].instrument', label: '講じるべき政策（施策1「原薬の海外依存度が高い」）', section: '⑤投資促進に向けた課題と解決に向けて講じるべき政策【政策手段】' },
    ]);
  });

  it('names the investment of an A plan whose 担当府省庁 is empty', () => {
    const c = completePlan('A');
    c.investments[1]!.ministry = '';
    expect(missingEntryItems('A', c)).toEqual([
      { path: 'investments[1].ministry', label: '投資概要（担当府省庁）（投資案件2「工業用水道の拡張」）', section: '③核となる大規模投資案件【道筋】' },
    ]);
  });

  it('an empty draft misses every mandatory item, and the count follows the lists', () => {
    const empty = { ...completePlan('C'), core_entities: [], measures: [], kpis: [], kgis: [], withdrawal_criteria: [] };
    for (const k of ['field', 'vision', 'pathway', 'support', 'localisation'] as const) for (const f of Object.keys(empty[k])) blank(empty, `${k}.${f}`);
    empty.area = { pref_codes: [], muni_codes: [], non_contiguous: false, reason: '' };
    const missing = missingEntryItems('C', empty);
    expect(missing.length).toBe(mandatoryEntryItemCount('C', empty));
    expect(missing.map((m) => m.path)).not.toContain('measures[0].issue');
    expect(mandatoryEntryItemCount('C', completePlan('C'))).toBe(missing.length + 2);
  });
});

import { describe, expect, it } from 'vitest';
import { PlanContent, type PlanContentInput } from './plan-content.ts';
import { CONTENT_FIELD_LABELS, changedPaths, diffContents, sameValue, valueAtPath } from './version-diff.ts';

const content = (over: Partial<PlanContentInput> = {}) =>
  PlanContent.parse({
    title: '半導体クラスター計画',
    area: { pref_codes: ['430005', '410004'] },
    investments: [
      { id: 'inv-1', title: '新工場', investor_name: '株式会社テスト', amount_yen: '120億', muni_code: '432041' },
      { id: 'inv-2', title: '研究所', investor_name: '株式会社テスト', amount_yen: 5_000_000_000, muni_code: '432041' },
    ],
    measures: [{ id: 'm1', issue: '人材不足', actions: [{ id: 'a1', content: '講座の開講', deadline: '2026-03' }] }],
    kpis: [{ id: 'k1', name: '新規雇用者数', unit: '人' }],
    ...over,
  });

/** Every field pattern of the zod schema (`investments[].amount_yen`), walking defaults, optionals, nullables and transforms. */
function schemaPatterns(schema: unknown, pattern: string, out: string[]): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: zod's internal definition tree is untyped here
  let s = schema as any;
  while (['default', 'optional', 'nullable', 'pipe'].includes(s._zod.def.type)) s = s._zod.def.type === 'pipe' ? s._zod.def.in : s._zod.def.innerType;
  if (pattern !== '') out.push(pattern);
  if (s._zod.def.type === 'array') {
    const el = s._zod.def.element;
    if (el._zod.def.type === 'object') schemaPatterns(el, `${pattern}[]`, out);
  } else if (s._zod.def.type === 'object') {
    for (const [k, v] of Object.entries(s._zod.def.shape)) schemaPatterns(v, pattern === '' ? k : `${pattern}.${k}`, out);
  }
  return out;
}

describe('labels', () => {
  it('has a Japanese label for every PlanContent field and no label for a field that is gone', () => {
    const patterns = schemaPatterns(PlanContent, '', []);
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.filter((p) => !(p in CONTENT_FIELD_LABELS))).toEqual([]);
    expect(Object.keys(CONTENT_FIELD_LABELS).filter((p) => !patterns.includes(p))).toEqual([]);
    for (const label of Object.values(CONTENT_FIELD_LABELS)) expect(label).toMatch(/[ぁ-んァ-ン一-龥]|^(ID|KGI|KPI|5W1H)$/);
  });
});

describe('diffContents', () => {
  it('finds nothing between equal contents, and reordering an id list is no change', () => {
    const a = content();
    const b = content({ investments: [...(content().investments as unknown[])].reverse() as PlanContentInput['investments'], area: { pref_codes: ['410004', '430005'] } });
    expect(diffContents(a, a)).toEqual([]);
    expect(diffContents(a, b)).toEqual([]);
  });

  it('reports a field change by element id with a Japanese label', () => {
    const b = content();
    b.investments[0]!.amount_yen = 15_000_000_000;
    b.title = '半導体・デジタル計画';
    expect(diffContents(content(), b)).toEqual([
      { path: 'title', label: '計画の名称', before: '半導体クラスター計画', after: '半導体・デジタル計画' },
      { path: 'investments[inv-1].amount_yen', label: '投資案件「新工場」の投資額（円）', before: 12_000_000_000, after: 15_000_000_000 },
    ]);
  });

  it('reports nested 5W1H fields, nested objects and null → object', () => {
    const b = content();
    b.measures[0]!.actions[0]!.deadline = '2026-06';
    b.investments[1]!.point = { lat: 33.2, lon: 130.3 };
    const a = content();
    a.investments[1]!.point = { lat: 33.2, lon: 130.1 };
    expect(diffContents(content(), b).map((c) => [c.path, c.label])).toEqual([
      ['investments[inv-2].point', '投資案件「研究所」の位置'],
      ['measures[m1].actions[a1].deadline', '課題と政策手段「人材不足」の5W1H「講座の開講」の期限'],
    ]);
    expect(diffContents(a, b)[0]).toMatchObject({ path: 'investments[inv-2].point.lon', label: '投資案件「研究所」の経度', before: 130.1, after: 130.3 });
  });

  it('reports an added and a removed element as one change each', () => {
    const b = content();
    const removed = b.investments.splice(0, 1)[0];
    b.kpis.push({ ...b.kpis[0]!, id: 'k2', name: '付加価値額' });
    b.area.pref_codes.push('400009');
    expect(diffContents(content(), b)).toEqual([
      { path: 'area.pref_codes', label: '対象都道府県', before: ['430005', '410004'], after: ['430005', '410004', '400009'] },
      { path: 'investments[inv-1]', label: '投資案件「新工場」', before: removed, after: null },
      { path: 'kpis[k2]', label: 'KPI「付加価値額」', before: null, after: b.kpis[1] },
    ]);
  });

  it('treats an id change as a removal plus an addition', () => {
    const b = content();
    b.kpis[0]!.id = 'k9';
    expect(diffContents(content(), b).map((c) => c.path)).toEqual(['kpis[k1]', 'kpis[k9]']);
  });
});

describe('changedPaths (conflicts of two edits of one base)', () => {
  it('names the paths both sides changed to different values', () => {
    const base = content();
    const mine = content();
    const theirs = content();
    mine.investments[0]!.amount_yen = 1;
    mine.title = '同じ変更';
    mine.kpis[0]!.unit = '社';
    theirs.investments[0]!.amount_yen = 2;
    theirs.title = '同じ変更';
    theirs.investments[1]!.title = '研究開発拠点';
    expect(changedPaths(base, mine, theirs)).toEqual([
      { path: 'investments[inv-1].amount_yen', label: '投資案件「新工場」の投資額（円）', base: 12_000_000_000, mine: 1, theirs: 2 },
    ]);
  });

  it('counts a change inside what the other side removed, either way round', () => {
    const base = content();
    const mine = content();
    const theirs = content();
    mine.investments[0]!.amount_yen = 1;
    theirs.investments.splice(0, 1);
    expect(changedPaths(base, mine, theirs)).toEqual([
      { path: 'investments[inv-1].amount_yen', label: '投資案件「新工場」の投資額（円）', base: 12_000_000_000, mine: 1, theirs: null },
    ]);
    expect(changedPaths(base, theirs, mine).map((c) => c.path)).toEqual(['investments[inv-1]']);
  });

  it('has no conflict when the edits touch different fields or nobody changed anything', () => {
    const base = content();
    const mine = content();
    const theirs = content();
    mine.measures[0]!.goal = '100人育成';
    theirs.measures[0]!.issue = '人材の不足';
    expect(changedPaths(base, mine, theirs)).toEqual([]);
    expect(changedPaths(base, base, base)).toEqual([]);
  });
});

describe('helpers', () => {
  it('reads values at diff paths and compares deeply', () => {
    const c = content();
    expect(valueAtPath(c, 'measures[m1].actions[a1].deadline')).toBe('2026-03');
    expect(valueAtPath(c, 'investments[nope].title')).toBeNull();
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

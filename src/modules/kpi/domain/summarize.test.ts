import { describe, expect, it } from 'vitest';
import { parseDay, parsePeriod } from '../../../shared/periods.ts';
import type { Catalog, CatalogKpi } from './catalog.ts';
import { evaluateCatalog } from './summarize.ts';

const k = (id: string, node: string, baseline: number | null, target: number | null, actual: number | null): CatalogKpi => ({
  id,
  node,
  name: id,
  unit: '%',
  direction: 'increase',
  baseline: baseline === null ? null : { value: baseline, period: parsePeriod('2020') },
  targets: target === null ? [] : [{ value: target, period: parsePeriod('2030'), text: null, setIn: null, setInStart: null, relativeTo: null }],
  targetText: null,
  isNew: false,
  components: [],
  observations: actual === null ? [] : [{ period: parsePeriod('2024'), value: actual, flag: null, source: null, note: null }],
});

const catalog: Catalog = {
  strategy: { id: 's', name: 'テスト戦略' },
  nodes: [
    { id: 'goal', parent: null, level: 'goal', name: '目標' },
    { id: 'imp', parent: 'goal', level: 'impact', name: 'インパクト' },
    { id: 'out1', parent: 'imp', level: 'output', name: 'アウトプット1' },
    { id: 'out2', parent: 'imp', level: 'output', name: 'アウトプット2' },
  ],
  kpis: [
    k('a', 'imp', 0, 100, 100), // 1A
    k('b', 'out1', 0, 100, 90), // 1B 80-<100
    k('c', 'out1', 0, 100, 60), // 1B 50-<80
    k('d', 'out2', 0, 100, 10), // 1B <50
    k('e', 'out2', 50, 100, 40), // 2
    k('f', 'out2', null, null, null), // 1C
    k('g', 'out2', 0, 100, null), // 3
  ],
};

describe('summary counts (as in the official verification tables)', () => {
  const ev = evaluateCatalog(catalog, parseDay('2025-06-30'));
  it('counts per status class and ①B band', () => {
    expect(ev.summary.total).toBe(7);
    expect(ev.summary.by_status).toEqual({ '1A': 1, '1B': 3, '1C': 1, '2': 1, '3': 1 });
    expect(ev.summary.by_band).toEqual({ '80-<100': 1, '50-<80': 1, '<50': 1 });
    expect(ev.summary.as_of).toBe('2025-06-30');
  });
  it('counts per node over its subtree; the goal row is the grand total', () => {
    const row = (id: string) => ev.summary.by_node.find((n) => n.node === id)!;
    expect(row('goal')).toMatchObject({ own: 0, total: 7, by_status: { '1A': 1, '1B': 3, '1C': 1, '2': 1, '3': 1 } });
    expect(row('imp')).toMatchObject({ own: 1, total: 7 });
    expect(row('out1')).toMatchObject({ own: 2, total: 2, by_status: { '1A': 0, '1B': 2, '1C': 0, '2': 0, '3': 0 }, by_band: { '80-<100': 1, '50-<80': 1, '<50': 0 } });
    expect(row('out2')).toMatchObject({ own: 4, total: 4, by_status: { '1A': 0, '1B': 1, '1C': 1, '2': 1, '3': 1 } });
  });
  it('returns one evaluation per top-level KPI in catalog order', () => {
    expect(ev.kpis.map((r) => `${r.id}:${r.status}`)).toEqual(['a:1A', 'b:1B', 'c:1B', 'd:1B', 'e:2', 'f:1C', 'g:3']);
  });
});

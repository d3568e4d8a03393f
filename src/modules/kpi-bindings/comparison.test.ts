import { describe, expect, it } from 'vitest';
import { latestAndEarlier, orderBindings, relationOf } from './comparison.ts';

const b = (ownerCode: string, strategyId = `s-${ownerCode}`, kpiId = 'K-1') => ({ ownerCode, strategyId, kpiId, areaCode: ownerCode });

describe('orderBindings', () => {
  const group = { area: '162019', similar: ['172014', '202011', '252018'] };

  it('puts the government first, its 類似団体 by rank, then the others by 団体コード', () => {
    const rows = [b('011002'), b('252018'), b('162019'), b('172014'), b('000000'), b('202011')];
    expect(orderBindings(rows, group).map((r) => r.ownerCode)).toEqual(['162019', '172014', '202011', '252018', '000000', '011002']);
  });

  it('keeps one government’s KPIs together, by strategy then KPI', () => {
    const rows = [b('172014', 'b', 'K-2'), b('172014', 'a', 'K-9'), b('172014', 'b', 'K-1')];
    expect(orderBindings(rows, group).map((r) => `${r.strategyId}/${r.kpiId}`)).toEqual(['a/K-9', 'b/K-1', 'b/K-2']);
  });

  it('without a government orders by 団体コード only', () => {
    expect(orderBindings([b('252018'), b('162019'), b('011002')], { area: null, similar: [] }).map((r) => r.ownerCode)).toEqual(['011002', '162019', '252018']);
  });

  it('names the relation and the rank', () => {
    expect(relationOf(group, '162019')).toEqual({ relation: 'self', similar_rank: null });
    expect(relationOf(group, '202011')).toEqual({ relation: 'similar', similar_rank: 2 });
    expect(relationOf(group, '011002')).toEqual({ relation: 'other', similar_rank: null });
  });
});

describe('latestAndEarlier', () => {
  const p = (period: string, value: number | null) => ({ period, value, flag: null });

  it('reads the change over the span, skipping non-figures', () => {
    const points = [p('2015', 10), p('2016', 11), p('2017', null), p('2018', 12), p('2019', 13), p('2020', 14), p('2021', 15.3)];
    expect(latestAndEarlier(points, 5)).toEqual({ latest: p('2021', 15.3), earlier: p('2015', 10), change: 5.3 });
    expect(latestAndEarlier(points, 2).earlier).toEqual(p('2019', 13));
  });

  it('falls back to the first figure when the series is shorter than the span', () => {
    expect(latestAndEarlier([p('2020', 100), p('2025', 110)], 5)).toEqual({ latest: p('2025', 110), earlier: p('2020', 100), change: 10 });
  });

  it('has no change for a single figure or none', () => {
    expect(latestAndEarlier([p('2025', 70)], 5)).toEqual({ latest: p('2025', 70), earlier: null, change: null });
    expect(latestAndEarlier([p('2025', null)], 5)).toEqual({ latest: null, earlier: null, change: null });
  });
});

import { describe, expect, it } from 'vitest';
import { bandOf, changeRate, populationBands, rankSimilar, SimilarError, similarMethodDescription, type SimilarCandidate, type SimilarType } from './similar.ts';

const city = (code: string, population: number, past: number, ageing: number, type: SimilarType = '市', extra?: Record<string, number | null>): SimilarCandidate => ({
  code,
  name: `市${code}`,
  prefName: '県',
  type,
  population,
  populationPast: past,
  ageingRate: ageing,
  extra,
});

describe('population bands (総務省-style)', () => {
  it('cuts 市 at 5万・10万・15万 and 町・村 at 5千・1万・1.5万・2万, lower bound inclusive', () => {
    expect(populationBands('市').map((b) => b.label)).toEqual(['人口5万人未満', '人口5万〜10万人', '人口10万〜15万人', '人口15万人以上']);
    expect(populationBands('町').map((b) => b.label)).toEqual(['人口5千人未満', '人口5千〜1万人', '人口1万〜1.5万人', '人口1.5万〜2万人', '人口2万人以上']);
    expect(bandOf('市', 49_999).code).toBe('shi-1');
    expect(bandOf('市', 50_000).code).toBe('shi-2');
    expect(bandOf('市', 150_000).code).toBe('shi-4');
    expect(bandOf('村', 4_999).code).toBe('son-1');
    expect(bandOf('町', 20_000).code).toBe('cho-5');
  });

  it('keeps 政令指定都市・中核市・特別区 as one group each', () => {
    for (const t of ['政令指定都市', '中核市', '特別区'] as const) {
      expect(populationBands(t)).toHaveLength(1);
      expect(bandOf(t, 3_000_000).code).toBe('all');
    }
  });
});

describe('rankSimilar', () => {
  const target = city('A', 80_000, 84_000, 33.0);

  it('ranks the group by standardised distance on ageing rate and 5-year change; 100 = identical', () => {
    const r = rankSimilar(
      target,
      [
        target,
        city('B', 70_000, 73_500, 33.0), // same ageing, same change (-4.76%) → distance 0
        city('C', 90_000, 91_000, 30.0),
        city('D', 60_000, 66_000, 38.0),
        city('E', 55_000, 57_750, 33.5),
      ],
      10,
    );
    expect(r.band.code).toBe('shi-2');
    expect(r.groupSize).toBe(4);
    expect(r.comparators.map((c) => c.code)).toEqual(['B', 'E', 'C', 'D']);
    expect(r.comparators[0]).toMatchObject({ score: 100, distance: 0, same_band: true, population_change_5y: -4.76 });
    expect(r.comparators.every((c, i, a) => i === 0 || a[i - 1]!.score >= c.score)).toBe(true);
    expect(r.target).toEqual({ code: 'A', population: 80_000, ageing_rate: 33, population_change_5y: -4.76 });
  });

  it('standardises by the spread within the group (target included)', () => {
    const r = rankSimilar(target, [city('B', 70_000, 70_000, 35.0), city('C', 70_000, 70_000, 31.0)], 10);
    // ageing spread: sd(33, 35, 31) = 2; change spread: sd(-4.76, 0, 0)
    expect(r.scale.ageing_rate).toBe(2);
    const [b, c] = r.comparators;
    expect(b!.distance).toBe(c!.distance);
    // tie → closer population, then code
    expect([b!.code, c!.code]).toEqual(['B', 'C']);
  });

  it('ignores other types, the target itself and areas without data', () => {
    const r = rankSimilar(target, [target, city('T', 80_000, 84_000, 33, '町'), { ...city('N', 80_000, 84_000, 33), ageingRate: null }, city('B', 70_000, 71_000, 34)], 10);
    expect(r.comparators.map((c) => c.code)).toEqual(['B']);
  });

  it('fills from neighbouring bands, nearest band first, marked same_band = false', () => {
    const r = rankSimilar(target, [city('B', 70_000, 71_000, 34), city('FAR', 400_000, 400_000, 33), city('NEAR', 120_000, 126_000, 34), city('LOW', 30_000, 31_500, 33)], 3);
    expect(r.comparators.map((c) => [c.code, c.same_band])).toEqual([
      ['B', true],
      ['LOW', false],
      ['NEAR', false],
    ]);
  });

  it('returns only the group when it is large enough, and passes extra indicators through', () => {
    const r = rankSimilar(target, [city('B', 70_000, 71_000, 34, '市', { fiscal_capability_index: 0.5 }), city('C', 75_000, 76_000, 35), city('OUT', 200_000, 200_000, 33)], 2);
    expect(r.comparators.map((c) => c.code)).toEqual(['B', 'C']);
    expect(r.comparators[0]!.fiscal_capability_index).toBe(0.5);
  });

  it('refuses a target without the data', () => {
    expect(() => rankSimilar({ ...target, populationPast: null }, [], 5)).toThrow(SimilarError);
  });

  it('computes the 5-year change rate', () => {
    expect(changeRate(95, 100)).toBeCloseTo(-5);
    expect(changeRate(100, null)).toBeNull();
    expect(changeRate(100, 0)).toBeNull();
  });
});

describe('method description', () => {
  it('says in Japanese how comparators are chosen and that the industry axis is not used', () => {
    const d = similarMethodDescription('2022', '2017');
    expect(d).toContain('類似団体区分');
    expect(d).toContain('5万人未満／5万〜10万人／10万〜15万人／15万人以上');
    expect(d).toContain('高齢化率');
    expect(d).toContain('2017→2022');
    expect(d).toContain('産業構造');
    expect(d).toContain('含まれていない');
    expect(d).toContain('住民基本台帳');
  });
});

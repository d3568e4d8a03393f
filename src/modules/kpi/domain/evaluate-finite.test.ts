/**
 * The engine never outputs Infinity or NaN: the divisions (target − baseline, target, the
 * composite average, the target line) with equal, zero, huge-but-allowed, tiny and negative
 * values; and a property test over many random catalogs.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ABS_VALUE } from '../../../shared/input-limits.ts';
import { parseDay, parsePeriod } from '../../../shared/periods.ts';
import type { Catalog, CatalogKpi, Direction, Target } from './catalog.ts';
import { evaluateKpi, progressRate } from './evaluate.ts';
import { evaluateCatalog } from './summarize.ts';

const at = (d: string) => parseDay(d);

function kpi(direction: Direction, baseline: number | null, target: number | null, actual: number | null, extra: Partial<CatalogKpi> = {}): CatalogKpi {
  return {
    id: 'K',
    node: 'n',
    name: 'test',
    unit: '',
    direction,
    baseline: baseline === null ? null : { value: baseline, period: parsePeriod('2020') },
    targets: target === null ? [] : [{ value: target, period: parsePeriod('2030'), text: null, setIn: null, setInStart: null, relativeTo: null }],
    targetText: null,
    isNew: false,
    components: [],
    observations: actual === null ? [] : [{ period: parsePeriod('2025'), value: actual, flag: null, source: null, note: null }],
    ...extra,
  };
}

/** Every number anywhere in a value, with its path. */
function numbersIn(v: unknown, path = '$', out: Array<[string, number]> = []): Array<[string, number]> {
  if (typeof v === 'number') out.push([path, v]);
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) numbersIn(x, `${path}[${i}]`, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) numbersIn(x, `${path}.${k}`, out);
  return out;
}

describe('target equal to the baseline: no 進捗率, judged on the values', () => {
  it('a fall below a baseline that is also the target is ② (it used to be ①B 80% as actual / target)', () => {
    const r = evaluateKpi(kpi('increase', 5, 5, 4), at('2026-01-01'));
    expect(r).toMatchObject({ status: '2', progress: null, progress_exact: null, band: null, reached: false, on_track: false });
    expect(r.reason).toBe('目標値が基準値と同じため進捗率は計算できない: 目標値 5 に届いていない（実績 4、2025）（②）');
  });

  it('holding or beating it is ①A, without a rate', () => {
    const r = evaluateKpi(kpi('increase', 5, 5, 6), at('2026-01-01'));
    expect(r).toMatchObject({ status: '1A', progress: null, reached: true, on_track: true, expected: 5 });
    expect(r.reason).toBe('目標値 5 を達成（実績 6、2025）（①A）');
    expect(evaluateKpi(kpi('decrease', 0, 0, 0), at('2026-01-01'))).toMatchObject({ status: '1A', progress: null });
    expect(evaluateKpi(kpi('maintain', 66.6, 66.6, 66.6), at('2026-01-01'))).toMatchObject({ status: '1A', progress: null });
  });

  it('a maintain target equal to the baseline that is not held is ②', () => {
    expect(evaluateKpi(kpi('maintain', 66.6, 66.6, 60), at('2026-01-01'))).toMatchObject({ status: '2', progress: null, on_track: false });
  });
});

describe('other divisions', () => {
  it('a zero target without a baseline has no rate; reached or not decides', () => {
    expect(evaluateKpi(kpi('decrease', null, 0, 3), at('2026-01-01'))).toMatchObject({
      status: '2',
      progress: null,
      reason: '基準値がなく目標値が0のため進捗率は計算できない: 目標値 0 に届いていない（実績 3、2025）（②）',
    });
    expect(evaluateKpi(kpi('decrease', null, 0, 0), at('2026-01-01'))).toMatchObject({ status: '1A', progress: null });
  });

  it('a ratio that would overflow is null, never Infinity', () => {
    expect(progressRate(1e18, 5e-324, 0)).toBeNull();
    expect(progressRate(-1e18, 1e-320, null)).toBeNull();
    const r = evaluateKpi(kpi('increase', 0, 5e-324, 1e18), at('2026-01-01'));
    expect(r).toMatchObject({ status: '1A', progress: null });
    const down = evaluateKpi(kpi('increase', 0, 5e-324, -1e18), at('2026-01-01'));
    expect(down).toMatchObject({ status: '2', progress: null, reason: expect.stringContaining('進捗率を計算できない（基準値と目標値の差が小さすぎる）') });
  });

  it('the extreme allowed values give finite rates, expected values and averages', () => {
    const r = evaluateKpi(kpi('increase', -MAX_ABS_VALUE, MAX_ABS_VALUE, MAX_ABS_VALUE / 2), at('2026-01-01'));
    expect(r.progress).toBe(75);
    expect(Number.isFinite(r.expected)).toBe(true);
    // two components with rates near the largest double: the average must not overflow
    const c1 = kpi('increase', 0, 1e-290, 1e18, { id: 'c1' });
    const c2 = kpi('increase', 0, 1e-290, 1e18, { id: 'c2' });
    const parts = [c1, c2].map((c) => ({ ...c, targets: [{ ...c.targets[0]!, value: 2e-289 }] }));
    const comp = evaluateKpi(kpi('increase', null, null, null, { components: parts }), at('2026-01-01'));
    for (const [path, n] of numbersIn(comp)) expect(Number.isFinite(n), path).toBe(true);
  });
});

// ------------------------------------------------------------------ property test

/** Deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCatalog(seed: number): Catalog {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const special = [0, 1, -1, MAX_ABS_VALUE, -MAX_ABS_VALUE, 5e-324, -5e-324, 1e-300, 0.1, 100, 1e15, -1e15];
  const value = (): number => (r() < 0.4 ? pick(special) : (r() - 0.5) * 10 ** Math.floor(r() * 19));
  const years = ['2015', '2018', '2020', '2022', '2025', 'FY2019', 'FY2024', '2030', 'FY2030'];
  const directions: Direction[] = ['increase', 'decrease', 'maintain'];
  const one = (id: string, node: string): CatalogKpi => {
    const baselineValue = r() < 0.2 ? null : value();
    const targets: Target[] = [];
    const nTargets = Math.floor(r() * 3);
    for (let i = 0; i < nTargets; i++) {
      const kind = r();
      // equal to the baseline, zero, a direction word, a relative target, or any value
      const v = kind < 0.2 && baselineValue !== null ? baselineValue : kind < 0.3 ? 0 : kind < 0.4 ? null : value();
      targets.push({
        value: v,
        period: r() < 0.1 ? null : parsePeriod(pick(years)),
        text: v === null ? pick(['増加', '低下', '維持', '反転', '東京圏以上', null]) : null,
        setIn: null,
        setInStart: r() < 0.5 ? null : parseDay(pick(['2014-01-01', '2020-06-30', '2026-06-30'])),
        relativeTo: v === null && r() < 0.3 ? '東京圏' : null,
      });
    }
    const seen = new Set<string>();
    const observations = [];
    for (let i = 0; i < Math.floor(r() * 5); i++) {
      const p = parsePeriod(pick(years));
      if (seen.has(p.label)) continue;
      seen.add(p.label);
      observations.push({ period: p, value: value(), flag: null, source: null, note: null });
    }
    observations.sort((a, b) => a.period.end - b.period.end);
    return {
      id,
      node,
      name: id,
      unit: '',
      direction: pick(directions),
      baseline: baselineValue === null ? null : { value: baselineValue, period: parsePeriod(pick(years)) },
      targets,
      targetText: null,
      isNew: r() < 0.05,
      components: [],
      observations,
    };
  };
  const nodes = [
    { id: 'goal', parent: null, level: 'goal' as const, name: 'goal' },
    { id: 'o1', parent: 'goal', level: 'outcome' as const, name: 'o1' },
  ];
  const kpis: CatalogKpi[] = [];
  for (let i = 0; i < 20; i++) {
    const k = one(`K${i}`, pick(['goal', 'o1']));
    if (r() < 0.2) k.components = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, j) => one(`K${i}-${j}`, k.node));
    kpis.push(k);
  }
  return { strategy: { id: `s${seed}`, name: 'random' }, nodes, kpis };
}

describe('property: every number the engine outputs is finite', () => {
  it('300 random catalogs × 3 evaluation dates (equal baseline/target, zero targets, ±10^18, tiny, negative values)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const catalog = randomCatalog(seed);
      for (const asOf of ['2019-12-31', '2026-11-23', '2031-04-01']) {
        const ev = evaluateCatalog(catalog, parseDay(asOf));
        for (const [path, n] of numbersIn(ev)) {
          if (!Number.isFinite(n)) throw new Error(`seed ${seed}, as of ${asOf}: ${path} = ${n}`);
          checked++;
        }
        // and no reason text shows a non-finite number either
        const texts = JSON.stringify(ev.kpis);
        expect(texts, `seed ${seed}`).not.toMatch(/Infinity|NaN|∞/);
        // JSON export of the evaluation keeps every number (JSON.stringify writes null for non-finite)
        expect(numbersIn(JSON.parse(JSON.stringify(ev))).length).toBe(numbersIn(ev).length);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

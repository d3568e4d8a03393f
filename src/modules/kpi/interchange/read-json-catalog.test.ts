import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { catalogToJson } from './write-catalog.ts';
import { readJsonCatalog } from './read-json-catalog.ts';

const doc = (kpis: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    { strategy: { id: 's', name: '戦略', owner_code: '000000' }, nodes: [{ id: 'g', parent: null, level: 'goal', name: '目標', name_en: 'Goal' }], kpis, ...extra },
    null,
    2,
  );

function issuesOf(text: string) {
  try {
    readJsonCatalog(text, 'c.json');
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readJsonCatalog', () => {
  it('reads Japanese numbers and periods, and skips observations marked missing', () => {
    const c = readJsonCatalog(
      doc([
        {
          id: 'k',
          node: 'g',
          name: '移住者数',
          unit: '人',
          direction: '増加',
          baseline: { value: '1.2万', period: '平成25年度' },
          targets: [{ value: '２万', period: '2030年度', text: '2万人' }],
          observations: [
            { period: '2026年度', value: '15,000', flag: '速報値' },
            { period: 'FY2027', value: '－' },
          ],
        },
      ]),
      'c.json',
    );
    const k = c.kpis[0]!;
    expect(k.direction).toBe('increase');
    expect(k.baseline).toMatchObject({ value: 12000, period: { label: 'FY2013' } });
    expect(k.targets[0]).toMatchObject({ value: 20000, period: { label: 'FY2030' }, text: '2万人' });
    expect(k.observations.map((o) => [o.period.label, o.value, o.flag])).toEqual([['FY2026', 15000, 'preliminary']]);
  });

  it('lets components inherit node and direction, and treats absent targets as none', () => {
    const c = readJsonCatalog(
      doc([{ id: 'p', node: 'g', name: '合計', direction: 'decrease', components: [{ id: 'c1', name: 'A', targets: [{ value: 1, period: '2030' }] }] }]),
      'c.json',
    );
    expect(c.kpis[0]!.targets).toEqual([]);
    expect(c.kpis[0]!.components[0]).toMatchObject({ id: 'c1', node: 'g', direction: 'decrease' });
  });

  it('keeps extra fields at every level so an export gives back what was imported', () => {
    const text = doc(
      [
        {
          id: 'k',
          node: 'g',
          name: 'x',
          unit: '%',
          direction: 'increase',
          baseline: null,
          targets: [{ value: 1, period: '2030', text: '1%', set_in: '2026-06-30', note: 'n' }],
          target_text: '1%',
          observations: [],
          source_line: 12,
        },
      ],
      { milestones: [{ id: 'M-1' }] },
    );
    const out = catalogToJson(readJsonCatalog(text, 'c.json'));
    expect(out).toMatchObject({ milestones: [{ id: 'M-1' }], strategy: { owner_code: '000000' }, nodes: [{ name_en: 'Goal' }] });
    expect((out.kpis as Array<Record<string, unknown>>)[0]).toMatchObject({ source_line: 12, targets: [{ note: 'n', set_in: '2026-06-30' }] });
  });

  it('names the line and JSON path of each problem, all of them at once', () => {
    const text = doc([
      {
        id: 'k',
        node: 'nope',
        name: 'x',
        direction: 'up-ish',
        targets: [{ value: 'abc', period: '2030' }],
        observations: [
          { period: '2027', value: 1 },
          { period: '2027年', value: 2 },
        ],
      },
      { id: 'k', node: 'g', name: 'y', direction: 'increase', targets: [] },
    ]);
    const issues = issuesOf(text);
    const lines = text.split('\n');
    expect(issues.map((i) => [i.column, i.code])).toEqual([
      ['kpis[0].node', 'unknown_node'],
      ['kpis[0].direction', 'invalid_direction'],
      ['kpis[0].targets[0].value', 'not_a_number'],
      ['kpis[0].observations[1].period', 'duplicate_period'],
      ['kpis[1].id', 'duplicate_id'],
    ]);
    for (const i of issues) expect(i.file).toBe('c.json');
    expect(lines[issues[2]!.line! - 1]).toContain('"abc"');
    expect(lines[issues[4]!.line! - 1]).toContain('"id": "k"');
  });

  it('reports a file cut off half-way as a syntax error at its end', () => {
    const text = doc([{ id: 'k', node: 'g', name: 'x', direction: 'increase', targets: [] }]);
    const cut = text.slice(0, Math.floor(text.length / 2));
    const [issue] = issuesOf(cut);
    expect(issue!.code).toBe('invalid_json');
    expect(issue!.line).toBe(cut.split('\n').length);
  });
});

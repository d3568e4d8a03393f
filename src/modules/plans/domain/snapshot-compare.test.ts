import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { compareSnapshots, type SnapshotProject } from './snapshot-compare.ts';

const p = (plan_id: string, project_id: string, amount_yen: number, pref_code = '430005', over: Partial<SnapshotProject> = {}): SnapshotProject => ({
  plan_id,
  project_id,
  title: `${plan_id}-${project_id}`,
  pref_code,
  muni_code: `${pref_code.slice(0, 2)}2041`,
  amount_yen,
  ...over,
});

describe('compareSnapshots', () => {
  it('compares two empty snapshots, and an empty one with a full one', () => {
    expect(compareSnapshots({ projects: [] }, { projects: [] })).toEqual({ added: [], removed: [], changed: [], unchanged: 0, by_prefecture: [] });
    const one = { projects: [p('p1', 'a', 100)] };
    expect(compareSnapshots({ projects: [] }, one)).toMatchObject({
      added: one.projects,
      removed: [],
      by_prefecture: [{ pref_code: '430005', before_amount: 0, after_amount: 100, delta: 100, before_projects: 0, after_projects: 1 }],
    });
    expect(compareSnapshots(one, { projects: [] })).toMatchObject({
      added: [],
      removed: one.projects,
      by_prefecture: [{ pref_code: '430005', delta: -100, before_projects: 1, after_projects: 0 }],
    });
  });

  it('identifies projects by plan and project id: the same project id in another plan is another project', () => {
    const r = compareSnapshots({ projects: [p('p1', 'a', 100)] }, { projects: [p('p1', 'a', 100), p('p2', 'a', 50)] });
    expect(r.added.map((x) => [x.plan_id, x.project_id])).toEqual([['p2', 'a']]);
    expect(r.changed).toEqual([]);
    expect(r.unchanged).toBe(1);
  });

  it('reports changed projects with the fields that differ and the amount delta; order in the snapshot does not matter', () => {
    const before = { projects: [p('p1', 'a', 100), p('p1', 'b', 200), p('p2', 'c', 300)] };
    const after = { projects: [p('p2', 'c', 300, '400009'), p('p1', 'b', 150, '430005', { title: '新工場' }), p('p1', 'a', 100)] };
    const r = compareSnapshots(before, after);
    expect(r.changed.map((c) => [c.plan_id, c.project_id, c.fields, c.delta])).toEqual([
      ['p1', 'b', ['title', 'amount_yen'], -50],
      ['p2', 'c', ['pref_code', 'muni_code'], 0],
    ]);
    expect(r.unchanged).toBe(1);
    expect(r.by_prefecture).toEqual([
      { pref_code: '400009', before_amount: 0, after_amount: 300, delta: 300, before_projects: 0, after_projects: 1 },
      { pref_code: '430005', before_amount: 600, after_amount: 250, delta: -350, before_projects: 3, after_projects: 2 },
    ]);
    expect(compareSnapshots({ projects: [...before.projects].reverse() }, after)).toEqual(r);
  });

  it('sorts added and removed by plan then project', () => {
    const r = compareSnapshots({ projects: [p('p2', 'b', 1), p('p1', 'z', 1), p('p1', 'a', 1)] }, { projects: [p('p3', 'b', 1), p('p3', 'a', 1)] });
    expect(r.removed.map((x) => `${x.plan_id}/${x.project_id}`)).toEqual(['p1/a', 'p1/z', 'p2/b']);
    expect(r.added.map((x) => `${x.plan_id}/${x.project_id}`)).toEqual(['p3/a', 'p3/b']);
  });

  it('refuses duplicates and bad amounts with a Japanese error naming the row', () => {
    const dup = () => compareSnapshots({ projects: [] }, { projects: [p('p1', 'a', 1), p('p1', 'a', 2)] });
    expect(dup).toThrow(InputError);
    expect(dup).toThrow('after.projects[1]');
    expect(dup).toThrow('計画「p1」の投資案件「a」がスナップショットに重複しています');
    expect(() => compareSnapshots({ projects: [p('p1', 'a', -1)] }, { projects: [] })).toThrow('投資額は0円以上の整数の円で指定してください');
  });

  it('keeps per-prefecture sums exact past 2^53 yen', () => {
    const big = Array.from({ length: 3 }, (_, i) => p('p1', `x${i}`, Number.MAX_SAFE_INTEGER));
    const r = compareSnapshots({ projects: big }, { projects: big.slice(0, 2) });
    expect(r.by_prefecture[0]?.delta).toBe(-Number.MAX_SAFE_INTEGER);
  });
});

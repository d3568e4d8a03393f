import { describe, expect, it } from 'vitest';
import type { DraftKpi } from './api.ts';
import { emptyKpiForm, emptyTargetForm, fieldOfIssue, figureText, kpiDocument, kpiFormOf, periodText, proposedPeriod, sourceContext } from './draft-form.ts';

const draft = (over: Partial<DraftKpi> = {}): DraftKpi => ({
  id: 'K001',
  node: 'document',
  name: '観光入込客数',
  unit: '人',
  direction: 'increase',
  baseline: { value: 1_234_000, period: 'FY2023' },
  targets: [{ value: 1_500_000, period: 'FY2029', text: '1,500,000人' }],
  target_text: '1,500,000人',
  source: { page: 1, line: 4, text: '観光入込客数 1,234,000人 1,500,000人' },
  layout: 'table',
  confidence: 0.75,
  warnings: ['単位が読めません'],
  ...over,
});

describe('the review form of a draft KPI', () => {
  it('shows figures grouped and periods as written in Japanese', () => {
    expect([figureText(1_234_000), figureText(1.38), figureText(null)]).toEqual(['1,234,000', '1.38', '']);
    expect([periodText('FY2029'), periodText('2030'), periodText('2024-03'), periodText(null)]).toEqual(['2029年度', '2030年', '2024年3月', '']);
  });

  it('round-trips an unchanged KPI: the document’s wording, source and layout kept, review aids left out', () => {
    expect(kpiDocument(kpiFormOf(draft(), '0'))).toEqual({
      id: 'K001',
      node: 'document',
      name: '観光入込客数',
      unit: '人',
      direction: 'increase',
      baseline: { value: '1,234,000', period: '2023年度' },
      targets: [{ value: '1,500,000', period: '2029年度', text: '1,500,000人' }],
      target_text: '1,500,000人',
      source: { page: 1, line: 4, text: '観光入込客数 1,234,000人 1,500,000人' },
      layout: 'table',
    });
  });

  it('drops the wording once the figure is corrected; keeps it for a direction-only target; no baseline when both are empty', () => {
    const form = kpiFormOf(draft(), '0');
    const corrected = kpiDocument({ ...form, targets: [{ ...form.targets[0]!, value: '160万' }], baselineValue: '', baselinePeriod: '' });
    expect([corrected.baseline, corrected.targets, corrected.target_text]).toEqual([null, [{ value: '160万', period: '2029年度', text: null }], null]);
    const words = kpiDocument(kpiFormOf(draft({ targets: [{ value: null, period: 'FY2029', text: '減少' }], target_text: '減少', direction: 'decrease' }), '1'));
    expect(words.targets).toEqual([{ value: null, period: '2029年度', text: '減少' }]);
  });

  it('a KPI added by hand takes the next free id and has no source', () => {
    const list = [kpiFormOf(draft(), '0'), kpiFormOf(draft({ id: 'K002' }), '1')];
    const added = emptyKpiForm(list, 'n2', 'N01');
    expect([added.id, kpiDocument(added, (key) => `id-of-${key}`).node, kpiDocument(added).source, kpiDocument(added).targets]).toEqual(['K003', 'id-of-N01', undefined, []]);
  });

  it('finds the field an issue’s JSON path names, by the position in the list that was sent', () => {
    const sent = [kpiFormOf(draft(), 'a'), kpiFormOf(draft({ id: 'K002' }), 'b')];
    expect(fieldOfIssue('kpis[1].targets[0].value', sent)).toEqual({ kpi: sent[1], field: 'targetValue-0' });
    expect(fieldOfIssue('kpis[0].baseline.period', sent)?.field).toBe('baselinePeriod');
    expect(fieldOfIssue('kpis[0].id', sent)?.field).toBe('name');
    expect(fieldOfIssue('kpis[5].name', sent)).toBeNull();
    expect(fieldOfIssue('name', sent)).toBeNull();
  });

  it('edits every target: the second one corrected, one added, one removed; issues find the target row that was sent', () => {
    const two = draft({
      targets: [
        { value: 1_500_000, period: 'FY2029', text: '1,500,000人' },
        { value: 1_800_000, period: 'FY2034', text: '1,800,000人', relative_to: '全国' },
      ],
    });
    const form = kpiFormOf(two, 'a', 'N02');
    expect(form.targets.map((t) => [t.key, t.value, t.period, t.text])).toEqual([
      ['0', '1,500,000', '2029年度', '1,500,000人'],
      ['1', '1,800,000', '2034年度', '1,800,000人'],
    ]);
    const added = emptyTargetForm(form);
    expect(added).toEqual({ key: 't2', value: '', period: '', text: null, valueShown: '', rest: {} });
    const edited = { ...form, targets: [form.targets[0]!, { ...form.targets[1]!, value: '190万' }, { ...added, value: '2,000,000', period: '令和18年度' }] };
    expect(kpiDocument(edited, () => 'N02')).toMatchObject({
      node: 'N02',
      targets: [
        { value: '1,500,000', period: '2029年度', text: '1,500,000人' },
        { value: '190万', period: '2034年度', text: null, relative_to: '全国' },
        { value: '2,000,000', period: '令和18年度', text: null },
      ],
      target_text: '1,500,000人',
    });
    // An empty row is not sent: the server's targets[1] is the third row.
    const withEmpty = { ...edited, targets: [edited.targets[0]!, { ...added, key: 't9' }, edited.targets[2]!] };
    expect(kpiDocument(withEmpty).targets).toHaveLength(2);
    expect(fieldOfIssue('kpis[0].targets[1].period', [withEmpty])?.field).toBe('targetPeriod-t2');
    const removed = kpiDocument({ ...form, targets: [] });
    expect([removed.targets, removed.target_text]).toEqual([[], null]);
    expect(fieldOfIssue('kpis[0].node', [form])?.field).toBe('node');
  });

  it('takes the source’s neighbours on its own page, and proposes this 年度 to the latest target', () => {
    const lines = [1, 2, 3, 4, 5, 6, 7].map((line) => ({ page: 1, line, text: `L${line}` })).concat([{ page: 2, line: 1, text: 'P2' }]);
    expect(sourceContext(lines, { page: 1, line: 7, text: 'L7' }).map((l) => l.line)).toEqual([5, 6, 7]);
    expect(sourceContext(lines, { page: 3, line: 1, text: '?' })).toEqual([]);
    expect(proposedPeriod([draft()], 2026)).toEqual({ from: '2026年度', to: '2030年度' });
    expect(proposedPeriod([draft({ targets: [{ value: 1, period: 'FY2032', text: '1' }] })], 2026)).toEqual({ from: '2026年度', to: '2032年度' });
  });
});

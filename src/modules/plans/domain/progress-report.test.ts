import { describe, expect, it } from 'vitest';
import type { InputError } from '../../../shared/errors.ts';
import { checkReport, isLate, unreportedItems, type ReportContext } from './progress-report.ts';

const ctx: ReportContext = {
  actions: [
    { itemId: 'a-1', content: '協議会を設置する', deadline: '2027-03' },
    { itemId: 'a-2', content: '', deadline: '2028-03-31' },
    { itemId: 'a-3', content: '講座を開く', deadline: null },
  ],
  kpis: [
    { id: 'kpi-1', name: '品目数' },
    { id: 'kgi-capex', name: '設備投資額' },
  ],
  periodEnd: '2027-03-31',
};

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as InputError).issues;
  }
  throw new Error('no InputError');
};

describe('isLate', () => {
  it('is late when delayed, or past the deadline (a month runs to its last day) and not done', () => {
    expect(isLate('delayed', null, '2027-03-31')).toBe(true);
    expect(isLate('in_progress', '2027-03', '2027-03-31')).toBe(true);
    expect(isLate('in_progress', '2027-03', '2027-03-30')).toBe(false);
    expect(isLate('done', '2027-03', '2027-09-30')).toBe(false);
    expect(isLate('not_started', null, '2030-03-31')).toBe(false);
  });
});

describe('checkReport', () => {
  it('reads Japanese numbers exactly and gives an empty period the month of the period end', () => {
    const r = checkReport(
      {
        items: [{ action_id: 'a-1', status: 'done', done: ' 設置した ' }],
        kpi_values: [
          { kpi_id: 'kgi-capex', value: '2.3万' },
          { kpi_id: 'kpi-1', period: 'FY2026', value: 4 },
        ],
      },
      ctx,
    );
    expect(r.items).toEqual([{ action_id: 'a-1', status: 'done', done: '設置した', delay_cause: '' }]);
    expect(r.kpi_values).toEqual([
      { kpi_id: 'kgi-capex', period: '2027-03', value: 23_000 },
      { kpi_id: 'kpi-1', period: 'FY2026', value: 4 },
    ]);
  });

  it('names every bad item: a late one without a cause, unknown ids, duplicates, bad periods and numbers', () => {
    const issues = issuesOf(() =>
      checkReport(
        {
          items: [
            { action_id: 'a-1', status: 'in_progress' },
            { action_id: 'zz', status: 'done' },
            { action_id: 'a-2', status: 'delayed', delay_cause: '  ' },
            { action_id: 'a-3', status: 'done' },
            { action_id: 'a-3', status: 'done' },
          ],
          kpi_values: [
            { kpi_id: 'kpi-1', period: '2027-13', value: 1 },
            { kpi_id: 'kpi-1', value: 'たくさん' },
            { kpi_id: 'nope', value: 1 },
            { kpi_id: 'kgi-capex', value: '50%' },
          ],
        },
        ctx,
      ),
    );
    expect(issues.map((i) => [i.column, i.code])).toEqual([
      ['items[0].delay_cause', 'delay_cause_required'],
      ['items[1]', 'unknown_action'],
      ['items[2].delay_cause', 'delay_cause_required'],
      ['items[4]', 'duplicate_action'],
      ['kpi_values[0].period', 'invalid_period'],
      ['kpi_values[1].value', 'not_a_number'],
      ['kpi_values[2]', 'unknown_kpi'],
      ['kpi_values[3].value', 'not_a_number'],
    ]);
    expect(issues[0]!.reason).toContain('5W1H「協議会を設置する」は期限（2027-03）を過ぎて「実施中」です');
    // an item without content is named by its id
    expect(issues[2]!.reason).toContain('5W1H「a-2」は状況が「遅延」です');
  });

  it('lists the items a report does not cover (a submitted report covers them all)', () => {
    expect(unreportedItems({ items: [{ action_id: 'a-2', status: 'done', done: '', delay_cause: '' }] }, ctx).map((i) => i.column)).toEqual(['items.a-1', 'items.a-3']);
  });
});

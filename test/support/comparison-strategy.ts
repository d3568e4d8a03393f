/** A one-KPI strategy of a government for the comparison tests: 移住相談件数 (件), baseline FY2020, target FY2030. */
export function oneKpiStrategy(owner: string, baseline: number, target: number, name = `総合戦略 ${owner}`): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      strategy: { id: `cmp-${owner}`, name, owner_code: owner },
      nodes: [{ id: 'goal', parent: null, level: 'goal', name: '基本目標1' }],
      kpis: [
        {
          id: 'K-1',
          node: 'goal',
          name: '移住相談件数',
          unit: '件',
          direction: 'increase',
          baseline: { value: baseline, period: 'FY2020' },
          targets: [{ value: target, period: 'FY2030', set_in: '2025-03-31' }],
        },
      ],
    }),
  );
}

/**
 * The sample application of `sousei demo add`: the demo government's FY2026 draft with one
 * project of each kind linked to its demo strategy's KPIs, marked `sample` (shown as such, removed
 * by `demo remove`). Written through createApplication, so it is checked and audited like any other.
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import { createApplication } from './create-application.ts';

export interface SampleApplicationInput {
  applicantCode: string;
  strategyId: string;
  /** KPIs of the strategy: the soft, 拠点 and infra projects link the first, second and third */
  kpiIds: readonly [string, string, string];
}

export async function addSampleApplication(db: Database, input: SampleApplicationInput, by: Principal): Promise<string> {
  const link = (i: 0 | 1 | 2) => [{ strategy_id: input.strategyId, kpi_id: input.kpiIds[i] }];
  const years = (from: number, to: number, cost: string) => Array.from({ length: to - from + 1 }, (_, i) => ({ fiscal_year: from + i, eligible_cost: cost }));
  const content = {
    applicant_code: input.applicantCode,
    fiscal_year: 2026,
    title: '【サンプル】令和8年度 第2世代交付金 実施計画',
    vision: '【サンプル】誰もが安心して暮らし、働く場があるまち',
    issues: '【サンプル】若年層の転出超過と、郊外での移動手段の不足',
    participants: [
      { sector: 'industry', name: '【サンプル】商工会議所', stages: ['design', 'implementation', 'verification'] },
      { sector: 'academia', name: '【サンプル】市内の大学', stages: ['design', 'verification'] },
      { sector: 'finance', name: '【サンプル】地域金融機関', stages: ['verification'] },
    ],
    projects: [
      {
        id: 'soft-1',
        kind: 'soft',
        name: '【サンプル】観光DXによる周遊促進',
        start_fy: 2026,
        end_fy: 2028,
        costs: years(2026, 2028, '8,000万'),
        kpis: link(0),
        self_reliance: '3年目以降は観光事業者の負担金で運営する',
      },
      {
        id: 'kyoten-1',
        kind: 'kyoten',
        name: '【サンプル】交流拠点の整備',
        start_fy: 2026,
        end_fy: 2027,
        costs: years(2026, 2027, '3億'),
        kpis: link(1),
        self_reliance: '指定管理者の利用料収入で運営する',
      },
      {
        id: 'infra-1',
        kind: 'infra',
        name: '【サンプル】拠点へのアクセス道路',
        start_fy: 2026,
        end_fy: 2028,
        costs: years(2026, 2028, '2億'),
        ministry: '国土交通省',
        kpis: link(2),
      },
    ],
  };
  const r = await createApplication(db, { applicantCode: input.applicantCode, fiscalYear: 2026, title: content.title, content, sample: true }, by);
  return r.id;
}

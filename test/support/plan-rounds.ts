/** A B plan taken through the API to national publication (completePlan('B') content), for the rounds' tests. */
import { expect } from 'vitest';
import { completePlan } from '../../src/modules/plans/domain/test-plans.ts';
import type { requester, Session } from './plan-api.ts';

type Api = ReturnType<typeof requester>;

export async function publishedBPlan(api: Api, owner: Session, secretariat: Session, ownerOrgId = '160008'): Promise<string> {
  const res = await api.post('/api/v1/plans', { type: 'B', owner_org_id: ownerOrgId, title: '富山県医薬品産業クラスター計画', content: completePlan('B') }, owner);
  expect(res.status).toBe(201);
  const id = ((await res.json()) as { plan: { id: string } }).plan.id;
  const step = async (action: string, by: Session, extra: Record<string, unknown> = {}) => {
    const r = await api.post(`/api/v1/plans/${id}/transitions`, { action, ...extra }, by);
    expect(r.status, `${action}: ${await r.clone().text()}`).toBe(200);
  };
  await step('submit_precheck', owner);
  await step('complete_precheck', secretariat);
  await step('publish_local', owner, { url: 'https://www.pref.toyama.jp/plan', published_on: '2026-10-01' });
  await step('submit_formal', owner);
  const verdicts = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ requirement_no: n, verdict: 'met', evidence: '計画書の該当箇所' }));
  expect((await api.put(`/api/v1/plans/${id}/verdicts`, { verdicts }, secretariat)).status).toBe(200);
  await step('publish_national', secretariat);
  return id;
}

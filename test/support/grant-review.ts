/**
 * Helpers for the review and verification tests: the platform's app, the people of a review, and
 * an application driven to a state through the workflow's own routes.
 */
import { expect } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import type { Database } from '../../src/db/client.ts';
import { application, localStrategy, project } from './grant-api.ts';
import { addReviewerBody, addUser, type requester, signIn, type App, type Session } from './plan-api.ts';

export const TOYAMA_CITY = '162019';
export const KANAZAWA = '172014';
export const STRATEGY = 'toyama-city-sogo';

export function reviewApp(db: Database): App {
  return createApp({ db, webRoot: null });
}

export interface People {
  planner: Session;
  secretariat: Session;
  other: Session;
  r1: Session;
  r2: Session;
  r3: Session;
  r4: Session;
}

export const REVIEWERS = ['r1@panel.example.jp', 'r2@panel.example.jp', 'r3@panel.example.jp', 'r4@panel.example.jp'];

export async function people(db: Database, app: App): Promise<People> {
  await localStrategy(db, TOYAMA_CITY, STRATEGY, ['k1', 'k2']);
  await addUser(db, 'planner@city.toyama.lg.jp', 'editor', TOYAMA_CITY);
  await addUser(db, 'staff@cas.go.jp', 'editor', '000000', 'cas');
  await addUser(db, 'planner@city.kanazawa.lg.jp', 'editor', KANAZAWA);
  await addReviewerBody(db, 'd2g-panel', '第2世代交付金 審査委員会');
  for (const e of REVIEWERS) await addUser(db, e, 'reviewer', '000000', 'd2g-panel');
  const [r1, r2, r3, r4] = await Promise.all(REVIEWERS.map((e) => signIn(app, e)));
  return {
    planner: await signIn(app, 'planner@city.toyama.lg.jp'),
    secretariat: await signIn(app, 'staff@cas.go.jp'),
    other: await signIn(app, 'planner@city.kanazawa.lg.jp'),
    r1: r1!,
    r2: r2!,
    r3: r3!,
    r4: r4!,
  };
}

const k = (kpi: string) => ({ strategy_id: STRATEGY, kpi_id: kpi });
/** soft-1: 6,000万 a year in FY2026–2027 (national share 3,000万 a year), KPIs k1 and k2; soft-2: 2,000万 in FY2026, KPI k2. */
export const CONTENT = application(TOYAMA_CITY, 2026, [
  project('soft-1', 'soft', 2026, 2027, '6,000万', [k('k1'), k('k2')]),
  project('soft-2', 'soft', 2026, 2026, '2,000万', [k('k2')]),
]);

export const body = async <T = Record<string, unknown>>(r: Response): Promise<T> => (await r.json()) as T;

/** Created, its content saved and submitted by the planner; returns the id. */
export async function submittedApplication(api: ReturnType<typeof requester>, p: People): Promise<string> {
  const c = await api.post('/api/v1/grants/applications', { applicant_code: TOYAMA_CITY, fiscal_year: 2026, title: '富山市 令和8年度 第2世代交付金' }, p.planner);
  expect(c.status).toBe(201);
  const id = (await body<{ application: { id: string } }>(c)).application.id;
  expect((await api.put(`/api/v1/grants/applications/${id}`, { base_version: 1, content: CONTENT }, p.planner)).status).toBe(200);
  expect((await api.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'submit' }, p.planner)).status).toBe(200);
  return id;
}

export const transition = (api: ReturnType<typeof requester>, id: string, action: string, s: Session, comment?: string) =>
  api.post(`/api/v1/grants/applications/${id}/transitions`, { action, ...(comment ? { comment } : {}) }, s);

/** soft-1 decided at 3,000万 (FY2026) and 2,500万 (FY2027, with a reason); soft-2 not adopted. */
export const DECISION = {
  amounts: [
    { project_id: 'soft-1', fiscal_year: 2026, amount: 30_000_000 },
    { project_id: 'soft-1', fiscal_year: 2027, amount: 25_000_000, reason: '2年目は事業費を精査' },
    { project_id: 'soft-2', fiscal_year: 2026, amount: 0, reason: '自立性の見通しが示されていない' },
  ],
  comment: '審査結果に基づき交付決定',
};

export const fullScores = (s: number[], comment = '') => ({
  scores: ['vision_issues', 'kpi_appropriateness', 'self_reliance', 'diverse_participation'].map((criterion, i) => ({
    criterion,
    score: s[i]!,
    comment: s[i] === 1 ? '記載がない' : comment,
  })),
});

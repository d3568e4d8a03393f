/**
 * The review by the four criteria through the API, on both databases: the secretariat alone
 * assigns reviewers (users with the reviewer role) while the application is submitted or under
 * review; a reviewer not assigned sees nothing; scores are checked (range, the comment at the
 * lowest score) with the field named; re-saving replaces; the secretariat sees everyone's scores
 * with names and the exact summary, a reviewer their own; the decision (the workflow's) waits
 * for a complete review; audit entries for every change.
 */
import { beforeAll, expect, it } from 'vitest';
import { listAudit } from '../src/modules/audit/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { DECISION, TOYAMA_CITY, body, fullScores, people, reviewApp, submittedApplication, transition, type People } from './support/grant-review.ts';
import { requester, type App, type Session } from './support/plan-api.ts';

interface Reviews {
  view: string;
  reviewers: { user_id: string; name: string; scores: { criterion: string; score: number; comment: string; version: number }[]; complete: boolean; total: number | null }[];
  summary: {
    criteria: { criterion: string; mean: number | null; min: number | null; max: number | null; count: number; spread: boolean }[];
    total: { mean: number | null; min: number | null; max: number | null; count: number; max_possible: number };
    complete_reviewers: number;
    spread: boolean;
  } | null;
  criteria: { id: string; label: string; rubric?: Record<string, string> }[];
}
type Issues = { error: { issues: { column: string; code: string; reason: string }[] } };

describeEachDatabase('grant review by the four criteria', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  let p: People;
  let id = '';
  const ids: Record<string, string> = {};
  const reviews = (s?: Session) => api.get(`/api/v1/grants/applications/${id}/reviews`, s);
  const score = (s: Session, b: unknown) => api.put(`/api/v1/grants/applications/${id}/reviews`, b, s);
  const unassign = (userId: string, s?: Session) =>
    app.request(`/api/v1/grants/applications/${id}/reviewers?user_id=${userId}`, {
      method: 'DELETE',
      headers: s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {},
    });

  beforeAll(async () => {
    const h = db().handle.db;
    app = reviewApp(h);
    api = requester(app);
    p = await people(h, app);
    id = await submittedApplication(api, p);
  });

  it('lets only the secretariat assign, and only users with the reviewer role, naming the one refused', async () => {
    const path = `/api/v1/grants/applications/${id}/reviewers`;
    expect((await api.post(path, { reviewers: ['r1@panel.example.jp'] }, p.planner)).status).toBe(403);
    expect((await api.post(path, { reviewers: ['r1@panel.example.jp'] }, p.r1)).status).toBe(403);
    expect((await api.post(path, { reviewers: ['r1@panel.example.jp'] })).status).toBe(401);
    expect((await api.post(path, { reviewers: ['r1@panel.example.jp'] }, { ...p.secretariat, csrf: 'wrong' })).status).toBe(403);
    const bad = await api.post(path, { reviewers: ['r1@panel.example.jp', 'planner@city.toyama.lg.jp', 'nobody@example.jp'] }, p.secretariat);
    expect(bad.status).toBe(400);
    expect((await body<Issues>(bad)).error.issues.map((i) => [i.column, i.code, i.reason])).toEqual([
      ['reviewers[1]', 'not_reviewer', '利用者「planner@city.toyama.lg.jp」は審査員（reviewer の役割）ではありません'],
      ['reviewers[2]', 'unknown_user', '利用者「nobody@example.jp」は登録されていません'],
    ]);
    // nothing was written by the refused request
    expect((await body<Reviews>(await reviews(p.secretariat))).reviewers).toEqual([]);
    const ok = await api.post(path, { reviewers: ['r1@panel.example.jp', 'R2@panel.example.jp', 'r4@panel.example.jp'] }, p.secretariat);
    expect(ok.status).toBe(200);
    const assigned = (await body<{ reviewers: { user_id: string; name: string }[] }>(ok)).reviewers;
    expect(assigned.map((r) => r.name)).toEqual(['r1', 'r2', 'r4']);
    for (const r of assigned) ids[r.name] = r.user_id;
    const audit = await listAudit(db().handle.db, { ownerCode: TOYAMA_CITY, entityType: 'grant_application', entityId: id });
    const entry = audit.find((a) => a.action === 'grant.assign_reviewers');
    expect(entry?.details).toMatchObject({ before: [], after: [ids.r1, ids.r2, ids.r4] });
    expect(JSON.stringify(entry)).not.toContain('@panel.example.jp');
  });

  it('shows a reviewer not assigned nothing: 404 on the application, 403 on scoring, empty lists', async () => {
    expect((await reviews(p.r3)).status).toBe(404);
    expect((await api.get(`/api/v1/grants/applications/${id}`, p.r3)).status).toBe(404);
    expect((await body<{ assignments: unknown[] }>(await api.get('/api/v1/grants/review-assignments', p.r3))).assignments).toEqual([]);
    expect((await body<{ total: number }>(await api.get('/api/v1/grants/applications?scope=mine', p.r3))).total).toBe(0);
    const mine = await body<{ assignments: { application_id: string; scored: number; complete: boolean }[] }>(await api.get('/api/v1/grants/review-assignments', p.r1));
    expect(mine.assignments).toEqual([expect.objectContaining({ application_id: id, scored: 0, complete: false, status: 'submitted' })]);
    // the applicant sees the application, not its review
    expect((await reviews(p.planner)).status).toBe(403);
    expect((await reviews()).status).toBe(401);
  });

  it('scores only under review, in range, with a comment at the lowest score, naming the field', async () => {
    expect((await score(p.r1, fullScores([5, 4, 3, 2]))).status).toBe(409);
    expect((await transition(api, id, 'start_review', p.secretariat)).status).toBe(200);
    expect((await score(p.r3, fullScores([5, 4, 3, 2]))).status).toBe(403);
    expect((await score(p.secretariat, fullScores([5, 4, 3, 2]))).status).toBe(403);
    const range = await score(p.r1, fullScores([6, 0, 3, 2]));
    expect(range.status).toBe(400);
    expect((await body<Issues>(range)).error.issues.map((i) => [i.column, i.reason])).toEqual([
      ['scores[0].score', '点数は1〜5の整数で指定してください（6）'],
      ['scores[1].score', '点数は1〜5の整数で指定してください（0）'],
    ]);
    const noComment = await score(p.r1, { scores: [{ criterion: 'self_reliance', score: 1 }] });
    expect(noComment.status).toBe(400);
    expect((await body<Issues>(noComment)).error.issues[0]).toMatchObject({ column: 'scores[0].comment', code: 'required' });
    const unknown = await score(p.r1, { scores: [{ criterion: 'budget', score: 3 }] });
    expect((await body<Issues>(unknown)).error.issues[0]?.column).toBe('scores[0].criterion');
    expect((await body<Reviews>(await reviews(p.r1))).reviewers[0]?.scores).toEqual([]);
  });

  it('refuses the decision until one reviewer has scored every criterion', async () => {
    const partial = await score(p.r1, { scores: [{ criterion: 'vision_issues', score: 4 }] });
    expect(partial.status).toBe(200);
    expect(await body(partial)).toMatchObject({ complete: false, version: 2 });
    const refused = await api.post(`/api/v1/grants/applications/${id}/decision`, DECISION, p.secretariat);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('評価基準のすべてを採点した審査員がいません');
  });

  it('replaces a reviewer’s own scores on re-saving, and shows each what they may see', async () => {
    expect((await score(p.r1, fullScores([5, 4, 3, 2], '良い'))).status).toBe(200);
    expect((await score(p.r1, fullScores([5, 5, 3, 2], '良い'))).status).toBe(200);
    expect((await score(p.r2, fullScores([4, 4, 1, 2]))).status).toBe(200);
    expect((await score(p.r4, fullScores([1, 1, 5, 5]))).status).toBe(200);
    const own = await body<Reviews>(await reviews(p.r1));
    expect(own.view).toBe('reviewer');
    expect(own.summary).toBeNull();
    expect(own.reviewers.map((r) => [r.name, r.scores.map((s) => s.score), r.total])).toEqual([['r1', [5, 5, 3, 2], 15]]);
    expect(own.criteria.map((c) => c.label)).toEqual(['目指す将来像及び課題の設定', 'KPI設定の適切性', '自立性', '地域の多様な主体の参画']);
    expect(own.criteria[0]?.rubric?.['5']).toContain('地方版総合戦略');
  });

  it('drops an unassigned reviewer’s scores; the secretariat sees every score with names and the exact summary', async () => {
    expect((await unassign(ids.r4!, p.planner)).status).toBe(403);
    const off = await unassign(ids.r4!, p.secretariat);
    expect(off.status).toBe(200);
    expect(await body(off)).toMatchObject({ scores_removed: 4 });
    expect((await unassign(ids.r4!, p.secretariat)).status).toBe(404);
    expect((await score(p.r4, fullScores([3, 3, 3, 3]))).status).toBe(403);
    expect((await reviews(p.r4)).status).toBe(404);
    const all = await body<Reviews>(await reviews(p.secretariat));
    expect(all.view).toBe('secretariat');
    expect(all.reviewers.map((r) => [r.name, r.scores.map((s) => s.score), r.complete, r.total])).toEqual([
      ['r1', [5, 5, 3, 2], true, 15],
      ['r2', [4, 4, 1, 2], true, 11],
    ]);
    expect(all.reviewers[1]?.scores[2]).toMatchObject({ criterion: 'self_reliance', comment: '記載がない', version: 2 });
    expect(all.summary?.criteria.map((c) => [c.criterion, c.mean, c.min, c.max, c.count, c.spread])).toEqual([
      ['vision_issues', 4.5, 4, 5, 2, false],
      ['kpi_appropriateness', 4.5, 4, 5, 2, false],
      ['self_reliance', 2, 1, 3, 2, true],
      ['diverse_participation', 2, 2, 2, 2, false],
    ]);
    expect(all.summary?.total).toEqual({ mean: 13, min: 11, max: 15, count: 2, max_possible: 20 });
    expect(all.summary?.complete_reviewers).toBe(2);
    expect(all.summary?.spread).toBe(true);
  });

  it('decides once the review is complete, and audits every review step', async () => {
    const ok = await api.post(`/api/v1/grants/applications/${id}/decision`, DECISION, p.secretariat);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'decided', decided_total: 55_000_000 });
    // after the decision the panel is fixed
    expect((await score(p.r1, fullScores([1, 1, 1, 1]))).status).toBe(409);
    expect((await api.post(`/api/v1/grants/applications/${id}/reviewers`, { reviewers: ['r3@panel.example.jp'] }, p.secretariat)).status).toBe(409);
    const actions = (await listAudit(db().handle.db, { ownerCode: TOYAMA_CITY, entityType: 'grant_application', entityId: id })).map((a) => a.action);
    expect(actions.filter((a) => a === 'grant.review')).toHaveLength(5);
    expect(actions).toContain('grant.unassign_reviewer');
    expect(actions).toContain('grant.assign_reviewers');
    const history = (await body<{ history: { action: string }[] }>(await api.get(`/api/v1/grants/applications/${id}`, p.secretariat))).history.map((e) => e.action);
    expect(history).toEqual(expect.arrayContaining(['assign_reviewers', 'unassign_reviewer', 'start_review']));
  });
});

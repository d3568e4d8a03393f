/**
 * Authorisation over HTTP, on both databases: every relation (owner, co-owner, secretariat,
 * ministry, assigned reviewer, another government, the public) against the plan routes of an
 * unpublished joint B plan — what each may read, and every write refused before any effect
 * (the plan is unchanged after each refusal). Writes without the CSRF token are refused too.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { completePlan } from '../src/modules/plans/domain/test-plans.ts';
import { describeEachDatabase } from './support/databases.ts';
import { PASSWORD, addReviewerBody, addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';

const TOYAMA = '160008';
const ISHIKAWA = '170003';

describeEachDatabase('plans: who may read and write', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  const s = {} as Record<'owner' | 'ownerViewer' | 'coOwner' | 'secretariat' | 'bureau' | 'reviewer' | 'otherReviewer' | 'otherGov', Session>;
  let id = '';
  let draftId = '';
  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await addReviewerBody(h, 'toyama-review', '富山県地域産業クラスター計画 有識者会議');
    await addReviewerBody(h, 'other-review', '別の有識者会議');
    const users: [keyof typeof s, 'admin' | 'editor' | 'viewer' | 'reviewer', string, string?][] = [
      ['owner', 'editor', TOYAMA],
      ['ownerViewer', 'viewer', TOYAMA],
      ['coOwner', 'editor', ISHIKAWA],
      ['secretariat', 'editor', '000000', 'cas'],
      ['bureau', 'editor', '000000', 'meti-chubu'],
      ['reviewer', 'reviewer', '000000', 'toyama-review'],
      ['otherReviewer', 'reviewer', '000000', 'other-review'],
      ['otherGov', 'admin', '011002'],
    ];
    for (const [name, role, org, member] of users) await addUser(h, `${name.toLowerCase()}@example.jp`, role, org, member);
    for (const [name] of users) s[name] = await signIn(app, `${name.toLowerCase()}@example.jp`);
    const res = await api.post(
      '/api/v1/plans',
      { type: 'B', owner_org_id: TOYAMA, co_owner_org_ids: [ISHIKAWA], title: '北陸 医薬品クラスター計画', content: { ...completePlan('B'), title: '北陸 医薬品クラスター計画' } },
      s.owner,
    );
    expect(res.status).toBe(201);
    id = ((await res.json()) as { plan: { id: string } }).plan.id;
    draftId = ((await (await api.post('/api/v1/plans', { type: 'B', owner_org_id: TOYAMA, title: '下書き' }, s.owner)).json()) as { plan: { id: string } }).plan.id;
    expect((await api.post(`/api/v1/plans/${id}/transitions`, { action: 'submit_precheck' }, s.owner)).status).toBe(200);
    expect((await api.put(`/api/v1/plans/${id}/reviewers`, { reviewer_org_ids: ['toyama-review'] }, s.secretariat)).status).toBe(200);
  });

  const view = async (who?: Session, planId = id) => {
    const r = await api.get(`/api/v1/plans/${planId}`, who);
    return r.status === 200 ? ((await r.json()) as { view: string }).view : r.status;
  };

  it('shows the unpublished plan only to those related to it', async () => {
    expect(await view(s.owner)).toBe('full');
    expect(await view(s.ownerViewer)).toBe('full');
    expect(await view(s.coOwner)).toBe('full');
    expect(await view(s.secretariat)).toBe('full');
    expect(await view(s.bureau)).toBe('full');
    expect(await view(s.reviewer)).toBe('full');
    expect(await view(s.otherReviewer)).toBe(404);
    expect(await view(s.otherGov)).toBe(404);
    expect(await view()).toBe(404);
    // the draft is still on its owner's desk: not even ministries see it
    expect(await view(s.bureau, draftId)).toBe(404);
    expect(await view(s.reviewer, draftId)).toBe(404);
    expect(await view(s.secretariat, draftId)).toBe('full');
  });

  it('lists unpublished plans only to those who may see them, and never publicly', async () => {
    const ids = async (who?: Session, scope = 'mine') => {
      const r = await api.get(`/api/v1/plans?scope=${scope}`, who);
      return r.status === 200 ? ((await r.json()) as { plans: { id: string }[] }).plans.map((p) => p.id).sort() : r.status;
    };
    expect(await ids(s.owner)).toEqual([id, draftId].sort());
    expect(await ids(s.coOwner)).toEqual([id]);
    expect(await ids(s.bureau)).toEqual([id]);
    expect(await ids(s.reviewer)).toEqual([id]);
    expect(await ids(s.otherReviewer)).toEqual([]);
    expect(await ids(s.otherGov)).toEqual([]);
    expect(await ids(undefined)).toBe(403);
    for (const who of [s.owner, s.secretariat, undefined]) expect(await ids(who, 'public')).toEqual([]);
    const search = await api.get(`/api/v1/plans?q=${encodeURIComponent('北陸')}`, s.owner);
    expect(((await search.json()) as { plans: unknown[] }).plans).toEqual([]);
  });

  it('keeps history and version comparison as private as the plan', async () => {
    for (const who of [s.otherGov, s.otherReviewer, undefined]) {
      expect((await api.get(`/api/v1/plans/${id}/history`, who)).status).toBe(404);
      expect((await api.get(`/api/v1/plans/${id}/compare?from=1&to=1`, who)).status).toBe(404);
    }
    expect((await api.get(`/api/v1/plans/${id}/history`, s.reviewer)).status).toBe(200);
  });

  it('lets a reviewer comment but not edit, submit or judge; refuses every write across organisations', async () => {
    const before = (await (await api.get(`/api/v1/plans/${id}`, s.owner)).json()) as { version: number; content: Record<string, unknown>; plan: { status: string } };
    expect((await api.post(`/api/v1/plans/${id}/comments`, { body: '域内調達率の根拠を示してください', path: 'pathway.regional_impact' }, s.reviewer)).status).toBe(201);
    const edit = { base_version: before.version, content: { ...before.content, title: '書き換え' } };
    const writes: [string, (who: Session) => Response | Promise<Response>][] = [
      ['edit', (who) => api.put(`/api/v1/plans/${id}`, edit, who)],
      ['advise', (who) => api.post(`/api/v1/plans/${id}/transitions`, { action: 'advise', comment: '助言' }, who)],
      ['verdicts', (who) => api.put(`/api/v1/plans/${id}/verdicts`, { verdicts: [{ requirement_no: 1, verdict: 'met' }] }, who)],
      ['reviewers', (who) => api.put(`/api/v1/plans/${id}/reviewers`, { reviewer_org_ids: [] }, who)],
      ['withdraw', (who) => api.post(`/api/v1/plans/${id}/transitions`, { action: 'withdraw', comment: '理由' }, who)],
    ];
    const refused: Record<string, (Session | undefined)[]> = {
      edit: [s.reviewer, s.ownerViewer, s.bureau, s.secretariat, s.otherGov],
      advise: [s.reviewer, s.owner, s.coOwner, s.bureau, s.otherGov],
      verdicts: [s.reviewer, s.owner, s.bureau, s.otherGov],
      reviewers: [s.reviewer, s.owner, s.bureau],
      withdraw: [s.reviewer, s.coOwner, s.secretariat, s.bureau, s.otherGov, s.ownerViewer],
    };
    for (const [name, write] of writes) {
      for (const who of refused[name]!) {
        const res = await write(who!);
        expect([403, 404], `${name}`).toContain(res.status);
      }
    }
    expect((await api.post(`/api/v1/plans/${id}/comments`, { body: 'x' }, s.otherGov)).status).toBe(403);
    const after = (await (await api.get(`/api/v1/plans/${id}`, s.owner)).json()) as {
      version: number;
      content: { title: string };
      plan: { status: string; co_owner_org_ids: string[] };
      comments: { body: string; path: string }[];
    };
    expect(after.version).toBe(before.version);
    expect(after.content.title).toBe('北陸 医薬品クラスター計画');
    expect(after.plan.status).toBe(before.plan.status);
    expect(after.comments).toEqual([expect.objectContaining({ body: '域内調達率の根拠を示してください', path: 'pathway.regional_impact' })]);
    expect((await (await api.get(`/api/v1/plans/${id}`, s.reviewer)).json()) as { can_edit: boolean; can_comment: boolean }).toMatchObject({ can_edit: false, can_comment: true });
  });

  it('refuses every plan write without the CSRF token, and without a session', async () => {
    const noCsrf = { cookie: s.owner!.cookie, csrf: '' };
    const calls = [
      () => api.post('/api/v1/plans', { type: 'B', owner_org_id: TOYAMA, title: 'x' }, noCsrf),
      () => api.put(`/api/v1/plans/${draftId}`, { base_version: 1, content: { title: 'x' } }, noCsrf),
      () => api.post(`/api/v1/plans/${draftId}/transitions`, { action: 'submit_precheck' }, noCsrf),
      () => api.post(`/api/v1/plans/${draftId}/comments`, { body: 'x' }, noCsrf),
      () => api.put(`/api/v1/plans/${draftId}/verdicts`, { verdicts: [{ requirement_no: 1, verdict: 'met' }] }, noCsrf),
      () => api.put(`/api/v1/plans/${draftId}/reviewers`, { reviewer_org_ids: [] }, noCsrf),
      () => api.post(`/api/v1/plans/${draftId}/publish-revision`, {}, noCsrf),
      // progress rounds, the map's snapshots, organisations
      () => api.post('/api/v1/plan-rounds', { title: 'x', plan_types: ['B'], period_start: '2026-04-01', period_end: '2026-09-30', deadline: '2026-10-31' }, noCsrf),
      () => api.post('/api/v1/plan-rounds/r-000000000000/publish', {}, noCsrf),
      () => api.put(`/api/v1/plans/${id}/reports/r-000000000000`, { lock_version: 0, items: [], kpi_values: [] }, noCsrf),
      () => api.post(`/api/v1/plans/${id}/reports/r-000000000000/submit`, { lock_version: 1 }, noCsrf),
      () => api.post(`/api/v1/plans/${id}/reports/r-000000000000/review`, { lock_version: 1, decision: 'accept' }, noCsrf),
      () => api.post(`/api/v1/plans/${id}/reports/r-000000000000/corrections`, { lock_version: 1, items: [], kpi_values: [], reason: 'x' }, noCsrf),
      () => api.post(`/api/v1/plans/${id}/reports/r-000000000000/withdrawal-decision`, { decision: 'continue', reason: 'x' }, noCsrf),
      () => api.post('/api/v1/investment-map/snapshots', { title: 'x' }, noCsrf),
      () => api.post('/api/v1/organisations', { kind: 'reviewer_body', id: 'x-review', name: 'x' }, noCsrf),
      () => api.post('/api/v1/organisations/toyama-review/members', { email: 'x@example.jp' }, noCsrf),
    ];
    for (const [i, call] of calls.entries()) expect((await call()).status, `write ${i}`).toBe(403);
    expect((await api.post('/api/v1/plans', { type: 'B', owner_org_id: TOYAMA, title: 'x' })).status).toBe(401);
    expect(await view(s.owner, draftId)).toBe('full');
    const draft = (await (await api.get(`/api/v1/plans/${draftId}`, s.owner)).json()) as { version: number; plan: { status: string } };
    expect(draft).toMatchObject({ version: 1, plan: { status: 'draft' } });
  });
});

describeEachDatabase('sign-in rotates the session id', (db) => {
  it('ends the session a browser signs in from and issues a new one', async () => {
    const h = db().handle.db;
    const app = createApp({ db: h, webRoot: null });
    await addUser(h, 'rotate@pref.toyama.lg.jp', 'editor', TOYAMA);
    const first = await signIn(app, 'rotate@pref.toyama.lg.jp');
    const again = await app.request('/api/v1/session', {
      method: 'POST',
      body: JSON.stringify({ email: 'rotate@pref.toyama.lg.jp', password: PASSWORD }),
      headers: { 'content-type': 'application/json', cookie: first.cookie },
    });
    expect(again.status).toBe(200);
    const second = (again.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(second).not.toBe(first.cookie);
    const old = (await (await app.request('/api/v1/session', { headers: { cookie: first.cookie } })).json()) as { user: unknown };
    expect(old.user).toBeNull();
    const now = (await (await app.request('/api/v1/session', { headers: { cookie: second } })).json()) as { user: { email: string } };
    expect(now.user.email).toBe('rotate@pref.toyama.lg.jp');
  });
});

describeEachDatabase('organisations over HTTP', (db) => {
  it('lets the secretariat’s admins register a company by its 法人番号 and make users staff of a body; refuses others', async () => {
    const h = db().handle.db;
    const app = createApp({ db: h, webRoot: null });
    const api = requester(app);
    await addUser(h, 'admin@cas.go.jp', 'admin', '000000');
    await addUser(h, 'planner@pref.toyama.lg.jp', 'admin', TOYAMA);
    await addUser(h, 'expert@example.jp', 'reviewer', '000000');
    const admin = await signIn(app, 'admin@cas.go.jp');
    const planner = await signIn(app, 'planner@pref.toyama.lg.jp');
    const company = { kind: 'company', name: '富山原薬株式会社', corporate_number: '4000012090002' };
    const bad = await api.post('/api/v1/organisations', company, admin);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('検査数字');
    expect((await api.post('/api/v1/organisations', { ...company, corporate_number: '4000012090001' }, planner)).status).toBe(403);
    expect((await api.post('/api/v1/organisations', { kind: 'reviewer_body', id: 'toyama-review', name: '有識者会議' }, admin)).status).toBe(201);
    expect((await api.post('/api/v1/organisations/toyama-review/members', { email: 'expert@example.jp' }, planner)).status).toBe(403);
    expect((await api.post('/api/v1/organisations/toyama-review/members', { email: 'expert@example.jp' }, admin)).status).toBe(200);
    expect((await api.post('/api/v1/organisations/no-such/members', { email: 'expert@example.jp' }, admin)).status).toBe(404);
    const list = (await (await api.get('/api/v1/organisations?kind=bureau')).json()) as { organisations: { id: string; pref_codes: string[] }[] };
    expect(list.organisations).toHaveLength(9);
    expect(list.organisations.find((o) => o.id === 'meti-chubu')!.pref_codes).toEqual(['16', '17', '21', '23', '24']);
  });
});

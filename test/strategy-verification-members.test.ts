/**
 * Taking a member off a verification panel (DELETE /verification-rounds/{id}/members/{userId}), on
 * both databases: the strategy owner's editor removes a member while the round is draft or open,
 * with their comments and sign-off, audited with the user id only; the removed member no longer
 * sees the round; a viewer of the owner and a panel member are refused (403), another government
 * does not see the round (404); a user not on the panel is a 400 naming `userId`; once comments are
 * closed the panel is fixed (409) until the round is reopened. Nothing is written when refused.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { localStrategy } from './support/grant-api.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';

const TOYAMA = '162019';
const KANAZAWA = '172014';
const STRATEGY = 'toyama-members';

interface Round {
  members: { user_id: string; name: string; signoff: { state: string } }[];
  overall: { comments: { name: string; body: string }[] };
  kpis: { id: string; comments: { name: string }[] }[];
  blockers: { missing: string[] };
  fingerprint: string;
}
type Issues = { error: { issues: { column: string; code: string; reason: string }[]; message: string } };

describeEachDatabase('strategy verification: removing a panel member', (db) => {
  let app: App;
  let api: ReturnType<typeof requester>;
  const s: Record<string, Session> = {};
  let id = '';
  const ids: Record<string, string> = {};
  const remove = (userId: string, who: string) =>
    app.request(`/api/v1/verification-rounds/${id}/members/${userId}`, { method: 'DELETE', headers: { cookie: s[who]!.cookie, 'x-csrf-token': s[who]!.csrf } });
  const view = async (who = 'planner') => {
    const r = await api.get(`/api/v1/verification-rounds/${id}`, s[who]);
    expect(r.status).toBe(200);
    return (await r.json()) as Round;
  };
  const act = async (action: string) => expect((await api.post(`/api/v1/verification-rounds/${id}/transitions`, { action }, s.planner)).status).toBe(200);
  const removals = async () => (await listAudit(db().handle.db, { ownerCode: TOYAMA, entityType: 'verification_round' })).filter((a) => a.action === 'verification.remove_member');

  beforeAll(async () => {
    const h = db().handle.db;
    app = createApp({ db: h, webRoot: null });
    api = requester(app);
    await localStrategy(h, TOYAMA, STRATEGY, ['k1']);
    await addUser(h, 'planner@city.toyama.lg.jp', 'editor', TOYAMA);
    await addUser(h, 'viewer@city.toyama.lg.jp', 'viewer', TOYAMA);
    await addUser(h, 'planner@city.kanazawa.lg.jp', 'editor', KANAZAWA);
    await addUser(h, 'outsider@panel.example.jp', 'reviewer', '000000');
    for (const m of ['m1', 'm2', 'm3']) await addUser(h, `${m}@panel.example.jp`, 'reviewer', '000000');
    for (const k of ['m1', 'm2', 'm3']) s[k] = await signIn(app, `${k}@panel.example.jp`);
    s.planner = await signIn(app, 'planner@city.toyama.lg.jp');
    s.viewer = await signIn(app, 'viewer@city.toyama.lg.jp');
    s.other = await signIn(app, 'planner@city.kanazawa.lg.jp');
    const r = await api.post(`/api/v1/strategies/${STRATEGY}/verification-rounds`, { fiscal_year: 2026 }, s.planner);
    expect(r.status).toBe(201);
    id = ((await r.json()) as { id: string }).id;
    const names = { m1: '山田 太郎', m2: '佐藤 花子', m3: '鈴木 一郎' } as const;
    const sectors = { m1: 'industry', m2: 'academia', m3: 'finance' } as const;
    for (const m of ['m1', 'm2', 'm3'] as const)
      expect((await api.put(`/api/v1/verification-rounds/${id}/members`, { email: `${m}@panel.example.jp`, name: names[m], sector: sectors[m] }, s.planner)).status).toBe(200);
    for (const m of (await view()).members) ids[Object.entries(names).find(([, n]) => n === m.name)![0]] = m.user_id;
    await act('open');
    // m1 comments on k1 and overall, and signs off: all of it goes with them
    expect(
      (
        await api.put(
          `/api/v1/verification-rounds/${id}/comments`,
          {
            comments: [
              { kpi_id: 'k1', body: '伸びの要因を分析されたい' },
              { kpi_id: null, body: '概ね順調' },
            ],
          },
          s.m1,
        )
      ).status,
    ).toBe(200);
    expect((await api.post(`/api/v1/verification-rounds/${id}/sign-off`, { fingerprint: (await view('m1')).fingerprint }, s.m1)).status).toBe(200);
  });

  it('refuses others: a viewer and a member 403, another government 404, a user not on the panel 400 naming userId — nothing written', async () => {
    expect((await remove(ids.m2!, 'viewer')).status).toBe(403);
    expect((await remove(ids.m2!, 'm1')).status).toBe(403);
    expect((await remove(ids.m2!, 'other')).status).toBe(404);
    const notMember = await remove('u-not-on-panel', 'planner');
    expect(notMember.status).toBe(400);
    expect(((await notMember.json()) as Issues).error.issues[0]).toMatchObject({ column: 'userId', code: 'not_member' });
    expect((await view()).members.map((m) => m.name)).toEqual(['山田 太郎', '佐藤 花子', '鈴木 一郎']);
    expect(await removals()).toEqual([]);
  });

  it('the owner’s editor removes a member while open, with their comments and sign-off; audited by user id; the member no longer sees the round', async () => {
    expect((await view()).members.find((m) => m.user_id === ids.m1)!.signoff.state).toBe('current');
    const r = await remove(ids.m1!, 'planner');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ removed: ids.m1 });
    const v = await view();
    expect(v.members.map((m) => m.name)).toEqual(['佐藤 花子', '鈴木 一郎']);
    expect(v.overall.comments).toEqual([]);
    expect(v.kpis.find((k) => k.id === 'k1')!.comments).toEqual([]);
    expect(v.blockers.missing).toEqual(['佐藤 花子', '鈴木 一郎']);
    expect((await api.get(`/api/v1/verification-rounds/${id}`, s.m1)).status).toBe(404);
    const audit = await removals();
    expect(audit.map((a) => [a.actor, a.summary, a.details])).toEqual([[expect.stringMatching(/^user:/), `検証委員を外す: 利用者 ${ids.m1}`, { user_id: ids.m1 }]]);
    expect(audit[0]!.actor).not.toBe(`user:${ids.m1}`);
    // removing them again: no longer on the panel
    expect((await remove(ids.m1!, 'planner')).status).toBe(400);
  });

  it('once comments are closed the panel is fixed (409), and can change again when reopened', async () => {
    await act('close');
    const closed = await remove(ids.m2!, 'planner');
    expect(closed.status).toBe(409);
    expect((await view()).members.map((m) => m.name)).toEqual(['佐藤 花子', '鈴木 一郎']);
    await act('reopen');
    expect((await remove(ids.m2!, 'planner')).status).toBe(200);
    expect((await view()).members.map((m) => m.name)).toEqual(['鈴木 一郎']);
    expect((await removals()).map((a) => (a.details as { user_id: string }).user_id).sort()).toEqual([ids.m1, ids.m2].sort());
  });
});

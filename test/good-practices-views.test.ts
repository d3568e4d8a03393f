/**
 * What the web pages of 好事例 need from the API, on both databases: scope=mine says whose list it
 * is (a government's own cases with 事例を登録する, or the secretariat's queue), status=submitted
 * narrows the queue to what waits; a case's history says who acted — the government or 事務局 to
 * everyone, the person's name only to those who see the case as it stands.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';

const TOYAMA = '162019';

interface ListBody {
  total: number;
  cases: { id: string; status: string }[];
  mine?: { org_code: string; secretariat: boolean; may_create: boolean } | null;
}
interface CaseBody {
  history: { action: string; by_label: string; actor_label: string | null; comment: string }[];
}

describeEachDatabase('good practices: lists and history for the web pages', (db) => {
  let api: ReturnType<typeof requester>;
  let planner: Session;
  let viewer: Session;
  let secretariat: Session;
  let id = '';
  const content = {
    title: '空き家バンクの一元化',
    regions: [TOYAMA],
    field: 'migration_and_relations',
    problem: '空き家の情報が部署ごとに分かれていた',
    actions: '窓口を一つにした',
    lessons: [{ kind: 'worked', text: '窓口の一本化で問い合わせが増えた' }],
    sources: [{ document: '市の報告書', lines: 'p.3' }],
  };

  beforeAll(async () => {
    const h = db().handle.db;
    const app: App = createApp({ db: h, webRoot: null });
    api = requester(app);
    await addUser(h, 'planner@city.toyama.lg.jp', 'editor', TOYAMA);
    await addUser(h, 'viewer@city.toyama.lg.jp', 'viewer', TOYAMA);
    await addUser(h, 'staff@cas.go.jp', 'editor', '000000', 'cas');
    planner = await signIn(app, 'planner@city.toyama.lg.jp');
    viewer = await signIn(app, 'viewer@city.toyama.lg.jp');
    secretariat = await signIn(app, 'staff@cas.go.jp');
  });

  it('says whose list scope=mine is: the government (may register) or the secretariat’s queue', async () => {
    const created = await api.post('/api/v1/good-practices/cases', { owner_code: TOYAMA, content }, planner);
    expect(created.status).toBe(201);
    id = ((await created.json()) as { case: { id: string } }).case.id;
    const mine = (await (await api.get('/api/v1/good-practices/cases?scope=mine', planner)).json()) as ListBody;
    expect(mine.mine).toEqual({ org_code: TOYAMA, secretariat: false, may_create: true });
    expect(mine.cases.map((c) => [c.id, c.status])).toEqual([[id, 'draft']]);
    const read = (await (await api.get('/api/v1/good-practices/cases?scope=mine', viewer)).json()) as ListBody;
    expect(read.mine).toEqual({ org_code: TOYAMA, secretariat: false, may_create: false });
    // a draft is not in the queue; once submitted it is, and status=submitted keeps only what waits
    const before = (await (await api.get('/api/v1/good-practices/cases?scope=mine&status=submitted', secretariat)).json()) as ListBody;
    expect(before.mine).toEqual({ org_code: 'cas', secretariat: true, may_create: false });
    expect(before.total).toBe(0);
    expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'submit' }, planner)).status).toBe(200);
    const queue = (await (await api.get('/api/v1/good-practices/cases?scope=mine&status=submitted', secretariat)).json()) as ListBody;
    expect(queue.cases.map((c) => [c.id, c.status])).toEqual([[id, 'submitted']]);
    // the public list says nothing of the reader
    const pub = (await (await api.get('/api/v1/good-practices/cases')).json()) as ListBody;
    expect('mine' in pub).toBe(false);
    const anon = (await (await api.get('/api/v1/good-practices/cases?scope=mine')).json()) as ListBody;
    expect(anon.mine).toBeNull();
  });

  it('names who acted: 富山市 or 事務局 to all, the person only to the owner and the secretariat', async () => {
    expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'return', comment: '成果の数値を書いてください' }, secretariat)).status).toBe(200);
    const own = (await (await api.get(`/api/v1/good-practices/cases/${id}`, planner)).json()) as CaseBody;
    expect(own.history.map((e) => [e.action, e.by_label, e.actor_label, e.comment])).toEqual([
      ['create', '富山市', 'planner', ''],
      ['submit', '富山市', 'planner', ''],
      ['return', '事務局（内閣官房）', 'staff', '成果の数値を書いてください'],
    ]);
    expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'submit' }, planner)).status).toBe(200);
    expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'validate' }, secretariat)).status).toBe(200);
    const pub = (await (await api.get(`/api/v1/good-practices/cases/${id}`)).json()) as CaseBody;
    expect(pub.history.map((e) => [e.action, e.by_label, e.actor_label])).toEqual([
      ['create', '富山市', null],
      ['submit', '富山市', null],
      ['return', '事務局（内閣官房）', null],
      ['submit', '富山市', null],
      ['validate', '事務局（内閣官房）', null],
    ]);
  });
});

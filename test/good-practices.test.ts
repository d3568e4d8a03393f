/**
 * 好事例 through the API on both databases: the shipped cases (validated, credited, with their
 * seed lines); a municipality's case created, refused with the field named, submitted, returned
 * with a reason, fixed and validated by the secretariat, each step audited; who sees a draft;
 * Japanese search (kana ↔ katakana, full/half width, partial words, ranking); suggestions from
 * 類似団体 and from regions that had the same problem first, with their reasons; "used by".
 */
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { listAudit } from '../src/modules/audit/index.ts';
import { operatorPrincipal } from '../src/modules/auth/index.ts';
import { importCases } from '../src/modules/good-practices/use-cases/import-cases.ts';
import { InputError } from '../src/shared/errors.ts';
import { describeEachDatabase } from './support/databases.ts';
import { addUser, requester, signIn, type App, type Session } from './support/plan-api.ts';

const TOYAMA = '162019';

interface Header {
  id: string;
  title: string;
  status: string;
  status_label: string;
  reference: boolean;
  matched_grams?: number;
  regions: { code: string; name: string | null }[];
}

describeEachDatabase(
  'good practices',
  (db) => {
    let app: App;
    let api: ReturnType<typeof requester>;
    let similarCode = '';
    let similarName = '';
    let planner: Session;
    let viewer: Session;
    let secretariat: Session;
    let toyama: Session;
    let outsider: Session;
    let id = '';

    const content = (extra: Record<string, unknown> = {}) => ({
      title: 'コミュニティバスのオンデマンド化',
      summary: '定時定路線のバスを予約制のデマンド型交通に置き換えた',
      regions: [similarCode],
      field: 'transport',
      problem: '高齢化と過疎化で路線バスの利用者が減り、通院や買物の足が失われつつあった',
      problem_tags: ['高齢化', '移動手段の確保'],
      actions: 'ＡＩ配車の乗合タクシーを導入し、停留所を集落ごとに置いた',
      started_year: 2019,
      participants: [
        { sector: 'government', name: '市交通政策課' },
        { sector: 'industry', name: '地元タクシー会社' },
      ],
      cost: { total: '1億2,000万円' },
      funding: [
        { kind: 'dai2sedai_grant', amount: '6,000万', fiscal_year: 2025 },
        { kind: 'kigyo_furusato_nozei', amount: '７０万' },
      ],
      results: [{ label: '利用者数（年間）', unit: '人', before: { value: 12000, period: 'FY2019' }, after: { value: '１万８千', period: 'FY2024' } }],
      lessons: [
        { kind: 'worked', text: '集落ごとの停留所で高齢者の利用が増えた' },
        { kind: 'did_not_work', text: '電話予約のみの期間は若い世代が使わなかった' },
      ],
      sources: [{ document: '市の効果検証報告書', lines: 'p.12–14' }],
      ...extra,
    });

    beforeAll(async () => {
      const h = db().handle.db;
      app = createApp({ db: h, webRoot: null });
      api = requester(app);
      const sim = (await (await api.get(`/api/v1/areas/${TOYAMA}/similar?count=5`)).json()) as { comparators: { code: string; name: string }[] };
      similarCode = sim.comparators[0]!.code;
      similarName = sim.comparators[0]!.name;
      await addUser(h, 'planner@similar.lg.jp', 'editor', similarCode);
      await addUser(h, 'viewer@similar.lg.jp', 'viewer', similarCode);
      await addUser(h, 'planner@city.toyama.lg.jp', 'editor', TOYAMA);
      await addUser(h, 'planner@city.kanazawa.lg.jp', 'editor', '172014');
      await addUser(h, 'staff@cas.go.jp', 'editor', '000000', 'cas');
      planner = await signIn(app, 'planner@similar.lg.jp');
      viewer = await signIn(app, 'viewer@similar.lg.jp');
      toyama = await signIn(app, 'planner@city.toyama.lg.jp');
      outsider = await signIn(app, 'planner@city.kanazawa.lg.jp');
      secretariat = await signIn(app, 'staff@cas.go.jp');
    });

    it('ships the seeds’ own cases, validated and credited, with their lines', async () => {
      const r = (await (await api.get('/api/v1/good-practices/cases?limit=100')).json()) as { total: number; cases: Header[] };
      expect(r.total).toBe(7);
      expect(r.cases.every((c) => c.reference && c.status === 'validated')).toBe(true);
      const kochi = (await (await api.get('/api/v1/good-practices/cases/ref-kochi-chiiki-shien-kikakuin')).json()) as {
        case: Header & { credit: string; content: { sources: { lines: string }[] } };
      };
      expect(kochi.case.regions).toEqual([{ code: '390003', name: '高知県' }]);
      expect(kochi.case.content.sources[0]!.lines).toBe('L2033');
      expect(kochi.case.credit).toContain('内閣官房・内閣府「地方創生2.0基本構想」');
    });

    it('refuses a bad case naming each field, and writes nothing', async () => {
      const bad = await api.post(
        '/api/v1/good-practices/cases',
        { owner_code: similarCode, content: content({ regions: ['999999'], funding: [{ kind: 'dai2sedai_grant', amount: 'たくさん' }] }) },
        planner,
      );
      expect(bad.status).toBe(400);
      const issues = ((await bad.json()) as { error: { issues: { column: string }[] } }).error.issues.map((i) => i.column);
      expect(issues).toEqual(['content.regions[0]', 'content.funding[0].amount']);
      const unknown = await api.post(
        '/api/v1/good-practices/cases',
        { owner_code: similarCode, content: content({ regions: [TOYAMA, '011011'], results: [{ label: 'x', kpi: { strategy_id: 'nope', kpi_id: 'k' } }] }) },
        planner,
      );
      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as { error: { issues: { column: string }[] } }).error.issues.map((i) => i.column)).toEqual(['content.results[0].kpi.strategy_id']);
      expect((await api.post('/api/v1/good-practices/cases', { owner_code: similarCode, content: content() }, viewer)).status).toBe(403);
      expect((await api.post('/api/v1/good-practices/cases', { owner_code: similarCode, content: content() }, outsider)).status).toBe(403);
      const mine = (await (await api.get('/api/v1/good-practices/cases?scope=mine', planner)).json()) as { total: number };
      expect(mine.total).toBe(0);
    });

    it('goes draft → submitted → returned → submitted → validated, audited, visible only once validated', async () => {
      const created = await api.post('/api/v1/good-practices/cases', { owner_code: similarCode, content: content({ lessons: [] }) }, planner);
      expect(created.status).toBe(201);
      const body = (await created.json()) as {
        case: Header & { content: { cost: { total: number }; funding: { amount: number; kind_label: string }[]; results: { after: { value: number } }[] } };
      };
      id = body.case.id;
      expect(body.case.content.cost.total).toBe(120_000_000);
      expect(body.case.content.funding.map((f) => f.amount)).toEqual([60_000_000, 700_000]);
      expect(body.case.content.funding[0]!.kind_label).toBe('新しい地方経済・生活環境創生交付金（第2世代交付金）');
      expect(body.case.content.results[0]!.after.value).toBe(18_000);
      // a draft is the owner's: 404 to the public and another government
      expect((await api.get(`/api/v1/good-practices/cases/${id}`)).status).toBe(404);
      expect((await api.get(`/api/v1/good-practices/cases/${id}`, outsider)).status).toBe(404);
      const refused = await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'submit' }, planner);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { issues: { column: string }[] } }).error.issues.map((i) => i.column)).toEqual(['content.lessons']);
      expect((await api.put(`/api/v1/good-practices/cases/${id}`, { base_version: 1, content: content() }, planner)).status).toBe(200);
      expect((await api.put(`/api/v1/good-practices/cases/${id}`, { base_version: 1, content: content() }, planner)).status).toBe(409);
      expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'submit' }, planner)).status).toBe(200);
      expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'validate' }, planner)).status).toBe(403);
      expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'return' }, secretariat)).status).toBe(400);
      expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'return', comment: '出典の頁を確認してください' }, secretariat)).status).toBe(200);
      expect((await api.put(`/api/v1/good-practices/cases/${id}`, { base_version: 2, content: content() }, planner)).status).toBe(200);
      expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'submit' }, planner)).status).toBe(200);
      expect((await api.get(`/api/v1/good-practices/cases/${id}`)).status).toBe(404);
      expect((await api.post(`/api/v1/good-practices/cases/${id}/transitions`, { action: 'validate' }, secretariat)).status).toBe(200);
      const pub = (await (await api.get(`/api/v1/good-practices/cases/${id}`)).json()) as { case: Header; history: { action: string; comment: string }[] };
      expect(pub.case.status_label).toBe('確認済み（公開）');
      expect(pub.history.map((e) => e.action)).toEqual(['create', 'edit', 'submit', 'return', 'edit', 'submit', 'validate']);
      expect(pub.history[3]!.comment).toBe('出典の頁を確認してください');
      const audit = await listAudit(db().handle.db, { ownerCode: similarCode, entityType: 'good_practice', entityId: id });
      expect(audit.map((a) => a.action).reverse()).toEqual([
        'good_practice.create',
        'good_practice.edit',
        'good_practice.submit',
        'good_practice.return',
        'good_practice.edit',
        'good_practice.submit',
        'good_practice.validate',
      ]);
    });

    it('searches in Japanese across kana, widths and partial words, ranked', async () => {
      const search = async (q: string) => (await (await api.get(`/api/v1/good-practices/search?q=${encodeURIComponent(q)}`)).json()) as { total: number; cases: Header[] };
      for (const q of ['コミュニティバス', 'こみゅにてぃばす', 'ｺﾐｭﾆﾃｨﾊﾞｽ', 'ニティ', 'ＡＩ配車', 'ai配車', '配車']) {
        const r = await search(q);
        expect(r.cases[0]?.id, q).toBe(id);
      }
      // the shipped demand-transport lesson has 5 of the 6 pairs of オンデマンド化 (all but ど化), ours all 6
      const both = await search('オンデマンド化');
      expect(both.cases.map((c) => c.id).slice(0, 2)).toEqual([id, 'ref-demand-transport-lesson']);
      const nara = await search('医療企業団');
      expect(nara.cases.map((c) => c.id)).toEqual(['ref-nara-nanwa-iryo']);
      expect((await search('こうちけん')).cases.map((c) => c.id)).toEqual(['ref-kochi-chiiki-shien-kikakuin']);
      expect((await search('存在しない語句です')).total).toBe(0);
      expect((await api.get('/api/v1/good-practices/search?q=%E3%80%81')).status).toBe(400);
    });

    it('suggests to Toyama the case of its 類似団体 and cases that met the same problem first, with why', async () => {
      const r = (await (await api.get(`/api/v1/good-practices/suggestions?code=${TOYAMA}&tags=${encodeURIComponent('高齢化')}`)).json()) as {
        similar: { areas: { code: string }[] };
        cases: (Header & { reasons: { kind: string; area_code?: string; matched_tags?: string[]; text: string }[] })[];
      };
      expect(r.similar.areas[0]!.code).toBe(similarCode);
      const first = r.cases[0]!;
      expect(first.id).toBe(id);
      expect(first.reasons.map((x) => x.kind)).toEqual(['similar_area', 'same_problem_first']);
      expect(first.reasons[0]!.text).toContain(`類似団体「${similarName}」の事例です`);
      expect(first.reasons[1]!.text).toBe('同じ課題（高齢化）に2019年（令和元年）から先に取り組んだ事例です');
    });

    it('records that another government adopted the case, and its outcome later', async () => {
      expect((await api.put(`/api/v1/good-practices/cases/${id}/adoptions/${TOYAMA}`, { adopted_year: 2026 }, outsider)).status).toBe(403);
      const first = await api.put(`/api/v1/good-practices/cases/${id}/adoptions/${TOYAMA}`, { adopted_year: 2026, note: '中山間地で試行' }, toyama);
      expect(await first.json()).toEqual({ created: true });
      const later = await api.put(
        `/api/v1/good-practices/cases/${id}/adoptions/${TOYAMA}`,
        { adopted_year: 2026, outcome: 'partly_effective', outcome_note: '利用は増えたが費用が想定を上回った' },
        toyama,
      );
      expect(await later.json()).toEqual({ created: false });
      const got = (await (await api.get(`/api/v1/good-practices/cases/${id}`)).json()) as {
        used_by: { code: string; name: string; outcome_label: string; outcome_note: string }[];
      };
      expect(got.used_by).toEqual([
        expect.objectContaining({
          code: TOYAMA,
          name: '富山市',
          adopted_year: 2026,
          outcome: 'partly_effective',
          outcome_label: '一部効果あり',
          outcome_note: '利用は増えたが費用が想定を上回った',
        }),
      ]);
      const audit = await listAudit(db().handle.db, { ownerCode: TOYAMA, entityType: 'good_practice_adoption' });
      expect(audit.map((a) => a.action)).toEqual(['good_practice.adoption_update', 'good_practice.adopt']);
    });

    it('imports a batch from JSON all or nothing, naming file and path of every refused field', async () => {
      const h = db().handle.db;
      const by = operatorPrincipal('test');
      const good = { owner_code: '１７２０１４', content: content({ regions: ['172014'], title: '一括登録の事例' }), submit: true };
      const bad = { owner_code: '172014', content: content({ regions: ['172015'], sources: [] }), submit: true };
      const before = ((await (await api.get('/api/v1/good-practices/cases?scope=mine', outsider)).json()) as { total: number }).total;
      const refused = await importCases(h, 'cases.json', { cases: [good, bad] }, by).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(InputError);
      expect((refused as InputError).issues.map((i) => `${i.file} ${i.column}`)).toEqual(['cases.json cases[1].content.regions[0]']);
      const incomplete = await importCases(h, 'cases.json', { cases: [good, { ...bad, content: content({ regions: ['172014'], sources: [] }) }] }, by).catch((e: unknown) => e);
      expect((incomplete as InputError).issues.map((i) => i.column)).toEqual(['cases[1].content.sources']);
      expect(((await (await api.get('/api/v1/good-practices/cases?scope=mine', outsider)).json()) as { total: number }).total).toBe(before);
      const r = await importCases(h, 'cases.json', { cases: [good, { ...good, submit: false }] }, by);
      expect(r.ids).toHaveLength(2);
      expect(r.submitted).toBe(1);
      const mine = (await (await api.get('/api/v1/good-practices/cases?scope=mine', outsider)).json()) as { cases: Header[] };
      expect(mine.cases.map((c) => c.status).sort()).toEqual(['draft', 'submitted']);
    });
  },
  { statistics: true },
);

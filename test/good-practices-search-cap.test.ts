/**
 * 好事例 search with common grams left out of gathering (search-query.ts): on a generated set where
 * 「地域」 is in every case, a query mixing it with rare grams returns exactly what the plain
 * statement returns — the same cases, order, matched grams, scores and totals, for every page, with
 * a field filter and with a government's own drafts — on both databases; a query made only of
 * common grams still works; the gram counts stay right through create, edit, transition and import
 * (a recount agrees with them).
 */
import { beforeAll, expect, it } from 'vitest';
import { operatorPrincipal } from '../src/modules/auth/index.ts';
import { areas } from '../src/modules/local-gov/index.ts';
import {
  CaseContent,
  COMMON_GRAM_SHARE,
  FIELD_KEYS,
  gatheringGrams,
  goodPracticeCases,
  goodPracticeGrams,
  gramCaseCounts,
  rebuildGramCounts,
  gramsRequired,
  partsOf,
  queryGrams,
  gramRows,
  runSearch,
  type SearchQuery,
} from '../src/modules/good-practices/index.ts';
import { createCase } from '../src/modules/good-practices/use-cases/create-case.ts';
import { importCases } from '../src/modules/good-practices/use-cases/import-cases.ts';
import { transitionCase } from '../src/modules/good-practices/use-cases/transition-case.ts';
import { updateCase } from '../src/modules/good-practices/use-cases/update-case.ts';
import { describeEachDatabase } from './support/databases.ts';

const CASES = 400;
const OWN = '162019';
// Rare phrases, each in a few cases, in whole and in parts, so the required share is exercised.
const RARE = ['デマンド交通', 'デマンド', '地域デマンド交通', 'ど交通', 'オンライン診療', 'オンライン', '診療所'];
const SUBJECTS = ['子育て支援', '移住定住', '観光振興', '農業の担い手', '防災訓練'];

function generated(i: number) {
  const rare = i % 9 === 0 ? RARE[(i / 9) % RARE.length]! : '';
  return CaseContent.parse({
    title: `地域の${SUBJECTS[i % SUBJECTS.length]}事例 ${i}`,
    summary: `地域ぐるみで${SUBJECTS[(i * 3) % SUBJECTS.length]}に取り組んだ`,
    field: FIELD_KEYS[i % 4]!,
    problem: `地域社会の担い手が不足していた${rare ? `。${rare}が課題` : ''}`,
    problem_tags: ['担い手不足'],
    actions: i % 7 === 0 ? `${rare}の仕組みを地域交通と組み合わせた` : `${SUBJECTS[(i * 7) % SUBJECTS.length]}を進めた`,
  });
}

const QUERIES = ['地域デマンド交通', '地域のデマンド', '地域交通', 'オンライン診療の地域', '診療所 地域社会', '地域社会', '地域'];

describeEachDatabase(
  'good-practice search, common grams capped',
  (db) => {
    const plain = (q: string, extra: Partial<SearchQuery> = {}) => {
      const grams = queryGrams(q);
      return { grams, required: gramsRequired(grams.length), limit: 1000, offset: 0, ...extra };
    };

    beforeAll(async () => {
      const h = db().handle.db;
      const cases = [];
      const rows = [];
      for (let i = 0; i < CASES; i++) {
        const c = generated(i);
        const ownerCode = i % 10 === 3 ? OWN : '000000';
        const id = `gp-cap${String(i).padStart(4, '0')}`;
        // every tenth case from 3 is a draft of one government: visible to it only
        cases.push({
          ownerCode,
          id,
          status: ownerCode === OWN ? 'draft' : 'validated',
          title: c.title,
          field: c.field,
          content: c,
          validatedAt: new Date(Date.UTC(2026, 0, 1 + (i % 200))),
        });
        rows.push(...gramRows(ownerCode, id, partsOf(c, '')));
      }
      await h.insert(goodPracticeCases).values(cases);
      for (let j = 0; j < rows.length; j += 2000) await h.insert(goodPracticeGrams).values(rows.slice(j, j + 2000));
      // written directly, as the bench does, so counted as the migration counts
      await rebuildGramCounts(h);
      // one municipality in the master, for the cases that need a region to be submitted
      await h.insert(areas).values({ code: OWN, prefCode: '16', level: 'municipality', type: '市', name: '富山市', kana: 'とやまし' });
    });

    it('counts the cases of each gram and leaves only the common grams out of gathering', async () => {
      const h = db().handle.db;
      const grams = queryGrams('地域デマンド交通');
      expect(grams).toEqual(['地域', '域で', 'でま', 'まん', 'んど', 'ど交', '交通']);
      const { cases, counts: rows } = await gramCaseCounts(h, grams);
      expect(cases).toBe(CASES);
      // 「地域」 is in every case's title; 域で only in the 7 cases with the phrase 地域デマンド交通
      expect([rows.get('地域'), rows.get('域で')]).toEqual([CASES, 7]);
      expect(COMMON_GRAM_SHARE * CASES).toBe(40);
      // 交通 is over 40 cases too; でま, まん, んど, ど交 are not
      expect([rows.get('交通'), rows.get('でま'), rows.get('まん'), rows.get('んど'), rows.get('ど交')]).toEqual([71, 21, 21, 21, 20]);
      expect(gatheringGrams(grams, gramsRequired(grams.length), rows, cases)).toEqual(['域で', 'でま', 'まん', 'んど', 'ど交']);
      // only common grams (「地域社会」: all three in every case): the plain statement, all grams gather
      const all = queryGrams('地域社会');
      const counts = await gramCaseCounts(h, all);
      expect([...counts.counts.values()]).toEqual([CASES, CASES, CASES]);
      expect(gatheringGrams(all, 3, counts.counts, counts.cases)).toEqual(all);
      // at most required − 1 grams go, the most common first: of a, b over half of 10 cases and c under it, with 2 required, only a
      expect(
        gatheringGrams(
          ['a', 'b', 'c'],
          2,
          new Map([
            ['a', 9],
            ['b', 8],
            ['c', 1],
          ]),
          10,
          0.5,
        ),
      ).toEqual(['b', 'c']);
    });

    it('returns exactly what the plain statement returns, for every query, page, filter and reader', async () => {
      const h = db().handle.db;
      for (const q of QUERIES) {
        for (const extra of [{}, { field: FIELD_KEYS[1]! }, { ownCode: OWN }, { limit: 7, offset: 14 }] as Partial<SearchQuery>[]) {
          const query = plain(q, extra);
          const before = await runSearch(h, query, { cap: false });
          const after = await runSearch(h, query);
          expect({ q, extra, after }).toEqual({ q, extra, after: before });
        }
      }
      // and the figures themselves: the 12 cases with 「デマンド交通」 in their actions or problem (6 or 7 of the 7 grams)
      const hits = await runSearch(h, plain('地域デマンド交通'));
      expect(hits.map((x) => `${x.id} ${x.matched} ${x.weight}`)).toEqual([
        'gp-cap0396 7 30',
        'gp-cap0144 7 30',
        'gp-cap0081 7 30',
        'gp-cap0270 7 30',
        'gp-cap0018 7 30',
        'gp-cap0207 7 30',
        'gp-cap0189 6 38',
        'gp-cap0378 6 38',
        'gp-cap0126 6 38',
        'gp-cap0315 6 38',
        'gp-cap0252 6 38',
        'gp-cap0000 6 38',
      ]);
      expect(hits[0]!.total).toBe(12);
    });

    it('keeps the counts right through create, edit, transition and import, and the results with them', async () => {
      const h = db().handle.db;
      const op = operatorPrincipal('test');
      const count = async (g: string) => (await gramCaseCounts(h, [g])).counts.get(g) ?? 0;
      const total = async () => (await gramCaseCounts(h, ['x'])).cases;
      const [before, cases] = [await count('域で'), await total()];
      const q = plain('地域デマンド交通', { ownCode: OWN });
      const submittable = { regions: [OWN], sources: [{ document: '市の報告書', lines: 'p.3' }], lessons: [{ kind: 'worked', text: '予約を電話とウェブで受けた' }] };
      const { id } = await createCase(h, { ownerCode: OWN, content: { ...generated(1), ...submittable, problem: '地域デマンド交通の空白' } }, op);
      expect([await count('域で'), await count('空白'), await total()]).toEqual([before + 1, 1, cases + 1]);
      expect((await runSearch(h, q)).map((x) => x.id)).toContain(id);
      expect(await runSearch(h, q)).toEqual(await runSearch(h, q, { cap: false }));
      await updateCase(h, { id, baseVersion: 1, content: { ...generated(1), ...submittable, problem: '地域の足の確保' } }, op);
      expect([await count('域で'), await count('空白'), await total()]).toEqual([before, 0, cases + 1]);
      expect((await runSearch(h, q)).map((x) => x.id)).not.toContain(id);
      expect(await runSearch(h, q)).toEqual(await runSearch(h, q, { cap: false }));
      // a transition changes who may see a case, not its grams
      expect(await transitionCase(h, { id, action: 'submit' }, op)).toEqual({ status: 'submitted' });
      expect(await transitionCase(h, { id, action: 'validate' }, op)).toEqual({ status: 'validated' });
      expect([await count('域で'), await count('富山'), await total()]).toEqual([before, 1, cases + 1]);
      const imported = await importCases(h, 'cases.json', { cases: [{ owner_code: OWN, content: { ...generated(2), actions: '地域デマンド交通を始めた' } }] }, op);
      expect([await count('域で'), await total()]).toEqual([before + 1, cases + 2]);
      expect((await runSearch(h, q)).map((x) => x.id)).toContain(imported.ids[0]);
      expect(await runSearch(h, q)).toEqual(await runSearch(h, q, { cap: false }));
      // and a full recount agrees with what the writes kept
      const kept = await gramCaseCounts(h, queryGrams('地域デマンド交通の空白確保'));
      await rebuildGramCounts(h);
      expect(await gramCaseCounts(h, queryGrams('地域デマンド交通の空白確保'))).toEqual(kept);
    });
  },
  { reference: false },
);

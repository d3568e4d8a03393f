/**
 * A B plan from draft to national publication in the web app, in headless Chromium against the
 * real platform: the prefecture's planner creates a plan with 「計画を作成」, edits the entry items (a bad amount is refused at its
 * field, a concurrent save gives a 409 that reloads without losing the input), submits for
 * pre-check; the secretariat advises it back; the planner fixes it and resubmits; pre-check,
 * local publication (refused first without its URL), formal submission, verdicts and national
 * publication; the public list and page show it, its `<script>` title as text; an assigned
 * reviewer comments but gets no edit controls and 403 from the API. axe-core (WCAG 2.1 AA) on
 * every plan page at 1280 and 390 px, with no horizontal scrolling on the phone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { createUser } from '../../src/modules/auth/index.ts';
import { addMember, createOrganisation } from '../../src/modules/organisations/index.ts';
import { operatorPrincipal } from '../../src/modules/auth/index.ts';
import { completePlan } from '../../src/modules/plans/domain/test-plans.ts';
import { loadReferenceData } from '../../src/platform/reference-data.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';

const PASSWORD = 'e2e-password-1234';
const PLANNER = 'planner@pref.toyama.lg.jp';
const SECRETARIAT = 'staff@cas.go.jp';
const REVIEWER = 'reviewer@toyama-review.example.jp';
const SCRIPT_TITLE = '富山県 医薬品<script>alert(1)</script>クラスター計画';

/** Users and the reviewers' body written before the server opens the (single-process) PGlite directory. */
async function prepare(dataDir: string) {
  const handle = await openDatabase({ dataDir });
  try {
    await handle.migrate();
    const db = handle.db;
    await loadReferenceData(db, undefined, { statistics: false });
    const op = operatorPrincipal('e2e');
    await createUser(db, { email: PLANNER, name: '富山県 企画担当', role: 'editor', orgCode: '160008', password: PASSWORD });
    await createUser(db, { email: SECRETARIAT, name: '事務局 佐藤', role: 'editor', orgCode: '000000', password: PASSWORD });
    await createUser(db, { email: REVIEWER, name: '審査 鈴木', role: 'reviewer', orgCode: '000000', password: PASSWORD });
    await createOrganisation(db, { kind: 'reviewer_body', id: 'toyama-review', name: '富山県計画審査会' }, op);
    await addMember(db, { orgId: 'cas', email: SECRETARIAT }, op);
    await addMember(db, { orgId: 'toyama-review', email: REVIEWER }, op);
  } finally {
    await handle.close();
  }
}

describe.skipIf(!chromiumAvailable())('plans in the web app (headless Chromium)', () => {
  let dataDir: string;
  let server: PlatformServer;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();
  const csrf = new Map<string, string>();
  const errors: string[] = [];
  /** the refusals the test provokes on purpose (a bad amount, a stale save, transitions missing what they need) */
  const refusals: string[] = [];
  let planId = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sousei-e2e-plans-'));
    await prepare(dataDir);
    server = await startPlatform({ dataDir, statistics: false });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts.values()) await c.close();
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** One context per user and width, signed in once; bypassCSP only so that axe-core can be injected. */
  async function contextOf(email: string | null, width = 1280): Promise<BrowserContext> {
    const key = `${email ?? 'public'}@${width}`;
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({ locale: 'ja-JP', viewport: { width, height: 900 }, bypassCSP: true });
      if (email) {
        const res = await context.request.post(`${server.url}/api/v1/session`, { data: { email, password: PASSWORD } });
        expect(res.status()).toBe(200);
        csrf.set(key, ((await res.json()) as { csrf_token: string }).csrf_token);
      }
      contexts.set(key, context);
    }
    return context;
  }

  async function open(email: string | null, path: string, width = 1280): Promise<Page> {
    const page = await (await contextOf(email, width)).newPage();
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // Chromium logs every 4xx response; those the test provokes are counted, anything else fails.
      if (/Failed to load resource: the server responded with a status of (400|409)/.test(m.text())) refusals.push(`${path}: ${m.text()}`);
      else errors.push(`${path}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${path}: uncaught ${e.message}`));
    page.on('dialog', (d) => {
      errors.push(`${path}: a dialog opened (${d.message()})`);
      void d.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor({ timeout: 30_000 });
    return page;
  }

  const api = async (email: string, method: 'post' | 'put', path: string, data: unknown) => {
    const context = await contextOf(email);
    return context.request[method](`${server.url}${path}`, { data, headers: { 'x-csrf-token': csrf.get(`${email}@1280`)! } });
  };

  const status = (page: Page) => page.getByTestId('plan-status').innerText();

  async function act(page: Page, action: string, fill?: (form: ReturnType<Page['getByRole']>) => Promise<void>) {
    const form = page.getByRole('form', { name: action });
    if (fill) await fill(form);
    await form.getByRole('button', { name: action }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain(`「${action}」を行いました`);
  }

  it('lets the planner edit the entry items: a bad amount is refused at its field, a valid one saved', async () => {
    const res = await api(PLANNER, 'post', '/api/v1/plans', { type: 'B', owner_org_id: '160008', title: '富山県 医薬品産業クラスター計画', content: completePlan('B') });
    expect(res.status()).toBe(201);
    planId = ((await res.json()) as { plan: { id: string } }).plan.id;
    // The draft is in the planner's 「自分の組織の計画」; 「計画を作成」 there opens a new plan in the editor, mandatory KGIs pre-filled.
    const mine = await open(PLANNER, '/plans?scope=mine');
    await mine.getByRole('link', { name: '富山県医薬品産業クラスター計画' }).waitFor();
    await mine.locator('summary', { hasText: '計画を作成' }).click();
    await mine.getByLabel('計画の名称').fill('富山県 アルミ産業クラスター計画');
    await mine.getByRole('button', { name: '計画を作成する' }).click();
    await mine.waitForURL(/\/plans\/[^/]+\/edit$/);
    await expect.poll(() => mine.locator('h1').innerText()).toContain('富山県 アルミ産業クラスター計画');
    expect(await mine.locator('#pf-kgis-0-name').inputValue()).toBe('当該計画による官民設備投資額');
    await mine.close();
    const page = await open(PLANNER, `/plans/${planId}/edit`);
    await page.getByLabel('計画の名称', { exact: true }).fill(SCRIPT_TITLE);
    // completePlan('B') lists no investment project: add one row.
    await page.getByRole('button', { name: '投資案件を追加' }).click();
    await page.locator('#pf-investments-0-title').fill('原薬工場の新設');
    await page.locator('#pf-investments-0-investor_name').fill('立山原薬株式会社');
    await page.locator('#pf-investments-0-muni_code').fill('162027');
    const amount = page.locator('#pf-investments-0-amount_yen');
    await amount.fill('たくさん');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => page.locator('#pf-investments-0-amount_yen-error').innerText()).toContain('金額「たくさん」を読めません');
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('投資案件 › 1件目 › 投資額（円）');
    await amount.fill('120億');
    expect(await page.locator('main').innerText()).toContain('＝ 120億円');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/第\d+版として保存しました/);
    await page.close();
  });

  it('shows a 409 with the other person’s change and reloads without losing the input', async () => {
    const page = await open(PLANNER, `/plans/${planId}/edit`);
    const got = (await (await (await contextOf(PLANNER)).request.get(`${server.url}/api/v1/plans/${planId}`)).json()) as { version: number; content: Record<string, unknown> };
    // Someone else saves in between (the same user in another tab: the API directly).
    const other = await api(PLANNER, 'put', `/api/v1/plans/${planId}`, { base_version: got.version, content: { ...got.content, basic_plan_link: '基本計画に反映済み（別タブ）' } });
    expect(other.status()).toBe(200);
    const strategy = page.getByLabel('戦略（勝ち筋）');
    await strategy.fill('受託製造の集積を勝ち筋とする（画面から入力）');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('ほかの人が先に保存しました');
    expect(await page.locator('main').innerText()).toContain('基本計画に反映済み（別タブ）');
    await page.getByRole('button', { name: '最新の版を読み込む（入力は残します）' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('あなたの入力はそのままです');
    expect(await page.getByLabel('戦略（勝ち筋）').inputValue()).toBe('受託製造の集積を勝ち筋とする（画面から入力）');
    expect(await page.getByLabel('地域未来投資促進法の基本計画への反映').inputValue()).toBe('基本計画に反映済み（別タブ）');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/第\d+版として保存しました/);
    await page.close();
  });

  it('goes through pre-check with advice, the fix and resubmission, then to local publication', async () => {
    let page = await open(PLANNER, `/plans/${planId}`);
    expect(await page.getByRole('link', { name: '記載項目を編集' }).count()).toBe(1);
    await act(page, '事前確認に提出');
    await expect.poll(() => status(page)).toBe('事前確認中');
    await page.close();

    page = await open(SECRETARIAT, `/plans/${planId}`);
    // Advice needs its comment: refused first, with the reason in Japanese.
    await page.getByRole('form', { name: '助言して差し戻す' }).getByRole('button', { name: '助言して差し戻す' }).click();
    await expect.poll(() => page.getByRole('form', { name: '助言して差し戻す' }).innerText()).toContain('助言・差し戻しの内容');
    await act(page, '助言して差し戻す', (f) => f.getByLabel(/コメント/).fill('勝ち筋の記載を具体化してください'));
    await expect.poll(() => status(page)).toBe('作成中');
    await page.close();

    page = await open(PLANNER, `/plans/${planId}/edit`);
    await page.getByLabel('投資の全体像').fill('原薬から製剤まで一貫した受託製造の拠点整備（助言を受けて具体化）');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/第\d+版として保存しました/);
    await page.getByRole('link', { name: '計画のページへ戻る' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('勝ち筋の記載を具体化してください');
    await act(page, '事前確認に提出');
    await page.close();

    page = await open(SECRETARIAT, `/plans/${planId}`);
    await act(page, '事前確認を完了');
    await page.close();

    page = await open(PLANNER, `/plans/${planId}`);
    const local = page.getByRole('form', { name: '地方公共団体として公表' });
    await local.getByRole('button', { name: '地方公共団体として公表' }).click();
    await expect.poll(() => local.innerText()).toContain('公表先のURL');
    await act(page, '地方公共団体として公表', async (f) => {
      await f.getByLabel('公表日').fill('2026-10-01');
      await f.getByLabel('公表先のURL').fill('https://www.pref.toyama.jp/plan');
    });
    await expect.poll(() => status(page)).toBe('地方公共団体が公表');
    await act(page, '正式に提出');
    await expect.poll(() => status(page)).toBe('正式提出（要件確認中）');
    await page.close();
  });

  it('lets an assigned reviewer comment, with no edit controls and 403 on a save', async () => {
    expect((await api(SECRETARIAT, 'put', `/api/v1/plans/${planId}/reviewers`, { reviewer_org_ids: ['toyama-review'] })).status()).toBe(200);
    const page = await open(REVIEWER, `/plans/${planId}`);
    expect(await page.getByRole('link', { name: '記載項目を編集' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '国として公表' }).count()).toBe(0);
    await page.getByLabel('対象の記載項目（任意）').selectOption('investments');
    await page.getByRole('textbox', { name: 'コメント', exact: true }).fill('投資額の根拠資料を添付してください');
    await page.getByRole('button', { name: 'コメントする' }).click();
    await expect.poll(() => page.locator('.plan-comments').innerText()).toContain('投資額の根拠資料を添付してください');
    expect(await page.locator('.plan-comments').innerText()).toContain('対象: 投資案件');
    const got = (await (await (await contextOf(REVIEWER)).request.get(`${server.url}/api/v1/plans/${planId}`)).json()) as { version: number; content: object };
    expect((await api(REVIEWER, 'put', `/api/v1/plans/${planId}`, { base_version: got.version, content: got.content })).status()).toBe(403);
    const edit = await open(REVIEWER, `/plans/${planId}/edit`);
    await expect.poll(() => edit.locator('main').innerText()).toContain('編集する権限がありません');
    expect(await edit.getByRole('button', { name: '保存する' }).count()).toBe(0);
    await edit.close();
    await page.close();
  });

  it('records the secretariat’s verdicts and publishes the plan nationally', async () => {
    const page = await open(SECRETARIAT, `/plans/${planId}`);
    const refused = page.getByRole('form', { name: '国として公表' });
    await refused.getByRole('button', { name: '国として公表' }).click();
    await expect.poll(() => refused.innerText()).toContain('要件確認で「適合」の判定');
    const met = page.getByRole('radio', { name: '適合', exact: true });
    const n = await met.count();
    expect(n).toBe(7);
    for (let i = 0; i < n; i++) await met.nth(i).check();
    await page.getByRole('button', { name: '判定を記録する' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('7件の判定を記録しました');
    await act(page, '国として公表');
    await expect.poll(() => status(page)).toBe('国が公表');
    await page.close();
  });

  it('shows the published plan to the public, its <script> title as text', async () => {
    const list = await open(null, `/plans?q=${encodeURIComponent('医薬品')}`);
    const link = list.getByRole('link', { name: SCRIPT_TITLE });
    await link.waitFor();
    await link.click();
    await list.waitForURL(new RegExp(`/plans/${planId}$`));
    await expect.poll(() => list.locator('h1').innerText()).toContain('<script>alert(1)</script>');
    expect(await list.locator('h1 script').count()).toBe(0);
    // area names arrive from /api/v1/areas after the page: wait for them
    await expect.poll(() => list.locator('main').innerText(), { timeout: 15_000 }).toContain('高岡市');
    const main = await list.locator('main').innerText();
    for (const s of ['【目標】', '【道筋】', '【政策手段】', '原薬工場の新設', '120億円', '高岡市', '県内で生産する主要原薬の品目数', '富山県 商工労働部 くすり政策課'])
      expect(main).toContain(s);
    expect(main.indexOf('【目標】')).toBeLessThan(main.indexOf('【道筋】'));
    expect(main.indexOf('【道筋】')).toBeLessThan(main.indexOf('【政策手段】'));
    expect(await list.getByRole('button', { name: '事前確認に提出' }).count()).toBe(0);
    expect(await list.getByText('要件の確認').count()).toBe(0);
    // its projects on a small map (the public map API, this plan only)
    await list.getByRole('img', { name: 'この計画の投資案件の地図' }).waitFor();
    await list.close();
    expect(errors).toEqual([]);
    // a bad amount, a stale save, advice without its comment, local publication without its URL, publication before the verdicts
    expect(refusals).toHaveLength(5);
  });

  it('has no axe-core violations at WCAG 2.1 AA and no horizontal scrolling on every plan page (1280 and 390 px)', async () => {
    const pages: Array<[string | null, string]> = [
      [null, '/plans'],
      [null, `/plans/${planId}`],
      [SECRETARIAT, `/plans/${planId}`],
      [PLANNER, `/plans/${planId}/edit`],
    ];
    for (const [who, path] of pages) {
      for (const width of [1280, 390]) {
        const page = await open(who, path, width);
        await page.waitForLoadState('networkidle');
        const violations = await axeViolations(page);
        expect(violations, `${path} (${who ?? 'public'}) @${width}px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        if (width === 390) expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `${path} @390px`).toBeLessThanOrEqual(390);
        await page.close();
      }
    }
    expect(errors).toEqual([]);
  }, 120_000);
});

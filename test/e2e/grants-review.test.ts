/**
 * The review page (/grants/:id/review) end to end in headless Chromium against the real platform:
 * the secretariat names a reviewer on the page; the application is moved to 審査中 through the
 * API; the reviewer scores every criterion and saves → a reload shows the scores; a second
 * reviewer scores through the API; the secretariat sees both reviewers' scores and the exact
 * summary, decides with one amount lowered — refused beside the field until a reason is given —
 * and the application page shows the decision in exact yen. Signed out or without a relation the
 * server's refusal is shown. axe-core AA at 1280 and 390 px in both roles, no console errors, no
 * horizontal scroll at 390 px.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/platform/open-platform.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium, openPage } from '../support/browser.ts';
import { localStrategy } from '../support/grant-api.ts';
import { CONTENT, fullScores, KANAZAWA, STRATEGY, TOYAMA_CITY } from '../support/grant-review.ts';
import { addReviewerBody, addUser, PASSWORD } from '../support/plan-api.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';

/** What Chromium logs for each request the server refuses on purpose in a test (and nothing else may be logged). */
const REFUSED = (status: number) =>
  `Failed to load resource: the server responded with a status of ${status} (${status === 400 ? 'Bad Request' : status === 401 ? 'Unauthorized' : 'Forbidden'})`;
const NO_HSCROLL = '(() => document.documentElement.scrollWidth <= window.innerWidth)()';
const PLANNER = 'planner@city.toyama.lg.jp';
const SECRETARIAT = 'staff@cas.go.jp';
const R1 = 'r1@panel.example.jp';
const R2 = 'r2@panel.example.jp';
const OTHER = 'planner@city.kanazawa.lg.jp';
/** The four criteria in the rule book's order, with the rubric's labels. */
const CRITERIA = ['目指す将来像及び課題の設定', 'KPI設定の適切性', '自立性', '地域の多様な主体の参画'];

describe.skipIf(!chromiumAvailable())('第2世代交付金 review page in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  let id = '';
  const apis: APIRequestContext[] = [];

  /** A signed-in API client (cookie kept by the context) and its CSRF token. */
  async function api(email: string) {
    const ctx = await request.newContext({ baseURL: server.url });
    apis.push(ctx);
    const res = await ctx.post('/api/v1/session', { data: { email, password: PASSWORD } });
    expect(res.status()).toBe(200);
    const csrf = ((await res.json()) as { csrf_token: string }).csrf_token;
    const send = async (method: 'post' | 'put', path: string, data: unknown) => {
      const r = await ctx[method](path, { data, headers: { 'x-csrf-token': csrf } });
      expect(r.status(), `${method} ${path}: ${await r.text()}`).toBe(method === 'post' && path.endsWith('/applications') ? 201 : 200);
      return (await r.json()) as Record<string, unknown>;
    };
    return { post: (p: string, d: unknown) => send('post', p, d), put: (p: string, d: unknown) => send('put', p, d) };
  }

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sousei-e2e-grant-review-'));
    const h = await openPlatform({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: false }, undefined, undefined, 'test');
    try {
      await localStrategy(h.db, TOYAMA_CITY, STRATEGY, ['k1', 'k2']);
      await addUser(h.db, PLANNER, 'editor', TOYAMA_CITY);
      await addUser(h.db, SECRETARIAT, 'editor', '000000', 'cas');
      await addUser(h.db, OTHER, 'editor', KANAZAWA);
      await addReviewerBody(h.db, 'd2g-panel', '第2世代交付金 審査委員会');
      for (const e of [R1, R2]) await addUser(h.db, e, 'reviewer', '000000', 'd2g-panel');
    } finally {
      await h.close();
    }
    server = await startPlatform({ dataDir, statistics: false });
    browser = await launchChromium();
    // soft-1: 3,000万 national share in FY2026 and FY2027; soft-2: 1,000万 in FY2026
    const planner = await api(PLANNER);
    id = (
      (await planner.post('/api/v1/grants/applications', { applicant_code: TOYAMA_CITY, fiscal_year: 2026, title: '富山市 令和8年度 第2世代交付金' })) as {
        application: { id: string };
      }
    ).application.id;
    await planner.put(`/api/v1/grants/applications/${id}`, { base_version: 1, content: CONTENT });
    await planner.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'submit' });
  }, 600_000);
  afterAll(async () => {
    for (const a of apis) await a.dispose();
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (email: string | null, width: number) => openPage(browser, server.url, { width, email, password: PASSWORD });

  async function usable(page: Page, width: number) {
    if (width <= 390) expect(await page.evaluate(NO_HSCROLL)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  }

  const reviewUrl = () => `${server.url}/grants/${id}/review`;
  const criterion = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true });

  it('lets the secretariat name a reviewer on the page (the link from the application page leads there)', async () => {
    const { page, errors } = await signedIn(SECRETARIAT, 1280);
    await page.goto(`${server.url}/grants/${id}`);
    await page.getByRole('link', { name: '審査のページへ' }).click();
    await page.waitForURL(/\/review$/);
    await expect.poll(() => page.getByTestId('grant-review-status').innerText(), { timeout: 30_000 }).toBe('提出済み');
    expect(await page.locator('main').innerText()).toContain('まだ審査員が指定されていません。');
    await page.getByLabel('審査員を追加（メールアドレスまたは利用者ID）').fill('nobody@example.jp');
    await page.getByRole('button', { name: '審査員を指定する' }).click();
    const summary = page.locator('.notice-error').first();
    await expect.poll(() => summary.innerText()).toContain('利用者「nobody@example.jp」は登録されていません');
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#grant-review-assign');
    await page.getByLabel('審査員を追加（メールアドレスまたは利用者ID）').fill(`${R1}, ${R2}`);
    await page.getByRole('button', { name: '審査員を指定する' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual('審査員を指定しました（2人）');
    await expect.poll(() => page.getByRole('button', { name: 'r2の指定を解除' }).count()).toBe(1);
    // taken off and named again: the list follows the server
    await page.getByRole('button', { name: 'r2の指定を解除' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual('r2の指定を解除しました（削除した採点 0件）');
    await expect.poll(() => page.getByRole('button', { name: 'r2の指定を解除' }).count()).toBe(0);
    await page.getByLabel('審査員を追加（メールアドレスまたは利用者ID）').fill(R2);
    await page.getByRole('button', { name: '審査員を指定する' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'r2の指定を解除' }).count()).toBe(1);
    expect(await page.locator('.grant-review-reviewers li > span').allInnerTexts()).toEqual(['r1', 'r2']);
    await usable(page, 1280);
    expect(errors).toEqual([REFUSED(400)]);
    await page.context().close();
    const secretariat = await api(SECRETARIAT);
    await secretariat.post(`/api/v1/grants/applications/${id}/transitions`, { action: 'start_review' });
  });

  it('lets a reviewer score every criterion and save; a reload shows the scores (1280 and 390 px)', async () => {
    const { page, errors } = await signedIn(R1, 1280);
    await page.goto(reviewUrl());
    await expect.poll(() => page.getByTestId('grant-review-status').innerText(), { timeout: 30_000 }).toBe('審査中');
    // the rubric: what a 5 looks like, from the API
    expect(await criterion(page, CRITERIA[2]!).innerText()).toContain('交付期間の後も、収益や民間資金・自主財源で事業が続く道筋');
    const scores = [4, 3, 5, 1];
    for (const [i, label] of CRITERIA.entries()) {
      await criterion(page, label)
        .getByRole('radio', { name: new RegExp(`^${scores[i]}点`) })
        .check();
    }
    // a 1 without a comment: refused by the server, named beside the field and linked from the summary
    await page.getByRole('button', { name: '採点を保存する' }).click();
    const summary = page.locator('.notice-error').first();
    await expect.poll(() => summary.innerText()).toContain('地域の多様な主体の参画: コメント');
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#review-diverse_participation-comment');
    expect(await page.locator('#review-diverse_participation-comment-error').innerText()).toBe('1点をつけるときは理由をコメントに書いてください');
    await page.getByLabel('「地域の多様な主体の参画」へのコメント').fill('行政のみで検討している');
    await page.getByLabel('「目指す将来像及び課題の設定」へのコメント').fill('課題がデータで示されている');
    await page.getByRole('button', { name: '採点を保存する' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual('採点を保存しました（4件）');
    await usable(page, 1280);

    await page.setViewportSize({ width: 390, height: 900 });
    await page.reload();
    await expect.poll(() => page.getByTestId('grant-review-status').innerText(), { timeout: 30_000 }).toBe('審査中');
    for (const [i, label] of CRITERIA.entries()) {
      expect(
        await criterion(page, label)
          .getByRole('radio', { name: new RegExp(`^${scores[i]}点`) })
          .isChecked(),
        label,
      ).toBe(true);
    }
    expect(await page.getByLabel('「地域の多様な主体の参画」へのコメント').inputValue()).toBe('行政のみで検討している');
    await usable(page, 390);
    expect(errors).toEqual([REFUSED(400)]);
    await page.context().close();
  });

  it("shows the secretariat every reviewer's scores and the summary, and decides with one amount lowered", async () => {
    // r2 scores through the API: 5, 3, 3, 2 → means 4.5, 3, 4, 1.5; totals 13 (r1) and 13 (r2)
    await (await api(R2)).put(`/api/v1/grants/applications/${id}/reviews`, fullScores([5, 3, 3, 2]));
    const { page, errors } = await signedIn(SECRETARIAT, 390);
    await page.goto(reviewUrl());
    await expect.poll(() => page.getByTestId('grant-review-status').innerText(), { timeout: 30_000 }).toBe('審査中');
    const table = page.getByTestId('grant-review-scores');
    const rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toEqual([
      ['評価基準', 'r1', 'r2', '平均', '最小', '最大', '件数'],
      ['目指す将来像及び課題の設定', '4', '5', '4.5', '4', '5', '2'],
      ['KPI設定の適切性', '3', '3', '3', '3', '3', '2'],
      ['自立性（ばらつき大）', '5', '3', '4', '3', '5', '2'],
      ['地域の多様な主体の参画', '1', '2', '1.5', '1', '2', '2'],
      ['合計（20点満点）', '13', '13', '13', '13', '13', '2'],
    ]);
    expect(await page.locator('main').innerText()).toContain('全基準を採点した審査員: 2人／2人');
    await usable(page, 390);

    await page.setViewportSize({ width: 1280, height: 900 });
    const amount = page.getByLabel('2027年度（令和9年度）の交付額');
    expect(await amount.inputValue()).toBe('3,000万');
    expect(await page.getByLabel('2026年度（令和8年度）の交付額').nth(1).inputValue()).toBe('1,000万');
    await amount.fill('2,500万');
    await expect.poll(() => page.locator('main').innerText()).toContain('2,500万円として読み取りました');
    expect(await page.locator('main').innerText()).toContain('交付額の合計: 6,500万円');
    await page.getByRole('button', { name: '交付決定する' }).click();
    const summary = page.locator('.notice-error').first();
    await expect.poll(() => summary.innerText()).toContain('事業「soft-1」の2027年度は申請額より少ないため、理由を入力してください');
    expect(await summary.locator('a').first().getAttribute('href')).toBe('#decision-soft-1-2027-reason');
    expect(await page.locator('#decision-soft-1-2027-reason-error').innerText()).toBe('事業「soft-1」の2027年度は申請額より少ないため、理由を入力してください');
    await usable(page, 1280);
    await page.getByLabel('2027年度（令和9年度）の減額の理由').fill('2年目は事業費を精査');
    await page.getByLabel('交付決定のコメント').fill('審査結果に基づき交付決定');
    await page.getByRole('button', { name: '交付決定する' }).click();
    await page.waitForURL(/\/grants\/[^/]+$/, { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('grant-status').innerText(), { timeout: 15_000 }).toBe('交付決定');
    const decisions = await page.locator('section[aria-labelledby="grant-decisions"]').innerText();
    expect(decisions).toContain('soft-1 2026年度（令和8年度）: 3,000万円');
    expect(decisions).toContain('soft-1 2027年度（令和9年度）: 2,500万円（2年目は事業費を精査）');
    expect(decisions).toContain('soft-2 2026年度（令和8年度）: 1,000万円');
    expect(errors).toEqual([REFUSED(400)]);
    await page.context().close();
  });

  it("shows the server's refusal, signed out or without a relation, without crashing", async () => {
    for (const who of [null, OTHER]) {
      const { page, errors } = await signedIn(who, 390);
      // decided, so the application is public: the review is not (401 signed out, 403 otherwise)
      await page.goto(reviewUrl());
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toContain(who ? 'この申請の審査結果を見る権限がありません' : 'ログイン');
      if (!who) expect(await page.getByRole('link', { name: 'ログインページへ' }).count()).toBe(1);
      await usable(page, 390);
      // the refused request itself is the only thing the console reports
      expect(errors).toEqual([REFUSED(who ? 403 : 401)]);
      await page.context().close();
    }
  });
});

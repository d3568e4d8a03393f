/**
 * A strategy's external verification end to end in headless Chromium against the real platform.
 * Before the server starts, through the platform's HTTP API: 富山市's strategy (k1, k2: baseline
 * 100 FY2024 → target 200 FY2030), an FY2026 actual of k1 (150 → ①B 50%), the FY2026 round with
 * two members (産・学) opened. In the browser the member finds the round among their panels, reads
 * the evaluation, comments and signs off; the planner records a new actual through the KPI route;
 * the member's page then says 「データが更新されました。再確認してください」 and shows the sign-off as
 * stale; signing again clears it. Published, the public reads the printable report. axe-core AA at
 * 1280 and 390 px on each page, no console errors, no horizontal scroll at 390 px.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { openPlatform } from '../../src/platform/open-platform.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium, openPage } from '../support/browser.ts';
import { localStrategy } from '../support/grant-api.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';
import { addUser, PASSWORD, requester, signIn } from '../support/plan-api.ts';

const NO_HSCROLL = '(() => document.documentElement.scrollWidth <= window.innerWidth)()';
const TOYAMA = '162019';
const STRATEGY = 'toyama-sogo';
const PLANNER = 'planner@city.toyama.lg.jp';
const M1 = 'm1@panel.example.jp';
const M2 = 'm2@panel.example.jp';
const STALE = 'データが更新されました。再確認してください';

describe.skipIf(!chromiumAvailable())('strategy verification in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  let id = '';
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sousei-e2e-strategy-verification-'));
    const h = await openPlatform({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: false }, undefined, undefined, 'test');
    try {
      const app = createApp({ db: h.db, webRoot: null });
      const api = requester(app);
      await localStrategy(h.db, TOYAMA, STRATEGY, ['k1', 'k2']);
      await addUser(h.db, PLANNER, 'editor', TOYAMA);
      await addUser(h.db, M1, 'reviewer', '000000');
      await addUser(h.db, M2, 'reviewer', '000000');
      const planner = await signIn(app, PLANNER);
      expect((await api.post(`/api/v1/strategies/${STRATEGY}/observations`, { rows: [{ kpi_id: 'k1', period: 'FY2026', value: 150 }] }, planner)).status).toBe(200);
      const r = await api.post(`/api/v1/strategies/${STRATEGY}/verification-rounds`, { fiscal_year: 2026 }, planner);
      id = ((await r.json()) as { id: string }).id;
      const members = [
        { email: M1, name: '富山商工会議所 山田 太郎', sector: 'industry', organisation: '富山商工会議所' },
        { email: M2, name: '富山大学 佐藤 花子', sector: 'academia', conflict: 'k2 の関連事業の受託者', excluded_kpis: ['k2'] },
      ];
      for (const m of members) expect((await api.put(`/api/v1/verification-rounds/${id}/members`, m, planner)).status).toBe(200);
      expect((await api.post(`/api/v1/verification-rounds/${id}/transitions`, { action: 'open' }, planner)).status).toBe(200);
    } finally {
      await h.close();
    }
    server = await startPlatform({ dataDir, statistics: false });
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const contexts: BrowserContext[] = [];
  async function open(width: number, email: string | null): Promise<{ page: Page; errors: string[]; context: BrowserContext }> {
    // openPage signs in (throwing unless 200) and collects console errors; bypassCSP for axe-core's inline script
    const { page, errors } = await openPage(browser, server.url, { width, email, password: PASSWORD });
    contexts.push(page.context());
    return { page, errors, context: page.context() };
  }
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  async function checked(page: Page, width: number) {
    expect(await axeViolations(page)).toEqual([]);
    if (width === 390) expect(await page.evaluate(NO_HSCROLL)).toBe(true);
  }

  /** The planner's API call from the test, as a browser would make it (session cookie + CSRF token). */
  async function plannerPost(path: string, data: unknown) {
    const context = await browser.newContext();
    contexts.push(context);
    const s = await context.request.post(`${server.url}/api/v1/session`, { data: { email: PLANNER, password: PASSWORD } });
    const csrf = ((await s.json()) as { csrf_token: string }).csrf_token;
    const res = await context.request.post(`${server.url}${path}`, { data, headers: { 'x-csrf-token': csrf } });
    expect(res.status()).toBe(200);
  }

  const signoffOf = (page: Page, name: string) => page.locator(`tr[data-member="${name}"] td[data-signoff]`).getAttribute('data-signoff');

  it('a member comments and signs off; a value changes; the sign-off shows as stale; signing again clears it', async () => {
    const { page, errors } = await open(1280, M1);
    await page.goto(`${server.url}/verification-rounds`);
    await checked(page, 1280);
    await page.getByRole('link', { name: '2026年度（令和8年度） 効果検証' }).click();
    await page.waitForURL(/\/verification-rounds\/vr-/);
    await expect.poll(() => page.locator('tr[data-kpi="k1"] [data-cell="progress"]').innerText(), { timeout: 15_000 }).toBe('50%');
    expect(await page.locator('tr[data-kpi="k1"] [data-cell="actual"]').innerText()).toBe('150人（2026年度（令和8年度））');
    await checked(page, 1280);
    await page.getByLabel('指標 k1 への意見').fill('転入の伸びの要因を分析されたい');
    await page.getByRole('button', { name: '意見を保存する' }).click();
    await expect.poll(() => page.locator('tr[data-kpi="k1"] .sv-comments').innerText(), { timeout: 15_000 }).toContain('転入の伸びの要因を分析されたい');
    await page.getByRole('button', { name: 'この評価を確認した（サインオフ）' }).click();
    await expect.poll(() => signoffOf(page, '富山商工会議所 山田 太郎'), { timeout: 15_000 }).toBe('current');
    expect(await page.locator('[data-my-signoff]').innerText()).toBe('あなたの確認: 確認済み');

    // the planner records a new FY2026 actual through the KPI module's route
    await plannerPost(`/api/v1/strategies/${STRATEGY}/observations`, { rows: [{ kpi_id: 'k1', period: 'FY2026', value: 160 }] });
    await page.reload();
    await expect.poll(() => page.getByRole('alert').allInnerTexts(), { timeout: 15_000 }).toContain(STALE);
    expect(await signoffOf(page, '富山商工会議所 山田 太郎')).toBe('stale');
    expect(await page.locator('tr[data-member="富山商工会議所 山田 太郎"] td[data-signoff]').innerText()).toBe('データ更新後 未確認');
    expect(await page.locator('tr[data-kpi="k1"] [data-cell="progress"]').innerText()).toBe('60%');
    await checked(page, 1280);
    expect(errors).toEqual([]);

    const phone = await open(390, M1);
    await phone.page.goto(`${server.url}/verification-rounds/${id}`);
    await expect.poll(() => phone.page.getByRole('alert').allInnerTexts(), { timeout: 15_000 }).toContain(STALE);
    await checked(phone.page, 390);
    await phone.page.getByRole('button', { name: '更新後の評価を確認した（再サインオフ）' }).click();
    await expect.poll(() => signoffOf(phone.page, '富山商工会議所 山田 太郎'), { timeout: 15_000 }).toBe('current');
    expect(await phone.page.getByRole('alert').count()).toBe(0);
    await checked(phone.page, 390);
    expect(phone.errors).toEqual([]);
  });

  it('the member with a declared interest cannot comment on that KPI; the planner sees who still has to sign', async () => {
    const { page, errors } = await open(1280, M2);
    await page.goto(`${server.url}/verification-rounds/${id}`);
    const excluded = page.getByLabel('指標 k2（利益相反の申告により対象外）');
    await expect.poll(() => excluded.isDisabled(), { timeout: 15_000 }).toBe(true);
    await page.getByRole('button', { name: 'この評価を確認した（サインオフ）' }).click();
    await expect.poll(() => signoffOf(page, '富山大学 佐藤 花子'), { timeout: 15_000 }).toBe('current');
    expect(errors).toEqual([]);

    for (const width of [1280, 390]) {
      const planner = await open(width, PLANNER);
      await planner.page.goto(`${server.url}/verification-rounds/${id}`);
      await expect.poll(() => planner.page.getByRole('heading', { name: '団体の対応と改善策' }).count(), { timeout: 15_000 }).toBe(1);
      expect(await planner.page.getByRole('heading', { name: '検証委員を追加・更新' }).count()).toBe(1);
      expect(await planner.page.locator('tr[data-member="富山商工会議所 山田 太郎"] td[data-signoff]').getAttribute('data-signoff')).toBe('current');
      await checked(planner.page, width);
      // the list: the government's own round and the form to open another
      await planner.page.goto(`${server.url}/verification-rounds`);
      await expect.poll(() => planner.page.getByRole('heading', { name: '自団体の検証' }).count(), { timeout: 15_000 }).toBe(1);
      expect(await planner.page.getByLabel('戦略').inputValue()).toBe(STRATEGY);
      await checked(planner.page, width);
      expect(planner.errors).toEqual([]);
    }
  });

  it('published, the public reads the printable report at 1280 and 390 px', async () => {
    const planner = await open(1280, PLANNER);
    await planner.page.goto(`${server.url}/verification-rounds/${id}`);
    await planner.page.getByLabel('指標 k1 の改善策').fill('若者向け住宅支援を拡充');
    await planner.page.getByRole('button', { name: '対応・改善策を保存する' }).click();
    await expect.poll(() => planner.page.getByRole('status').allInnerTexts(), { timeout: 15_000 }).toContain('対応・改善策を保存しました。');
    await planner.page.getByRole('button', { name: '意見を締め切る' }).click();
    await expect.poll(() => planner.page.locator('[data-round-status]').getAttribute('data-round-status'), { timeout: 15_000 }).toBe('closed');
    await planner.page.getByRole('button', { name: '報告を公表' }).click();
    await expect.poll(() => planner.page.locator('[data-round-status]').getAttribute('data-round-status'), { timeout: 15_000 }).toBe('published');
    expect(planner.errors).toEqual([]);

    for (const width of [1280, 390]) {
      const { page, errors } = await open(width, null);
      await page.goto(`${server.url}/verification-rounds/${id}/report`);
      await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('2026年度（令和8年度） 効果検証 効果検証 報告');
      expect(await page.locator('tr[data-kpi="k1"]').innerText()).toContain('若者向け住宅支援を拡充');
      expect(await page.locator('tr[data-member="富山大学 佐藤 花子"]').innerText()).toContain('k2 の関連事業の受託者');
      expect(await page.locator('body').innerText()).not.toContain('@panel.example.jp');
      expect(await page.getByRole('link', { name: 'Excelでダウンロード' }).getAttribute('href')).toBe(`/api/v1/verification-rounds/${id}/report?format=xlsx`);
      await checked(page, width);
      expect(errors).toEqual([]);
    }
  });
});

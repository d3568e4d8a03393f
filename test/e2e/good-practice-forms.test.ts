/**
 * The good-practice forms end to end in headless Chromium against the real platform: a planner of
 * 富山市 registers a case (団体コード typed in full width and read back as 富山市, the year with
 * 和暦, 「1億2,000万」 read back in 円), meets one server error linked to its field, fixes it,
 * saves and submits; the secretariat (内閣官房) returns it with a reason; the planner sees the
 * reason, edits (a stale second tab gets the 409 and keeps its typing), submits again; the
 * secretariat validates; the case is found by search; a planner of 金沢市 records that it adopted
 * the case and its outcome, which then shows on the case; a submission refused lists what is
 * missing. axe-core AA at 1280 and 390 px on the form and the case page, no horizontal scroll at
 * 390 px, console errors asserted exactly.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/platform/open-platform.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium, openPage } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';
import { addUser, PASSWORD } from '../support/plan-api.ts';

const TITLE = '予約制デマンド交通への転換';
const PLANNER = 'planner@city.toyama.lg.jp';
const SECRETARIAT = 'staff@cas.go.jp';
const ADOPTER = 'planner@city.kanazawa.lg.jp';
const NO_HSCROLL = '(() => document.documentElement.scrollWidth <= window.innerWidth)()';
const refused = (status: string) => `Failed to load resource: the server responded with a status of ${status}`;

describe.skipIf(!chromiumAvailable())('好事例 forms and workflow in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  let caseUrl = '';
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sousei-e2e-gp-forms-'));
    const h = await openPlatform({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: false }, undefined, undefined, 'test');
    try {
      await addUser(h.db, PLANNER, 'editor', '162019');
      await addUser(h.db, ADOPTER, 'editor', '172014');
      await addUser(h.db, SECRETARIAT, 'editor', '000000', 'cas');
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

  const as = (email: string | null, width = 1280) => openPage(browser, server.url, { width, email, password: PASSWORD });
  const status = (page: Page) => page.getByTestId('gp-status').first().innerText();
  async function accessible(page: Page, what: string) {
    const violations = await axeViolations(page);
    expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  it('a planner registers a case, meets a server error linked to its field, fixes it, saves and submits', async () => {
    const { page, errors } = await as(PLANNER);
    await page.goto(`${server.url}/good-practices`);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toContain('自団体の事例');
    await page.getByRole('link', { name: '事例を登録する' }).click();
    await page.waitForURL(/\/good-practices\/new$/);
    const form = page.locator('form.gp-case-form');
    await form.getByLabel('事例の名称', { exact: true }).fill(TITLE);
    await form.getByLabel('分野', { exact: true }).selectOption('transport');
    await form.getByLabel('開始した年（西暦）').fill('２０１９');
    await expect.poll(() => form.innerText()).toContain('2019年（令和元年）');
    await page.getByRole('button', { name: '地域を追加' }).click();
    await form.getByLabel('地域1', { exact: true }).fill('１６２０１');
    await expect.poll(() => form.innerText(), { timeout: 15_000 }).toContain('富山市（162019）');
    await form.getByLabel('課題', { exact: true }).fill('路線バスの利用者が減り、通院や買物の足が失われつつあった');
    await form.getByLabel(/^課題を表す言葉/).fill('高齢化、移動手段の確保');
    await form.getByLabel('取組の内容').fill('定時定路線のバスを予約制の乗合タクシーに置き換えた');
    await page.getByRole('button', { name: '主体を追加' }).click();
    await form.getByLabel('主体1 区分').selectOption('industry');
    await form.getByLabel(/^主体1 組織の名称/).fill('地元タクシー会社');
    await form.getByLabel('総事業費（円）').fill('1億2,000万');
    await expect.poll(() => form.innerText()).toContain('1億2,000万円として読み取りました');
    await page.getByRole('button', { name: '財源を追加' }).click();
    await form.getByLabel('財源1 金額（円）').fill('たくさん');
    await page.getByRole('button', { name: '教訓を追加' }).click();
    await form.getByLabel('教訓1 種類').selectOption('did_not_work');
    await form.getByLabel('教訓1 内容').fill('電話予約のみの期間は若い世代が使わなかった');
    await page.getByRole('button', { name: '出典を追加' }).click();
    await form.getByLabel('出典1 資料名').fill('富山市 効果検証報告書');
    await form.getByLabel('出典1 行・ページ').fill('p.12');

    // the server refuses the amount; the summary links to the field it names
    await page.getByRole('button', { name: '作成中として保存する' }).click();
    const link = page.locator('.notice-error a[href^="#gp-f-"]');
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    expect(await link.innerText()).toBe('財源1 金額（円）: 金額「たくさん」を読めません（例: 120億、1億2,000万、350000000）');
    expect(await link.getAttribute('href')).toBe('#gp-f-funding-0-amount');
    const target = page.locator('#gp-f-funding-0-amount');
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    expect(await target.inputValue()).toBe('たくさん');
    await accessible(page, 'form with an error @1280');
    expect(errors).toEqual([refused('400 (Bad Request)')]);
    errors.length = 0;

    await target.fill('6,000万');
    await expect.poll(() => form.innerText()).toContain('6,000万円として読み取りました');
    await form.getByLabel('財源1 年度（西暦）').fill('2025');
    await page.getByRole('button', { name: '作成中として保存する' }).click();
    await page.waitForURL(/\/good-practices\/gp-[^/]+$/, { timeout: 30_000 });
    caseUrl = page.url();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('作成中');
    const main = page.locator('main');
    expect(await main.innerText()).toContain('総事業費: 1億2,000万円');
    expect(await main.innerText()).toContain('新しい地方経済・生活環境創生交付金（第2世代交付金）: 6,000万円（2025年度）');
    await page.getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('提出済み（事務局確認待ち）');
    await expect.poll(() => page.getByTestId('gp-history').innerText()).toContain('提出 → 提出済み（事務局確認待ち）（富山市・planner）');
    await accessible(page, 'case page (owner) @1280');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the secretariat finds it waiting and returns it with a reason', async () => {
    const { page, errors } = await as(SECRETARIAT);
    await page.goto(`${server.url}/good-practices`);
    const queue = page.locator('section', { hasText: '確認待ち' });
    await expect.poll(() => queue.innerText(), { timeout: 30_000 }).toContain(TITLE);
    await queue.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('提出済み（事務局確認待ち）');
    // the reason is required: asked for before anything is sent
    await page.getByRole('button', { name: '差し戻す' }).click();
    await expect.poll(() => page.locator('#gp-return-reason-error').innerText()).toBe('差し戻す理由を書いてください');
    expect(await page.locator('#gp-return-reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('差し戻す理由（必須）').fill('成果（取組の前と後の数値）を書いてください');
    await page.getByRole('button', { name: '差し戻す' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('差戻し');
    await expect.poll(() => page.getByTestId('gp-history').innerText()).toContain('差戻し → 差戻し（事務局（内閣官房）・staff）');
    await accessible(page, 'case page (secretariat) @1280');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the planner sees the reason, edits (a stale tab gets the 409 and keeps its typing) and submits again', async () => {
    const { page, errors } = await as(PLANNER);
    await page.goto(caseUrl);
    await expect.poll(() => page.getByTestId('gp-returned').innerText(), { timeout: 30_000 }).toBe('事務局から差し戻されました。理由: 成果（取組の前と後の数値）を書いてください');
    const stale = await as(PLANNER);
    await stale.page.goto(`${caseUrl}/edit`);
    await expect.poll(() => stale.page.locator('#gp-f-summary').count(), { timeout: 30_000 }).toBe(1);

    await page.getByRole('link', { name: '編集' }).click();
    await page.waitForURL(/\/edit$/);
    const form = page.locator('form.gp-case-form');
    await expect.poll(() => form.getByLabel('事例の名称', { exact: true }).inputValue(), { timeout: 30_000 }).toBe(TITLE);
    expect(await form.getByLabel('総事業費（円）').inputValue()).toBe('120000000');
    await page.getByRole('button', { name: '成果を追加' }).click();
    await form.getByLabel('成果1 指標').fill('利用者数（年間）');
    await form.getByLabel('成果1 単位').fill('人');
    await form.getByLabel('成果1 取組の前の値').fill('12,000');
    await form.getByLabel('成果1 取組の前の時点').fill('2019年度');
    await form.getByLabel('成果1 取組の後の値').fill('１万８千');
    await form.getByLabel('成果1 取組の後の時点').fill('2024年度');
    await page.getByRole('button', { name: '作成中として保存する' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts(), { timeout: 30_000 }).toContainEqual('保存しました（版 2）');
    await accessible(page, 'edit form @1280');

    // the other tab read version 1: its save is refused, and what it typed is still there
    await stale.page.locator('#gp-f-summary').fill('別のタブで書いた要約');
    await stale.page.getByRole('button', { name: '作成中として保存する' }).click();
    await expect.poll(() => stale.page.locator('.notice-error').innerText(), { timeout: 30_000 }).toContain('他の人が先にこの事例を保存しました（現在の版 2）');
    expect(await stale.page.locator('#gp-f-summary').inputValue()).toBe('別のタブで書いた要約');
    expect(stale.errors).toEqual([refused('409 (Conflict)')]);
    await stale.page.context().close();

    await page.getByRole('link', { name: '事例に戻る' }).click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toContain('1万2,000人（2019年度）');
    expect(await page.locator('main').innerText()).toContain('1万8,000人（2024年度）');
    await page.getByRole('button', { name: '提出する' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('提出済み（事務局確認待ち）');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the secretariat validates it, and anyone finds it by search', async () => {
    const { page, errors } = await as(SECRETARIAT);
    await page.goto(caseUrl);
    await page.getByRole('button', { name: '確認して公開' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('確認済み（公開）');
    expect(errors).toEqual([]);
    await page.context().close();

    const pub = await as(null);
    await pub.page.goto(`${server.url}/good-practices`);
    await pub.page.getByLabel('検索語').fill('ﾃﾞﾏﾝﾄﾞ交通');
    await pub.page.getByRole('button', { name: '検索する' }).click();
    await expect.poll(() => pub.page.locator('.gp-list').first().locator('h3').allInnerTexts(), { timeout: 30_000 }).toContain(TITLE);
    await pub.page.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => status(pub.page), { timeout: 30_000 }).toBe('確認済み（公開）');
    // the public sees the government and 事務局, not the officials
    const history = await pub.page.getByTestId('gp-history').innerText();
    expect(history).toContain('（富山市）');
    expect(history).not.toContain('planner');
    expect(pub.errors).toEqual([]);
    await pub.page.context().close();
  });

  it('a planner of another municipality records the adoption and its outcome, shown on the case', async () => {
    const { page, errors } = await as(ADOPTER);
    await page.goto(caseUrl);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toContain('この事例を導入した');
    await page.getByLabel('導入した年度（西暦）').selectOption('2025');
    await page.getByLabel('メモ（何を導入したか）').fill('郊外2地区で予約制の乗合タクシーを始めた');
    await page.getByRole('button', { name: '記録する' }).click();
    await expect.poll(() => page.getByTestId('gp-used-by').innerText(), { timeout: 30_000 }).toContain('金沢市（2025年度（令和7年度））: 実施中（結果はこれから）');
    // later: the outcome
    await page.getByLabel('結果', { exact: true }).selectOption('effective');
    await page.getByLabel('結果の説明').fill('通院の足が確保され、利用者が月300人に');
    await page.getByRole('button', { name: '記録する' }).click();
    await expect
      .poll(() => page.getByTestId('gp-used-by').innerText(), { timeout: 30_000 })
      .toContain('金沢市（2025年度（令和7年度））: 効果あり — 通院の足が確保され、利用者が月300人に');
    await accessible(page, 'case page (adopter) @1280');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no horizontal scroll at 390 px and no axe-core violations on the form and the case page', async () => {
    for (const [who, path] of [
      [PLANNER, '/good-practices/new'],
      [PLANNER, new URL(caseUrl).pathname],
      [ADOPTER, new URL(caseUrl).pathname],
      [null, new URL(caseUrl).pathname],
    ] as const) {
      const { page, errors } = await as(who, 390);
      await page.goto(`${server.url}${path}`);
      await expect.poll(() => page.locator('main h1').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      if (path.endsWith('/new')) {
        // the rows too: one of each list
        for (const add of ['地域を追加', '主体を追加', '財源を追加', '成果を追加', '教訓を追加', '出典を追加']) await page.getByRole('button', { name: add }).click();
        await page.locator('#gp-f-cost-total').fill('1億2,000万');
      }
      expect(await page.evaluate(NO_HSCROLL), `${path} @390 (${who ?? 'public'})`).toBe(true);
      await accessible(page, `${path} @390 (${who ?? 'public'})`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('lists what is missing when a submission is refused, with the way to the edit page', async () => {
    const { page, errors } = await as(PLANNER);
    await page.goto(`${server.url}/good-practices/new`);
    const form = page.locator('form.gp-case-form');
    await form.getByLabel('事例の名称', { exact: true }).fill('まだ書きかけの事例');
    await form.getByLabel('分野', { exact: true }).selectOption('tourism');
    await form.getByLabel('課題', { exact: true }).fill('観光客が日帰りで帰ってしまう');
    await form.getByLabel('取組の内容').fill('夜の催しを始めた');
    await page.getByRole('button', { name: '作成中として保存する' }).click();
    await page.waitForURL(/\/good-practices\/gp-[^/]+$/, { timeout: 30_000 });
    await page.getByRole('button', { name: '提出する' }).click();
    const refusal = page.locator('.notice-error[role="alert"]');
    await expect
      .poll(() => refusal.locator('li').allInnerTexts(), { timeout: 30_000 })
      .toEqual([
        '取り組んだ地域（団体コード）を1つ以上指定してください',
        '出典（資料名と行・ページ、または URL）を1つ以上指定してください',
        '教訓（うまくいったこと・いかなかったこと）を1つ以上書いてください',
      ]);
    expect(await refusal.locator('p.notice-label').innerText()).toBe('提出できません。次を補ってください:');
    expect(await status(page)).toBe('作成中');
    await accessible(page, 'case page with a refused submission @1280');
    expect(errors).toEqual([refused('400 (Bad Request)')]);
    await refusal.getByRole('link', { name: '編集画面で補う' }).click();
    await page.waitForURL(/\/edit$/);
    await page.context().close();
  });
});

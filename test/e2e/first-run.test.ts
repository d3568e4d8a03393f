/**
 * The first run as a new user tries it (issue 9), against the real platform in headless Chromium:
 * the overview explains why every KPI is ③; the README's example editor can do what the README
 * says; `sousei demo add` / `remove` through the running server's operator socket, with the KPI
 * chart drawn from its samples; the administrator's page creates a strategy and its user, by
 * keyboard, axe-clean and without horizontal scrolling at 390 px. Every page fails the test on a
 * console error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';
import { runSousei } from '../support/sousei-cli.ts';

const SID = 'chiiki-mirai-senryaku-2026';
const ADMIN = { email: 'secretariat@example.go.jp', name: '事務局 山田', role: 'admin', org: '000000', password: 'first-run e2e password 2026' };
const PLANNER_PASSWORD = 'planner of sapporo city 2026';

describe.skipIf(!chromiumAvailable())('the first run (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    server = await startPlatform({ users: [ADMIN], statistics: false });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const sousei = (args: string[], input?: string) => runSousei(args, { env: { SOUSEI_DATA_DIR: server.dataDir }, input });

  async function newPage(opts: { signIn?: { email: string; password: string }; width?: number; bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: opts.width ?? 1280, height: 900 }, bypassCSP: opts.bypassCSP ?? false });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
    if (opts.signIn) expect((await page.request.post(`${server.url}/api/v1/session`, { data: opts.signIn })).status()).toBe(200);
    return page;
  }

  const noHorizontalScroll = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

  it('says on the overview why every KPI is ③ and what to do, before any actual', async () => {
    const page = await newPage({ width: 390 });
    await page.goto(`${server.url}/`);
    const notice = page.locator('.first-run');
    await expect.poll(() => notice.innerText()).toContain('まだ実績値がありません');
    const text = await notice.innerText();
    expect(text).toContain('第7節');
    expect(text).toContain('2026年度（令和8年度）に始まりました');
    expect(text).toContain('npx sousei demo add');
    expect(await notice.getByRole('link', { name: '実績値を入力する' }).getAttribute('href')).toBe(`/strategies/${SID}/entry`);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.context().close();
    expect(consoleErrors).toEqual([]);
  });

  it('makes the README example true: a strategy for 011002, then its editor, who can enter values', async () => {
    // The README's steps, run while the server holds the data directory (through its operator socket).
    const created = await sousei(['strategies', 'create', '--org', '011002', '--name', '札幌市 地域未来戦略', '--from', '2026年度', '--to', '2030年度', '--from-national']);
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('戦略を作成しました: 011002-2026');
    const added = await sousei(
      ['users', 'add', '--email', 'planner@city.example.lg.jp', '--name', '企画課 山田', '--role', 'editor', '--org', '011002', '--password-stdin'],
      PLANNER_PASSWORD,
    );
    expect(added.code).toBe(0);
    const page = await newPage({ signIn: { email: 'planner@city.example.lg.jp', password: PLANNER_PASSWORD } });
    const session = (await (await page.request.get(`${server.url}/api/v1/session`)).json()) as { csrf_token: string };
    const res = await page.request.post(`${server.url}/api/v1/strategies/011002-2026/observations`, {
      data: { rows: [{ kpi_id: 'IMP-02', period: '2027', value: 40 }] },
      headers: { 'x-csrf-token': session.csrf_token },
    });
    expect(res.status()).toBe(200);
    await page.goto(`${server.url}/strategies/011002-2026`);
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('札幌市 地域未来戦略');
    await page.context().close();
    expect(consoleErrors).toEqual([]);
  });

  it('adds the demo through the running server, draws its samples on the KPI chart at 390 px, and removes it', async () => {
    const add = await sousei(['demo', 'add']);
    expect(add.code).toBe(0);
    const password = /パスワード: (\S+)（この一度だけ表示します）/.exec(add.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const page = await newPage({ width: 390, signIn: { email: 'demo-editor@city.sapporo.example', password: password! } });
    for (const path of [`/strategies/${SID}/kpis/IMP-02?as_of=2028-06-30`, '/strategies/011002-demo/kpis/SPR-04?as_of=2026-12-01']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('.chart canvas').first().waitFor();
      expect(await noHorizontalScroll(page), path).toBe(true);
    }
    await expect.poll(() => page.locator('main').innerText()).toContain('サンプル');
    await page.context().close();
    const remove = await sousei(['demo', 'remove']);
    expect(remove.stdout).toContain(`サンプル実績値 11件、戦略 1件、利用者 1人`);
    expect(consoleErrors).toEqual([]);
  });

  it('lets an administrator create a strategy and its user on /admin, by keyboard, at 390 px, axe-clean', async () => {
    const page = await newPage({ width: 390, bypassCSP: true, signIn: { email: ADMIN.email, password: ADMIN.password } });
    await page.goto(`${server.url}/admin`);
    const owner = page.getByLabel('団体コード').first();
    await owner.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A wrong check digit: the server's reason beside the field, nothing created.
    await owner.focus();
    await page.keyboard.type('012026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('函館市 地域未来戦略');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.field-error').first().innerText()).toContain('検査数字');
    await owner.fill('012025');
    await page.getByRole('button', { name: '戦略を作成する' }).click();
    await expect.poll(() => page.locator('.notice-success').first().innerText()).toContain('012025-2026');
    await page.getByLabel('メールアドレス').fill('planner@city.hakodate.example.lg.jp');
    await page.getByLabel('氏名').fill('函館市 企画課 佐藤');
    await page.getByLabel('団体コード').nth(1).fill('012025');
    await page.getByLabel('初期パスワード').fill('hakodate planner passphrase 2026');
    await page.getByRole('button', { name: '利用者を登録する' }).press('Enter');
    await expect.poll(() => page.locator('.notice-success').nth(1).innerText()).toContain('函館市 企画課 佐藤');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
    // The one refused request (the wrong check digit) is logged by Chromium itself; nothing else.
    const refused = consoleErrors.filter((e) => e.includes('/admin: Failed to load resource: the server responded with a status of 400'));
    expect(refused).toHaveLength(1);
    expect(consoleErrors.filter((e) => !refused.includes(e))).toEqual([]);
  });
});

/**
 * The web application end to end, in Debian's headless Chromium against the real platform
 * (child process, PGlite in a temp directory): overview → node → KPI, keyboard navigation,
 * sign-in, CSV upload changing a KPI's status, the Excel report's contents, and axe-core checks
 * (WCAG 2.1 AA = JIS X 8341-3:2016 AA) on every main page.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';

const SID = 'chiiki-mirai-senryaku-2026';
const USER = { email: 'secretariat@example.go.jp', name: '事務局 山田', role: 'admin', org: '000000', password: 'e2e-password-1234' };

describe.skipIf(!chromiumAvailable())('web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  beforeAll(async () => {
    // The KPI pages show no statistics: the server starts without the 1.3 M-value data set.
    server = await startPlatform({ users: [USER], statistics: false });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(opts: { signedIn?: boolean; width?: number; bypassCSP?: boolean } = {}): Promise<Page> {
    // bypassCSP only so that axe-core can be injected; the app itself runs under its CSP.
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: opts.width ?? 1280, height: 900 }, acceptDownloads: true, bypassCSP: opts.bypassCSP ?? false });
    const page = await context.newPage();
    if (opts.signedIn) {
      const res = await page.request.post(`${server.url}/api/v1/session`, { data: { email: USER.email, password: USER.password } });
      expect(res.status()).toBe(200);
    }
    return page;
  }

  it('lands a first-time visitor on the overview of the 2026 strategy with its logic model', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('地域未来戦略');
    for (const name of ['強い地域経済の構築', '豊かな生活環境', '選ばれる地方', '持続可能な生活インフラの実現', '公共交通の維持']) {
      await expect.poll(() => page.getByRole('link', { name: new RegExp(name) }).count()).toBeGreaterThan(0);
    }
    // 18 output items are drawn, each a link.
    expect(await page.locator('.lm-level-output > .lm-card a').count()).toBe(18);
    await page.context().close();
  });

  it('drills from a node to a KPI and shows its definition, chart and reason in words', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page
      .getByRole('link', { name: /持続可能な生活インフラの実現/ })
      .first()
      .click();
    await page.waitForURL(/\/nodes\/outcome-i$/);
    await page
      .getByRole('link', { name: /OUT-I-01|交通空白/ })
      .first()
      .click();
    await page.waitForURL(/\/kpis\/OUT-I-01$/);
    await expect.poll(() => page.locator('main').innerText()).toContain('2,740');
    await expect.poll(() => page.locator('main').innerText()).toContain('実績値がまだない');
    await page.context().close();
  });

  it('is usable by keyboard: skip link, then Tab through the logic model and Enter to drill down', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page
      .getByRole('link', { name: /強い地域経済の構築/ })
      .first()
      .waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>("document.activeElement?.textContent ?? ''")).toContain('本文へ移動');
    let onModel = false;
    for (let i = 0; i < 60 && !onModel; i++) {
      await page.keyboard.press('Tab');
      onModel = await page.evaluate<boolean>("document.activeElement?.classList.contains('lm-link') ?? false");
    }
    expect(onModel).toBe(true);
    // Onward through the model in reading order: the next links are the model's too.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<boolean>("document.activeElement?.classList.contains('lm-link') ?? false")).toBe(true);
    const href = await page.evaluate<string>("document.activeElement.getAttribute('href')");
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
    expect(new URL(page.url()).pathname).toMatch(/\/nodes\//);
    await page.context().close();
  });

  it('uploads a CSV of actuals (signed in) and the KPI status changes from ③ to ①B', async () => {
    const page = await newPage({ signedIn: true });
    // The 2027 survey counts once 2027 has ended: evaluate as of a date after it.
    await page.goto(`${server.url}/strategies/${SID}/kpis/IMP-02?as_of=2028-06-30`);
    await expect.poll(() => page.locator('main').innerText()).toContain('測定不能');
    await page.goto(`${server.url}/strategies/${SID}/entry`);
    await page
      .getByLabel('ファイル（CSV・Excel）')
      .setInputFiles({ name: '実績値.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff指標ID,年度,実績値,区分\nIMP-02,2027,44,速報値\n', 'utf8') });
    await page.getByRole('button', { name: '取り込む' }).click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain('1行を取り込みました');
    await page.goto(`${server.url}/strategies/${SID}/kpis/IMP-02?as_of=2028-06-30`);
    await expect.poll(() => page.locator('main').innerText()).toContain('基準値から目標値までの進捗率 50%（①B）');
    await page.context().close();
  });

  it('shows row-level errors in Japanese beside the rows of a bad upload and saves nothing', async () => {
    const page = await newPage({ signedIn: true });
    await page.goto(`${server.url}/strategies/${SID}/entry`);
    await page
      .getByLabel('ファイル（CSV・Excel）')
      .setInputFiles({ name: '誤り.csv', mimeType: 'text/csv', buffer: Buffer.from('kpi_id,period,value\nOUT-E-01,2027,75\nOUT-E-01,2028,たくさん\n', 'utf8') });
    await page.getByRole('button', { name: '取り込む' }).click();
    const table = page.getByRole('table', { name: /取り込めなかった行/ });
    await table.waitFor({ timeout: 20_000 });
    const text = await table.innerText();
    expect(text).toContain('3'); // line 3
    expect(text).toContain('value');
    expect(text).toContain('数値ではありません');
    const ev = (await (await page.request.get(`${server.url}/api/v1/strategies/${SID}/kpis/OUT-E-01`)).json()) as { kpi: { observations: unknown[] } };
    expect(ev.kpi.observations).toEqual([]);
    await page.context().close();
  });

  it('enters one value in the form: a bad value is named beside its field and nothing is saved; a good one shows the status change', async () => {
    const page = await newPage({ signedIn: true });
    await page.goto(`${server.url}/strategies/${SID}/entry?as_of=2028-06-30`);
    await page
      .getByRole('combobox', { name: /^KPI/ })
      .or(page.getByRole('textbox', { name: /^KPI/ }))
      .first()
      .fill('OUT-U-03');
    await page.getByRole('textbox', { name: /^期間/ }).fill('2027年');
    const value = page.getByRole('textbox', { name: /^実績値/ });
    await value.fill('たくさん');
    await page.getByRole('button', { name: '登録する' }).click();
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await value.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toMatch(/数値/);
    const stored = async () =>
      ((await (await page.request.get(`${server.url}/api/v1/strategies/${SID}/kpis/OUT-U-03`)).json()) as { kpi: { observations: unknown[] } }).kpi.observations;
    expect(await stored()).toEqual([]);

    await value.fill('７０．５'); // full-width digits
    await page.getByRole('button', { name: '登録する' }).click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain('登録しました');
    expect(await stored()).toEqual([{ period: '2027', value: 70.5 }]);
    const text = await page.locator('main').innerText();
    expect(text).toContain('登録前');
    expect(text).toContain('登録後');
    expect(text).toContain('目標達成'); // 70.5 ≥ 70: ①A
    await page.context().close();
  });

  it('downloads the Excel report with the official tables', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/strategies/${SID}/report`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['集計', 'ノード別', 'KPI別', '実績値']);
    const rows = wb
      .getWorksheet('集計')!
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['合計', 79]);
    const kpiIds = wb.getWorksheet('KPI別')!.getColumn(1).values.slice(2);
    expect(kpiIds).toContain('IMP-02');
    await page.context().close();
  });

  it('offers the import templates on the data-entry page, with the documented Japanese headers', async () => {
    const page = await newPage({ signedIn: true });
    await page.goto(`${server.url}/strategies/${SID}/entry`);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '実績値（Excel）' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('sousei-template-observations.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path())!);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(['指標ID', '期間・年度', '実績値', '区分', '出典', '備考']);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'KPI定義（CSV）' }).click()]);
    expect(csv.suggestedFilename()).toBe('sousei-template-kpis.csv');
    await page.context().close();
  });

  const mainPages: Array<[string, string, boolean]> = [
    ['overview', '/', false],
    ['node', `/strategies/${SID}/nodes/outcome-a`, false],
    ['kpi', `/strategies/${SID}/kpis/IMP-02`, false],
    ['report', `/strategies/${SID}/report`, false],
    ['search', `/search?q=${encodeURIComponent('交通')}`, false],
    ['login', '/login', false],
    ['entry', `/strategies/${SID}/entry`, true],
    ['account', '/account', true],
  ];
  for (const [name, path, signedIn] of mainPages) {
    it(`has no axe-core violations at WCAG 2.1 AA: ${name} (desktop and phone)`, async () => {
      for (const width of [1280, 390]) {
        const page = await newPage({ signedIn, width, bypassCSP: true });
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        const violations = await axeViolations(page);
        expect(violations, `${name} @${width}px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});

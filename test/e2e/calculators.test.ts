/**
 * The calculators and the rule book end to end in headless Chromium against the real platform:
 * a company's tax department types the worked example KFN-EX1 as people write amounts
 * (「1,000万」「5,000万」「3億」「5,000万」), sees the three credits and the net burden with the
 * trace, lowers 法人税割 until the 住民税 cap binds and sees it marked, downloads the what-if table
 * and reads it with exceljs; the プロ人材 subsidy of 70万 is capped at 50万; /rules lists the
 * deadline of 企業版ふるさと納税. Bad input is named in the error summary. No console error,
 * no horizontal scroll at 390 px, axe-core at WCAG 2.1 AA at 1280 and 390 px.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';

const MAN = 10_000;

describe.skipIf(!chromiumAvailable())('the calculators and the rule book in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startPlatform({ statistics: false });
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string, width = 1280, bypassCSP = false): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width, height: 900 }, bypassCSP, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(`${server.url}${path}`);
    await expect.poll(() => page.locator('h1').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    return { page, errors };
  }

  const amountRow = (page: Page, label: string) => page.locator('table.calc-summary tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('td');

  async function fillKfnEx1(page: Page) {
    await page.getByLabel('寄附額', { exact: true }).fill('1,000万');
    await page.getByLabel('法人住民税法人税割額', { exact: true }).fill('5,000万');
    await page.getByLabel('法人税額', { exact: true }).fill('3億');
    await page.getByLabel('法人事業税額', { exact: true }).fill('5,000万');
  }

  it('computes KFN-EX1 from amounts typed with 万・億, shows the trace, marks the 住民税 cap and downloads the what-if table', async () => {
    const { page, errors } = await open('/calc/kigyo-furusato');
    await fillKfnEx1(page);
    const main = page.locator('main');
    // each amount is read back in 円 beside its field; the effective rate defaults to the rule book's 30%
    expect(await main.innerText()).toContain('＝ 1,000万円');
    expect(await main.innerText()).toContain('＝ 3億円');
    await expect.poll(() => page.getByLabel('実効税率（%）').inputValue()).toBe('30');
    await page.getByRole('button', { name: '計算する' }).click();
    await expect.poll(() => amountRow(page, '実質負担額').innerText(), { timeout: 30_000 }).toBe('100万円');
    expect(await amountRow(page, '法人住民税の税額控除').innerText()).toBe('400万円');
    expect(await amountRow(page, '法人税の税額控除').innerText()).toBe('0円');
    expect(await amountRow(page, '法人事業税の税額控除').innerText()).toBe('200万円');
    expect(await amountRow(page, '税額控除の合計').innerText()).toBe('600万円');
    expect(await amountRow(page, '損金算入による軽減').innerText()).toBe('300万円');
    expect(await amountRow(page, '寄附額に対する実質負担の割合').innerText()).toBe('10%');
    // the trace: steps with the rule book's values and their sources, no cap bound
    const trace = page.locator('table.trace-table');
    expect(await trace.locator('tbody tr').count()).toBeGreaterThan(2);
    const traceText = await trace.innerText();
    expect(traceText).toContain('40%');
    expect(traceText).toContain('地方創生2.0基本構想');
    expect(traceText).toContain('上限内');
    expect(await page.locator('table.trace-table .trace-row-binding').count()).toBe(0);
    expect(await main.innerText()).toContain('上限は適用されていません。');

    // 法人税割 1,000万: the 住民税 credit stops at 20% of it (200万), and is marked
    await page.getByLabel('法人住民税法人税割額', { exact: true }).fill('1,000万');
    await page.getByRole('button', { name: '計算する' }).click();
    await expect.poll(() => amountRow(page, '法人住民税の税額控除').innerText(), { timeout: 30_000 }).toBe('200万円');
    expect(await amountRow(page, '法人税の税額控除').innerText()).toBe('100万円');
    expect(await amountRow(page, '実質負担額').innerText()).toBe('200万円');
    const bound = page.locator('table.trace-table .trace-row-binding', { hasText: '住民税' });
    expect(await bound.count()).toBeGreaterThan(0);
    expect(await bound.first().innerText()).toContain('上限を適用');
    expect(await page.locator('ul.calc-caps').innerText()).toContain('上限を適用');

    // the what-if table for this company, and the same as an Excel file
    const whatIf = page.locator('table.calc-whatif');
    await expect.poll(() => whatIf.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '表をExcelでダウンロード' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const rows = wb.worksheets.flatMap((ws) => ws.getSheetValues().map((r) => (Array.isArray(r) ? r.filter((c) => typeof c === 'number') : [])));
    // the row of a 1,000万 donation (numbers only): credits 200万・100万・200万, total 500万,
    // deduction 300万, relief 800万, net burden 200万, burden 20%
    const row = rows.find((r) => r.length >= 8 && r[0] === 1_000 * MAN);
    expect(row, JSON.stringify(rows.slice(0, 20))).toEqual([1_000 * MAN, 200 * MAN, 100 * MAN, 200 * MAN, 500 * MAN, 300 * MAN, 800 * MAN, 200 * MAN, 0.2]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the field of a bad amount in the error summary, and calculates nothing', async () => {
    const { page, errors } = await open('/calc/kigyo-furusato');
    await fillKfnEx1(page);
    await page.getByLabel('寄附額', { exact: true }).fill('たくさん');
    await page.getByRole('button', { name: '計算する' }).click();
    const summary = page.locator('.notice-error[role="alert"]');
    await expect.poll(() => summary.count(), { timeout: 30_000 }).toBe(1);
    expect(await summary.innerText()).toContain('寄附額');
    expect(await summary.locator('a[href="#kfn-donation"]').count()).toBe(1);
    expect(await page.locator('table.calc-summary').count()).toBe(0);
    // 400 responses are logged by the browser as failed resources: only those are allowed
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    await page.context().close();
  });

  it('caps the プロ人材 subsidy of a 70万 cost at 50万 and marks the cap', async () => {
    const { page, errors } = await open('/calc/pro-jinzai');
    await page.getByLabel('合計で入力').check();
    await page.getByLabel('対象費用の合計', { exact: true }).fill('70万');
    await expect.poll(() => page.getByLabel('補助率（%）').inputValue()).toBe('80');
    await page.getByRole('button', { name: '計算する' }).click();
    await expect.poll(() => amountRow(page, '補助金の額').innerText(), { timeout: 30_000 }).toBe('50万円');
    expect(await amountRow(page, '対象費用').innerText()).toBe('70万円');
    expect(await amountRow(page, '企業の負担').innerText()).toBe('20万円');
    expect(await page.locator('ul.calc-caps').innerText()).toContain('上限を適用');
    expect(await page.locator('table.trace-table .trace-row-binding').count()).toBeGreaterThan(0);
    expect(await page.locator('table.trace-table').innerText()).toContain('50万円');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the rule book by programme with its sources, and the deadline of 企業版ふるさと納税', async () => {
    const { page, errors } = await open('/rules');
    const kfn = page.locator('section.rules-program', { has: page.getByRole('heading', { name: '企業版ふるさと納税' }) });
    await expect.poll(() => kfn.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const deadline = kfn.locator('tr', { hasText: 'kfn.regime' });
    expect(await deadline.innerText()).toContain('2028年3月31日（令和10年3月31日）');
    expect(await kfn.innerText()).toContain('資料外');
    expect(await kfn.innerText()).toContain('判断');
    expect(await kfn.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
    // one programme, in force on a day
    await page.getByLabel('制度', { exact: true }).selectOption('pro_jinzai');
    await page.getByLabel('基準日（空欄なら全期間）').fill('2026-12-01');
    await page.getByRole('button', { name: '表示する' }).click();
    await expect.poll(() => page.locator('section.rules-program').count()).toBe(1);
    expect(await page.locator('section.rules-program h2').innerText()).toContain('プロフェッショナル人材');
    expect(await page.locator('section.rules-program').innerText()).toContain('50万円');
    expect(new URL(page.url()).search).toBe('?program=pro_jinzai&as_of=2026-12-01');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no horizontal scroll at 390 px and no axe-core violations at WCAG 2.1 AA, results shown', async () => {
    for (const width of [1280, 390]) {
      for (const path of ['/calc/kigyo-furusato', '/calc/pro-jinzai', '/rules']) {
        const { page, errors } = await open(path, width, true);
        if (path === '/calc/kigyo-furusato') {
          await fillKfnEx1(page);
          await page.getByRole('button', { name: '計算する' }).click();
          await expect.poll(() => page.locator('table.calc-whatif tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        } else if (path === '/calc/pro-jinzai') {
          await page.getByLabel(/^謝金・報酬/).fill('40万');
          await page.getByLabel(/^旅費/).fill('10万');
          await page.getByRole('button', { name: '計算する' }).click();
          await expect.poll(() => amountRow(page, '補助金の額').innerText(), { timeout: 30_000 }).toBe('40万円');
        } else {
          await expect.poll(() => page.locator('section.rules-program').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        }
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth'), `${path} @${width}px`).toBe(true);
        const violations = await axeViolations(page);
        expect(violations, `${path} @${width}px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }
  });
});

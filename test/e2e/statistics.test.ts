/**
 * The regional-statistics views end to end, in Debian's headless Chromium against the real
 * platform with the shipped data (one platform for the whole file: its first start loads the
 * statistics): the choropleth with all 47 prefectures and every municipality, switching level and
 * indicator, an area profile with its population trend and 類似団体, the time-series and scatter
 * views, CSV (UTF-8 BOM) and Excel downloads, and axe-core at WCAG 2.1 AA on desktop and phone.
 * The class-break logic of the map is checked directly as well (no browser needed).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, roundBreak } from '../../web/src/features/statistics/shared/classify.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';

describe('map class breaks', () => {
  it('splits by quantiles into 5 classes with rounded, increasing breaks and counts every value', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const c = classify([...values, null, null], 5, 'quantile');
    expect(c.kind).toBe('sequential');
    expect(c.classes).toHaveLength(5);
    expect(c.classes.map((k) => k.count)).toEqual([20, 20, 20, 20, 20]);
    expect(c.noData).toBe(2);
    expect(c.classOf(null)).toBe(-1);
    expect(c.classOf(1)).toBe(0);
    expect(c.classOf(100)).toBe(4);
    const breaks = c.classes.slice(1).map((k) => k.from!);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
  });

  it('uses a diverging palette split at zero for indicators with both signs', () => {
    const c = classify([-300, -120, -50, -10, -2, 0, 3, 40, 200, 900], 5, 'quantile');
    expect(c.kind).toBe('diverging');
    expect(c.classes.some((k) => k.from === 0)).toBe(true);
    expect(c.classOf(-1)).toBeLessThan(c.classOf(0));
    expect(c.colorOf(-300)).not.toBe(c.colorOf(900));
  });

  it('rounds breaks to three significant figures', () => {
    expect(roundBreak(5432)).toBe(5430);
    expect(roundBreak(31.234)).toBe(31.2);
    expect(roundBreak(-0.05234)).toBe(-0.0523);
  });
});

describe.skipIf(!chromiumAvailable())('regional statistics in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startPlatform();
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(opts: { width?: number; bypassCSP?: boolean } = {}): Promise<Page> {
    // bypassCSP only so that axe-core can be injected; the app itself runs under its CSP.
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: opts.width ?? 1280, height: 900 }, acceptDownloads: true, bypassCSP: opts.bypassCSP ?? false });
    return context.newPage();
  }

  const rankingRows = (page: Page) => page.locator('.ranking-table tbody tr');
  const mapDrawn = (page: Page) => page.locator('figure.stats-map canvas').count();

  it('shows the map of all 47 prefectures with a legend, the ranking and the sources on a first visit', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/stats`);
    await expect.poll(() => mapDrawn(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => rankingRows(page).count(), { timeout: 30_000 }).toBe(47);
    const main = await page.locator('main').innerText();
    expect(main).toContain('総人口');
    expect(main).toContain('凡例');
    expect(main).toContain('データなし');
    expect(main).toContain('出典');
    expect(main).toContain('住民基本台帳');
    expect(main).toContain('国土数値情報'); // the boundaries are credited too
    // Tokyo first, with its value and map class in words.
    expect(await rankingRows(page).first().innerText()).toMatch(/1\s+東京都\s+1,\d{3}万[\d,]+人\s+5／5/);
    await page.context().close();
  });

  it('switches to municipalities (every one of them ranked), then to the ageing rate, and opens 札幌市', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/stats`);
    await expect.poll(() => rankingRows(page).count(), { timeout: 30_000 }).toBe(47);

    await page.getByRole('radio', { name: '市区町村' }).check();
    await expect.poll(() => rankingRows(page).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1700);
    expect(new URL(page.url()).searchParams.get('level')).toBe('municipality');
    expect(await page.locator('.ranking-count').innerText()).toMatch(/全1,7\d\d団体/);
    expect(await rankingRows(page).first().innerText()).toContain('横浜市');
    await expect.poll(() => mapDrawn(page), { timeout: 30_000 }).toBeGreaterThan(0);

    await page.getByLabel('指標', { exact: true }).selectOption('ageing_rate');
    await expect.poll(() => page.locator('h1').innerText()).toContain('高齢化率');
    await expect.poll(() => rankingRows(page).first().innerText(), { timeout: 30_000 }).toMatch(/%/);
    expect(await rankingRows(page).count()).toBeGreaterThanOrEqual(1700);
    expect(await rankingRows(page).first().innerText()).not.toContain('横浜市');

    // Narrow the table, then open the profile from the ranking.
    await page.getByLabel('表の中を探す').fill('札幌');
    await expect.poll(() => rankingRows(page).count()).toBeLessThan(5);
    await page.getByRole('link', { name: '札幌市', exact: true }).click();
    await page.waitForURL(/\/stats\/areas\/011002$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('札幌市');
    await page.context().close();
  });

  it('profiles 札幌市: population trend and age composition, indicators against 北海道 and 全国, similar municipalities', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/stats/areas/011002`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30_000 }).toBe('札幌市');
    const trend = page.locator('section[aria-labelledby="pop-title"]');
    await expect.poll(() => trend.locator('canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await trend.innerText()).toMatch(/総人口は1995年の[\d万,]+人から2022年の196万668人へ/);
    await trend.getByText('数値を表で見る').click();
    expect(await trend.getByRole('table').innerText()).toContain('2022年（令和4年）');

    const indicators = page.getByRole('table', { name: /札幌市の主な指標/ });
    const header = await indicators.locator('thead').innerText();
    expect(header).toContain('北海道');
    expect(header).toContain('全国');
    expect(await indicators.innerText()).toContain('高齢化率');

    // the city itself first, then its 10 comparators, explained in plain words (no field names)
    const similar = page.getByRole('table', { name: /札幌市の類似団体/ });
    await expect.poll(() => similar.locator('tbody tr').count(), { timeout: 30_000 }).toBe(11);
    expect(await similar.locator('tbody tr').first().innerText()).toMatch(/^札幌市\s*この団体/);
    const section = await page.locator('section[aria-labelledby="similar-title"]').innerText();
    expect(section).toContain('類似団体区分');
    expect(section).toContain('政令指定都市');
    expect(section).toContain('人口規模が同じ区分');
    expect(section).not.toContain('same_band');
    // no tab of the statistics menu claims the profile
    expect(await page.locator('nav.stats-nav [aria-current="page"]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('出典');
    await page.context().close();
  });

  it('downloads the selection: the ranking as CSV (UTF-8 with BOM) and the profile comparison as Excel', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/stats?level=municipality&indicator=ageing_rate`);
    await expect.poll(() => rankingRows(page).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1700);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^CSV/ }).first().click()]);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('札幌市');
    expect(text.split('\n').length).toBeGreaterThan(1700);

    await page.goto(`${server.url}/stats/areas/011002`);
    const similar = page.locator('section[aria-labelledby="similar-title"]');
    await expect.poll(() => similar.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), similar.getByRole('link', { name: /^Excel/ }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path())!);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes('札幌市'))).toBe(true);
    expect(cells.some((c) => c.includes('熊本市') || c.includes('相模原市'))).toBe(true);
    await page.context().close();
  });

  it('compares over time: areas found by their reading, one chart and table per indicator', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/stats/series?indicators=population,ageing_rate`);
    await page.getByLabel(/地域を追加/).fill('さっぽろ');
    await page.getByRole('button', { name: /札幌市（北海道）/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('areas')).toBe('000000,011002');
    await expect.poll(() => page.locator('main canvas').count(), { timeout: 30_000 }).toBe(2);
    const first = page.locator('section[aria-labelledby="series-h-0"]');
    await first.getByText('数値を表で見る').click();
    const table = await first.getByRole('table').innerText();
    expect(table).toContain('札幌市');
    expect(table).toContain('全国');
    expect(table).toContain('196万668人');
    await page.context().close();
  });

  it('draws a scatter of two indicators with the chosen area highlighted and the correlation in words', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/stats/scatter?x=ageing_rate&y=fiscal_capability_index&highlight=011002`);
    await expect.poll(() => page.locator('main canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/相関係数 r = [-−]0\.\d\d?（(強い|中程度の|弱い)負の相関、1,7\d\d地域）/);
    expect(main).toContain('強調している地域: 札幌市（北海道）');
    expect(main).toMatch(/強調した札幌市は、横軸 28%/);
    await page.context().close();
  });

  it('marks the 2013 register break on the series (chart note and table) and labels index mode 指数（基準年=100）', async () => {
    const page = await newPage({ width: 390 });
    await page.goto(`${server.url}/stats/series?indicators=population&areas=000000,011002&scale=index`);
    const first = page.locator('section[aria-labelledby="series-h-0"]');
    await expect.poll(() => first.locator('canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await first.locator('h2').innerText()).toContain('単位: 指数（基準年=100）');
    const text = await first.innerText();
    expect(text).toContain('系列の断層');
    expect(text).toMatch(/2013年: 住民基本台帳は2013年から外国人住民を含みます/);
    await first.getByText('数値を表で見る').click();
    const row2013 = first.getByRole('row', { name: /^2013年/ });
    expect(await row2013.innerText()).toContain('系列の断層');
    // the chart as a PNG image
    const [png] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: 'グラフを画像（PNG）で保存' }).click()]);
    expect(png.suggestedFilename()).toMatch(/総人口\.png$/);
    expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await page.context().close();
  });

  it('answers bad addresses in place: a malformed 団体コード among the series areas, an unknown profile, an unknown scatter indicator', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/stats/series?indicators=population&areas=000000,12345x`);
    await expect.poll(() => page.locator('main canvas').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('.stats-url-notice').innerText()).toContain('団体コード「12345x」は正しくありません');

    await page.goto(`${server.url}/stats/areas/12345x`);
    await expect.poll(() => page.locator('main [role="alert"]').innerText(), { timeout: 30_000 }).toContain('団体コード「12345x」は正しくありません');
    expect(await page.locator('nav.stats-nav a').count()).toBe(3);

    await page.goto(`${server.url}/stats/scatter?x=no_such_indicator&y=ageing_rate`);
    await expect.poll(() => page.locator('main canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('.stats-url-notice').innerText()).toContain('指標「no_such_indicator」は見つかりません');
    // the scatter downloads as Excel too
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Excel/ }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^散布図_.*\.xlsx$/);
    await page.context().close();
  });

  it('finds areas (by name and by 団体コード) and indicators from the search box', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search?q=${encodeURIComponent('札幌')}`);
    const areas = page.locator('section[aria-labelledby="search-areas"]');
    await expect.poll(() => areas.getByRole('link', { name: /札幌市/ }).count(), { timeout: 30_000 }).toBe(1);
    await page.goto(`${server.url}/search?q=${encodeURIComponent('高齢化率')}`);
    const indicators = page.locator('section[aria-labelledby="search-indicators"]');
    await expect.poll(() => indicators.getByRole('link', { name: /高齢化率/ }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.goto(`${server.url}/search?q=011002`);
    await areas.getByRole('link', { name: /札幌市/ }).click();
    await page.waitForURL(/\/stats\/areas\/011002$/);
    await page.context().close();
  });

  it('names indicators in English in English mode', async () => {
    const page = await newPage();
    await page.addInitScript("localStorage.setItem('sousei.lang', 'en')");
    await page.goto(`${server.url}/stats/areas/011002`);
    const table = page.locator('section[aria-labelledby="key-title"] table');
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);
    const text = await table.innerText();
    expect(text).toContain('Ageing rate (share aged 65+)');
    expect(text).not.toContain('高齢化率');
    await page.context().close();
  });

  const pages: Array<[string, string]> = [
    ['map', '/stats'],
    ['municipal map', '/stats?level=municipality&pref=01'],
    ['area profile', '/stats/areas/011002'],
    ['series', '/stats/series?indicators=population,ageing_rate&areas=000000,011002'],
    ['scatter', '/stats/scatter?highlight=011002'],
  ];
  for (const [name, path] of pages) {
    it(`has no axe-core violations at WCAG 2.1 AA: ${name} (desktop and phone)`, async () => {
      for (const width of [1280, 390]) {
        const page = await newPage({ width, bypassCSP: true });
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.locator('main canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        const violations = await axeViolations(page);
        expect(violations, `${name} @${width}px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});

/**
 * Strategies compared by a bound indicator, end to end in headless Chromium against the real
 * platform with the shipped statistics: 富山市 and its nearest 類似団体 each have a strategy KPI
 * bound to one indicator (created through the use cases, with values written to the store). A
 * 富山市 planner opens the comparison from the navigation, chooses the indicator (the area is
 * their own), sees 富山市 first then the 類似団体 with the engine's progress and class, the
 * indicator's own figures beside the 類似団体 (with the change), and the Excel link; axe-core AA at
 * 1280 and 390 px, no horizontal scroll, no console error; the KPI's page names the series it is
 * fed from and links back to the comparison.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operatorPrincipal } from '../../src/modules/auth/index.ts';
import { importFile } from '../../src/modules/kpi/index.ts';
import { bindKpi } from '../../src/modules/kpi-bindings/index.ts';
import { findSimilarAreas, StatisticsReader, upsertIndicators, writeValues } from '../../src/modules/statistics/index.ts';
import { openPlatform } from '../../src/platform/open-platform.ts';
import { parsePeriod } from '../../src/shared/periods.ts';
import { axeViolations } from '../support/axe.ts';
import { oneKpiStrategy } from '../support/comparison-strategy.ts';
import { chromiumAvailable, launchChromium, openPage } from '../support/browser.ts';
import { addUser, PASSWORD } from '../support/plan-api.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';
import { copyOfSeededDataDir } from '../support/seeded-data-dir.ts';

const NO_HSCROLL = '(() => document.documentElement.scrollWidth <= window.innerWidth)()';
const TOYAMA = '162019';
const IND = 'e2e_consultations';

describe.skipIf(!chromiumAvailable())('strategy comparison in the web application (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  let similar = { code: '', name: '' };
  beforeAll(async () => {
    const dataDir = copyOfSeededDataDir('sousei-e2e-cmp-') ?? mkdtempSync(join(tmpdir(), 'sousei-e2e-cmp-'));
    const h = await openPlatform({ SOUSEI_DATA_DIR: dataDir }, undefined, undefined, 'test');
    try {
      similar = (await findSimilarAreas(new StatisticsReader(h.db), TOYAMA, 1)).comparators[0]!;
      await upsertIndicators(h.db, [{ code: IND, nameJa: '移住相談件数', unit: '件', category: 'population', source: '出典：e2e テスト', licence: 'CC BY 4.0' }]);
      const v = (area: string, period: string, value: number) => ({ areaCode: area, indicatorCode: IND, period: parsePeriod(period), value, flag: null });
      await writeValues(h.db, [v(TOYAMA, 'FY2020', 100), v(TOYAMA, 'FY2025', 110), v(similar.code, 'FY2020', 50), v(similar.code, 'FY2025', 45)]);
      for (const [owner, base, target] of [
        [TOYAMA, 100, 120],
        [similar.code, 50, 60],
      ] as const) {
        await importFile(h.db, { bytes: oneKpiStrategy(owner, base, target, `第3期総合戦略（${owner}）`), file: `${owner}.json`, actor: 'e2e' });
        await bindKpi(h.db, { strategy: `cmp-${owner}`, kpi: 'K-1', indicator: IND, area: owner }, operatorPrincipal('e2e'));
      }
      await addUser(h.db, 'planner@city.toyama.lg.jp', 'editor', TOYAMA);
    } finally {
      await h.close();
    }
    server = await startPlatform({ dataDir });
    browser = await launchChromium();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (width: number) => openPage(browser, server.url, { width, email: 'planner@city.toyama.lg.jp', password: PASSWORD });
  const rowTexts = (page: Page, table: string) => page.locator(`table.${table} tbody tr`).allInnerTexts();

  it('a planner compares their KPI with their 類似団体’s, and the indicator beside them', async () => {
    const { page, errors } = await signedIn(1280);
    await page.goto(`${server.url}/`);
    await page
      .getByRole('navigation', { name: /メイン|主/ })
      .getByRole('link', { name: '戦略の比較' })
      .click();
    await page.waitForURL(/\/strategies\/compare$/);
    await page.getByLabel('比較する指標').selectOption(IND);
    expect(await page.getByLabel(/基準にする団体/).inputValue()).toBe(TOYAMA);
    await page.getByRole('button', { name: '比較する' }).click();
    await page.waitForURL(new RegExp(`indicator=${IND}&area=${TOYAMA}`));
    await expect.poll(() => rowTexts(page, 'cmp-kpis'), { timeout: 30_000 }).toHaveLength(2);
    const [toyama, peer] = await rowTexts(page, 'cmp-kpis');
    expect(toyama).toMatch(/^富山市\s*自団体/);
    expect(toyama).toContain('110件（2025年度（令和7年度））');
    expect(toyama).toContain('50%');
    expect(toyama).toContain('①B');
    expect(peer).toContain(similar.name);
    expect(peer).toContain('類似団体 1位');
    expect(peer).toContain('②');
    const peers = await rowTexts(page, 'cmp-peers');
    expect(peers[0]).toContain('+10件');
    expect(peers[1]).toContain('−5件'); // the one number format's minus (U+2212)
    expect(peers[1]).toContain('1件');
    expect(await page.getByRole('link', { name: /Excel/ }).getAttribute('href')).toBe(`/api/v1/strategy-comparison?indicator=${IND}&area=${TOYAMA}&format=xlsx`);
    // the KPI name links to its own page
    expect(await page.locator('table.cmp-kpis tbody tr').first().getByRole('link').getAttribute('href')).toBe(`/strategies/cmp-${TOYAMA}/kpis/K-1`);
    expect(await axeViolations(page)).toEqual([]);
    // the KPI's page says where its actuals come from and links back to the comparison
    await page.locator('table.cmp-kpis tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/kpis\/K-1$/);
    const back = page.getByRole('link', { name: '同じ指標に連動した他団体の KPI と比べる（1件）' });
    await expect.poll(() => back.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('section[aria-labelledby="bound-series-title"]').innerText()).toContain(`統計指標「移住相談件数」（団体コード ${TOYAMA}）`);
    expect(await back.getAttribute('href')).toBe(`/strategies/compare?indicator=${IND}&area=${TOYAMA}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is usable at 390 px: no horizontal scroll, axe clean', async () => {
    const { page, errors } = await signedIn(390);
    await page.goto(`${server.url}/strategies/compare?indicator=${IND}&area=${TOYAMA}`);
    await expect.poll(() => rowTexts(page, 'cmp-peers'), { timeout: 30_000 }).toHaveLength(11);
    expect(await page.evaluate(NO_HSCROLL)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

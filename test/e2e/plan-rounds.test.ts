/**
 * An owner reports in a progress round, end to end in headless Chromium against the real
 * platform (child process, PGlite in a temp directory): a B plan taken to national publication
 * and a round opened through the use cases before the server starts; the planner signs in, finds
 * the round and their report, fills in every 5W1H item by keyboard (a late item without a cause
 * is refused, named and linked), types a KPI actual as 「3億」, saves a draft and submits. axe-core
 * (WCAG 2.1 AA) at 1280 and 390 px, no horizontal overflow at 390 px, no console error besides
 * the one refused save; then the secretariat accepts it on the round page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { createUser, operatorPrincipal } from '../../src/modules/auth/index.ts';
import { addMember } from '../../src/modules/organisations/index.ts';
import { completePlan } from '../../src/modules/plans/domain/test-plans.ts';
import { createPlan } from '../../src/modules/plans/use-cases/create-plan.ts';
import { openRound } from '../../src/modules/plans/use-cases/open-round.ts';
import { recordVerdicts } from '../../src/modules/plans/use-cases/record-verdicts.ts';
import { transitionPlan } from '../../src/modules/plans/use-cases/transition-plan.ts';
import { loadReferenceData } from '../../src/platform/reference-data.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchChromium } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';

const PASSWORD = 'e2e-password-1234';
const PLANNER = 'planner@pref.toyama.lg.jp';

/** Document overflow and elements past the viewport that no scrolling container holds (a string: it runs in the page). */
const OVERFLOW = `(() => {
  const vw = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > vw) found.push('document ' + document.documentElement.scrollWidth + 'px');
  const held = (el) => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= vw + 1) return true; return false; };
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || (r.right <= vw + 1 && r.left >= -1) || held(el)) continue;
    found.push(el.tagName.toLowerCase() + ' ' + Math.round(r.right) + 'px');
  }
  return found;
})()`;

/** A published B plan of 富山県 and an open round, written before the server opens the directory. */
async function seed(dataDir: string): Promise<{ planId: string; roundId: string }> {
  const handle = await openDatabase({ dataDir });
  try {
    await handle.migrate();
    const db = handle.db;
    await loadReferenceData(db, undefined, { statistics: false });
    const op = operatorPrincipal('e2e');
    await createUser(db, { email: PLANNER, name: '富山県 くすり政策課', role: 'editor', orgCode: '160008', password: PASSWORD });
    await createUser(db, { email: 'staff@cas.go.jp', name: '内閣官房 事務局', role: 'editor', orgCode: '000000', password: PASSWORD });
    await addMember(db, { orgId: 'cas', email: 'staff@cas.go.jp' }, op);
    const { id } = await createPlan(db, { type: 'B', ownerOrgId: '160008', title: '富山県医薬品産業クラスター計画', content: completePlan('B') }, op);
    await transitionPlan(db, { id, action: 'submit_precheck' }, op);
    await transitionPlan(db, { id, action: 'complete_precheck' }, op);
    await transitionPlan(db, { id, action: 'publish_local', url: 'https://www.pref.toyama.jp/plan', publishedOn: '2026-10-01' }, op);
    await transitionPlan(db, { id, action: 'submit_formal' }, op);
    await recordVerdicts(db, { id, verdicts: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ requirement_no: n, verdict: 'met' as const, evidence: '計画書' })) }, op);
    await transitionPlan(db, { id, action: 'publish_national' }, op);
    const round = await openRound(db, { title: '令和8年度下期 進捗確認', planTypes: ['B', 'C'], periodStart: '2026-10-01', periodEnd: '2027-03-31', deadline: '2027-04-30' }, op);
    return { planId: id, roundId: round.id };
  } finally {
    await handle.close();
  }
}

describe.skipIf(!chromiumAvailable())('plan progress rounds (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  let dataDir = '';
  let ids = { planId: '', roundId: '' };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sousei-e2e-rounds-'));
    ids = await seed(dataDir);
    server = await startPlatform({ dataDir, statistics: false });
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function signedInPage(width: number, email = PLANNER): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    const res = await page.request.post(`${server.url}/api/v1/session`, { data: { email, password: PASSWORD } });
    expect(res.status()).toBe(200);
    return { page, errors };
  }

  it('lets the owner find the round, fill in the report by keyboard, save a draft and submit', async () => {
    const { page, errors } = await signedInPage(1280);
    await page.goto(`${server.url}/plan-rounds`);
    const link = page.getByRole('link', { name: /富山県医薬品産業クラスター計画.*未提出/ });
    await link.click();
    await page.waitForURL(new RegExp(`/plans/${ids.planId}/reports/${ids.roundId}$`));
    await expect.poll(() => page.locator('h1').innerText()).toContain('進捗報告');
    expect(await axeViolations(page)).toEqual([]);

    // every item's status by keyboard: focus the select, choose with the arrow keys' value
    const statuses: Record<string, string> = { 'b-api-1': 'in_progress', 'b-api-2': 'in_progress', 'b-qa-1': 'done', 'b-qa-2': 'not_started' };
    for (const [item, value] of Object.entries(statuses)) {
      await page.locator(`#status-${item}`).focus();
      await page.keyboard.press('ArrowDown');
      await page.locator(`#status-${item}`).selectOption(value);
    }
    await page.locator('#done-b-api-1').focus();
    await page.keyboard.type('協議会を2回開催した');
    await page.getByLabel(/当該計画による官民設備投資額/).fill('3億');
    // b-api-1 was due 2027-03 and is not done at the period's end: without a cause the save is refused and names it
    await page.getByRole('button', { name: '下書きを保存する' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.innerText()).toContain('遅れの原因を入力してください');
    await summary.getByRole('link').first().click();
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('cause-b-api-1');
    await page.keyboard.type('用地の取得に時間がかかった');
    await page.getByRole('button', { name: '下書きを保存する' }).press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '下書きを保存しました' }).count()).toBe(1);
    await expect.poll(() => page.locator('main').innerText()).toContain('報告の状態：下書き');

    await page.getByRole('button', { name: '事務局に提出する' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('報告の状態：提出済み（確認中）');
    const api = await page.request.get(`${server.url}/api/v1/plans/${ids.planId}/reports/${ids.roundId}`);
    const body = (await api.json()) as { report: { status: string; items: { action_id: string; delay_cause: string }[]; kpi_values: { kpi_id: string; value: number }[] } };
    expect(body.report.status).toBe('submitted');
    expect(body.report.kpi_values).toEqual([expect.objectContaining({ kpi_id: 'kgi-capex', value: 300_000_000 })]);
    expect(body.report.items.find((i) => i.action_id === 'b-api-1')?.delay_cause).toBe('用地の取得に時間がかかった');
    // the refused save is the one error the browser logs
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    expect(errors).toHaveLength(1);
    await page.context().close();
  }, 120_000);

  it('shows the submitted report locked, accessible and without horizontal overflow at 390 px', async () => {
    const { page, errors } = await signedInPage(390);
    await page.goto(`${server.url}/plans/${ids.planId}/reports/${ids.roundId}`);
    await expect.poll(() => page.locator('main').innerText()).toContain('報告の状態：提出済み（確認中）');
    expect(await page.getByRole('button', { name: '事務局に提出する' }).count()).toBe(0);
    expect(await page.evaluate<string[]>(OVERFLOW)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/plan-rounds`);
    await expect.poll(() => page.locator('main').innerText()).toContain('令和8年度下期 進捗確認');
    expect(await page.evaluate<string[]>(OVERFLOW)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('lets the secretariat accept the report on the round page (axe at 1280 and 390 px)', async () => {
    for (const width of [390, 1280]) {
      const { page, errors } = await signedInPage(width, 'staff@cas.go.jp');
      await page.goto(`${server.url}/plan-rounds/${ids.roundId}`);
      await expect.poll(() => page.locator('h1').innerText()).toContain('令和8年度下期 進捗確認');
      await expect.poll(() => page.locator('main').innerText()).toContain('提出済み（確認中）');
      expect(await page.evaluate<string[]>(OVERFLOW)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      if (width === 1280) {
        await page.getByRole('button', { name: '受理する' }).click();
        await expect.poll(() => page.locator('main').innerText()).toContain('受理');
        await expect.poll(() => page.getByRole('button', { name: '受理する' }).count()).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 120_000);
});

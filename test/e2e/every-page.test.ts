/**
 * Every page of the web application (each route of web/src/app/App.tsx, signed out and signed in
 * as an editor where the pages differ), at a 390 px phone and at desktop width, in headless
 * Chromium against the real platform with the shipped statistics: no console error, no uncaught
 * exception, and nothing wider than the viewport outside a scroll container.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/browser.ts';
import { startPlatform, type PlatformServer } from '../support/platform-server.ts';

const SID = 'chiiki-mirai-senryaku-2026';
const EDITOR = { email: 'editor@example.go.jp', name: '編集 花子', role: 'editor', org: '000000', password: 'e2e-password-1234' };

/** [name, path, signed in] — signed-out and editor views of the pages that differ by sign-in. */
const PAGES: Array<[string, string, boolean]> = [
  ['overview', '/', false],
  ['overview (editor)', '/', true],
  ['strategy overview', `/strategies/${SID}`, false],
  ['node', `/strategies/${SID}/nodes/outcome-a`, false],
  ['kpi', `/strategies/${SID}/kpis/IMP-02`, false],
  ['kpi (editor)', `/strategies/${SID}/kpis/IMP-02`, true],
  ['report', `/strategies/${SID}/report`, false],
  ['entry (signed out)', `/strategies/${SID}/entry`, false],
  ['entry (editor)', `/strategies/${SID}/entry`, true],
  ['search', `/search?q=${encodeURIComponent('札幌')}`, false],
  ['login', '/login', false],
  ['account (editor)', '/account', true],
  ['stats map', '/stats', false],
  ['stats municipal map', '/stats?level=municipality&pref=01&indicator=ageing_rate', false],
  ['area profile (municipality)', '/stats/areas/011002', false],
  ['area profile (prefecture)', '/stats/areas/010006', false],
  ['area profile (nation)', '/stats/areas/000000', false],
  ['area profile (bad code)', '/stats/areas/99999x', false],
  ['series', '/stats/series?indicators=population,ageing_rate&areas=000000,011002', false],
  ['series (index mode)', '/stats/series?indicators=population&areas=000000,011002&scale=index', false],
  ['series (bad area)', '/stats/series?indicators=population&areas=000000,99999x', false],
  ['scatter', '/stats/scatter?x=ageing_rate&y=fiscal_capability_index&level=municipality&highlight=011002', false],
  ['scatter (unknown indicator)', '/stats/scatter?x=no_such_indicator', false],
  ['plans (no plan published)', '/plans', false],
  ['plans (editor: scope and create)', '/plans?scope=mine', true],
  ['investment map', '/investment-map', false],
  ['calculator: 企業版ふるさと納税', '/calc/kigyo-furusato', false],
  ['calculator: プロ人材', '/calc/pro-jinzai', false],
  ['rule book', '/rules', false],
  ['rule book (one programme, one day)', '/rules?program=kigyo_furusato&as_of=2026-12-01', false],
  ['good practices (search and suggestions)', '/good-practices', false],
  ['good practices (editor)', '/good-practices', true],
  ['good practice (shipped case)', '/good-practices/ref-kochi-chiiki-shien-kikakuin', false],
  ['good practice form (signed out: sign in first)', '/good-practices/new', false],
  ['good practice form (editor: new case)', '/good-practices/new', true],
  ['grants (public list)', '/grants', false],
  ['grants (editor: mine and create)', '/grants', true],
  ['grants roll-up (nothing decided yet)', '/grants/rollup', false],
  ['grants roll-up (one fiscal year)', '/grants/rollup?fiscal_year=2026', false],
  ['verification rounds (public: published reports)', '/verification-rounds', false],
  ['verification rounds (editor: my panels)', '/verification-rounds', true],
  ['strategy from a document (upload)', '/strategies/new/from-document', false],
  ['strategy comparison (nothing bound yet)', '/strategies/compare', false],
  ['strategy comparison (an indicator, a government)', '/strategies/compare?indicator=population&area=162019', true],
  ['not found', '/no/such/page', false],
];

/**
 * Elements reaching past the viewport that no scroll (or clipping) container holds in, and the
 * document's own overflow. A string: it runs in the page (the tests are typed without the DOM).
 */
const OVERFLOW_SCRIPT = `(() => {
  const vw = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > vw) found.push('document ' + document.documentElement.scrollWidth + 'px > ' + vw + 'px');
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= vw + 1) return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || (r.right <= vw + 1 && r.left >= -1)) continue;
    if (clipped(el)) continue;
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    found.push(el.tagName.toLowerCase() + cls + ' ' + Math.round(r.left) + '–' + Math.round(r.right) + 'px');
    if (found.length > 8) break;
  }
  return found;
})()`;

const overflowing = (page: Page) => page.evaluate<string[]>(OVERFLOW_SCRIPT);

describe.skipIf(!chromiumAvailable())('every page at 390 px and at desktop width (headless Chromium)', () => {
  let server: PlatformServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startPlatform({ users: [EDITOR] });
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    for (const c of contexts.values()) await c.close();
    await browser?.close();
    await server?.stop();
  });

  // One browser context per width and sign-in state (signed in once), a fresh page per visit.
  const contexts = new Map<string, BrowserContext>();
  async function contextFor(width: number, signedIn: boolean): Promise<BrowserContext> {
    const key = `${width}:${signedIn}`;
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({ locale: 'ja-JP', viewport: { width, height: 800 } });
      if (signedIn) {
        const res = await context.request.post(`${server.url}/api/v1/session`, { data: { email: EDITOR.email, password: EDITOR.password } });
        expect(res.status()).toBe(200);
      }
      contexts.set(key, context);
    }
    return context;
  }

  async function open(path: string, width: number, signedIn: boolean) {
    const page = await (await contextFor(width, signedIn)).newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('h1').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Charts draw after their chunk loads; let them settle before measuring.
    await page.waitForTimeout(300);
    return { page, errors };
  }

  for (const [name, path, signedIn] of PAGES) {
    it(`${name}: no console error and no horizontal overflow at 390 px and 1280 px`, async () => {
      for (const width of [390, 1280]) {
        const { page, errors } = await open(path, width, signedIn);
        // Bad addresses are checked before any request, so not even a failed fetch is logged.
        expect(errors, `${name} @${width}px console`).toEqual([]);
        expect(await overflowing(page), `${name} @${width}px overflow`).toEqual([]);
        await page.close();
      }
    }, 90_000);
  }
});

/**
 * Screenshots of the main pages for reviewers: `npx tsx scripts/screenshots.ts [outDir]`
 * (default ./screenshots). Starts the platform with a fresh data directory, demo actual values
 * (test/fixtures/national-actuals-demo.csv, marked as test values) and a demo user, then
 * captures desktop and phone widths in headless Chromium.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/support/browser.ts';
import { startPlatform } from '../test/support/platform-server.ts';

const out = process.argv[2] ?? 'screenshots';
const SID = 'chiiki-mirai-senryaku-2026';
const user = { email: 'demo@example.go.jp', name: 'デモ 事務局', role: 'admin', org: '000000', password: 'demo-password-123' };

// The demo actuals are for 2027: evaluate as of mid-2028 so they count.
const AS_OF = 'as_of=2028-06-30';
const pages: Array<[string, string]> = [
  ['01-overview', `/?${AS_OF}`],
  ['02-node-outcome-i', `/strategies/${SID}/nodes/outcome-i?${AS_OF}`],
  ['03-kpi-OUT-I-01', `/strategies/${SID}/kpis/OUT-I-01?${AS_OF}`],
  ['04-report', `/strategies/${SID}/report?${AS_OF}`],
  ['05-search', `/search?q=${encodeURIComponent('交通')}`],
  ['06-entry', `/strategies/${SID}/entry?${AS_OF}`],
];

mkdirSync(out, { recursive: true });
const server = await startPlatform({ users: [user], actualsCsv: readFileSync(new URL('../test/fixtures/national-actuals-demo.csv', import.meta.url), 'utf8') });
const browser = await launchChromium();
try {
  for (const [width, height, suffix] of [
    [1280, 900, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'ja-JP' });
    const page = await context.newPage();
    const login = await page.request.post(`${server.url}/api/v1/session`, { data: { email: user.email, password: user.password } });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
    for (const [name, path] of pages) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300); // chart animation
      const file = join(out, `${name}-${suffix}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

/**
 * Debian's Chromium driven by playwright-core (no browser download). End-to-end suites skip with
 * a warning where Chromium is not installed, and fail under CI=true.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.SOUSEI_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package`);
  console.warn(`\n⚠ Chromium not found at ${CHROMIUM}: end-to-end tests are skipped.\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/**
 * A page in a fresh context at `width` × 900, Japanese locale, signed in as `email` when given
 * (the session endpoint must answer 200), with every console error and uncaught exception
 * collected in `errors` — the suites assert it is empty, or holds exactly the refusals they caused.
 * bypassCSP: axe-core is injected as an inline script, which the app's CSP (rightly) refuses.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  opts: { width: number; email?: string | null; password?: string /** false: the app's own CSP applies (axe cannot be injected then) */; bypassCSP?: boolean },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: opts.width, height: 900 }, bypassCSP: opts.bypassCSP ?? true });
  if (opts.email) {
    const signIn = await context.request.post(`${baseUrl}/api/v1/session`, { data: { email: opts.email, password: opts.password } });
    if (signIn.status() !== 200) throw new Error(`sign-in of ${opts.email} answered ${signIn.status()}`);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { page, errors };
}

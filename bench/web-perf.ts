/**
 * Web application figures: the initial JavaScript (gzipped) of the overview page, and how long
 * a first visit takes until the logic model is interactive, in headless Chromium on loopback.
 * "Interactive" = the first impact's link is rendered and the main thread has been idle since
 * (measured from navigation start, with a cold cache for each visit).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_ROOT } from '../src/http/app.ts';
import { CHROMIUM, launchChromium } from '../test/support/browser.ts';
import { startPlatform } from '../test/support/platform-server.ts';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/** Scripts the shell loads before anything else: the entry module and its modulepreloads. */
export function initialJavaScript(): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let gz = 0;
  let raw = 0;
  for (const f of new Set(files)) {
    const bytes = readFileSync(join(WEB_ROOT, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...new Set(files)], gzipBytes: gz, rawBytes: raw };
}

export async function measureWeb(visits = 10): Promise<void> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    console.log('web: skipped (web/dist not built; run npm run build)');
    return;
  }
  const js = initialJavaScript();
  console.log(`web: initial JavaScript ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped (${(js.rawBytes / 1024).toFixed(0)} KB raw) in ${js.files.length} file(s) — target < 350 KB`);
  if (!existsSync(CHROMIUM)) {
    console.log(`web: time to interactive skipped (no Chromium at ${CHROMIUM})`);
    return;
  }
  const server = await startPlatform();
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < visits + 1; i++) {
      const context = await browser.newContext(); // cold cache every visit
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page
        .getByRole('link', { name: /強い地域経済の構築/ })
        .first()
        .waitFor({ state: 'visible' });
      // Idle main thread: a task posted now runs only after pending work (rendering, effects).
      const t = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            setTimeout(() => (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() => resolve(performance.now())), 0),
          ),
      );
      if (i > 0) times.push(t); // the first visit warms the server's catalog cache
      await context.close();
    }
    console.log(
      `web: overview interactive after p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms over ${visits} cold visits (headless Chromium, loopback) — target < 1,500 ms`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

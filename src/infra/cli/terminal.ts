/** Terminal output helpers: East-Asian-width-aware tables and progress bars on stderr. */
import cliProgress from 'cli-progress';
import type { CliIO } from './io.ts';

/** Display width: full-width (CJK, kana, full-width forms) counts 2 columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd) ||
      (c >= 0x2460 && c <= 0x24ff)
        ? 2
        : 1;
  }
  return w;
}

export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

export function renderTable(header: string[], rows: string[][], maxWidths: number[] = []): string {
  const cells = [header, ...rows].map((r) => r.map((c, i) => (maxWidths[i] ? truncate(c, maxWidths[i]!) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export interface ProgressReporter {
  update(step: string, done: number, total: number): void;
  stop(): void;
}

/** A progress bar on an interactive stderr; plain step lines otherwise (CI logs, pipes, the operator socket). */
export function progressReporter(io: CliIO): ProgressReporter {
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  return {
    update(step: string, done: number, total: number) {
      if (!io.isTTY) {
        if (step !== current) io.stderr.write(`… ${step}\n`);
        current = step;
        return;
      }
      if (step !== current) {
        bar?.stop();
        bar = new cliProgress.SingleBar({ format: `${step} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, done);
        current = step;
      } else bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

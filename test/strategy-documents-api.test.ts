/**
 * POST /api/v1/strategy-documents/extract through the whole app (request guard, body limit, rate
 * limit, error mapping, the worker thread). Stateless and public: no database is opened — a
 * request without a session cookie never reaches it.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import { createApp } from '../src/http/app.ts';
import { readJsonCatalog } from '../src/modules/kpi/index.ts';
import { encryptedPdf, makeDocx } from './support/strategy-documents.ts';

const app = createApp({ db: {} as Database, webRoot: null, extractRateLimiter: null });

function upload(bytes: Uint8Array | null, fileName: string, extra: Record<string, string> = {}, to = app) {
  const form = new FormData();
  if (bytes) form.append('file', new File([bytes], fileName));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return to.request('/api/v1/strategy-documents/extract', { method: 'POST', body: form });
}

describe('POST /api/v1/strategy-documents/extract', () => {
  it('answers the draft (the JSON interchange format with sources) and the document’s lines', async () => {
    const docx = await makeDocx([
      '基本目標1 しごとをつくる',
      [
        ['指標', '基準値（R5）', '目標値（R11）'],
        ['新規創業件数', '12件', '20件'],
      ],
      '・観光客数：年間50万人（2030年）',
    ]);
    const res = await upload(docx, 'senryaku.docx', { name: 'あおば町総合戦略' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as {
      draft: { strategy: { name: string }; kpis: Array<Record<string, unknown>> };
      document: { format: string; lines: Array<{ line: number; text: string }> };
    };
    expect(body.draft.strategy.name).toBe('あおば町総合戦略');
    expect(body.draft.kpis.map((k) => [k.name, k.unit, k.baseline, (k.targets as Array<{ value: number; period: string }>)[0], (k.source as { line: number }).line])).toEqual([
      ['新規創業件数', '件', { value: 12, period: 'FY2023' }, { value: 20, period: 'FY2029', text: '20件' }, 3],
      ['観光客数', '人', null, { value: 500_000, period: '2030', text: '年間50万人（2030年）' }, 4],
    ]);
    expect(body.document.format).toBe('docx');
    expect(body.document.lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(readJsonCatalog(JSON.stringify(body.draft), 'draft.json').kpis).toHaveLength(2);
  }, 60_000);

  it('400 for a missing file, an encrypted PDF and a mislabelled file, with the field or file and the reason', async () => {
    const none = await upload(null, '', { name: 'x' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([expect.objectContaining({ column: 'file', code: 'missing_file' })]);
    const enc = await upload(encryptedPdf(), 'himitsu.pdf');
    expect(enc.status).toBe(400);
    expect(((await enc.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([expect.objectContaining({ file: 'himitsu.pdf', code: 'encrypted_pdf' })]);
    const mislabelled = await upload(new TextEncoder().encode('テキストです'), 'plan.docx');
    expect(mislabelled.status).toBe(400);
    expect(((await mislabelled.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([expect.objectContaining({ file: 'plan.docx', code: 'type_mismatch' })]);
  }, 60_000);

  it('is rate limited per client (429 with Retry-After)', async () => {
    const limited = createApp({ db: {} as Database, webRoot: null, extractRateLimiter: new RateLimiterMemory({ points: 1, duration: 60 }) });
    const text = new TextEncoder().encode('・移住者数：100人（2030年）');
    expect((await upload(text, 'a.txt', {}, limited)).status).toBe(200);
    const second = await upload(text, 'a.txt', {}, limited);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000);
});

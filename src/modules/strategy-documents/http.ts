/**
 * REST: POST /api/v1/strategy-documents/extract — a document uploaded, read in a worker thread,
 * the draft and the lines answered; nothing stored, no sign-in. The body arrives checked (size,
 * a well-formed form; src/http/request-guard.ts) and rate limited per client (src/http/app.ts).
 */
import type { Context } from 'hono';
import { createRouter } from '../../infra/http/router.ts';
import { MAX_NAME_LENGTH } from '../../shared/input-limits.ts';
import { InputError } from '../../shared/errors.ts';
import { extractDoc } from './http-routes.ts';
import { extractOffThread } from './interchange/extract-in-worker.ts';

async function readUpload(c: Context) {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const file = body.file;
  if (!(file instanceof File)) throw InputError.single({ column: 'file', code: 'missing_file', reason: '戦略の文書（PDF・Word・テキスト）を選択してください' });
  const name = typeof body.name === 'string' && body.name.trim() !== '' ? body.name.trim() : undefined;
  if (name && name.length > MAX_NAME_LENGTH) throw InputError.single({ column: 'name', code: 'too_long', reason: `名称は${MAX_NAME_LENGTH}文字以内にしてください` });
  return { bytes: new Uint8Array(await file.arrayBuffer()), file: file.name || 'document', name };
}

export function strategyDocumentRoutes() {
  const app = createRouter();
  app.openAPIRegistry.registerPath(extractDoc);
  app.post('/strategy-documents/extract', async (c) => {
    const upload = await readUpload(c);
    const { draft, document } = await extractOffThread(upload.bytes, upload.file, upload.name);
    c.header('Cache-Control', 'no-store');
    return c.json({ draft, document }, 200);
  });
  return app;
}

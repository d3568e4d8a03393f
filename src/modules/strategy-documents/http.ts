/**
 * REST: POST /api/v1/strategy-documents/extract — a document uploaded, read in a worker thread,
 * the draft and the lines answered; nothing stored, no sign-in. POST …/accept — the reviewed
 * draft stored as the signed-in editor's new strategy. The body arrives checked (size,
 * a well-formed form; src/http/request-guard.ts) and rate limited per client (src/http/app.ts).
 */
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { createRouter } from '../../infra/http/router.ts';
import { requirePrincipal, type AuthEnv } from '../auth/index.ts';
import { MAX_NAME_LENGTH } from '../../shared/input-limits.ts';
import { InputError } from '../../shared/errors.ts';
import { acceptRoute, extractDoc } from './http-routes.ts';
import { acceptDraft } from './use-cases/accept-draft.ts';
import { extractOffThread } from './interchange/extract-in-worker.ts';

async function readUpload(c: Context) {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const file = body.file;
  if (!(file instanceof File)) throw InputError.single({ column: 'file', code: 'missing_file', reason: '戦略の文書（PDF・Word・テキスト）を選択してください' });
  const name = typeof body.name === 'string' && body.name.trim() !== '' ? body.name.trim() : undefined;
  if (name && name.length > MAX_NAME_LENGTH) throw InputError.single({ column: 'name', code: 'too_long', reason: `名称は${MAX_NAME_LENGTH}文字以内にしてください` });
  return { bytes: new Uint8Array(await file.arrayBuffer()), file: file.name || 'document', name };
}

export function strategyDocumentRoutes(db: Database) {
  const app = createRouter<AuthEnv>();
  app.openAPIRegistry.registerPath(extractDoc);
  app.post('/strategy-documents/extract', async (c) => {
    const upload = await readUpload(c);
    const { draft, document } = await extractOffThread(upload.bytes, upload.file, upload.name);
    c.header('Cache-Control', 'no-store');
    return c.json({ draft, document }, 200);
  });
  app.openapi(acceptRoute, async (c) => {
    const b = c.req.valid('json');
    const r = await acceptDraft(db, { by: requirePrincipal(c), name: b.name, from: b.from, to: b.to, kpis: b.kpis, nodes: b.nodes, sourceFile: b.source_file });
    c.header('Location', `/api/v1/strategies/${encodeURIComponent(r.id)}`);
    return c.json({ strategy: { id: r.id, owner_code: r.ownerCode, name: r.name, kpis: r.kpis } }, 201);
  });
  return app;
}

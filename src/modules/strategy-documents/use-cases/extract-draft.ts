/** A strategy document → its lines, the KPIs found in them and the draft catalog (nothing is stored). */
import type { ReadDocument } from '../domain/document-lines.ts';
import { draftCatalog, type DraftCatalog } from '../domain/draft-catalog.ts';
import { findKpis } from '../domain/find-kpis.ts';
import { readDocument } from '../interchange/read-document.ts';

export interface ExtractedDraft {
  document: ReadDocument;
  draft: DraftCatalog;
}

export async function extractStrategyDraft(bytes: Uint8Array, file: string, opts: { name?: string } = {}): Promise<ExtractedDraft> {
  const document = await readDocument(bytes, file);
  return { document, draft: draftCatalog(findKpis(document.lines), file, opts.name, document.lines) };
}

/**
 * Extraction from an uploaded document in a worker thread (src/infra/worker-pool.ts): pdfjs and
 * mammoth parse untrusted files, so they run with the worker's heap limit and timeout, and the
 * requests of everyone else go on meanwhile. The result crosses the thread boundary as JSON text.
 */
import { asWorkerResult, runInWorker, type WorkerResult } from '../../../infra/worker-pool.ts';
import { extractStrategyDraft, type ExtractedDraft } from '../use-cases/extract-draft.ts';

/** Runs in the worker. */
export function extractInWorker(bytes: Uint8Array, file: string, name: string | undefined): Promise<WorkerResult<string>> {
  return asWorkerResult(async () => JSON.stringify(await extractStrategyDraft(bytes, file, { name })));
}

export async function extractOffThread(bytes: Uint8Array, file: string, name?: string): Promise<ExtractedDraft> {
  return JSON.parse(await runInWorker<string>(new URL(import.meta.url), 'extractInWorker', [bytes, file, name], file)) as ExtractedDraft;
}

/**
 * Heavy, untrusted parsing off the main thread: a file's decoding, CSV/Excel parsing and row
 * checks run in a worker thread with its own memory limit, so a huge or hostile upload (an
 * .xlsx whose cell expands to hundreds of MB, a million-row CSV) neither blocks the requests
 * of everyone else nor takes the server's memory: the worker dies, the task fails with a clear
 * error, and the pool starts a fresh worker.
 *
 * piscina (a worker pool kept by Node.js collaborators) runs the threads; tasks name a module
 * file and an exported function, so each module keeps its own parsing code.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { InputError, type InputIssue } from '../shared/errors.ts';

/** Heap of one worker: room for the largest allowed file, well below the machine's memory. */
export const WORKER_HEAP_MB = 1024;
/** A task that runs longer is stopped (a decompression bomb that stays within the heap). */
export const WORKER_TASK_TIMEOUT_MS = 180_000;

let pool: Piscina | null = null;

function workerPool(): Piscina {
  pool ??= new Piscina({
    filename: fileURLToPath(new URL('./worker-entry.mjs', import.meta.url)),
    // One worker beside the main thread on a 2-core machine; more where there are more cores.
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 },
  });
  return pool;
}

/**
 * What a task returns: its value, or the located issues of bad input (an InputError cannot
 * cross the thread boundary as itself: its class and issues would be lost).
 */
export type WorkerResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Wraps a worker-side function so that InputErrors come back as issues. */
export async function asWorkerResult<T>(work: () => Promise<T> | T): Promise<WorkerResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, issues: e.issues };
    throw e;
  }
}

/**
 * Runs `fn` exported by `module` (a file URL, usually `new URL('./x.ts', import.meta.url)`) in a
 * worker thread; the function must return a WorkerResult (see asWorkerResult). `file` names the
 * input in the error when the worker runs out of memory or time.
 */
export async function runInWorker<T>(module: URL, fn: string, args: unknown[], file: string): Promise<T> {
  let r: WorkerResult<T>;
  try {
    r = (await workerPool().run({ module: module.href, fn, args }, { signal: AbortSignal.timeout(WORKER_TASK_TIMEOUT_MS) })) as WorkerResult<T>;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw InputError.single({
        file,
        code: 'too_large_expanded',
        reason: `ファイルを読むのに必要なメモリが上限（${WORKER_HEAP_MB} MB）を超えました。展開後のサイズやセルの内容が大きすぎます。ファイルを分けて取り込んでください`,
      });
    }
    if (err.name === 'AbortError' || err.name === 'TimeoutError') {
      throw InputError.single({
        file,
        code: 'too_slow',
        reason: `ファイルの読み込みが制限時間（${WORKER_TASK_TIMEOUT_MS / 1000} 秒）内に終わりませんでした。ファイルを分けて取り込んでください`,
      });
    }
    throw e;
  }
  if (!r.ok) throw new InputError(r.issues);
  return r.value;
}

/** Stops the worker threads (tests, shutdown). */
export async function closeWorkerPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}

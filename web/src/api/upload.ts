/**
 * File import with progress. fetch() cannot report upload progress, so the upload goes through
 * XMLHttpRequest; the server answers 202 with an import job at once (the file is checked and
 * stored in the background), which is then polled until it has succeeded or failed. Errors come
 * back as the same ApiError as everywhere else, with the located issues of a bad file.
 */
import { ApiError, errorFromBody, getCsrfToken } from './client.ts';
import { afterWrite, importUrl } from './endpoints.ts';
import type { ImportEncoding, ImportJob, ImportResult } from './types.ts';

export interface UploadCallbacks {
  /** bytes sent so far, 0–100 */
  onProgress?: (percent: number) => void;
  /** the whole file has been sent; the server is now reading and storing it */
  onUploaded?: () => void;
  /** the server's progress: rows stored so far (while writing) */
  onJobProgress?: (p: { step: string; done: number; total: number }) => void;
}

export interface UploadHandle {
  promise: Promise<ImportResult>;
  abort: () => void;
}

const POLL_MS = 400;

function send(sid: string, file: File, encoding: ImportEncoding, callbacks: UploadCallbacks, xhr: XMLHttpRequest): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('encoding', encoding);
    xhr.open('POST', importUrl(sid));
    xhr.setRequestHeader('Accept', 'application/json');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) callbacks.onProgress?.(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.upload.onload = () => {
      callbacks.onProgress?.(100);
      callbacks.onUploaded?.();
    };
    xhr.onload = () => {
      const location = xhr.getResponseHeader('Location');
      if (xhr.status === 202 && location) resolve(location);
      else reject(errorFromBody(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', '取り込みを中止しました。'));
    xhr.send(form);
  });
}

async function poll(location: string, callbacks: UploadCallbacks, stopped: () => boolean): Promise<ImportResult> {
  for (;;) {
    if (stopped()) throw new ApiError(0, 'aborted', '取り込みの確認を中止しました（取り込み自体はサーバーで続いています）。');
    let res: Response;
    try {
      res = await fetch(location, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch {
      throw new ApiError(0, 'network', 'サーバーに接続できませんでした。取り込みの結果は「変更履歴」で確認できます。');
    }
    const text = await res.text();
    if (!res.ok) throw errorFromBody(res.status, text);
    const { job } = JSON.parse(text) as { job: ImportJob };
    if (job.status === 'succeeded') return { result: job.result! };
    if (job.status === 'failed') throw new ApiError(400, job.error?.code ?? 'invalid_input', job.error?.message ?? '取り込みに失敗しました。', job.error?.issues ?? []);
    if (job.progress) callbacks.onJobProgress?.(job.progress);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export function uploadImport(sid: string, file: File, encoding: ImportEncoding, callbacks: UploadCallbacks = {}): UploadHandle {
  const xhr = new XMLHttpRequest();
  let aborted = false;
  const promise = send(sid, file, encoding, callbacks, xhr)
    .then((location) => poll(location, callbacks, () => aborted))
    .then((r) => {
      afterWrite(sid);
      return r;
    });
  return {
    promise,
    abort: () => {
      aborted = true;
      xhr.abort();
    },
  };
}

/**
 * File import with upload progress. fetch() cannot report upload progress, so this one request
 * goes through XMLHttpRequest; errors come back as the same ApiError as everywhere else.
 */
import { ApiError, errorFromBody, getCsrfToken } from './client.ts';
import { afterWrite, importUrl } from './endpoints.ts';
import type { ImportEncoding, ImportResult } from './types.ts';

export interface UploadCallbacks {
  /** bytes sent so far, 0–100 */
  onProgress?: (percent: number) => void;
  /** the whole file has been sent; the server is now reading and storing it */
  onUploaded?: () => void;
}

export interface UploadHandle {
  promise: Promise<ImportResult>;
  abort: () => void;
}

export function uploadImport(sid: string, file: File, encoding: ImportEncoding, callbacks: UploadCallbacks = {}): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<ImportResult>((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('encoding', encoding);
    xhr.open('POST', importUrl(sid));
    xhr.withCredentials = false; // same origin: cookies are sent anyway
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
      if (xhr.status >= 200 && xhr.status < 300) {
        afterWrite(sid);
        try {
          resolve(JSON.parse(xhr.responseText) as ImportResult);
        } catch {
          reject(new ApiError(xhr.status, 'bad_response', 'サーバーの応答を読み取れませんでした。'));
        }
      } else {
        reject(errorFromBody(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', '取り込みを中止しました。'));
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

import type { JobStatus } from './schema.ts';

export interface JobProgress {
  /** 'reading' (checking the file) | 'writing' (storing rows) */
  step: string;
  done: number;
  total: number;
}

/** A job as the API shows it. */
export interface JobView {
  id: string;
  kind: string;
  subject: string;
  file: string | null;
  bytes: number | null;
  status: JobStatus;
  progress: JobProgress | null;
  result: unknown;
  /** the API's error shape: { code, message, issues? } */
  error: { code: string; message: string; issues?: unknown[] } | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export type ProgressFn = (p: JobProgress) => void;

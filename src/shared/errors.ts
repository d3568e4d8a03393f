/**
 * Errors that users see. Every problem with input names where it is (file, line/row, column)
 * and why, so a planner can fix the file without guessing.
 */
export interface InputIssue {
  file?: string;
  /** 1-based line in the file (text formats) */
  line?: number;
  /** 1-based data row (CSV/Excel rows after the header; equals the sheet row for Excel) */
  row?: number;
  /** column name as written in the file, or a JSON path */
  column?: string;
  /** Japanese explanation for people */
  reason: string;
  /** stable machine-readable code, e.g. 'not_a_number' */
  code: string;
}

export function formatIssue(issue: InputIssue): string {
  const where: string[] = [];
  if (issue.file) where.push(issue.file);
  if (issue.line !== undefined) where.push(`${issue.line}行目`);
  else if (issue.row !== undefined) where.push(`${issue.row}行目`);
  if (issue.column) where.push(`列「${issue.column}」`);
  return where.length > 0 ? `${where.join(' ')}: ${issue.reason}` : issue.reason;
}

/** Raised for bad input; carries every issue found (bounded), never partial results. */
export class InputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue).join('\n');
    const more = issues.length > 20 ? `\n…ほか${issues.length - 20}件` : '';
    super(shown + more);
    this.name = 'InputError';
    this.issues = issues;
  }
  static single(issue: InputIssue): InputError {
    return new InputError([issue]);
  }
}

/** Lookup of something that does not exist (HTTP 404, CLI exit 2). */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Not signed in (HTTP 401). */
export class UnauthorizedError extends Error {
  constructor(message = 'ログインが必要です') {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

/** Signed in but not allowed (HTTP 403). */
export class ForbiddenError extends Error {
  constructor(message = 'この操作を行う権限がありません') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/**
 * The request was valid but the record changed (or exists) in a way that prevents it (HTTP 409,
 * CLI exit 6): e.g. an edit made against a version that is no longer the current one. Nothing
 * was changed; `current` tells the client what to reload (optimistic locking).
 */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly current?: { version?: string; [detail: string]: unknown },
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

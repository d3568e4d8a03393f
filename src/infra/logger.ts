import pino from 'pino';

/**
 * Log fields that may carry personal data or secrets, whatever object they sit in: passwords,
 * session cookies and tokens, CSRF tokens, e-mail addresses, authorization headers, and request
 * bodies (a body can hold any of those). Paths are pino's (fast-redact): `*` is one level.
 */
const SECRET_KEYS = ['password', 'passwordHash', 'password_hash', 'token', 'csrfToken', 'csrf_token', 'email', 'cookie', 'authorization', 'body', 'params', 'detail'];
const SECRET_HEADERS = ['cookie', 'set-cookie', 'authorization', 'x-csrf-token', 'x-api-key', 'proxy-authorization'];
export const REDACT_PATHS = [
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
  ...SECRET_HEADERS.flatMap((h) => [`headers["${h}"]`, `*.headers["${h}"]`, `*.*.headers["${h}"]`]),
];

type LoggedError = { type: string; code?: string; message: string; stack?: string; cause?: { type: string; code?: string } };

/**
 * An error as it may be logged: its type, SQLSTATE/errno code, the first line of its message and
 * its stack frames — no query parameters, database details (`detail` holds the offending values)
 * or anything else the error object carries. A failed Drizzle query's message is "Failed query:
 * <SQL with $1 placeholders>" and then the parameters on the next line: only the first is kept.
 */
export function errorForLog(err: unknown): LoggedError {
  const e = err instanceof Error ? err : new Error(typeof err === 'string' ? err : 'non-Error thrown');
  const codeOf = (x: unknown) => {
    const code = (x as { code?: unknown } | null)?.code;
    return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
  };
  const frames = e.stack
    ?.split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 15)
    .join('\n');
  const cause = (e as { cause?: unknown }).cause;
  const code = codeOf(e);
  const causeCode = codeOf(cause);
  return {
    type: e.name,
    ...(code ? { code } : {}),
    message: (e.message.split('\n')[0] ?? '').slice(0, 300),
    ...(frames ? { stack: frames } : {}),
    ...(cause instanceof Error ? { cause: { type: cause.name, ...(causeCode ? { code: causeCode } : {}) } } : {}),
  };
}

/** Structured logs to stderr, so stdout stays clean for CLI output that users pipe. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination: pino.DestinationStream = pino.destination(2)) {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: errorForLog, error: errorForLog },
    },
    destination,
  );
}
export type Logger = ReturnType<typeof createLogger>;

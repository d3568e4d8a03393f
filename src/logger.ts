import pino from 'pino';

/** Structured logs to stderr, so stdout stays clean for CLI output that users pipe. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info') {
  return pino({ level, base: undefined }, pino.destination(2));
}
export type Logger = ReturnType<typeof createLogger>;

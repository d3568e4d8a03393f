/** Settings from the environment, read once, with the defaults `npm start` relies on. */
import { z } from 'zod';

/** SOUSEI_TRUST_PROXY on its own too: the HTTP layer's default when the caller passes no setting */
export const trustProxySetting = z
  .enum(['true', 'false', '1', '0', ''])
  .default('')
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  SOUSEI_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** the schema owner's connection, for migrations; DATABASE_URL is then a role that may not change the audit log */
  DATABASE_OWNER_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** set when the platform is served over HTTPS (directly or behind a TLS proxy): Secure cookies */
  SOUSEI_SECURE_COOKIES: z
    .enum(['true', 'false', '1', '0', ''])
    .default('')
    .transform((v) => v === 'true' || v === '1'),
  /** set when a reverse proxy the operator controls is the only way in: the client address for rate limits is then taken from X-Forwarded-For */
  SOUSEI_TRUST_PROXY: trustProxySetting,
  /** false: leave out the shipped statistics data set (1.3 M values) — a deployment that keeps only strategies, or tests */
  SOUSEI_LOAD_STATISTICS: z
    .enum(['true', 'false', '1', '0', ''])
    .default('')
    .transform((v) => v !== 'false' && v !== '0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema>;

/** Every setting's name (.env.example lists them all; a test holds the two together). */
export const CONFIG_KEYS = Object.keys(envSchema.shape) as ReadonlyArray<keyof Config>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = envSchema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`環境変数の設定が正しくありません / invalid environment:\n${lines}`);
  }
  return r.data;
}

/**
 * What a module tells the platform about itself (src/modules/<name>/module.ts): its tables, its
 * routes, its CLI commands, the reference data it ships and what it needs of other modules. The
 * composition roots (src/http/app.ts, src/cli/program.ts, src/platform/reference-data.ts, the
 * migration generator) loop over the one list of manifests in src/platform/modules.ts, so adding
 * a module is one folder and one line there.
 */
import type { Command } from 'commander';
import type { Context, Hono } from 'hono';
import type { Database } from '../db/client.ts';
import type { CliRuntime } from './cli/runtime.ts';
import type { Logger } from './logger.ts';

/**
 * Extension points: a module that calls out to others at some moment declares the point by
 * augmenting this interface (`declare module '…/infra/module-manifest.ts' { interface Extensions
 * { name: Fn } }`); modules contribute functions in their manifest's `extends`, and the platform
 * hands each point its contributions (an `ExtensionRegistry`). This keeps the dependency where it
 * belongs: the module that offers the point knows nothing of those that use it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation (a type alias could not be)
export interface Extensions {}
export type ExtensionContributions = { [K in keyof Extensions]?: Extensions[K] };
export type ExtensionRegistry = { [K in keyof Extensions]: ReadonlyArray<Extensions[K]> };

export interface RouteDeps {
  db: Database;
  logger?: Logger;
  extensions: ExtensionRegistry;
  /** the session cookie carries Secure (served over HTTPS) */
  secureCookies: boolean;
  /** the client's address as the platform trusts it (the socket's, or a trusted proxy's header) */
  clientAddress(c: Context): string;
}

/** What the composition root can mount: any module's (Open)Hono app, whatever its Env — as Hono's own route() takes it. */
// biome-ignore lint/suspicious/noExplicitAny: Hono's route() is typed Hono<any, any, any> for the same reason
export type ModuleRoutes = Hono<any, any, any>;

export type ProgressFn = (step: string, done: number, total: number) => void;

export interface ReferenceContext {
  db: Database;
  progress: ProgressFn;
  /** the repository's reference-data/ folder (with a trailing slash) */
  referenceDir: string;
  /** whether the large statistics data set is wanted (tests and small deployments leave it out) */
  statistics: boolean;
}

export interface ModuleManifest<Report extends object = object> {
  /** the folder name under src/modules */
  name: string;
  /** modules whose index.ts this one imports, in the order they must be set up */
  needs: readonly string[];
  /** its tables (Drizzle), as its schema.ts exports them */
  schema: Readonly<Record<string, unknown>>;
  /** REST routes, mounted under /api/v1 */
  routes?(deps: RouteDeps): ModuleRoutes;
  /** CLI commands, added to `sousei` */
  commands?(program: Command, rt: CliRuntime, extensions: ExtensionRegistry): void;
  /** loads the reference data it ships when missing or changed; returns its part of the start-up report */
  reference?(ctx: ReferenceContext): Promise<Report>;
  /** functions it contributes to other modules' extension points */
  extends?: ExtensionContributions;
}

/** Collects every manifest's contributions, per extension point, in module order. */
export function collectExtensions(manifests: readonly ModuleManifest[]): ExtensionRegistry {
  const registry: Record<string, unknown[]> = {};
  for (const m of manifests) {
    for (const [point, fn] of Object.entries(m.extends ?? {})) {
      registry[point] ??= [];
      registry[point].push(fn);
    }
  }
  // Points nobody contributes to are empty lists, not missing.
  return new Proxy(registry, { get: (t, k: string) => t[k] ?? [] }) as unknown as ExtensionRegistry;
}
